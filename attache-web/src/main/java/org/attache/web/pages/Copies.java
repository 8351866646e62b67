package org.attache.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.attache.store.ArticleReader;
import org.attache.store.read.ArticleRef;

/**
 * Lists that show an article and its copies once: items are grouped by the article they copy
 * ({@code duplicate_of}, the item itself when it copies nothing); the first of a group in the list's order stays,
 * with the number of its copies ("+2 copies"), and the others go.
 */
final class Copies {
    private Copies() {
    }

    /** The items of a list, one per group, in the list's order, each with the count of the others of its group. */
    record Collapsed<T>(T item, int copies) {
    }

    /**
     * Collapses {@code items} (at most {@code limit} kept), leaving out the group {@code except} (the article a
     * page shows, so that its copies are not "related" to it), or none when null.
     */
    static <T> List<Collapsed<T>> collapse(ArticleReader store, List<T> items, Function<T, String> id, String except,
                                           int limit) {
        Map<String, String> copyOf = store.duplicateOf(items.stream().map(id).toList());
        String exceptGroup = except == null ? null : store.duplicateOf(List.of(except)).getOrDefault(except, except);
        Map<String, T> first = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (T item : items) {
            String group = copyOf.getOrDefault(id.apply(item), id.apply(item));
            if (group.equals(exceptGroup)) {
                continue;
            }
            first.putIfAbsent(group, item);
            counts.merge(group, 1, Integer::sum);
        }
        List<Collapsed<T>> kept = new ArrayList<>();
        for (Map.Entry<String, T> e : first.entrySet()) {
            if (kept.size() == limit) {
                break;
            }
            kept.add(new Collapsed<>(e.getValue(), counts.get(e.getKey()) - 1));
        }
        return kept;
    }

    /** Article items of {@code refs}, copies collapsed. */
    static List<Views.ArticleItem> items(ArticleReader store, List<ArticleRef> refs, String except, int limit) {
        return collapse(store, refs, ArticleRef::id, except, limit).stream()
                .map(c -> Pages.item(c.item()).withCopies(c.copies())).toList();
    }
}
