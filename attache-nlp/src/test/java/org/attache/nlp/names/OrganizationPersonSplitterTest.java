package org.attache.nlp.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.nlp.annotate.TestAnnotators;
import org.junit.jupiter.api.Test;

/** Persons that the CRF swallowed into a portfolio or ministry name after an office title. */
class OrganizationPersonSplitterTest {

    private static List<String> of(String text, MentionType type) {
        Annotated a = TestAnnotators.defaults().annotate(new Article("t", "test", null, null, null, false,
                List.of(text), List.of(), null, null, null, "en", List.of(), null, null));
        return a.mentions().stream().filter(m -> m.type() == type).map(Mention::text).toList();
    }

    private static List<NameSpan> split(String text, int[] starts, int[] ends, NameSpan span) {
        TokenizedText t = new TokenizedText(text, starts, ends, new int[] {0});
        return new OrganizationPersonSplitter().apply(t, List.of(span), false);
    }

    @Test
    void portfolioThenNameLeavesOnlyThePerson() {
        // "Deputy Minister of | Fisheries and Water Trần Minh Khôi | said"
        String text = "Fisheries and Water Trần Minh Khôi";
        List<NameSpan> out = split(text, new int[] {0, 10, 14, 20, 25, 30}, new int[] {9, 13, 19, 24, 29, 34},
                new NameSpan(MentionType.ORGANIZATION, 0, 6));
        assertThat(out).containsExactly(new NameSpan(MentionType.PERSON, 3, 6));
    }

    @Test
    void ministryThenNameKeepsBoth() {
        String text = "Ministry of Health and Welfare Anna Berglund";
        List<NameSpan> out = split(text, new int[] {0, 9, 12, 19, 23, 31, 36}, new int[] {8, 11, 18, 22, 30, 35, 44},
                new NameSpan(MentionType.ORGANIZATION, 0, 7));
        assertThat(out).containsExactly(new NameSpan(MentionType.ORGANIZATION, 0, 5),
                new NameSpan(MentionType.PERSON, 5, 7));
    }

    @Test
    void aPortfolioAloneIsNoOrganisation() {
        String text = "State for Fisheries";
        assertThat(split(text, new int[] {0, 6, 10}, new int[] {5, 9, 19},
                new NameSpan(MentionType.ORGANIZATION, 0, 3))).isEmpty();
    }

    @Test
    void throughTheWholeChain() {
        String text = "Deputy Minister of Industry and Trade Lâm Quốc Hưng met Minister of Health Grete Solberg in Oslo.";
        assertThat(of(text, MentionType.PERSON)).contains("Lâm Quốc Hưng", "Grete Solberg");
        assertThat(of(text, MentionType.ORGANIZATION)).noneMatch(o -> o.contains("Hưng") || o.contains("Solberg"));
    }
}
