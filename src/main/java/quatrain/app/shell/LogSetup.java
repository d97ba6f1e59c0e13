package quatrain.app.shell;

import java.nio.file.Path;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;

/**
 * Sends the desktop app's log to {@code quatrain.log} in the state folder (5 MB, three old files kept), so a
 * person can attach it to a bug report. The console keeps warnings only, as the command line has them.
 */
public final class LogSetup {
    public static final String FILE_NAME = "quatrain.log";

    private LogSetup() {
    }

    /** Adds the file log; returns its path. Does nothing when logback is not the SLF4J backend (tests). */
    public static Path toFile(Path stateDir) {
        Path file = stateDir.resolve(FILE_NAME);
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            return file;
        }
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(ctx);
        appender.setName("FILE");
        appender.setFile(file.toString());
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(ctx);
        rolling.setParent(appender);
        rolling.setFileNamePattern(stateDir.resolve("quatrain.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(ctx);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();
        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder);
        appender.start();
        Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        keepConsoleQuiet(root, ctx);
        root.addAppender(appender);
        root.setLevel(Level.WARN);
        ctx.getLogger("quatrain").setLevel(Level.INFO);
        return file;
    }

    private static void keepConsoleQuiet(Logger root, LoggerContext ctx) {
        for (var it = root.iteratorForAppenders(); it.hasNext();) {
            Appender<ILoggingEvent> a = it.next();
            ThresholdFilter warn = new ThresholdFilter();
            warn.setContext(ctx);
            warn.setLevel("WARN");
            warn.start();
            a.addFilter(warn);
        }
    }
}
