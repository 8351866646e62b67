package org.attache.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.attache.api.MentionType;
import org.attache.api.events.DatePrecision;
import org.attache.api.events.EventDate;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PartialDate;
import org.attache.api.events.PloverType;
import org.attache.app.eval.FactsGold.Actor;
import org.attache.app.eval.FactsGold.GoldDate;
import org.attache.app.eval.FactsGold.Span;
import org.attache.app.eval.FactsGold.Story;
import org.attache.app.eval.FactsScorer.Counts;
import org.attache.app.eval.FactsScorer.PredictedActor;
import org.attache.app.eval.FactsScorer.PredictedEntity;
import org.attache.app.eval.FactsScorer.PredictedEvent;
import org.attache.app.eval.FactsScorer.Prediction;
import org.attache.app.eval.FactsScorer.StoryResult;
import org.junit.jupiter.api.Test;

class FactsScorerTest {
    private static final GoldDate UNKNOWN = new GoldDate(null, "unknown", null);
    /** Three sentences: [0, 40), [41, 80), [81, 120). */
    private static final List<Span> SENTENCES = List.of(new Span(0, 40), new Span(41, 80), new Span(81, 120));

    private final FactsScorer scorer = new FactsScorer(ActorCodes.standard());

    private static FactsGold.Event gold(int sentence, PloverType type, EventStatus status, String src, String tgt) {
        return goldWith(sentence, type, EnumSet.noneOf(PloverType.class), status, List.of(src), tgt == null ? List.of()
                : List.of(tgt), false, UNKNOWN);
    }

    private static FactsGold.Event goldWith(int sentence, PloverType type, EnumSet<PloverType> also, EventStatus status,
                                            List<String> src, List<String> tgt, boolean either, GoldDate date) {
        return new FactsGold.Event(sentence, "000000000000", type, also, status,
                src.stream().map(c -> new Actor("a " + c, c)).toList(),
                tgt.stream().map(c -> new Actor("b " + c, c)).toList(), either, date);
    }

    private static PredictedEvent pred(int sentence, PloverType type, EventStatus status, String src, String tgt) {
        return predWith(sentence, type, status, List.of(src), tgt == null ? List.of() : List.of(tgt), null);
    }

    private static PredictedEvent predWith(int sentence, PloverType type, EventStatus status, List<String> src,
                                           List<String> tgt, EventDate date) {
        Span s = sentence < 0 ? null : SENTENCES.get(sentence);
        // the evidence as the coder saw it: inside the sentence, a little shorter than it
        Span span = s == null ? null : new Span(s.start() + 2, s.end() - 1);
        return new PredictedEvent("e" + sentence + type + src + tgt + status, type, status,
                src.stream().map(c -> new PredictedActor("x", c)).toList(),
                tgt.stream().map(c -> new PredictedActor("y", c)).toList(), date, span, "…");
    }

    private static Story story(String id, List<FactsGold.Event> events, List<FactsGold.Entity> entities) {
        return new Story(id, "test", "test", null, FactsGold.Split.of(id), "x", SENTENCES, events, entities);
    }

    private StoryResult one(List<FactsGold.Event> gold, List<PredictedEvent> predicted) {
        Story s = story("s1", gold, List.of());
        return scorer.score(List.of(s), Map.of("s1", new Prediction(true, predicted, List.of()))).stories().getFirst();
    }

    @Test
    void anExactEventIsRightOnEveryMeasure() {
        StoryResult r = one(List.of(gold(0, PloverType.ACCUSE, EventStatus.OCCURRED, "AUS", "USA")),
                List.of(pred(0, PloverType.ACCUSE, EventStatus.OCCURRED, "AUS", "USA")));
        Counts c = r.counts();
        assertThat(c.precision()).isEqualTo(1.0);
        assertThat(c.recall()).isEqualTo(1.0);
        assertThat(c.typePrecision()).isEqualTo(1.0);
        assertThat(r.predicted().getFirst().verdict()).isEqualTo("ok");
        assertThat(r.missed()).isEmpty();
    }

