package org.attache.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.attache.api.config.AttacheConfig;
import org.attache.api.config.CodingConfig;
import org.attache.api.config.PageLimits;
import org.attache.api.config.SourceConfig;
import org.attache.api.config.StoreConfig;

/**
 * What an executor needs to build the same analysis core as the driver, in a form Spark can ship (plain values): the
 * typed configuration records are rebuilt from it on each JVM ({@link #config()}).
 *
 * @param dataDir           the data folder whose alias file Resolve reads
 * @param entities          whether the language stages run (false: articles only, as {@code ingest --no-entities})
 * @param actorDictionaries the coding configuration's actor dictionaries
 * @param verbDictionary    its verb dictionary, or null
 * @param shippedKnowledge  whether the shipped actor knowledge is used
 * @param syntax            whether the coder tags and parses
 * @param eventConfidence   the event-confidence threshold (NaN: the shipped model's)
 */
record JobSettings(String dataDir, boolean entities, long maxPageBytes, List<String> actorDictionaries,
                   String verbDictionary, boolean shippedKnowledge, boolean syntax, double eventConfidence,
                   int maxElements, int maxDepth, int maxTextChars, int maxAnnotatedChars, long timeBudgetMillis) implements Serializable {

    static JobSettings of(AttacheConfig config, boolean entities) {
        CodingConfig coding = config.coding();
        PageLimits limits = config.limits();
        return new JobSettings(config.store().dataDir().toString(), entities, config.source().maxPageBytes(),
                coding.actorDictionaries().stream().map(Path::toString).toList(),
                coding.verbDictionary() == null ? null : coding.verbDictionary().toString(),
                coding.shippedKnowledge(), coding.syntax(), coding.eventConfidence(), limits.maxElements(), limits.maxDepth(),
                limits.maxTextChars(), limits.maxAnnotatedChars(), limits.timeBudget().toMillis());
    }

    /** The configuration these settings stand for (one worker: Spark's tasks are the parallelism). */
    AttacheConfig config() {
        CodingConfig coding = new CodingConfig(actorDictionaries.stream().map(Path::of).toList(),
                verbDictionary == null ? null : Path.of(verbDictionary), shippedKnowledge, syntax, eventConfidence);
        PageLimits limits = new PageLimits(maxElements, maxDepth, maxTextChars, maxAnnotatedChars,
                Duration.ofMillis(timeBudgetMillis));
        return new AttacheConfig(new SourceConfig(maxPageBytes), StoreConfig.at(Path.of(dataDir)), 1, false, coding,
                limits);
    }
}
