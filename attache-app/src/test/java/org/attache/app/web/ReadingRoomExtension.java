package org.attache.app.web;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension for browser tests: disables the class (each test reported as skipped) when Chromium or chromedriver is missing, and
 * injects the shared {@link ReadingRoom} (one per test run, closed at its end) and a {@link Browser}
 * (one per test class, closed after it). Use with {@code @ExtendWith(ReadingRoomExtension.class)} and
 * constructor or method parameters of those types.
 */
final class ReadingRoomExtension implements ExecutionCondition, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ReadingRoomExtension.class);

    /** A condition rather than an assumption, so that Surefire counts each skipped test (see RequiresSharedData). */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return Browser.available() ? ConditionEvaluationResult.enabled("Chromium and chromedriver present")
                : ConditionEvaluationResult.disabled("skipped: Chromium or chromedriver is not installed "
                        + "(/usr/bin/chromium, /usr/bin/chromedriver; .ci/run installs them)");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == ReadingRoom.class || type == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == ReadingRoom.class) {
            return room(context);
        }
        ExtensionContext classContext = context.getTestClass().isPresent() && context.getTestMethod().isPresent()
                ? context.getParent().orElse(context) : context;
        return classContext.getStore(NS).getOrComputeIfAbsent(Browser.class, k -> Browser.start(), Browser.class);
    }

    /** The run's reading room on the test class's backend ({@link WebBackend.Journeys}), started on first use. */
    static ReadingRoom room(ExtensionContext context) {
        WebBackend backend = context.getTestInstance().filter(WebBackend.Journeys.class::isInstance)
                .map(i -> ((WebBackend.Journeys) i).backend()).orElse(WebBackend.SQLITE);
        return context.getRoot().getStore(NS).getOrComputeIfAbsent("reading room on " + backend,
                k -> ReadingRoom.start(backend), ReadingRoom.class);
    }
}
