package org.attache.app.cli;

import java.io.PrintWriter;
import java.util.List;
import org.attache.api.relevance.RelevanceLabel;
import picocli.CommandLine;
import java.util.concurrent.Callable;
import org.attache.json.Json;
import org.attache.store.Store;
import org.attache.store.index.SearchHit;
import org.attache.store.index.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache search QUERY}: full-text search that ignores case and diacritics. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search stored articles; matching ignores case and diacritics.",
                "Syntax: words, \"phrases\", outlet:NAME, lang:CODE, relevance:LABEL, from:YYYY-MM-DD, to:YYYY-MM-DD."})
public final class SearchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (several words are joined).")
    List<String> query = List.of();

    @Option(names = "--relevance", paramLabel = "R",
            description = "Only articles judged of this relevance: political, business, sport, entertainment or"
                    + " technology (the same as relevance:R in the query).")
    String relevance;

    @Option(names = {"-n", "--limit"}, defaultValue = "10", description = "Results to show. Default: ${DEFAULT-VALUE}")
    int limit;

    @Override
    public Integer call() {
        RelevanceLabel label = EventsCommand.relevance(relevance);
        if (query.isEmpty() && label == null) {
            throw new CliException("give a query or --relevance", CommandLine.ExitCode.USAGE);
        }
        String text = String.join(" ", query);
        if (label != null) {
            text = (text + " relevance:" + label.label()).strip();
        }
        CliException.requireLimit(limit, 1000);
        SearchResults results;
        try (Store store = DataFolder.openForReading(common)) {
            results = store.search(text, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            out.println(Json.pretty(results));
            return 0;
        }
        out.printf("%d result%s for %s%n", results.totalHits(), results.totalHits() == 1 ? "" : "s", text);
        int rank = 0;
        for (SearchHit hit : results.hits()) {
            out.printf("%n%2d. %s%n    %s · %s · %s%n", ++rank, hit.title() == null ? "(untitled)" : hit.title(),
                    hit.outlet() == null ? "outlet unknown" : hit.outlet(),
                    hit.published() == null ? "date not printed" : hit.published(), hit.id());
            if (hit.snippet() != null && !hit.snippet().isBlank()) {
                out.println("    " + hit.snippet().replaceAll("\\s+", " ").strip());
            }
        }
        return 0;
    }
}