    @Test
    void aSwappedDirectionIsWrongUnlessTheGoldLeavesDirectionOpen() {
        StoryResult swapped = one(List.of(gold(0, PloverType.ASSAULT, EventStatus.OCCURRED, "IRN", "IRQ")),
                List.of(pred(0, PloverType.ASSAULT, EventStatus.OCCURRED, "IRQ", "IRN")));
        assertThat(swapped.counts().strict()).isZero();
        assertThat(swapped.counts().typeOnly()).isEqualTo(1);
        assertThat(swapped.predicted().getFirst().wrong()).containsExactly("direction");

        FactsGold.Event meeting = goldWith(0, PloverType.CONSULT, EnumSet.noneOf(PloverType.class), EventStatus.PLANNED,
                List.of("USA"), List.of("EEC"), true, UNKNOWN);
        StoryResult either = one(List.of(meeting), List.of(pred(0, PloverType.CONSULT, EventStatus.PLANNED, "EEC", "USA")));
        assertThat(either.counts().strict()).isEqualTo(1);
    }

    @Test
    void aWrongStatusFailsStrictButNotTheNoStatusMeasure() {
        StoryResult r = one(List.of(gold(1, PloverType.CONSULT, EventStatus.PLANNED, "JPN", "USA")),
                List.of(pred(1, PloverType.CONSULT, EventStatus.OCCURRED, "JPN", "USA")));
        assertThat(r.counts().strict()).isZero();
        assertThat(r.counts().noStatus()).isEqualTo(1);
        assertThat(r.predicted().getFirst().wrong()).containsExactly("status (gold planned)");
        assertThat(r.missed().getFirst().closest()).startsWith("CONSULT JPN -> USA occurred");
    }

    @Test
    void organisationsMatchUnderAnyOfTheirSpellingsAndNotUnderTheirHostCountry() {
        List<FactsGold.Event> gold = List.of(gold(0, PloverType.THREATEN, EventStatus.OCCURRED, "EEC", "JPN"),
                gold(1, PloverType.SUPPORT, EventStatus.OCCURRED, "WBK", "IDN"),
                gold(2, PloverType.CONSULT, EventStatus.ONGOING, "POL", "IMF"));
        StoryResult r = one(gold, List.of(pred(0, PloverType.THREATEN, EventStatus.OCCURRED, "European Community", "JPN"),
                pred(1, PloverType.SUPPORT, EventStatus.OCCURRED, "IGOUNODEVWBK", "IDN"),
                pred(2, PloverType.CONSULT, EventStatus.ONGOING, "POL", "FRA")));
        assertThat(r.counts().strict()).isEqualTo(2);
        assertThat(r.predicted().get(2).wrong()).containsExactly("target country (gold IMF)");
    }

    @Test
    void anAlternativeTypeTheGoldAllowsCountsAsTheType() {
        FactsGold.Event sanction = goldWith(0, PloverType.SANCTION, EnumSet.of(PloverType.COERCE), EventStatus.POSSIBLE,
                List.of("USA"), List.of("JPN"), false, UNKNOWN);
        assertThat(one(List.of(sanction), List.of(pred(0, PloverType.COERCE, EventStatus.POSSIBLE, "USA", "JPN")))
                .counts().strict()).isEqualTo(1);
        assertThat(one(List.of(sanction), List.of(pred(0, PloverType.ASSAULT, EventStatus.POSSIBLE, "USA", "JPN")))
                .counts().typeOnly()).isZero();
    }

