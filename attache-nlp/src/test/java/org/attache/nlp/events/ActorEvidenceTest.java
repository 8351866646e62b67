package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.api.Evidence;
import org.attache.api.AffiliationSource;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PloverType;
import org.junit.jupiter.api.Test;

/** An event is stated only when the text places its actors: the rules of {@link ActorEvidence}. */
class ActorEvidenceTest {
    private static EventActor actor(String name, String country, AffiliationSource source) {
        return new EventActor(null, name, country, null, source);
    }

    private static Event event(PloverType type, List<EventActor> source, List<EventActor> target) {
        return new Event("ev_1", "a1", type, "000", null, null, EventStatus.OCCURRED, "w", source, target, null,
                null, new Evidence("a1", 0, 10, "words here"), 0.5, null);
    }

    private static final EventActor CHILE = actor("Chile", "CHL", AffiliationSource.NAME);
    private static final EventActor PERU = actor("Peru", "PER", AffiliationSource.NAME);
    private static final EventActor MAKERS = actor("copper makers", null, null);

    @Test
    void aSourceWithNoCountryStatesNothing() {
        assertThat(ActorEvidence.placed(List.of(event(PloverType.AGREE, List.of(MAKERS), List.of(PERU))))).isEmpty();
        assertThat(ActorEvidence.placed(List.of(event(PloverType.AGREE, List.of(CHILE), List.of(PERU))))).hasSize(1);
    }

    @Test
    void aDirectedActNeedsARecipientAnUndirectedOneDoesNot() {
        assertThat(ActorEvidence.placed(List.of(event(PloverType.ACCUSE, List.of(CHILE), List.of())))).isEmpty();
        assertThat(ActorEvidence.placed(List.of(event(PloverType.ASSAULT, List.of(CHILE), List.of())))).isEmpty();
        assertThat(ActorEvidence.placed(List.of(event(PloverType.ACCUSE, List.of(CHILE), List.of(PERU))))).hasSize(1);
        // a recipient named without a country is still a recipient
        assertThat(ActorEvidence.placed(List.of(event(PloverType.COERCE, List.of(CHILE), List.of(MAKERS)))))
                .hasSize(1);
        // agreeing, meeting, resigning, rejecting need no recipient
        for (PloverType t : List.of(PloverType.AGREE, PloverType.CONSULT, PloverType.RETREAT, PloverType.REJECT)) {
            assertThat(ActorEvidence.placed(List.of(event(t, List.of(CHILE), List.of())))).as("%s", t).hasSize(1);
        }
    }

    @Test
    void aStatelessListMemberIsDroppedWhenAnotherIsPlaced() {
        Event e = ActorEvidence.placed(List.of(event(PloverType.ACCUSE, List.of(MAKERS, CHILE), List.of(PERU))))
                .get(0);
        assertThat(e.source()).containsExactly(CHILE);
        assertThat(e.target()).containsExactly(PERU);
        // alone, a stateless recipient of an undirected act stays (who the act concerns is still said)
        Event alone = ActorEvidence.placed(List.of(event(PloverType.CONSULT, List.of(CHILE), List.of(MAKERS))))
                .get(0);
        assertThat(alone.target()).containsExactly(MAKERS);
    }

    private static Event visit(List<EventActor> source, List<EventActor> target) {
        return new Event("ev_2", "a1", PloverType.CONSULT, "042", null, null, EventStatus.PLANNED, "flies to", source,
                target, null, null, new Evidence("a1", 0, 10, "words here"), 0.5, null);
    }

    @Test
    void aVisitorNeverTakesTheHostsCountryFromWeakContext() {
        EventActor washington = actor("Washington", "USA", AffiliationSource.NAME);
        // placed in the host's country only by the sentence around him: no country, so nothing is stated
        EventActor guessed = actor("Martin Bangemann", "USA", AffiliationSource.CONTEXT);
        assertThat(ActorEvidence.placed(List.of(visit(List.of(guessed), List.of(washington))))).isEmpty();
        // his own office or the knowledge layer says where he is from: kept, even when it is the host's country
        EventActor known = actor("James Baker", "USA", AffiliationSource.KNOWLEDGE);
        assertThat(ActorEvidence.placed(List.of(visit(List.of(known), List.of(washington))))).hasSize(1);
        // weak context of another country than the host's stays as it was
        EventActor other = actor("Martin Bangemann", "DEU", AffiliationSource.CONTEXT);
        assertThat(ActorEvidence.placed(List.of(visit(List.of(other), List.of(washington)))).get(0).source().get(0)
                .country()).isEqualTo("DEU");
        // a meeting that is no visit is left to the other rules
        assertThat(ActorEvidence.placed(List.of(event(PloverType.CONSULT, List.of(guessed), List.of(washington)))))
                .hasSize(1);
    }
}
