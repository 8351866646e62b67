package org.attache.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Logback's configuration for the command line, in code rather than {@code logback.xml}: parsing the XML
 * cost a tenth of a second of every command's start. Until a command knows its data folder, only warnings
 * reach the terminal (stderr), without stack traces; {@link Logging#toFile} then adds the data folder's
 * log. Registered through {@code META-INF/services/ch.qos.logback.classic.spi.Configurator}.
 */
public final class TerminalLogConfigurator extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        registerEscapedMessage(context);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{0}: %" + EscapedMessageConverter.WORD + "%n%nopex");
        encoder.start();
        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setLevel("WARN");
        warnings.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.addFilter(warnings);
        stderr.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Makes {@code %emsg} ({@link EscapedMessageConverter}) known to every pattern of {@code context}. */
    @SuppressWarnings("unchecked")
    static void registerEscapedMessage(LoggerContext context) {
        Object registry = context.getObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS);
        Map<String, Supplier<DynamicConverter<?>>> rules;
        if (registry instanceof Map<?, ?> existing) {
            rules = (Map<String, Supplier<DynamicConverter<?>>>) existing;
        } else {
            rules = new HashMap<>();
            context.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, rules);
        }
        rules.putIfAbsent(EscapedMessageConverter.WORD, EscapedMessageConverter::new);
    }
}
