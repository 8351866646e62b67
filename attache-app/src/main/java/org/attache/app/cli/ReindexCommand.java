package org.attache.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.json.Json;
import org.attache.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache reindex}: rebuild the search index from the database, then every Related News list. */
@Command(name = "reindex", mixinStandardHelpOptions = true, description = "Rebuild the search index from the database.")
public final class ReindexCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        long indexed;
        RelatedUpdate related;
        try (Store store = DataFolder.openExisting(common)) {
            try (Progress progress = Progress.start(!common.json(), "Reindexing")) {
                indexed = store.reindex(done -> progress.update(done, "articles indexed"));
            }
            related = RelatedUpdate.run(store, Runtime.getRuntime().availableProcessors(), !common.json());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("indexed", indexed);
            json.put("seconds", Math.round(seconds * 10) / 10.0);
            json.put("related_lists", related.lists());
            json.put("related_seconds", related.seconds());
            out.println(Json.pretty(json));
        } else {
            out.printf(java.util.Locale.ROOT, "Reindexed %d articles in %.1f s.%n", indexed, seconds);
            related.print(out);
        }
        return 0;
    }
}
