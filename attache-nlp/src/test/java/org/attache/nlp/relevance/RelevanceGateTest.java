package org.attache.nlp.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.api.Evidence;
import org.attache.api.Sentence;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PloverType;
import org.attache.api.relevance.Relevance;
import org.attache.api.relevance.RelevanceLabel;
import org.junit.jupiter.api.Test;

/** Which events the gate keeps, by the article's and the sentence's relevance and by who takes part. */
class RelevanceGateTest {
    private static final List<Sentence> SENTENCES = List.of(new Sentence(0, 0, 50), new Sentence(1, 51, 100),
            new Sentence(2, 101, 150));
    private final RelevanceGate gate = RelevanceGate.standard();

    private static Event event(String id, int sentenceStart, EventActor source, EventActor target) {
        return new Event(id, "a1", PloverType.AGREE, "030", null, null, EventStatus.OCCURRED, "agreed",
                List.of(source), target == null ? List.of() : List.of(target), null, null,
                new Evidence("a1", sentenceStart, sentenceStart + 40, "…"), 0.7, null);
    }

    private static ArticleRelevance judged(RelevanceLabel article, boolean... sentences) {
        return new ArticleRelevance(new Relevance(article, article.relevant() ? 0.8 : 0.1), new int[] {0, 1, 2},
                sentences, new double[] {0.5, 0.5, 0.5});
    }

    private static EventActor actor(String name, String country, String sector) {
        return new EventActor(null, name, country, sector);
    }

    @Test
    void aPoliticalArticleKeepsTheEventsOfItsRelevantSentences() {
        Event talks = event("e1", 0, actor("Japan", "JPN", null), actor("Kenya", "KEN", null));
        Event shares = event("e2", 51, actor("Toyota", "JPN", "BUS"), actor("Nissan", "JPN", "BUS"));
        Event deal = event("e3", 101, actor("Toyota", "JPN", "BUS"), actor("the Trade Ministry", "JPN", "GOV"));
        assertThat(gate.keep(List.of(talks, shares, deal), judged(RelevanceLabel.POLITICAL, true, false, true), SENTENCES))
                .extracting(Event::id).containsExactly("e1", "e3");
    }

    @Test
    void aCompanyArticleKeepsOnlyEventsInWhichAStateTakesPart() {
        Event merger = event("m", 0, actor("Hertz", "USA", "BUS"), actor("Avis", "USA", null));
        Event regulator = event("r", 51, actor("Hertz", "USA", "BUS"), actor("the Commerce Ministry", "JPN", "GOV"));
        Event country = event("c", 101, actor("Japan", "JPN", null), actor("Avis", "USA", "BUS"));
        assertThat(gate.keep(List.of(merger, regulator, country), judged(RelevanceLabel.BUSINESS, true, true, true),
                SENTENCES)).extracting(Event::id).containsExactly("r", "c");
        // a sentence judged not relevant yields nothing, whoever takes part
        assertThat(gate.keep(List.of(regulator), judged(RelevanceLabel.BUSINESS, true, false, true), SENTENCES))
                .isEmpty();
    }

    @Test
    void statesAreGovernmentsTheirForcesLegislaturesIntergovernmentalBodiesAndCountriesNamedAsSuch() {
        assertThat(gate.stateTakesPart(event("1", 0, actor("troops", "SYR", "MIL"), null))).isTrue();
        assertThat(gate.stateTakesPart(event("2", 0, actor("the IMF", "IMF", "IGO"), null))).isTrue();
        assertThat(gate.stateTakesPart(event("3", 0, actor("Congress", "USA", "LEG"), null))).isTrue();
        assertThat(gate.stateTakesPart(event("3j", 0, actor("Supreme Court", "USA", "JUD"), null))).isFalse();
        assertThat(gate.stateTakesPart(event("3c", 0, actor("Federal Reserve", "USA", "GOV"), null))).isFalse();
        assertThat(gate.stateTakesPart(event("4", 0, actor("Viet Nam", "VNM", null), null))).isTrue();
        assertThat(gate.stateTakesPart(event("5", 0, actor("Japanese", "JPN", null), null))).isTrue();
        assertThat(gate.stateTakesPart(event("6", 0, actor("Sony", "JPN", null), null))).isFalse();
        assertThat(gate.stateTakesPart(event("7", 0, actor("Sony", "JPN", "BUS"), actor("Red Cross", null, "NGO"))))
                .isFalse();
    }

