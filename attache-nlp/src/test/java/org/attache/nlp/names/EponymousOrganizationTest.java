package org.attache.nlp.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.nlp.annotate.TestAnnotators;
import org.junit.jupiter.api.Test;

class EponymousOrganizationTest {
    private static Annotated annotate(String text) {
        Annotated a = TestAnnotators.defaults().annotate(new Article("t", "test", null, null, null, false, List.of(text),
                List.of(), null, null, null, "en", List.of(), null, null));
        for (Mention m : a.mentions()) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        return a;
    }

    private static List<String> of(Annotated a, MentionType type) {
        return a.mentions().stream().filter(m -> m.type() == type).map(Mention::text).toList();
    }

    @Test
    void personFollowedByHeadAndOfPhraseIsOneOrganisation() {
        Annotated a = annotate("Students of the Walter Brennan School of Marine Science and Engineering "
                + "met Anna Kowalski on Tuesday.");
        assertThat(of(a, MentionType.ORGANIZATION)).contains("Walter Brennan School of Marine Science and Engineering");
        assertThat(of(a, MentionType.PERSON)).contains("Anna Kowalski").doesNotContain("Walter Brennan");
    }

    @Test
    void personFollowedByHeadOnly() {
        Annotated a = annotate("A grant from the Margaret Okafor Foundation reached Lagos, said Peter Hall.");
        assertThat(of(a, MentionType.ORGANIZATION)).contains("Margaret Okafor Foundation");
        assertThat(of(a, MentionType.PERSON)).contains("Peter Hall");
    }

    @Test
    void phraseStopsAtTheNextPerson() {
        TokenizedText t = new TokenizedText("Henrik Olsen Institute of Fisheries Maria Berg spoke",
                new int[] {0, 7, 13, 23, 26, 36, 42, 47}, new int[] {6, 12, 22, 25, 35, 41, 46, 52}, new int[] {0});
        List<NameSpan> out = new EponymousOrganization().apply(t, List.of(new NameSpan(MentionType.PERSON, 0, 2),
                new NameSpan(MentionType.PERSON, 5, 7)));
        assertThat(out).containsExactly(new NameSpan(MentionType.ORGANIZATION, 0, 5),
                new NameSpan(MentionType.PERSON, 5, 7));
    }

    @Test
    void aNameEndingInALongBodyHeadItsPluralOrASlipInItIsAnOrganisation() {
        // "Carter Administrations", "Kohl Governmment": spans a recogniser may call a person or MISC
        TokenizedText t = new TokenizedText("Carter Administrations and Kohl Governmment met Margaret Court",
                new int[] {0, 7, 23, 27, 32, 44, 48, 57}, new int[] {6, 22, 26, 31, 43, 47, 56, 62}, new int[] {0});
        List<NameSpan> out = new EponymousOrganization().apply(t, List.of(new NameSpan(MentionType.PERSON, 0, 2),
                new NameSpan(MentionType.MISC, 3, 5), new NameSpan(MentionType.PERSON, 6, 8)));
        // a short head ("Court") is a surname as often as a body: the person stays
        assertThat(out).containsExactly(new NameSpan(MentionType.ORGANIZATION, 0, 2),
                new NameSpan(MentionType.ORGANIZATION, 3, 5), new NameSpan(MentionType.PERSON, 6, 8));
    }

    @Test
    void longBodyHeadsAreMatchedWithTheirPluralsAndOneLetterSlipsOnly() {
        assertThat(NameLexicon.isLongOrgHead("Administration")).isTrue();
        assertThat(NameLexicon.isLongOrgHead("Ministries")).isTrue();
        assertThat(NameLexicon.isLongOrgHead("Administratian")).isTrue();
        assertThat(NameLexicon.isLongOrgHead("Commissioner")).isFalse(); // an office, two letters more
        assertThat(NameLexicon.isLongOrgHead("administration")).isFalse(); // not a name's word
        assertThat(NameLexicon.isLongOrgHead("Court")).isFalse();
        assertThat(NameLexicon.isLongOrgHead("Kowalski")).isFalse();
    }

    @Test
    void lowerCaseHeadAndOtherWordsLeaveThePersonAlone() {
        TokenizedText t = new TokenizedText("Henrik Olsen school today", new int[] {0, 7, 13, 20},
                new int[] {6, 12, 19, 25}, new int[] {0});
        List<NameSpan> in = List.of(new NameSpan(MentionType.PERSON, 0, 2));
        assertThat(new EponymousOrganization().apply(t, in)).isEqualTo(in);
    }

    @Test
    void personNamedCityIsAPlace() {
        TokenizedText t = new TokenizedText("Trains reach Henrik Olsen City daily", new int[] {0, 7, 13, 20, 26, 31},
                new int[] {6, 12, 19, 25, 30, 36}, new int[] {0});
        assertThat(new EponymousOrganization().apply(t, List.of(new NameSpan(MentionType.PERSON, 2, 4))))
                .containsExactly(new NameSpan(MentionType.LOCATION, 2, 5));
    }
}
