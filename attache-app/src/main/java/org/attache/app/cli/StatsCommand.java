package org.attache.app.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.json.Json;
import org.attache.store.Store;
import org.attache.store.StoreStats;
import org.attache.store.watch.WatchState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache stats}: what the data folder holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts of stored articles, duplicates, outlets, languages, and of watched pages.")
public final class StatsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StoreStats stats;
        WatchState.Stats watch;
        try (Store store = DataFolder.openForReading(common)) {
            stats = store.stats();
            watch = store.watch().stats();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            Map<String, Object> json = Json.mapper().convertValue(stats, new TypeReference<LinkedHashMap<String, Object>>() { });
            if (!watch.empty()) {
                json.put("watch", watch);
            }
            out.println(Json.pretty(json));
        } else {
            out.println(StatsText.render(stats) + (watch.empty() ? "" : "\n" + StatsText.render(watch)));
        }
        return 0;
    }
}