    @Test
    void anEventInASentenceWithoutGoldIsSpuriousAndAnUnplacedOneIsCountedApart() {
        StoryResult r = one(List.of(gold(0, PloverType.AGREE, EventStatus.OCCURRED, "FRA", "DEU")),
                List.of(pred(0, PloverType.AGREE, EventStatus.OCCURRED, "FRA", "DEU"),
                        pred(2, PloverType.AID, EventStatus.OCCURRED, "GBR", null),
                        pred(-1, PloverType.AID, EventStatus.OCCURRED, "GBR", null)));
        assertThat(r.counts().predicted()).isEqualTo(3);
        assertThat(r.counts().spurious()).isEqualTo(1);
        assertThat(r.counts().unlocated()).isEqualTo(1);
        assertThat(r.counts().precision()).isEqualTo(1.0 / 3);
        assertThat(r.predicted()).extracting(FactsScorer.PredictedRow::verdict)
                .containsExactly("ok", "no gold event in sentence", "evidence not in story");
    }

    @Test
    void actorListsCountOncePerPairOfCountriesAndMatchOneToOne() {
        // "Japan and West Germany rejected U.S. pressure": two gold units; a coder that says it twice for Japan
        // and never for West Germany gets one right, and its repeat is one unit, not two.
        FactsGold.Event reject = goldWith(0, PloverType.REJECT, EnumSet.noneOf(PloverType.class), EventStatus.OCCURRED,
                List.of("JPN", "DEU"), List.of("USA"), false, UNKNOWN);
        StoryResult r = one(List.of(reject), List.of(pred(0, PloverType.REJECT, EventStatus.OCCURRED, "JPN", "USA"),
                pred(0, PloverType.REJECT, EventStatus.OCCURRED, "JPN", "USA")));
        assertThat(r.counts().gold()).isEqualTo(2);
        assertThat(r.counts().predicted()).isEqualTo(1);
        assertThat(r.counts().strict()).isEqualTo(1);
        assertThat(r.counts().recall()).isEqualTo(0.5);

        // two actors of one country are one unit on each side
        StoryResult same = one(List.of(gold(1, PloverType.CONSULT, EventStatus.OCCURRED, "IND", "RUS")),
                List.of(predWith(1, PloverType.CONSULT, EventStatus.OCCURRED, List.of("IND", "IND"), List.of("RUS"), null)));
        assertThat(same.counts().predicted()).isEqualTo(1);
        assertThat(same.counts().strict()).isEqualTo(1);
    }

    @Test
    void oneGoldEventTakesOnlyOnePrediction() {
        StoryResult r = one(List.of(gold(0, PloverType.ACCUSE, EventStatus.OCCURRED, "SUN", "USA")),
                List.of(pred(0, PloverType.ACCUSE, EventStatus.OCCURRED, "SUN", "USA"),
                        pred(0, PloverType.ACCUSE, EventStatus.OCCURRED, "RUS", "USA")));
        assertThat(r.counts().strict()).isEqualTo(1);
        assertThat(r.counts().typeOnly()).isEqualTo(1);
        assertThat(r.predicted().get(1).verdict()).isEqualTo("extra");
    }

    @Test
    void datesAgreeOnlyAtTheGoldsPrecision() {
        GoldDate march = new GoldDate("1987-03", "month", "last week");
        EventDate day = EventDate.single(new PartialDate(1987, 3, 2), DatePrecision.DAY, "last week");
        EventDate month = EventDate.single(new PartialDate(1987, 3, null), DatePrecision.MONTH, "March");
        assertThat(FactsScorer.datesAgree(march, month)).isTrue();
        assertThat(FactsScorer.datesAgree(march, day)).isFalse();
        assertThat(FactsScorer.datesAgree(UNKNOWN, null)).isTrue();
        assertThat(FactsScorer.datesAgree(UNKNOWN, month)).isFalse();
        assertThat(FactsScorer.datesAgree(new GoldDate("--03-15", "day", "15 March"),
                EventDate.single(new PartialDate(null, 3, 15), DatePrecision.DAY, "15 March"))).isTrue();
    }

