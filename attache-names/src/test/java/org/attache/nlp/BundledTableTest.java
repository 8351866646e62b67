package org.attache.nlp;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bundled tables: comments and blank lines skipped, line numbers kept for messages, UTF-8, missing named. */
class BundledTableTest {
    @Test
    void handsTheLinesWithTheirNumbers() {
        List<String> lines = new ArrayList<>();
        BundledTable.read(BundledTableTest.class, "bundled-table-test.txt", (n, text) -> lines.add(n + ":" + text));
        assertThat(lines).containsExactly("2:first\tline", "5:second|line é");
    }

    @Test
    void aMissingTableIsNamed() {
        assertThatThrownBy(() -> BundledTable.read(BundledTableTest.class, "no-such-table.tsv", (n, text) -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-table.tsv");
    }
}
