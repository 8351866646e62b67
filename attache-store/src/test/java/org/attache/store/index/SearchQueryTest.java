package org.attache.store.index;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchQueryTest {
    @Test
    void splitsFiltersFromText() {
        SearchQuery q = SearchQuery.parse("\"Le Hoai Trung\" outlet:VNA lang:en from:2025-01-01 to:2025-12-31 visit");
        assertThat(q.text()).isEqualTo("\"Le Hoai Trung\"     visit");
        assertThat(q.outlets()).containsExactly("VNA");
        assertThat(q.languages()).containsExactly("en");
        assertThat(q.from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(q.to()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void quotedValuesAndPartialDates() {
        SearchQuery q = SearchQuery.parse("Outlet:\"Viet Nam News\" FROM:2024 to:2025-02");
        assertThat(q.outlets()).containsExactly("Viet Nam News");
        assertThat(q.from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(q.to()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(q.text()).isEmpty();
    }

    @Test
    void otherFieldsAndFiltersInsidePhrasesStayText() {
        SearchQuery q = SearchQuery.parse("title:summit \"from:here to:there\"");
        assertThat(q.text()).isEqualTo("title:summit \"from:here to:there\"");
        assertThat(q.hasDateRange()).isFalse();
        assertThat(q.outlets()).isEqualTo(List.of());
    }

    @Test
    void rejectsBadDatesAndEmptyValues() {
        assertThatThrownBy(() -> SearchQuery.parse("x from:2025-13-01")).hasMessageContaining("2025-13-01")
                .hasMessageContaining("x from:2025-13-01");
        assertThatThrownBy(() -> SearchQuery.parse("outlet:")).hasMessageContaining("Empty value for outlet:");
        assertThatThrownBy(() -> SearchQuery.parse("from:2025-02 to:2025-01")).hasMessageContaining("after");
    }
}
