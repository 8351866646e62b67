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
}
