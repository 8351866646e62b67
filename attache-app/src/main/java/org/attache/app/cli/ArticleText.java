package org.attache.app.cli;

import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import org.attache.api.Article;
import org.attache.api.RailLink;
import org.attache.api.relevance.Relevance;

/** Renders an article as plain text for the terminal. */
final class ArticleText {
    private ArticleText() {
    }

    static String render(Article a) {
        return render(a, null);
    }

    /** The article with its relevance, when it was judged. */
    static String render(Article a, Relevance relevance) {
        StringBuilder sb = new StringBuilder();
        String title = a.title() == null ? "(no headline)" : a.title() + (a.titleDerived() ? "  [derived, not printed]" : "");
        sb.append(title).append('\n').append("=".repeat(Math.min(title.length(), 100))).append('\n');
        line(sb, "id", a.id());
        line(sb, "source", a.source());
        line(sb, "url", a.url());
        line(sb, "outlet", a.outlet());
        line(sb, "dateline", a.dateline());
        line(sb, "published", a.published() == null ? "date not printed"
                : a.published().value() + " (from " + a.published().provenance().name().toLowerCase(java.util.Locale.ROOT) + ")");
        if (a.updated() != null) {
            line(sb, "updated", a.updated().value() + " (from "
                    + a.updated().provenance().name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        line(sb, "byline", a.byline());
        line(sb, "language", a.language());
        line(sb, "duplicate of", a.duplicateOf());
        line(sb, "story", a.storyId());
        line(sb, "relevance", relevance == null ? null : String.format(java.util.Locale.ROOT, "%s (political %.2f)",
                relevance.label().label(), relevance.score()));
        for (String caption : a.captions()) {
            sb.append("caption: ").append(caption).append('\n');
        }
        sb.append('\n');
        for (String paragraph : a.body()) {
            sb.append(paragraph).append("\n\n");
        }
        Map<String, List<RailLink>> rails = new LinkedHashMap<>();
        for (RailLink link : a.links()) {
            rails.computeIfAbsent(link.rail() == null ? "Links" : link.rail(), k -> new java.util.ArrayList<>()).add(link);
        }
        rails.forEach((rail, links) -> {
            sb.append(rail).append(" (").append(links.size()).append(")\n");
            for (RailLink link : links) {
                sb.append("  - ").append(link.headline());
                String meta = String.join(" ", nonNull(link.date(), link.time(), link.category()));
                if (!meta.isBlank()) {
                    sb.append("  [").append(meta).append(']');
                }
                if (link.url() != null) {
                    sb.append("  ").append(link.url());
                }
                sb.append('\n');
            }
        });
        return sb.toString().stripTrailing();
    }

    private static List<String> nonNull(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    private static void line(StringBuilder sb, String label, String value) {
        if (value != null) {
            sb.append(label).append(": ").append(value).append('\n');
        }
    }
}
