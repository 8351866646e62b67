package org.attache.nlp.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.attache.api.MentionType;
import org.attache.nlp.gazetteer.CountryGazetteer;
import org.attache.nlp.gazetteer.WorldCities;
import org.junit.jupiter.api.Test;

class ArticleTypingTest {
    private final ArticleTyping typing = new ArticleTyping(CountryGazetteer.standard(), WorldCities.standard());

    /** Tokens of a text as written: words, a possessive "'s" and single marks, with their true offsets. */
    private static TokenizedText written(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'s|[\\p{L}\\p{N}]+|\\S").matcher(text);
        List<int[]> t = new ArrayList<>();
        while (m.find()) {
            t.add(new int[] {m.start(), m.end()});
        }
        return new TokenizedText(text, t.stream().mapToInt(x -> x[0]).toArray(), t.stream().mapToInt(x -> x[1]).toArray(),
                new int[] {0});
    }

    private static NameSpan org(int first, int end) {
        return new NameSpan(MentionType.ORGANIZATION, first, end);
    }

    @Test
    void aShortNameIsTheCompanyTheTextNamesInFull() {
        TokenizedText t = SpacedTokens.of("Kelvar", "Inn", "Inc", "said", "it", "agreed", ".", "Trading", "in",
                "Kelvar", "Inn", "was", "halted");
        assertThat(typing.apply(t, List.of(org(0, 3), new NameSpan(MentionType.LOCATION, 9, 11))))
                .containsExactly(org(0, 3), org(9, 11));
        TokenizedText person = SpacedTokens.of("Dravon", "'s", "Corp", "will", "buy", "it", "for", "Dravon", "stock");
        assertThat(typing.apply(person, List.of(org(0, 3), new NameSpan(MentionType.PERSON, 7, 8))))
                .containsExactly(org(0, 3), org(7, 8));
        TokenizedText french = SpacedTokens.of("Brelois", "SA", "a", "dit", "que", "Brelois", "vendra");
        assertThat(typing.apply(french, List.of(org(0, 2), new NameSpan(MentionType.PERSON, 5, 6))))
                .containsExactly(org(0, 2), org(5, 6));
    }

    @Test
    void aPlaceATitledPersonOrAFullNameKeepTheirType() {
        TokenizedText texas = SpacedTokens.of("Texas", "Instruments", "Inc", "said", "Texas", "sales", "rose");
        List<NameSpan> state = List.of(org(0, 3), new NameSpan(MentionType.LOCATION, 4, 5));
        assertThat(typing.apply(texas, state)).isEqualTo(state);
        TokenizedText chicago = SpacedTokens.of("Chicago", "Pacific", "Corp", "moved", "to", "Chicago");
        List<NameSpan> town = List.of(org(0, 3), new NameSpan(MentionType.LOCATION, 5, 6));
        assertThat(typing.apply(chicago, town)).isEqualTo(town);
        TokenizedText ford = SpacedTokens.of("Ford", "Motor", "Co", "hosted", "President", "Ford");
        List<NameSpan> president = List.of(org(0, 3), new NameSpan(MentionType.PERSON, 5, 6));
        assertThat(typing.apply(ford, president)).isEqualTo(president);
        TokenizedText unit = SpacedTokens.of("Hallor", "Tool", "Co", "hired", "Jan", "Hallor", ";", "Hallor", "said");
        List<NameSpan> named = List.of(org(0, 3), new NameSpan(MentionType.PERSON, 4, 6),
                new NameSpan(MentionType.PERSON, 7, 8));
        assertThat(typing.apply(unit, named)).as("a person the text names in full").isEqualTo(named);
    }

    @Test
    void twoCompaniesGluedByAndAfterAPossessiveAreSplit() {
        TokenizedText t = SpacedTokens.of("rated", "AAA", "by", "Moody", "'s", "and", "Standard", "and", "Poor", "'s");
        assertThat(typing.apply(t, List.of(org(3, 10)))).containsExactly(org(3, 5), org(6, 10));
    }

    @Test
    void oneNameWithAndStaysWhole() {
        List<NameSpan> one = List.of(org(1, 4));
        assertThat(typing.apply(SpacedTokens.of("at", "Standard", "Chartered", "Bank", "today"), one)).isEqualTo(one);
        List<NameSpan> pair = List.of(org(0, 3));
        assertThat(typing.apply(SpacedTokens.of("Marks", "and", "Spencer", "said"), pair)).isEqualTo(pair);
        List<NameSpan> sp = List.of(org(0, 4));
        assertThat(typing.apply(SpacedTokens.of("Standard", "and", "Poor", "'s", "said"), sp)).isEqualTo(sp);
    }

    @Test
    void theRestOfANameInLowerCaseIsTakenIn() {
        TokenizedText t = SpacedTokens.of("Korval", "World", "Airlines", "Inc", "bid", ".", "an", "offer", "from",
                "Korval", "world", "airlines", "came");
        assertThat(typing.apply(t, List.of(org(0, 4), new NameSpan(MentionType.MISC, 9, 10))))
                .containsExactly(org(0, 4), org(9, 12));
        TokenizedText sec = SpacedTokens.of("filed", "with", "the", "Securities", "and", "Exchange", "commission", "for");
        assertThat(typing.apply(sec, List.of(org(3, 6)))).containsExactly(org(3, 7));
        TokenizedText german = SpacedTokens.of("die", "Forschungs", "und", "Entwicklungs", "kommission", "tagte");
        List<NameSpan> noHead = List.of(org(1, 4));
        assertThat(typing.apply(german, noHead)).as("not an English head").isEqualTo(noHead);
    }

