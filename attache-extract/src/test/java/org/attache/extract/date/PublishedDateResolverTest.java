package org.attache.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.api.DateProvenance;
import org.attache.api.PublishedDate;
import org.junit.jupiter.api.Test;

class PublishedDateResolverTest {
    private final PublishedDateResolver resolver = new PublishedDateResolver();

    private static PublishedDateResolver.Evidence evidence(String record, PublishedDate markup, String line, String url,
                                                           int month, int day) {
        return new PublishedDateResolver.Evidence(record, markup, line, line, url, month, day, 0);
    }

    @Test
    void recordWinsAndKeepsItsPrecision() {
        assertThat(resolver.resolve(evidence("1987-02-26T15:01:01Z", null, "January 7, 2025", null, 0, 0)))
                .isEqualTo(new PublishedDate("1987-02-26T15:01:01Z", DateProvenance.RECORD));
    }

    @Test
    void markupComesBeforeVisibleText() {
        PublishedDate meta = new PublishedDate("2025-01-06T08:00:00Z", DateProvenance.META);
        assertThat(resolver.resolve(evidence(null, meta, "January 7, 2025", null, 0, 0))).isEqualTo(meta);
    }

    @Test
    void visibleDateLine() {
        assertThat(resolver.resolve(evidence(null, null, "January 7, 2025", null, 0, 0)))
                .isEqualTo(new PublishedDate("2025-01-07", DateProvenance.VISIBLE_TEXT));
    }

    @Test
    void urlDate() {
        assertThat(resolver.resolve(evidence(null, null, null, "https://x.example/news/2024/11/05/story", 0, 0)))
                .isEqualTo(new PublishedDate("2024-11-05", DateProvenance.URL));
    }

    @Test
    void datelineMonthDayNeedsAYearFromTheRecordOrUrl() {
        assertThat(resolver.resolve(evidence(null, null, null, null, 3, 2))).isNull();
        assertThat(resolver.resolve(evidence("1987", null, null, null, 3, 2)))
                .isEqualTo(new PublishedDate("1987-03-02", DateProvenance.VISIBLE_TEXT));
        assertThat(resolver.resolve(evidence(null, null, null, "https://x.example/2025/story-abc", 1, 5)))
                .isEqualTo(new PublishedDate("2025-01-05", DateProvenance.VISIBLE_TEXT));
    }

    @Test
    void nothingGivesNull() {
        assertThat(resolver.resolve(evidence(null, null, null, null, 0, 0))).isNull();
    }
}
