// What the DL4J overview page's score chart shows, as JSON: flot keeps its plot object in the placeholder's
// jQuery data ("plot"); the first series is the score per iteration, drawn in #FA5833 on the .flot-base canvas.
// Shared by the Chromium test (as a WebDriver script body: "return " + this) and the WebView test.
(function () {
    var result = {title: document.title, heading: '', label: '', points: -1, finite: 0, seriesPixels: 0};
    var header = document.querySelector('.chart-header h2');
    result.heading = header ? header.textContent.trim() : '';
    var plot = window.jQuery ? window.jQuery('#scoreiterchart').data('plot') : null;
    if (!plot) {
        return JSON.stringify(result);
    }
    var series = plot.getData();
    if (series.length === 0) {
        result.points = 0;
        return JSON.stringify(result);
    }
    result.label = series[0].label;
    result.points = series[0].data.length;
    result.finite = series[0].data.filter(function (p) { return isFinite(p[0]) && isFinite(p[1]); }).length;
    var canvas = document.querySelector('#scoreiterchart canvas.flot-base');
    if (canvas) {
        var px = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        for (var i = 0; i < px.length; i += 4) {
            if (Math.abs(px[i] - 250) < 24 && Math.abs(px[i + 1] - 88) < 24 && Math.abs(px[i + 2] - 51) < 24
                    && px[i + 3] > 200) {
                result.seriesPixels++;
            }
        }
    }
    return JSON.stringify(result);
})()
