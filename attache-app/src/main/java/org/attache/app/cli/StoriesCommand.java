package org.attache.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.api.events.Event;
import org.attache.store.Store;
import org.attache.store.events.EventQueries;
import org.attache.store.events.Story;
import org.attache.store.events.StoryDetail;
import org.attache.store.read.ArticleRef;
import org.attache.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attache stories [ID]}: the stories (one happening across reports), most independent sources first;
 * with an id, one story with its reports (first published first) and its events, as {@code /api/stories/{id}}.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "List stories (one happening across reports), most sources first; with an ID, one story "
                + "with its articles and events.")
public final class StoriesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "A story id (an event's story_id).")
    String id;

    @Option(names = {"-n", "--limit"}, defaultValue = "20",
            description = "Stories to list, at most 10,000. Default: ${DEFAULT-VALUE}")
    int limit;

    @Override
    public Integer call() {
        CliException.requireLimit(limit, EventQueries.MAX_LIMIT);
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = DataFolder.openForReading(common)) {
            if (id == null) {
                List<Story> stories = store.events().stories(limit);
                out.println(common.json() ? Json.pretty(Map.of("items", stories)) : list(stories));
                return 0;
            }
            String storyId = id.strip();
            StoryDetail detail = store.story(storyId, StoryDetail.ARTICLES, StoryDetail.EVENTS)
                    .orElseThrow(() -> new CliException("no story with id " + storyId, CliException.NOT_FOUND));
            out.println(common.json() ? Json.pretty(detail) : detail(detail));
        }
        return 0;
    }

    private static String list(List<Story> stories) {
        if (stories.isEmpty()) {
            return "No stories (ingest articles with events first).";
        }
        StringBuilder sb = new StringBuilder();
        for (Story s : stories) {
            sb.append(String.format(Locale.ROOT, "%-18s %2d %-7s %3d %-8s %-9s %-22s %s%n", s.id(),
                    s.sources(), s.sources() == 1 ? "source" : "sources", s.articles(),
                    s.articles() == 1 ? "article" : "articles", s.type().name(), days(s), headline(s)));
        }
        return sb.toString().stripTrailing();
    }

    private static String detail(StoryDetail d) {
        Story s = d.story();
        StringBuilder sb = new StringBuilder();
        String headline = headline(s);
        sb.append(headline).append('\n').append("=".repeat(Math.min(headline.length(), 100))).append('\n');
        sb.append("id: ").append(s.id()).append('\n');
        sb.append("type: ").append(s.type().name()).append('\n');
        if (!s.dyad().isEmpty()) {
            sb.append("countries: ").append(String.join(", ", s.dyad().stream().map(RelationsCommand::name).toList()))
                    .append('\n');
        }
        sb.append("days: ").append(days(s)).append('\n');
        sb.append(String.format(Locale.ROOT, "%d %s, %d %s, %d %s%n", s.sources(),
                s.sources() == 1 ? "source" : "sources", s.articles(), s.articles() == 1 ? "article" : "articles",
                s.events(), s.events() == 1 ? "event" : "events"));
        sb.append("\nReports, first published first\n");
        for (ArticleRef a : d.articles()) {
            sb.append(String.format(Locale.ROOT, "  %-16s %-10s %-20s %s%n", a.id(),
                    a.published() == null ? "undated" : a.published(), a.outlet() == null ? "-" : a.outlet(),
                    a.title() == null ? "(no headline)" : a.title()));
        }
        sb.append("\nEvents\n");
        for (Event e : d.events()) {
            sb.append("  ").append(EventsCommand.row(e)).append('\n');
        }
        return sb.toString().stripTrailing();
    }

    private static String headline(Story s) {
        return s.headline() == null || s.headline().isBlank() ? "(untitled story)" : s.headline();
    }

    private static String days(Story s) {
        if (s.firstDay() == null) {
            return "date unknown";
        }
        return s.lastDay() == null || s.lastDay().equals(s.firstDay()) ? s.firstDay().toString()
                : s.firstDay() + ".." + s.lastDay();
    }
}
