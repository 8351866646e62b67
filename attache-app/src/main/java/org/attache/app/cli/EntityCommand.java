package org.attache.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.api.Entity;
import org.attache.api.Office;
import org.attache.json.Json;
import org.attache.nlp.resolve.NameKeys;
import org.attache.store.Store;
import org.attache.store.registry.CoMention;
import org.attache.store.registry.EntityArticle;
import org.attache.store.registry.EntityFilter;
import org.attache.store.registry.EntitySummary;
import org.attache.store.registry.MergeExplanation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache entity ID|NAME}: one entity with its aliases, offices, co-mentions, articles and merges. */
@Command(name = "entity", mixinStandardHelpOptions = true, subcommands = EntityMergeCommand.class,
        description = {"Show one entity: aliases, current and former offices with dates and evidence, co-mentioned",
                "entities, articles. `entity merge KEEP OTHER…` merges entities into one."})
public final class EntityCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "ID|NAME", description = "Entity id (or unique prefix) or a name.")
    List<String> query;

    @Override
    public Integer call() {
        if (query == null || query.isEmpty()) {
            throw new CliException("give an entity id or name (or `entity merge KEEP OTHER…`)", CommandLine.ExitCode.USAGE);
        }
        String q = String.join(" ", query).strip();
        Map<String, Object> json = new LinkedHashMap<>();
        try (Store store = DataFolder.openForReading(common)) {
            String id = resolveId(store, q);
            Entity entity = store.entities().entity(id)
                    .orElseThrow(() -> new CliException("no entity " + q, CliException.NOT_FOUND));
            json.put("entity", entity);
            json.put("co_mentioned", store.entities().coMentioned(id, 20));
            json.put("articles", store.entities().articles(id, 50));
            json.put("merges", store.entities().merges(id));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(common.json() ? Json.pretty(json) : render(json));
        return 0;
    }

    /** An id, a unique id prefix, or the best-known entity whose spelling matches the name. */
    private static String resolveId(Store store, String q) {
        if (q.matches("[0-9a-f]{4,}")) {
            List<String> ids = store.entities().idsWithPrefix(q, 2);
            if (ids.size() == 1) {
                return ids.getFirst();
            }
        }
        String key = NameKeys.key(q);
        List<EntitySummary> byName = key.isEmpty() ? List.of() : store.entities().list(new EntityFilter(null, null, key), 5);
        if (byName.isEmpty()) {
            throw new CliException("no entity " + q, CliException.NOT_FOUND);
        }
        return byName.getFirst().id();
    }

    private static void offices(StringBuilder sb, String heading, List<Office> offices) {
        if (offices.isEmpty()) {
            return;
        }
        sb.append('\n').append(heading).append('\n');
        for (Office o : offices) {
            sb.append("  ").append(o.former() ? "former " : "").append(o.acting() ? "acting " : "").append(o.title())
                    .append(o.elect() ? "-elect" : "")
                    .append(o.organization() == null || o.title().contains(o.organization()) ? "" : " (" + o.organization() + ")")
                    .append("  [").append(o.firstSeen() == null ? "undated" : o.firstSeen())
                    .append(o.lastSeen() == null || o.lastSeen().equals(o.firstSeen()) ? "" : " … " + o.lastSeen())
                    .append("]\n");
            if (o.evidence() != null) {
                sb.append("    “").append(o.evidence().text()).append("” — ").append(o.evidence().articleId()).append('\n');
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static String render(Map<String, Object> json) {
        Entity e = (Entity) json.get("entity");
        StringBuilder sb = new StringBuilder();
        sb.append(e.name()).append("  (").append(e.type()).append(e.country() == null ? ""
                        : ", " + RelationsCommand.name(e.country())
                        + (e.countrySource() == null ? "" : " from " + e.countrySource().id()
                        + (e.countrySource().weak() ? ", weak" : "")))
                .append(", ").append(e.mentionCount()).append(" mentions)\nid: ").append(e.id()).append('\n');
        if (!e.aliases().isEmpty()) {
            sb.append("also: ").append(String.join("; ", e.aliases())).append('\n');
        }
        offices(sb, "Offices", e.offices());
        offices(sb, "Former offices", e.formerOffices());
        List<CoMention> co = (List<CoMention>) json.get("co_mentioned");
        if (!co.isEmpty()) {
            sb.append("\nMentioned with\n");
            for (CoMention c : co) {
                sb.append(String.format(Locale.ROOT, "  %-40s %-12s %3d articles  %s%n", c.name(), c.type(),
                        c.sharedArticles(), c.entityId()));
            }
        }
        List<EntityArticle> articles = (List<EntityArticle>) json.get("articles");
        sb.append("\nArticles\n");
        for (EntityArticle a : articles) {
            sb.append(String.format(Locale.ROOT, "  %s  %-10s %s%n", a.articleId(),
                    a.published() == null ? "undated" : a.published(), a.title() == null ? "(untitled)" : a.title()));
        }
        List<MergeExplanation> merges = (List<MergeExplanation>) json.get("merges");
        if (!merges.isEmpty()) {
            sb.append("\nWhy these spellings are one entity\n");
            for (MergeExplanation m : merges) {
                sb.append("  ").append(m.alias()).append(": ").append(m.rule())
                        .append(m.evidence() == null ? "" : " (" + m.evidence().articleId() + ")").append('\n');
            }
        }
        return sb.toString().stripTrailing();
    }
}
