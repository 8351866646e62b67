package org.attache.store.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.attache.api.config.StoreConfig;
import org.attache.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch state survives a reopen, counts pages once whatever lists them, and counts skips by reason. */
class WatchStateTest {
    @TempDir
    Path data;

    private static final Instant T0 = Instant.parse("2025-03-12T08:00:00Z");

    @Test
    void stateIsKeptAcrossAReopen() {
        try (ArticleStore store = ArticleStore.open(StoreConfig.at(data))) {
            WatchState w = store.watch();
            assertThat(w.stats().empty()).isTrue();
            w.saveSource(new WatchState.SourceState("wire", T0.plusSeconds(900), 2, 5, T0, "HTTP 503"));
            w.saveValidators("https://news.example/feed", new WatchState.Validators("\"abc\"", "Mon, 06 Jan 2025 08:00:00 GMT"), T0);
            int added = w.addFound(List.of(
                    new WatchState.Item("https://news.example/a", "wire", "Wire", "A", "2025-03-12", 0),
                    new WatchState.Item("https://news.example/b", "wire", "Wire", null, null, 0)), T0);
            assertThat(added).isEqualTo(2);
            assertThat(w.addFound(List.of(new WatchState.Item("https://news.example/a", "other", null, null, null, 0)),
                    T0.plusSeconds(1))).isZero();
            w.done("https://news.example/a", "0123456789abcdef", T0);
            w.failed("https://news.example/b", "timeout: no complete response within 30 s", "timeout", false, T0);
            w.hostError("news.example:443", "timeout", T0);
            w.commit();
        }
        try (ArticleStore store = ArticleStore.open(StoreConfig.at(data))) {
            WatchState w = store.watch();
            assertThat(w.source("wire")).hasValueSatisfying(s -> {
                assertThat(s.failures()).isEqualTo(2);
                assertThat(s.nextPoll()).isEqualTo(T0.plusSeconds(900));
                assertThat(s.lastOutcome()).isEqualTo("HTTP 503");
            });
            assertThat(w.source("unknown")).isEmpty();
            assertThat(w.validators("https://news.example/feed").etag()).isEqualTo("\"abc\"");
            assertThat(w.validators("https://news.example/other")).isEqualTo(WatchState.Validators.NONE);
            List<WatchState.Item> pending = w.pending(10);
            assertThat(pending).extracting(WatchState.Item::url).containsExactly("https://news.example/b");
            assertThat(pending.getFirst().attempts()).isEqualTo(1);
            assertThat(w.state("https://news.example/a")).contains(WatchState.ItemState.DONE);
            w.failed("https://news.example/b", "timeout: again", "timeout", true, T0);
            w.hostError("news.example:443", "timeout", T0);
            w.hostOk("news.example:443");
            assertThat(w.hostErrors("news.example:443")).containsExactly(2, 0);
            WatchState.Stats stats = w.stats();
            assertThat(stats.found()).isEqualTo(2);
            assertThat(stats.done()).isEqualTo(1);
            assertThat(stats.pending()).isZero();
            assertThat(stats.skipped()).isEqualTo(1);
            assertThat(stats.skippedByReason()).isEqualTo(Map.of("timeout", 1L));
            assertThat(stats.hostErrors()).isEqualTo(Map.of("news.example:443", 2L));
            assertThat(stats.lastPoll()).isEqualTo(T0);
        }
    }

    @Test
    void listedPagesStayPendingAcrossAReopenUntilDone() {
        try (ArticleStore store = ArticleStore.open(StoreConfig.at(data))) {
            store.watch().addFound(List.of(new WatchState.Item("https://news.example/c", "wire", null, null, null, 0)), T0);
            store.commit();
        }
        try (ArticleStore store = ArticleStore.open(StoreConfig.at(data))) {
            assertThat(store.watch().pending(10)).hasSize(1);
        }
    }
}
