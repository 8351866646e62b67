package org.attache.app.cli;

import java.time.Duration;
import org.attache.api.config.PageLimits;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The work one page may cost, shared by the commands that ingest (ingest, and serve for its uploads). */
public final class LimitOptions {
    @Option(names = "--max-elements", paramLabel = "N", defaultValue = "" + PageLimits.DEFAULT_MAX_ELEMENTS,
            description = "Skip HTML pages with more elements than this, before parsing them. Default: ${DEFAULT-VALUE}")
    int maxElements;

    @Option(names = "--max-depth", paramLabel = "N", defaultValue = "" + PageLimits.DEFAULT_MAX_DEPTH,
            description = "Skip HTML pages whose elements nest deeper than this. Default: ${DEFAULT-VALUE}")
    int maxDepth;

    @Option(names = "--max-text-chars", paramLabel = "N", defaultValue = "" + PageLimits.DEFAULT_MAX_TEXT_CHARS,
            description = "Skip pages whose text is longer than this. Default: ${DEFAULT-VALUE}")
    int maxTextChars;

    @Option(names = "--max-annotated-chars", paramLabel = "N",
            defaultValue = "" + PageLimits.DEFAULT_MAX_ANNOTATED_CHARS,
            description = "Annotate at most this many characters of an article's body (the rest is stored and "
                    + "searchable, without entities or events). Default: ${DEFAULT-VALUE}")
    int maxAnnotatedChars;

    @Option(names = "--page-time-budget", paramLabel = "SECONDS", defaultValue = "60",
            description = "Skip a page whose extraction and annotation take longer than this. Default: ${DEFAULT-VALUE}")
    double pageSeconds;

    /** The typed limits. */
    public PageLimits limits() {
        try {
            return new PageLimits(maxElements, maxDepth, maxTextChars, maxAnnotatedChars,
                    Duration.ofMillis(Math.round(pageSeconds * 1000)));
        } catch (IllegalArgumentException e) {
            throw new CliException("invalid option: " + e.getMessage(), CommandLine.ExitCode.USAGE);
        }
    }
}