    @Test
    void eventsOfCompaniesAndMarketsAloneAreDroppedEvenInAPoliticalArticle() {
        Event listing = event("l", 0, actor("Hertz", "USA", "BUS"),
                actor("Securities and Exchange Commission", "USA", null));
        Event operation = event("o", 51, actor("Bank of England", "GBR", "GOV"), actor("money market", null, null));
        Event loan = event("i", 101, actor("London Interbank", "GBR", null), null);
        assertThat(gate.keep(List.of(listing, operation, loan), judged(RelevanceLabel.POLITICAL, true, true, true),
                SENTENCES)).isEmpty();
        // a company dealing with a state, or a state with a market institution, is no market-only event
        Event debt = event("d", 0, actor("Nigeria", "NGA", "GOV"), actor("Japanese creditor banks", "JPN", "BUS"));
        Event meeting = event("m", 51, actor("Dilson Funaro", "BRA", "GOV"), actor("Bank of France", "FRA", null));
        assertThat(gate.keep(List.of(debt, meeting), judged(RelevanceLabel.POLITICAL, true, true, true), SENTENCES))
                .extracting(Event::id).containsExactly("d", "m");
        // a futures regulator is a market institution, like the exchanges it oversees
        Event limits = event("f", 0, actor("Kansas City Board of Trade", "USA", null),
                actor("Commodity Futures Trading Commission", "USA", null));
        assertThat(gate.marketOnly(limits)).isTrue();
        // an intergovernmental bank is no market actor
        assertThat(gate.marketOnly(event("w", 0, actor("World Bank", "WB", "IGO"), null))).isFalse();
        assertThat(gate.marketOnly(event("a", 0, actor("Asian Development Bank", "ADB", null), null))).isFalse();
        // nor is one whose name cued a company's sector
        assertThat(gate.marketOnly(event("f", 0, actor("World Bank and International Monetary Fund", "WB", "BUS"),
                null))).isFalse();
    }

    @Test
    void centralBanksExchangesAndCourtsDoNotMakeABusinessStoryAStateEvent() {
        Event operation = event("o", 0, actor("Bundesbank", "DEU", "GOV"), actor("Deutsche Bank", "DEU", null));
        Event ruling = event("r", 51, actor("Supreme Court", "USA", "JUD"), actor("Texaco", "USA", null));
        Event minister = event("m", 101, actor("Finance Minister", "JPN", "GOV"), actor("Texaco", "USA", null));
        assertThat(gate.keep(List.of(operation, ruling, minister), judged(RelevanceLabel.BUSINESS, true, true, true),
                SENTENCES)).extracting(Event::id).containsExactly("m");
        // in a political story the court's act stays
        assertThat(gate.keep(List.of(ruling), judged(RelevanceLabel.POLITICAL, true, true, true), SENTENCES))
                .hasSize(1);
    }

    @Test
    void aSentenceNotPoliticalReadAloneKeepsOnlyStateEventsInAPoliticalArticle() {
        ArticleRelevance judged = new ArticleRelevance(new Relevance(RelevanceLabel.POLITICAL, 0.9), new int[] {0, 1, 2},
                new boolean[] {true, true, true}, new double[] {0.9, 0.9, 0.9}, new boolean[] {true, false, false});
        Event speech = event("s", 0, actor("Robert Heller", "USA", null), null);
        Event concept = event("c", 51, actor("Robert Heller", "USA", null), null);
        Event wheat = event("w", 101, actor("Agriculture Department", "USA", "GOV"), actor("Soviet Union", "SUN", null));
        assertThat(gate.keep(List.of(speech, concept, wheat), judged, SENTENCES)).extracting(Event::id)
                .containsExactly("s", "w");
    }

    @Test
    void aSentenceJudgedNotRelevantKeepsOnlyActsBetweenStates() {
        ArticleRelevance judged = new ArticleRelevance(new Relevance(RelevanceLabel.BUSINESS, 0.2), new int[] {0, 1, 2},
                new boolean[] {false, false, false}, new double[] {0.1, 0.1, 0.1}, new boolean[] {false, false, false},
                new boolean[] {true, true, false});
        Event expulsion = event("x", 0, actor("Norway", "NOR", null), actor("Belarusian diplomats", "BLR", "GOV"));
        Event sale = event("s", 51, actor("Norway", "NOR", null), actor("Statoil", "NOR", "BUS"));
        Event oneSide = event("o", 51, actor("Finance Ministry", "NOR", "GOV"), null);
        Event swap = event("w", 101, actor("Bank of Japan", "JPN", "GOV"), actor("Bank of England", "GBR", "GOV"));
        assertThat(gate.keep(List.of(expulsion, sale, oneSide, swap), judged, SENTENCES)).extracting(Event::id)
                .containsExactly("x");
        assertThat(judged.sentenceCoded(0)).isTrue();
        assertThat(judged.sentenceCoded(2)).isFalse();
        assertThat(gate.betweenStates(expulsion)).isTrue();
        assertThat(gate.betweenStates(swap)).isFalse(); // central banks are market actors, not states acting
    }

    @Test
    void anEventOutsideEverySentenceIsJudgedByItsArticle() {
        Event outside = event("o", 400, actor("Japan", "JPN", null), null);
        assertThat(gate.keep(List.of(outside), judged(RelevanceLabel.POLITICAL, false, false, false), SENTENCES))
                .hasSize(1);
        assertThat(RelevanceGate.sentenceOf(51, SENTENCES)).isEqualTo(1);
        assertThat(RelevanceGate.sentenceOf(50, SENTENCES)).isEqualTo(-1);
    }
}
