package org.attache.app.cli;

import org.attache.app.ScratchFolder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.api.Entity;
import org.attache.api.config.AttacheConfig;
import org.attache.api.config.SourceConfig;
import org.attache.api.config.StoreConfig;
import org.attache.app.eval.SeedEntityCheck;
import org.attache.app.eval.SeedEventCheck;
import org.attache.app.ingest.IngestPipeline;
import org.attache.json.Json;
import org.attache.nlp.resolve.NameKeys;
import org.attache.extract.DefaultArticleExtractor;
import org.attache.store.Store;
import org.attache.store.events.EventFilter;
import org.attache.store.events.EventQueries;
import org.attache.store.registry.EntityArticle;
import org.attache.store.registry.EntityFilter;
import org.attache.store.registry.EntitySummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache eval seeds --gold FILE}: ingests the seed pages beside the gold file (its {@code pages/}
 * folder) through the whole pipeline into a scratch data folder, then checks the gold reading's entity
 * part: every must entity found with its type, country and titles, may entities credited, and the
 * same-entity pairs across documents.
 */
@Command(name = "seeds", mixinStandardHelpOptions = true,
        description = "Check the pipeline's reading of the seed pages against their gold reading (entities and events).")
public final class EvalSeedsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE", required = true,
            description = "Gold reading, e.g. ../shared/fixtures/seeds/gold.json (pages in pages/ beside it)")
    Path gold;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the result as JSON to FILE.")
    Path out;

    /** Entities of an article that only its rail headlines name: each one is a must-not violation. */
    private final List<String> railOnly = new ArrayList<>();

    /** The event part of the check, filled by {@link #run}. */
    private SeedEventCheck.Result events;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(gold)) {
            throw new CliException("gold file not found: " + gold, CommandLine.ExitCode.USAGE);
        }
        Path pages = gold.toAbsolutePath().getParent().resolve("pages");
        if (!Files.isDirectory(pages)) {
            throw new CliException("no pages/ folder beside " + gold, CommandLine.ExitCode.USAGE);
        }
        JsonNode goldJson = Json.mapper().readTree(gold.toFile());
        Path scratch = Files.createTempDirectory("attache-seeds");
        SeedEntityCheck.Result result;
        try {
            result = run(goldJson, pages, scratch);
        } finally {
            ScratchFolder.delete(scratch);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("must_entities", result.mustTotal());
        report.put("must_entities_complete", result.mustComplete());
        report.put("may_entities_found", result.mayFound());
        report.put("entities", result.rows());
        report.put("same_entity_pairs", result.pairs());
        report.put("entities_only_in_rails", railOnly);
        report.put("must_events", events.mustTotal());
        report.put("must_events_found", events.mustFound());
        report.put("may_events_found", events.mayFound());
        report.put("events", events.rows());
        report.put("must_not_violations", events.violations());
        report.put("must_not_unchecked", events.uncheckedRules());
        if (out != null) {
            Files.writeString(out, Json.pretty(report), StandardCharsets.UTF_8);
        }
        PrintWriter printer = spec.commandLine().getOut();
        if (json) {
            printer.println(Json.pretty(report));
        } else {
            print(printer, result);
            printer.println(railOnly.isEmpty() ? "ok    no entity comes only from a rail headline"
                    : "VIOLATION entities only in rail headlines: " + String.join("; ", railOnly));
            printer.println();
            print(printer, events);
        }
        return 0;
    }

    private static boolean contains(String folded, String spelling) {
        return !spelling.isBlank() && (" " + folded + " ").contains(" " + spelling + " ");
    }

    private SeedEntityCheck.Result run(JsonNode goldJson, Path pages, Path scratch) {
        StoreConfig storeConfig = StoreConfig.at(scratch);
        AttacheConfig config = new AttacheConfig(SourceConfig.DEFAULTS, storeConfig, 1, false);
        try (Store store = DataFolder.openForWriting(storeConfig)) {
            new IngestPipeline(config, new DefaultArticleExtractor(), Stages.analysis(scratch), store, null).run(List.of(pages));
            Map<String, String> articleByFile = new HashMap<>();
            store.forEachArticle(a -> articleByFile.put(Path.of(a.source()).getFileName().toString(), a.id()));
            Map<String, List<Entity>> byArticle = new HashMap<>();
            for (EntitySummary summary : store.entities().list(new EntityFilter(null, null, null), 100_000)) {
                Entity entity = store.entities().entity(summary.id()).orElseThrow();
                for (EntityArticle article : store.entities().articles(summary.id(), 100_000)) {
                    byArticle.computeIfAbsent(article.articleId(), k -> new ArrayList<>()).add(entity);
                }
            }
            railOnly.clear();
            store.forEachArticle(article -> {
                String body = NameKeys.fold(article.bodyText());
                String rails = NameKeys.fold(String.join(" \n ", article.links().stream().map(l -> l.headline()).toList()));
                for (Entity e : byArticle.getOrDefault(article.id(), List.of())) {
                    List<String> spellings = new ArrayList<>(e.aliases());
                    spellings.add(e.name());
                    boolean inBody = spellings.stream().anyMatch(sp -> contains(body, NameKeys.fold(sp)));
                    boolean inRails = spellings.stream().anyMatch(sp -> contains(rails, NameKeys.fold(sp)));
                    if (!inBody && inRails) {
                        railOnly.add(Path.of(article.source()).getFileName() + ": " + e.name());
                    }
                }
            });
            Map<String, SeedEventCheck.Coded> coded = new HashMap<>();
            store.forEachArticle(article -> coded.put(Path.of(article.source()).getFileName().toString(),
                    new SeedEventCheck.Coded(Path.of(article.source()).getFileName().toString(), article,
                            store.events().list(EventFilter.all().withArticle(article.id()), EventQueries.MAX_LIMIT))));
            events = new SeedEventCheck().check(goldJson, coded);
            return SeedEntityCheck.check(goldJson,
                    file -> byArticle.getOrDefault(articleByFile.get(file), List.of()));
        }
    }

    private static void print(PrintWriter out, SeedEntityCheck.Result result) {
        out.printf("Entities: %d of %d must entities complete (type, country, titles); %d may entities found%n%n",
                result.mustComplete(), result.mustTotal(), result.mayFound());
        for (SeedEntityCheck.Row row : result.rows()) {
            String status = !row.found() ? "MISSED" : row.complete() ? "ok" : "PARTIAL";
            out.printf("%-7s %-4s %-24s %-45s%s%s%s%n", status, row.level(), shortFile(row.file()), row.name(),
                    row.found() ? " → " + row.got() : "",
                    row.found() && !row.typeOk() ? " [wrong type]" : "",
                    row.found() && !row.countryOk() ? " [wrong country]" : "");
            for (String missing : row.titlesMissing()) {
                out.println("                title missing: " + missing);
            }
        }
        out.println();
        for (SeedEntityCheck.Pair pair : result.pairs()) {
            out.printf("%-5s same entity across %s and %s: %s%n", pair.same() ? "ok" : "SPLIT", shortFile(pair.fileA()),
                    shortFile(pair.fileB()), pair.name());
        }
    }

    private static void print(PrintWriter out, SeedEventCheck.Result result) {
        out.printf("Events: %d of %d must events found; %d may events found; %d must-not violations%n%n",
                result.mustFound(), result.mustTotal(), result.mayFound(), result.violations().size());
        for (SeedEventCheck.Row row : result.rows()) {
            out.printf("%-7s %-4s %-24s %s%n", row.found() ? "ok" : "MISSED", row.level(), shortFile(row.file()),
                    row.gold());
            if (!row.got().isEmpty()) {
                out.println("                " + (row.found() ? "→ " : "closest: ") + row.got()
                        + (row.mismatch().isEmpty() ? "" : "  [wrong: " + String.join(", ", row.mismatch()) + "]"));
            }
        }
        for (SeedEventCheck.Violation v : result.violations()) {
            out.printf("VIOLATION %s: %s — %s%n", shortFile(v.file()), v.rule(), v.event());
        }
        for (String rule : result.uncheckedRules()) {
            out.println("unchecked must-not rule (not machine-checkable): " + rule);
        }
        if (result.violations().isEmpty()) {
            out.println("ok    no must-not violation");
        }
    }

    private static String shortFile(String file) {
        return file.length() > 24 ? file.substring(0, 24) : file;
    }
}
