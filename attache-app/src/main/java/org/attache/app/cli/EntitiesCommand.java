package org.attache.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attache.api.MentionType;
import org.attache.json.Json;
import org.attache.nlp.resolve.NameKeys;
import org.attache.store.Store;
import org.attache.store.registry.EntityFilter;
import org.attache.store.registry.EntitySummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache entities}: the people, organisations and places the store knows, most mentioned first. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "List resolved entities, most mentioned first.")
public final class EntitiesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--type", paramLabel = "T", description = "PERSON, ORGANIZATION, LOCATION, EVENT or MISC.")
    String type;

    @Option(names = "--country", paramLabel = "C", description = "Country or IGO: a code (VNM, SUN, IMF) or a name."
            + " A '?' after a listed code marks a country from weak context only.")
    String country;

    @Option(names = "--name", paramLabel = "Q", description = "Spelling contains Q (ignoring case and diacritics).")
    String name;

    @Option(names = {"-n", "--limit"}, defaultValue = "50", description = "At most this many. Default: ${DEFAULT-VALUE}")
    int limit;

    @Override
    public Integer call() {
        EntityFilter filter = new EntityFilter(type(), country == null ? null : EventsCommand.country(country, "--country"),
                name == null || NameKeys.key(name).isEmpty() ? null : NameKeys.key(name));
        CliException.requireLimit(limit, 10_000);
        List<EntitySummary> list;
        try (Store store = DataFolder.openForReading(common)) {
            list = store.entities().list(filter, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            out.println(Json.pretty(list));
            return 0;
        }
        out.printf("%d entit%s%n", list.size(), list.size() == 1 ? "y" : "ies");
        for (EntitySummary e : list) {
            String country = e.country() == null ? "-"
                    : e.country() + (e.countrySource() != null && e.countrySource().weak() ? "?" : "");
            out.printf(Locale.ROOT, "%-16s %-12s %-4s %5d mentions %4d articles  %s%n", e.id(), e.type(),
                    country, e.mentionCount(), e.articleCount(), e.name());
        }
        return 0;
    }

    private MentionType type() {
        if (type == null) {
            return null;
        }
        try {
            MentionType t = MentionType.valueOf(type.strip().toUpperCase(Locale.ROOT));
            if (!t.isEntity()) {
                throw new IllegalArgumentException();
            }
            return t;
        } catch (IllegalArgumentException e) {
            throw new CliException("unknown --type " + type + " (PERSON, ORGANIZATION, LOCATION, EVENT, MISC)",
                    CommandLine.ExitCode.USAGE);
        }
    }
}
