package quatrain.engine.ui;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

import org.deeplearning4j.ui.VertxUIServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/**
 * DL4J's UI server, listening on 127.0.0.1 instead of every interface, behind a gate. {@code VertxUIServer.start}
 * builds its routes and then calls {@code vertx.createHttpServer()…listen(port, handler)}, which in Vert.x 3.9
 * binds 0.0.0.0. This verticle hands its parent a {@link Vertx} whose HTTP servers turn {@code listen(port, …)}
 * into {@code listen(port, "127.0.0.1", …)} and whose request handler is DL4J's router behind a
 * {@link RequestGate} (no uploads, no foreign hosts or origins, only the pages the app shows). Its pages also get
 * the {@code Content-Type} DL4J leaves out ({@code TrainModule.renderFtl} sends bare HTML): browsers guess, but
 * JavaFX's WebView treats a page without one as a download and cancels the load. A request the router has not
 * answered after {@link #ANSWER_WITHIN_MS} gets a 503, so no request waits forever. The uploads folder DL4J
 * makes in the temp folder at every start ({@code DL4JUI_<ms>}, empty: the gate lets no upload through) is
 * removed again.
 */
final class LoopbackUiServer extends VertxUIServer {
    private static final Logger LOG = LoggerFactory.getLogger(LoopbackUiServer.class);
    static final String HOST = "127.0.0.1";
    /** The HTML pages: /train/overview|model|system (with a session id in multi-session mode), /train/sessions. */
    static final Pattern PAGE = Pattern.compile("/train(/[^/]+)?/(overview|model|system)/?|/train/sessions/?");
    static final String HTML = "text/html; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";
    /** DL4J's uploads folder: {@code new File(java.io.tmpdir, "DL4JUI_" + System.currentTimeMillis())}. */
    static final String UPLOADS_PREFIX = "DL4JUI_";
    /** Far longer than any page or data request takes (the largest model page answers in well under a second). */
    static final long ANSWER_WITHIN_MS = 30_000;

    private volatile Path uploadsFolder;

    @Override
    public void init(Vertx vertx, Context context) {
        super.init(loopback(vertx), context);
    }

    @Override
    public void start(Promise<Void> startCallback) throws Exception {
        long before = System.currentTimeMillis();
        super.start(startCallback); // makes the uploads folder before it returns; listening completes later
        long after = System.currentTimeMillis();
        uploadsFolder = UploadsFolder.removeMadeBetween(Path.of(System.getProperty("java.io.tmpdir")), before, after);
    }

    /** The uploads folder DL4J made at start and this server removed; null if none was found. */
    Path uploadsFolder() {
        return uploadsFolder;
    }

    /** A {@link Vertx} whose HTTP servers listen on the loopback interface, gated. */
    static Vertx loopback(Vertx vertx) {
        InvocationHandler handler = (p, method, args) -> {
            Object result = invoke(method, vertx, args);
            if (method.getName().equals("createHttpServer")) {
                return loopback((HttpServer) result, vertx);
            }
            return result == vertx ? p : result;
        };
        return (Vertx) Proxy.newProxyInstance(Vertx.class.getClassLoader(), new Class<?>[] {Vertx.class}, handler);
    }

    static HttpServer loopback(HttpServer server, Vertx vertx) {
        RequestGate gate = RequestGate.forClassPath();
        InvocationHandler handler = (p, method, args) -> {
            Object[] a = args;
            Method m = method;
            if (method.getName().equals("requestHandler") && args != null && args.length == 1) {
                a = new Object[] {gated(gate, vertx, typedPages(asRequestHandler(args[0])))};
            } else if (method.getName().equals("listen") && args != null && args.length >= 1 && args[0] instanceof Integer
                    && (args.length == 1 || !(args[1] instanceof String))) {
                a = new Object[args.length + 1];
                a[0] = args[0];
                a[1] = HOST;
                System.arraycopy(args, 1, a, 2, args.length - 1);
                Class<?>[] types = new Class<?>[a.length];
                types[0] = int.class;
                types[1] = String.class;
                System.arraycopy(method.getParameterTypes(), 1, types, 2, args.length - 1);
                m = HttpServer.class.getMethod("listen", types);
            }
            Object result = invoke(m, server, a);
            return result == server ? p : result;
        };
        return (HttpServer) Proxy.newProxyInstance(HttpServer.class.getClassLoader(), new Class<?>[] {HttpServer.class},
                handler);
    }

    @SuppressWarnings("unchecked")
    private static Handler<HttpServerRequest> asRequestHandler(Object h) {
        return (Handler<HttpServerRequest>) h;
    }

    /** Refused requests are answered here; the rest go to {@code routes}, with an answer guaranteed in time. */
    static Handler<HttpServerRequest> gated(RequestGate gate, Vertx vertx, Handler<HttpServerRequest> routes) {
        return request -> {
            Optional<RequestGate.Refusal> refusal = gate.check(request.rawMethod(), request.uri(),
                    name -> request.headers().getAll(name), request.localAddress().port());
            if (refusal.isPresent()) {
                LOG.debug("Refused {} {}: {}", request.rawMethod(), request.uri(), refusal.get().reason());
                refuse(request, refusal.get());
                return;
            }
            HttpServerResponse response = request.response();
            vertx.setTimer(ANSWER_WITHIN_MS, id -> {
                if (!response.ended() && !response.closed()) {
                    LOG.warn("The training UI did not answer {} in time", request.path());
                    response.setStatusCode(503).putHeader("Content-Type", TEXT).end("No answer in time\n");
                }
            });
            routes.handle(request);
        };
    }

    /**
     * Answers at once; a body the client still sends is read and dropped by Vert.x (no handler takes it), so
     * nothing is kept or written and the client still reads the answer.
     */
    private static void refuse(HttpServerRequest request, RequestGate.Refusal refusal) {
        HttpServerResponse response = request.response().setStatusCode(refusal.status())
                .putHeader("Content-Type", TEXT);
        if (refusal.status() == RequestGate.METHOD_NOT_ALLOWED) {
            response.putHeader("Allow", RequestGate.ALLOWED_METHODS);
        }
        response.end(refusal.reason() + "\n");
    }

    static Handler<HttpServerRequest> typedPages(Handler<HttpServerRequest> routes) {
        return request -> {
            if (PAGE.matcher(request.path()).matches()) {
                request.response().putHeader("Content-Type", HTML);
            }
            routes.handle(request);
        };
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
