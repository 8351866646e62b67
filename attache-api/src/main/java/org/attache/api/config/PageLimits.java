package org.attache.api.config;

import java.time.Duration;
import java.util.Objects;

/**
 * The work one page may cost, so that a hostile or freak page is skipped with its reason instead of stalling
 * or sinking a run: caps that each stage checks before its expensive part (and before it allocates for it),
 * and a time budget that the ingest pipeline's watchdog enforces on extraction and annotation together.
 *
 * @param maxElements       an HTML page with more start tags than this is skipped before it is parsed
 * @param maxDepth          an HTML page whose elements nest deeper than this is skipped right after parsing,
 *                          before its content is scored (browsers stop nesting at 512)
 * @param maxTextChars      a page whose text is longer than this is skipped: a text page before it is
 *                          segmented, an HTML page once its article body is extracted
 * @param maxAnnotatedChars only the paragraphs within the first this many characters of an article body are
 *                          annotated (the whole body is stored and searchable); counted when it happens
 * @param timeBudget        a page whose extraction and annotation take longer than this is stopped and skipped
 *                          as "over time budget"
 */
public record PageLimits(int maxElements, int maxDepth, int maxTextChars, int maxAnnotatedChars, Duration timeBudget) {
    public static final int DEFAULT_MAX_ELEMENTS = 200_000;
    public static final int DEFAULT_MAX_DEPTH = 512;
    public static final int DEFAULT_MAX_TEXT_CHARS = 1_000_000;
    public static final int DEFAULT_MAX_ANNOTATED_CHARS = 200_000;
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(60);
    public static final PageLimits DEFAULTS = new PageLimits(DEFAULT_MAX_ELEMENTS, DEFAULT_MAX_DEPTH,
            DEFAULT_MAX_TEXT_CHARS, DEFAULT_MAX_ANNOTATED_CHARS, DEFAULT_TIME_BUDGET);

    public PageLimits {
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (maxElements < 1 || maxDepth < 1 || maxTextChars < 1 || maxAnnotatedChars < 1) {
            throw new IllegalArgumentException("page limits must be positive: elements " + maxElements + ", depth "
                    + maxDepth + ", text " + maxTextChars + ", annotated " + maxAnnotatedChars);
        }
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("the page time budget must be positive, was " + timeBudget);
        }
    }

    /** These limits with another time budget. */
    public PageLimits withTimeBudget(Duration budget) {
        return new PageLimits(maxElements, maxDepth, maxTextChars, maxAnnotatedChars, budget);
    }
}
