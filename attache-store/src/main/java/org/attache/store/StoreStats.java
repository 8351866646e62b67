package org.attache.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts over the stored articles.
 *
 * @param articles         articles stored, duplicates included
 * @param exactDuplicates  articles marked as exact copies
 * @param nearDuplicates   articles marked as near copies
 * @param byOutlet         articles per outlet, most first; no outlet under {@code "(none)"}
 * @param byLanguage       articles per language, most first; no language under {@code "(none)"}
 * @param withPublished    articles with a publication date
 * @param withoutPublished articles without one
 * @param indexDocs        documents in the search index (equals {@code articles} when in sync)
 * @param events           coded events stored
 * @param stories          stories (events of one happening grouped across outlets)
 * @param relatedPending   articles whose Related News list is not computed yet
 * @param mergeFailures    background merges of the index that failed while this store was open (a full disk)
 * @param indexProblem     the first index failure in one line (a failed merge, the writer's fatal error), or null
 */
public record StoreStats(long articles, long exactDuplicates, long nearDuplicates, Map<String, Long> byOutlet,
                         Map<String, Long> byLanguage, long withPublished, long withoutPublished, long indexDocs,
                         long events, long stories, long relatedPending, long mergeFailures, String indexProblem) {
    public StoreStats {
        byOutlet = Collections.unmodifiableMap(new LinkedHashMap<>(byOutlet));
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }
}
