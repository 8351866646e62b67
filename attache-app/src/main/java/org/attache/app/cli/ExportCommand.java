package org.attache.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.attache.api.Article;
import org.attache.app.export.EventWriter;
import org.attache.app.export.ExportContext;
import org.attache.app.export.ExportFormat;
import org.attache.json.Json;
import org.attache.store.Store;
import org.attache.store.events.EventFilter;
import org.attache.store.events.Story;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache export --format F OUT}: stored events as PLOVER JSON, GDELT-style CAMEO TSV, JSONL or CSV
 * (see {@link ExportFormat}). The file is written beside OUT under a temporary name and moved into place
 * when complete, so OUT is never half-written; an existing OUT is replaced only with {@code --force}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export events as plover (JSON), cameo-tsv (GDELT-style), jsonl or csv.")
public final class ExportCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ExportCommand.class);

    @Mixin
    CommonOptions common;

    @Mixin
    EventsCommand.Filters filters;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "F", description = "plover, cameo-tsv, jsonl or csv.")
    String format;

    @Option(names = "--force", description = "Replace OUT when it exists.")
    boolean force;

    @Parameters(index = "0", paramLabel = "OUT", description = "File to write.")
    Path out;

    @Override
    public Integer call() {
        ExportFormat f;
        try {
            f = ExportFormat.fromLabel(format);
        } catch (IllegalArgumentException e) {
            throw new CliException("unknown --format " + format + " (" + ExportFormat.labels() + ")",
                    CommandLine.ExitCode.USAGE);
        }
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new CliException(out + " is a folder; give a file name to export to", CommandLine.ExitCode.USAGE);
        }
        if (Files.exists(target) && !force) {
            throw new CliException(out + " exists (use --force to replace it)", CommandLine.ExitCode.USAGE);
        }
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
            throw new CliException("no folder " + dir + " to write " + out + " in", CliException.NOT_FOUND);
        }
        long count;
        try (Store store = DataFolder.openForReading(common)) {
            EventFilter filter = filters.toFilter(store);
            count = export(store, filter, f, target);
        }
        LOG.info("exported {} events as {} to {}", count, f.label(), target);
        PrintWriter printer = new PrintWriter(spec.commandLine().getOut());
        if (common.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("format", f.label());
            json.put("out", target.toString());
            json.put("events", count);
            printer.println(Json.pretty(json));
        } else {
            printer.printf("exported %d event%s as %s to %s%n", count, count == 1 ? "" : "s", f.label(), out);
        }
        printer.flush();
        return 0;
    }

    private static long export(Store store, EventFilter filter, ExportFormat format, Path target) {
        Path tmp;
        try {
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw new CliException("cannot write in " + target.getParent() + ": " + e.getMessage(), 1);
        }
        long[] count = {0};
        try {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8));
                 Progress progress = Progress.start(true, "export")) {
                EventWriter writer = format.writer(w, context(store));
                store.events().forEach(filter, event -> {
                    try {
                        writer.write(event);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    progress.update(++count[0], count[0] + " events");
                });
                writer.finish();
            }
            move(tmp, target);
            return count[0];
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new CliException("cannot write " + target + ": " + cause.getMessage(), 1);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                LOG.warn("could not delete {}: {}", tmp, e.getMessage());
            }
        }
    }

    /** Article URLs and lead paragraphs, and story counts, looked up once each. */
    private static ExportContext context(Store store) {
        Map<String, ExportContext.ArticleRef> articles = new HashMap<>();
        Map<String, Optional<ExportContext.StoryCounts>> stories = new HashMap<>();
        return new ExportContext(id -> articles.computeIfAbsent(id, k -> store.get(k)
                        .map(ExportCommand::articleRef).orElse(null)),
                id -> stories.computeIfAbsent(id, k -> store.events().story(k)
                        .map((Story s) -> new ExportContext.StoryCounts(s.events(), s.sources(), s.articles())))
                        .orElse(null));
    }

    private static ExportContext.ArticleRef articleRef(Article a) {
        return new ExportContext.ArticleRef(a.url(), a.body().isEmpty() ? 0 : a.body().getFirst().length());
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