    @Test
    void aPredictionBelongsToTheSentenceItOverlapsMost() {
        Story s = story("s1", List.of(), List.of());
        assertThat(FactsScorer.sentenceOf(s, new Span(30, 75))).isEqualTo(1);
        assertThat(FactsScorer.sentenceOf(s, new Span(5, 45))).isEqualTo(0);
        assertThat(FactsScorer.sentenceOf(s, new Span(200, 220))).isEqualTo(-1);
        assertThat(FactsScorer.sentenceOf(s, null)).isEqualTo(-1);
    }

    @Test
    void entitiesAreFoundBySpellingOrSurnameAndScoredOnTheirCountry() {
        List<FactsGold.Entity> gold = List.of(
                new FactsGold.Entity("Eduard Shevardnadze", List.of(), "PER", "SUN"),
                new FactsGold.Entity("International Monetary Fund", List.of("IMF"), "ORG", "IMF"),
                new FactsGold.Entity("Lê Hoài Trung", List.of(), "PER", "VNM"),
                new FactsGold.Entity("Moscow", List.of(), "LOC", "SUN"),
                new FactsGold.Entity("Red Cross", List.of(), "ORG", null),
                new FactsGold.Entity("Caspar Weinberger", List.of(), "PER", "USA"));
        List<PredictedEntity> predicted = new ArrayList<>(List.of(
                new PredictedEntity("1", "Shevardnadze", List.of("Shevardnadze"), MentionType.PERSON, "SUN"),
                new PredictedEntity("2", "IMF", List.of("IMF"), MentionType.ORGANIZATION, "KEN"),
                new PredictedEntity("3", "Le Hoai Trung", List.of("Le Hoai Trung"), MentionType.PERSON, "VNM"),
                new PredictedEntity("4", "Moscow", List.of("Moscow"), MentionType.LOCATION, "RUS"),
                new PredictedEntity("5", "Red Cross", List.of("Red Cross"), MentionType.ORGANIZATION, "CHE")));
        Story s = story("s1", List.of(), gold);
        Counts c = scorer.score(List.of(s), Map.of("s1", new Prediction(true, List.of(), predicted))).totals().get("all");
        assertThat(c.entities()).isEqualTo(6);
        assertThat(c.entitiesFound()).isEqualTo(5);
        assertThat(c.countryScored()).isEqualTo(4);
        assertThat(c.countryRight()).isEqualTo(2);
        assertThat(c.countryAccuracy()).isEqualTo(0.5);
        assertThat(c.noCountryFound()).isEqualTo(1);
        assertThat(c.noCountryGiven()).isEqualTo(1);
    }

    @Test
    void totalsAreKeptPerSplitAndForAll() {
        // find two ids, one of each split
        String tune = null;
        String heldout = null;
        for (int i = 0; tune == null || heldout == null; i++) {
            String id = "story-" + i;
            if (FactsGold.Split.of(id) == FactsGold.Split.TUNE) {
                tune = tune == null ? id : tune;
            } else {
                heldout = heldout == null ? id : heldout;
            }
        }
        List<FactsGold.Event> events = List.of(gold(0, PloverType.AID, EventStatus.OCCURRED, "WBK", "IDN"));
        FactsScorer.Report report = scorer.score(List.of(story(tune, events, List.of()), story(heldout, events, List.of())),
                Map.of(tune, new Prediction(true, List.of(pred(0, PloverType.AID, EventStatus.OCCURRED, "World Bank", "IDN")),
                        List.of())));
        assertThat(report.totals().keySet()).containsExactly("tune", "heldout", "all");
        assertThat(report.totals().get("tune").recall()).isEqualTo(1.0);
        assertThat(report.totals().get("heldout").recall()).isZero();
        assertThat(report.totals().get("all").recall()).isEqualTo(0.5);
        assertThat(report.stories().get(1).stored()).isFalse();
        assertThat(report.format()).contains("heldout").contains("accuracy");
    }
}
