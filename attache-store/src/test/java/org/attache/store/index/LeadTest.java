package org.attache.store.index;

import org.attache.testkit.RandomTexts;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Snippet text flattening and the lead shown when a hit has no highlighted passage. */
class LeadTest {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Test
    void flattenCollapsesWhitespaceRunsLikeTheRegularExpression() {
        RandomTexts.forAll(2_000, random -> {
            String text = random.nextBoolean() ? RandomTexts.unicode(random, 60)
                    : RandomTexts.fromAlphabet(random, "ab \t\n\r\f\u000B.", 60);
            assertThat(IndexSearch.flatten(text, Integer.MAX_VALUE)).as("[%s]", text)
                    .isEqualTo(WHITESPACE.matcher(text).replaceAll(" ").strip());
        });
    }

    @Test
    void leadCutsLongBodiesAtAWordNear240Characters() {
        String sentence = "Vietnam and Singapore agreed to deepen\n\n  their strategic partnership. ";
        String body = sentence.repeat(20);
        String lead = IndexSearch.lead(body);
        assertThat(lead).endsWith(" …").doesNotContain("\n").doesNotContain("  ");
        String kept = lead.substring(0, lead.length() - 2);
        assertThat(kept.length()).isBetween(121, 240);
        assertThat(WHITESPACE.matcher(body).replaceAll(" ")).startsWith(kept + " ");
        assertThat(IndexSearch.lead("  Short body.\n")).isEqualTo("Short body.");
        assertThat(IndexSearch.lead(" \n ")).isNull();
        // exactly 240 characters once flattened: whole, without the ellipsis
        String exact = "x".repeat(238) + "\n\n\ny";
        assertThat(IndexSearch.lead(exact)).isEqualTo("x".repeat(238) + " y").hasSize(240);
        // one more: cut at the last space
        assertThat(IndexSearch.lead(exact + "z")).isEqualTo("x".repeat(238) + " …");
    }
}
