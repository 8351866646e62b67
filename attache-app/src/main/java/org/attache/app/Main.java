package org.attache.app;

import java.io.PrintWriter;
import org.attache.app.cli.AttacheCommand;
import org.attache.app.cli.CliException;
import org.attache.app.ingest.IngestPipeline;
import org.attache.nlp.dictionaries.DictionaryFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Entry point of the {@code attache} command; the only place that turns errors into exit codes. */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);
    /**
     * Lucene tells through java.util.logging, on every start, that the incubating vector API is not
     * enabled; it is an optional speed-up, so the notice is kept off the user's terminal. Held here so
     * the level sticks.
     */
    private static final java.util.logging.Logger LUCENE_VECTOR_NOTICE =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        LUCENE_VECTOR_NOTICE.setLevel(java.util.logging.Level.SEVERE);
    }

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** The command tree with its exception-to-exit-code mapping. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new AttacheCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            int code = exitCode(e);
            if (code == 1) {
                LOG.error("command failed", e);
            }
            err.println("attache: " + message(e));
            err.flush();
            return code;
        });
        return cli;
    }

    static int exitCode(Throwable e) {
        if (e instanceof CliException cli) {
            return cli.exitCode();
        }
        if (e instanceof IngestPipeline.StrictModeException || e instanceof DictionaryFormatException) {
            return CliException.INPUT_FAILED;
        }
        if (e instanceof IllegalArgumentException) {
            return CommandLine.ExitCode.USAGE;
        }
        return CommandLine.ExitCode.SOFTWARE;
    }

    private static String message(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }
}
