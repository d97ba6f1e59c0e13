package quatrain.app.trainingui;

import java.util.function.Consumer;

import javafx.scene.web.WebEngine;

import netscape.javascript.JSObject;

/**
 * Brings the page's JavaScript errors to Java. WebView drops them silently, so after every page load
 * {@link #install} registers this object as {@code window.quatrainBridge} and wraps {@code window.onerror},
 * {@code console.error} and unhandled promise rejections to call {@link #error}. WebView holds such Java
 * objects weakly: whoever installs the bridge must keep a strong reference to it, or reports stop when it is
 * collected. Errors thrown while the page's own scripts first run come before the hook exists; the ones that
 * matter here (charts drawn from AJAX data, every few seconds) come after. DL4J's {@code console.log("Error
 * getting data")} is deliberately not counted: jQuery also calls it for requests a navigation aborts.
 */
public final class ScriptErrorBridge {
    static final String NAME = "quatrainBridge";
    static final String HOOK = """
            (function () {
                if (window.__quatrainHooked) { return; }
                window.__quatrainHooked = true;
                var bridge = window.quatrainBridge;
                function report(text) { try { bridge.error(String(text)); } catch (ignored) { } }
                function join(args) { return Array.prototype.map.call(args, String).join(' '); }
                var previous = window.onerror;
                window.onerror = function (message, source, line, column, error) {
                    report(message + ' (' + (source || 'page') + ':' + (line || 0) + ')'
                        + (error && error.stack ? '\\n' + error.stack : ''));
                    return previous ? previous.apply(this, arguments) : false;
                };
                window.addEventListener('unhandledrejection', function (e) {
                    report('unhandled rejection: ' + (e.reason && e.reason.stack ? e.reason.stack : e.reason));
                });
                var consoleError = console.error;
                console.error = function () {
                    report('console.error: ' + join(arguments));
                    return consoleError ? consoleError.apply(console, arguments) : undefined;
                };
            })();
            """;

    private final Consumer<String> sink;

    /** @param sink receives each error's description on the FX thread */
    public ScriptErrorBridge(Consumer<String> sink) {
        this.sink = sink;
    }

    /** Called by the page's scripts. */
    public void error(String description) {
        sink.accept(description);
    }

    /** Hooks the page {@code engine} has just loaded; call on the FX thread after each successful load. */
    public void install(WebEngine engine) {
        JSObject window = (JSObject) engine.executeScript("window");
        window.setMember(NAME, this);
        engine.executeScript(HOOK);
    }
}
