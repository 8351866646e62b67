package org.attache.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache demo}: ingest the bundled samples, then print the store's stats, a search and the
 * Vietnam–Singapore events.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the bundled sample pages, then show stats, a diacritic-insensitive search and the Vietnam–Singapore events.")
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "Sample folder. Default: $ATTACHE_HOME/samples, else ./samples")
    Path samples;

    @Option(names = "--query", defaultValue = "Viet Nam Singapore",
            description = "Query to run after ingesting. Default: ${DEFAULT-VALUE}")
    String query;

    @Override
    public Integer call() {
        Path dir = samples != null ? samples : defaultSamples();
        if (!Files.isDirectory(dir)) {
            throw new CliException("sample folder not found: " + dir + " (use --samples DIR)", CommandLine.ExitCode.USAGE);
        }
        PrintWriter out = spec.commandLine().getOut();
        CommandLine root = spec.root().commandLine();
        List<String> data = List.of("--data", common.dataDir().toString());
        List<String> json = common.json() ? List.of("--json") : List.of();
        out.println("== attache ingest " + dir);
        int code = run(root, "ingest", data, json, List.of(dir.toString()));
        if (code != 0) {
            return code;
        }
        out.println();
        out.println("== attache stats");
        run(root, "stats", data, json, List.of());
        out.println();
        out.println("== attache search \"" + query + "\"   (matching ignores diacritics: Viet Nam = Việt Nam)");
        code = run(root, "search", data, json, List.of(query));
        if (code != 0) {
            return code;
        }
        out.println();
        out.println("== attache relations VNM SGP   (coded events between the two countries, in date order)");
        return run(root, "relations", data, json, List.of("VNM", "SGP"));
    }

    @SafeVarargs
    private static int run(CommandLine root, String command, List<String>... parts) {
        List<String> args = new java.util.ArrayList<>();
        args.add(command);
        for (List<String> part : parts) {
            args.addAll(part);
        }
        return root.execute(args.toArray(String[]::new));
    }

    private static Path defaultSamples() {
        String home = System.getenv("ATTACHE_HOME");
        return home != null ? Path.of(home, "samples") : Path.of("samples");
    }
}
