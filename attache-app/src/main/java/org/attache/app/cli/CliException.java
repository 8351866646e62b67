package org.attache.app.cli;

/**
 * A failure the user can act on: bad input, a missing article, a strict-mode skip. Its message is printed
 * as one line and {@link #exitCode()} becomes the process's exit code.
 */
public class CliException extends RuntimeException {
    /** Exit code for a run that failed on its input (under {@code --strict}, any skip). */
    public static final int INPUT_FAILED = 3;
    /** Exit code for a lookup that found nothing. */
    public static final int NOT_FOUND = 4;

    private final int exitCode;

    public CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    /** Checks a {@code --limit} option: a usage error naming it unless it is in {@code 1..max}. */
    static void requireLimit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw new CliException("--limit must be in 1.." + max + ", was " + limit,
                    picocli.CommandLine.ExitCode.USAGE);
        }
    }
}
