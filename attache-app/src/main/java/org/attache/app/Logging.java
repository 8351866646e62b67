package org.attache.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Sends the run's log to {@code DATA/attache.log} once a command knows its data folder, so skips and
 * counts are kept without cluttering the terminal (which gets warnings only).
 */
public final class Logging {
    private Logging() {
    }

    /** Adds a file appender at INFO for {@code org.attache}; idempotent per file. */
    public static synchronized void toFile(Path logFile) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger attache = context.getLogger("org.attache");
        String name = "file:" + logFile.toAbsolutePath();
        if (attache.getAppender(name) != null) {
            return;
        }
        TerminalLogConfigurator.registerEscapedMessage(context);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{ISO8601} %-5level [%thread] %logger{0}: %" + EscapedMessageConverter.WORD + "%n");
        encoder.start();
        FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> file = new FileAppender<>();
        file.setContext(context);
        file.setName(name);
        file.setFile(logFile.toString());
        file.setEncoder(encoder);
        file.start();
        attache.addAppender(file);
        attache.setLevel(Level.INFO);
    }

    /** Silences the terminal appender below ERROR, e.g. while a progress bar owns the terminal. */
    public static void quietTerminal() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().forEachRemaining(appender -> {
                if (appender instanceof ch.qos.logback.core.ConsoleAppender<?>) {
                    ch.qos.logback.classic.filter.ThresholdFilter filter = new ch.qos.logback.classic.filter.ThresholdFilter();
                    filter.setLevel("ERROR");
                    filter.start();
                    appender.clearAllFilters();
                    appender.addFilter(filter);
                }
            });
        }
    }
}
