package org.attache.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.attache.web.json.Json;
import org.attache.store.ArticleStore;
import org.attache.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache stats}: what the data folder holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts of stored articles, duplicates, outlets, languages.")
public final class StatsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StoreStats stats;
        try (ArticleStore store = DataFolder.openForReading(common)) {
            stats = store.stats();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(common.json() ? Json.pretty(stats) : StatsText.render(stats));
        return 0;
    }
}