    @Test
    void lowerCaseWordsAfterANameOtherwiseStayOut() {
        TokenizedText t = SpacedTokens.of("Korval", "World", "Airlines", "Inc", "said", "world", "prices", "fell",
                "at", "Korval", "world", "markets");
        List<NameSpan> spans = List.of(org(0, 4), org(9, 10));
        assertThat(typing.apply(t, spans)).as("only part of the longer name follows").isEqualTo(spans);
        TokenizedText bank = SpacedTokens.of("the", "Bank", "of", "England", "commission", "rate");
        List<NameSpan> boe = List.of(org(1, 4));
        assertThat(typing.apply(bank, boe)).as("a name with \"of\" ends at its place").isEqualTo(boe);
        List<NameSpan> headed = List.of(org(1, 4));
        assertThat(typing.apply(SpacedTokens.of("the", "Ministry", "of", "Finance", "committee", "met"), headed))
                .as("a name with a head of its own").isEqualTo(headed);
    }

    @Test
    void aHyphenatedCompanyNameIsOneName() {
        TokenizedText t = new TokenizedText("Allor-Chamby Corp said Allor-Chamby lost",
                new int[] {0, 5, 6, 13, 18, 23, 28, 29, 36}, new int[] {5, 6, 12, 17, 22, 28, 29, 35, 40}, new int[] {0});
        assertThat(typing.apply(t, List.of(org(0, 1), org(2, 4), new NameSpan(MentionType.LOCATION, 5, 6),
                new NameSpan(MentionType.PERSON, 7, 8))))
                .containsExactly(org(0, 4), org(5, 8));
    }

    @Test
    void namesJoinedByAHyphenInPassingStayApart() {
        TokenizedText t = new TokenizedText("the Varkin-Dolmo summit in Lerno",
                new int[] {0, 4, 10, 11, 17, 24, 27}, new int[] {3, 10, 11, 16, 23, 26, 32}, new int[] {0});
        List<NameSpan> two = List.of(new NameSpan(MentionType.PERSON, 1, 2), new NameSpan(MentionType.PERSON, 3, 4),
                new NameSpan(MentionType.LOCATION, 6, 7));
        assertThat(typing.apply(t, two)).isEqualTo(two);
    }

    @Test
    void aSurnameGluedByAHyphenIsThePerson() {
        TokenizedText t = new TokenizedText("President Vardan said the Vardan-appointed panel met",
                new int[] {0, 10, 17, 22, 26, 32, 33, 43, 49}, new int[] {9, 16, 21, 25, 32, 33, 42, 48, 52}, new int[] {0});
        assertThat(typing.apply(t, List.of(new NameSpan(MentionType.PERSON, 1, 2), org(4, 5))))
                .containsExactly(new NameSpan(MentionType.PERSON, 1, 2), new NameSpan(MentionType.PERSON, 4, 5));
        List<NameSpan> noPerson = List.of(org(4, 5));
        assertThat(typing.apply(t, noPerson)).as("no person of that name in the text").isEqualTo(noPerson);
        TokenizedText bare = new TokenizedText("Vardan said the Vardan-appointed panel met",
                new int[] {0, 7, 12, 16, 22, 23, 33, 39}, new int[] {6, 11, 15, 22, 23, 32, 38, 42}, new int[] {0});
        List<NameSpan> untitled = List.of(new NameSpan(MentionType.PERSON, 0, 1), org(3, 4));
        assertThat(typing.apply(bare, untitled)).as("a bare surname typed PERSON once is no evidence").isEqualTo(untitled);
    }

    @Test
    void aCompanyCutFromItsFirstWordsOrAtAndIsWholeAgain() {
        TokenizedText motors = SpacedTokens.of("Velder", "Motors", "Corp", "cut", "rates", ".", "Velder", "Motors", "said");
        assertThat(typing.apply(motors, List.of(org(0, 3), new NameSpan(MentionType.PERSON, 7, 8))))
                .containsExactly(org(0, 3), org(6, 8));
        TokenizedText index = written("Brand and Kell's Corp said Brand and Kell's 500 rose");
        assertThat(typing.apply(index, List.of(org(0, 5), new NameSpan(MentionType.LOCATION, 6, 7),
                new NameSpan(MentionType.PERSON, 8, 9))))
                .containsExactly(org(0, 5), org(6, 9));
    }

    @Test
    void twoNamesJoinedByAndThatNoCompanyHoldsStayApart() {
        TokenizedText t = SpacedTokens.of("Norway", "and", "Varkin", "signed", ",", "Norway", "Steel", "Corp", "said");
        List<NameSpan> two = List.of(new NameSpan(MentionType.LOCATION, 0, 1), new NameSpan(MentionType.LOCATION, 2, 3),
                org(5, 8));
        assertThat(typing.apply(t, two)).isEqualTo(two);
    }
}
