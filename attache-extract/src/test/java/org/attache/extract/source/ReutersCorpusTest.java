package org.attache.extract.source;

import org.attache.testkit.SharedData;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.attache.api.Page;
import org.attache.api.SourceItem;
import org.attache.api.config.SourceConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Streams the shared Reuters-21578 JSONL corpus (not in the repo: research use only). Located through
 * the {@code attache.shared} system property, default {@code ../../shared}; skipped when absent.
 */
class ReutersCorpusTest {

    @Test
    void streamsTheWholeCorpusWithoutSkips() {
        Path corpus = SharedData.resolve("bench/corpus/reuters21578.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(corpus), () -> "corpus not found: " + corpus.toAbsolutePath());

        AtomicLong loaded = new AtomicLong();
        AtomicLong skipped = new AtomicLong();
        AtomicReference<Page> first = new AtomicReference<>();
        Sources.open(corpus, SourceConfig.DEFAULTS).read(item -> {
            switch (item) {
                case SourceItem.Loaded l -> {
                    first.compareAndSet(null, l.page());
                    loaded.incrementAndGet();
                }
                case SourceItem.Skipped s -> skipped.incrementAndGet();
            }
        });

        assertThat(loaded).hasValue(19_043);
        assertThat(skipped).hasValue(0);
        assertThat(first.get().hints().published()).isEqualTo("1987-02-26T15:01:01Z");
        assertThat(first.get().recordId()).isEqualTo("reuters21578-1");
        assertThat(first.get().source()).isEqualTo(corpus + ":1");
    }
}
