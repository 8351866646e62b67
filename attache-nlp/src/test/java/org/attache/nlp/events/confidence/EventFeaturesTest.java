package org.attache.nlp.events.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.Evidence;
import org.attache.api.Sentence;
import org.attache.api.AffiliationSource;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PloverType;
import org.attache.nlp.Annotators;
import org.attache.nlp.annotate.CoreNlpAnnotator;
import org.attache.nlp.relevance.ArticleRelevance;
import org.attache.nlp.relevance.RelevanceClassifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Features and scores of events on sentences written for the test, annotated and judged by the real stages. */
class EventFeaturesTest {
    private static CoreNlpAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = Annotators.standard();
    }

    private static Annotated annotate(String... paragraphs) {
        return annotator.annotate(new Article("c1", "test", null, "Wire", null, false, List.of(paragraphs), List.of(),
                null, null, null, "en", List.of(), null, null));
    }

    /** An event read from the sentence holding {@code trigger} in the first paragraph. */
    private static Event event(Annotated a, PloverType type, String cameo, String trigger, EventActor source,
                               EventActor target) {
        String body = a.article().bodyText();
        int at = body.indexOf(trigger);
        Sentence s = a.sentences().stream().filter(x -> at >= x.start() && at < x.end()).findFirst().orElseThrow();
        return new Event("e-" + trigger, "c1", type, cameo, null, null, EventStatus.OCCURRED, trigger,
                List.of(source), target == null ? List.of() : List.of(target), null, null,
                new Evidence("c1", s.start(), s.end(), body.substring(s.start(), s.end())), 0.5, null);
    }

    private static EventActor country(String name, String code) {
        return new EventActor(null, name, code, null, AffiliationSource.NAME);
    }

    @Test
    void aMeetingBetweenStatesReadsAsSuchAndAMarketRiseAsMarketNews() {
        Annotated meeting = annotate("France's foreign minister met Germany's chancellor in Bonn on Tuesday to discuss"
                + " the border treaty.");
        Event met = event(meeting, PloverType.CONSULT, "040", "met", country("France", "FRA"),
                country("Germany", "DEU"));
        ArticleRelevance judgedMeeting = RelevanceClassifier.bundled().classify(meeting);
        Map<String, Double> f = EventFeatures.standard().of(met, meeting, judgedMeeting);
        assertEquals(1.0, f.get("type=CONSULT"));
        assertEquals(1.0, f.get("trigger=met"));
        assertEquals(1.0, f.get("src.kind=country"));
        assertEquals(1.0, f.get("src.beforeTrigger"));
        assertEquals(1.0, f.get("tgt.afterTrigger"));
        assertEquals(1.0, f.get("src.countrySource=NAME"));
        assertEquals(1.0, f.get("sent.market=0"));
        assertEquals(1.0, f.get("sent.pos=first"));
        assertNotNull(f.get("rel.sentence"));
        assertFalse(f.containsKey("sent.reported"));

        Annotated market = annotate("Shares of the company rose 12 pct to 45 dlrs on the stock market after profits "
                + "climbed to 300 mln dlrs, traders said.");
        Event rose = event(market, PloverType.SUPPORT, "050", "rose", new EventActor(null, "company", null, "BUS"),
                null);
        Map<String, Double> g = EventFeatures.standard().of(rose, market, RelevanceClassifier.bundled().classify(market));
        assertEquals(1.0, g.get("sent.market=2+"));
        assertEquals(1.0, g.get("sent.numbers=3+"));
        assertEquals(1.0, g.get("sent.reported"));
        assertEquals(1.0, g.get("src.sector=bus"));
        assertEquals(1.0, g.get("tgt.n=0"));
        assertTrue(g.get("rel.sentence") < f.get("rel.sentence"), "a market sentence is less political");

        ConfidenceModel model = ConfidenceModel.bundled().orElseThrow();
        assertTrue(model.score(g) < model.score(f), "a market figure scores below a meeting between states");
    }

    @Test
    void positionsAreReadInOtherLanguagesWithoutAnnotation() {
        for (String[] s : new String[][]{
                {"La France a rencontré l'Allemagne à Paris.", "rencontré", "France", "Allemagne"},
                {"Spanien verurteilte Marokko wegen der Grenzschließung.", "verurteilte", "Spanien", "Marokko"}}) {
            Event e = new Event("x", "a", PloverType.CONSULT, "040", null, null, EventStatus.OCCURRED, s[1],
                    List.of(new EventActor(null, s[2], "AAA", null)), List.of(new EventActor(null, s[3], "BBB", null)),
                    null, null, new Evidence("a", 0, s[0].length(), s[0]), 0.5, null);
            Map<String, Double> f = EventFeatures.standard().of(e, null, null);
            assertEquals(1.0, f.get("src.beforeTrigger"), s[0]);
            assertEquals(1.0, f.get("tgt.afterTrigger"), s[0]);
            assertEquals(1.0, f.get("src.near"), s[0]);
            assertEquals(1.0, f.get("src.countrySource=unknown"), s[0]);
            assertFalse(f.containsKey("rel.article"), "no relevance judged");
        }
    }

    @Test
    void theGateSetsTheConfidenceAndDropsWhatScoresBelowItsThreshold() {
        Annotated a = annotate("Italy's premier met Spain's king in Madrid on Friday. The lira rose 2 pct against"
                + " the mark in busy trading, dealers said.");
        Event met = event(a, PloverType.CONSULT, "040", "met", country("Italy", "ITA"), country("Spain", "ESP"));
        Event rose = event(a, PloverType.SUPPORT, "050", "rose", new EventActor(null, "lira", null, null), null);
        ArticleRelevance judged = RelevanceClassifier.bundled().classify(a);
        ConfidenceModel model = ConfidenceModel.bundled().orElseThrow();
        double high = model.score(EventFeatures.standard().of(met, a, judged));
        double low = model.score(EventFeatures.standard().of(rose, a, judged));
        assertTrue(low < high);
        List<Event> all = new ConfidenceGate(model, EventFeatures.standard(), 0).apply(List.of(met, rose), a, judged);
        assertEquals(2, all.size(), "threshold 0 keeps every event");
        assertEquals(Math.round(high * 10000) / 10000.0, all.get(0).confidence(), 1e-9);
        List<Event> gated = new ConfidenceGate(model, EventFeatures.standard(), (low + high) / 2)
                .apply(List.of(met, rose), a, judged);
        assertEquals(List.of("e-met"), gated.stream().map(Event::id).toList());
        assertEquals(List.of(met, rose), ConfidenceGate.none().apply(List.of(met, rose), a, judged),
                "no model: events pass unchanged");
    }
}
