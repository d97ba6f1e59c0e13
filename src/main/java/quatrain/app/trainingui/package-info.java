/**
 * The Training UI tab: DL4J's own training pages (score and update ratios, the layer graph with per-layer
 * charts, memory and timing) in a WebView, for the live run and every stored one. The server behind them
 * starts only when the tab is first shown or the page is opened in a browser, listens on 127.0.0.1 only and
 * stops with the app; if it cannot start, the tab says why and the other panes carry on. Script errors inside
 * the page reach the log through a small JavaScript bridge instead of vanishing.
 */
package quatrain.app.trainingui;
