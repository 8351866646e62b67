package org.attache.app.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension for browser tests: skips the class when Chromium or chromedriver is missing, and
 * injects the shared {@link ReadingRoom} (one per test run, closed at its end) and a {@link Browser}
 * (one per test class, closed after it). Use with {@code @ExtendWith(ReadingRoomExtension.class)} and
 * constructor or method parameters of those types.
 */
final class ReadingRoomExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ReadingRoomExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        assumeTrue(Browser.available(), "Chromium or chromedriver is not installed (/usr/bin/chromium, "
                + "/usr/bin/chromedriver; .ci/run installs them): browser tests skipped");
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

    /** The run's reading room, started on first use. */
    static ReadingRoom room(ExtensionContext context) {
        return context.getRoot().getStore(NS).getOrComputeIfAbsent(ReadingRoom.class, k -> ReadingRoom.start(), ReadingRoom.class);
    }
}
