package quatrain.engine.ui;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.regex.Pattern;

import org.deeplearning4j.ui.VertxUIServer;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

/**
 * DL4J's UI server, listening on 127.0.0.1 instead of every interface. {@code VertxUIServer.start} builds its
 * routes and then calls {@code vertx.createHttpServer()…listen(port, handler)}, which in Vert.x 3.9 binds
 * 0.0.0.0. This verticle hands its parent a {@link Vertx} whose HTTP servers turn {@code listen(port, …)}
 * into {@code listen(port, "127.0.0.1", …)}. Its pages also get the {@code Content-Type} DL4J leaves out
 * ({@code TrainModule.renderFtl} sends bare HTML): browsers guess, but JavaFX's WebView treats a page without
 * one as a download and cancels the load. Everything else passes through unchanged.
 */
final class LoopbackUiServer extends VertxUIServer {
    static final String HOST = "127.0.0.1";
    /** The HTML pages: /train/overview|model|system (with a session id in multi-session mode), /train/sessions. */
    static final Pattern PAGE = Pattern.compile("/train(/[^/]+)?/(overview|model|system)/?|/train/sessions/?");
    static final String HTML = "text/html; charset=utf-8";

    @Override
    public void init(Vertx vertx, Context context) {
        super.init(loopback(vertx), context);
    }

    static Vertx loopback(Vertx vertx) {
        return proxy(Vertx.class, vertx, (method, args, result) -> method.getName().equals("createHttpServer")
                ? loopback((HttpServer) result) : result);
    }

    static HttpServer loopback(HttpServer server) {
        InvocationHandler handler = (p, method, args) -> {
            Object[] a = args;
            Method m = method;
            if (method.getName().equals("requestHandler") && args != null && args.length == 1) {
                a = new Object[] {typedPages(asRequestHandler(args[0]))};
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

    static Handler<HttpServerRequest> typedPages(Handler<HttpServerRequest> routes) {
        return request -> {
            if (PAGE.matcher(request.path()).matches()) {
                request.response().putHeader("Content-Type", HTML);
            }
            routes.handle(request);
        };
    }

    @FunctionalInterface
    private interface ResultMapper {
        Object map(Method method, Object[] args, Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, ResultMapper mapper) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            Object result = invoke(method, target, args);
            Object mapped = mapper.map(method, args, result);
            return mapped == target ? p : mapped;
        });
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
