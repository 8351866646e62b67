package org.attache.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.api.events.Event;
import org.attache.json.Json;
import org.attache.store.Store;
import org.attache.store.events.MonthCount;
import org.attache.store.events.Relations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache relations A B}: the timeline of events between two countries (dated events in date
 * order, then those whose year is unknown, then undated ones, marked so) with counts per month and type.
 */
@Command(name = "relations", mixinStandardHelpOptions = true,
        description = "Timeline of events between two countries, with counts per month and PLOVER type.")
public final class RelationsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "A country: alpha-3 code (VNM) or name (Vietnam).")
    String countryA;

    @Parameters(index = "1", paramLabel = "B", description = "The other country.")
    String countryB;

    @Override
    public Integer call() {
        String a = EventsCommand.country(countryA, "country");
        String b = EventsCommand.country(countryB, "country");
        Relations relations;
        try (Store store = DataFolder.openForReading(common)) {
            relations = store.events().relations(a, b);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(common.json() ? Json.pretty(json(relations)) : text(relations));
        return 0;
    }

    /** {country_a, country_b, events, months: [{month, type, count}], undated}. */
    static Map<String, Object> json(Relations r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("country_a", r.countryA());
        json.put("country_b", r.countryB());
        json.put("events", r.events());
        List<Map<String, Object>> months = new ArrayList<>();
        for (MonthCount m : r.months()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("month", m.month());
            row.put("type", m.type().name());
            row.put("count", m.count());
            months.add(row);
        }
        json.put("months", months);
        json.put("undated", r.undated());
        return json;
    }

    private static String text(Relations r) {
        StringBuilder sb = new StringBuilder();
        sb.append(name(r.countryA())).append(" – ").append(name(r.countryB())).append(": ")
                .append(r.events().size()).append(r.events().size() == 1 ? " event" : " events");
        if (r.undated() > 0) {
            sb.append(", ").append(r.undated()).append(" with date unknown");
        }
        sb.append('\n');
        for (Event e : r.events()) {
            sb.append("  ").append(EventsCommand.row(e)).append('\n');
        }
        if (!r.months().isEmpty()) {
            sb.append("\nPer month and type\n");
            for (MonthCount m : r.months()) {
                sb.append(String.format(Locale.ROOT, "  %-8s %-9s %4d%n", m.month(), m.type().name(), m.count()));
            }
        }
        return sb.toString().stripTrailing();
    }

    /** "Vietnam (VNM)", "International Monetary Fund (IMF)", or the code alone when it names nothing known. */
    static String name(String code) {
        String name = org.attache.nlp.gazetteer.CodeNames.displayName(code);
        return name == null ? code : name + " (" + code + ")";
    }
}
