package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.PublishedDate;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.nlp.Annotators;
import org.attache.nlp.Coders;
import org.attache.nlp.resolve.EntityResolver;
import org.junit.jupiter.api.Test;

/**
 * When the parse's objects replace the patterns' reading of whom an act is aimed at
 * ({@link PatternEventCoder#parseTargetsWin}), on lists of units and on a sentence written for the test.
 */
class ParseTargetsTest {
    private static ActorUnits.Unit unit(int start, String words) {
        return new ActorUnits.Unit(0, start, start + words.length(), List.of(0), words);
    }

    private static final ActorUnits.Unit A = unit(10, "Ghana");
    private static final ActorUnits.Unit B = unit(20, "Togo");
    private static final ActorUnits.Unit C = unit(30, "Benin");
    private static final ActorUnits.Unit D = unit(40, "Niger");

    @Test
    void theParseWinsUnlessItFoundOnlyPartOfTheListThePatternsRead() {
        // the parser attached only the first two of "met A, B, C and D": the list read after the trigger stands
        assertThat(PatternEventCoder.parseTargetsWin(List.of(A, B), List.of(A, B, C, D))).isFalse();
        // the parse found someone the patterns did not read, or as many: its reading wins
        assertThat(PatternEventCoder.parseTargetsWin(List.of(C), List.of(A))).isTrue();
        assertThat(PatternEventCoder.parseTargetsWin(List.of(A, B), List.of(A, B))).isTrue();
        assertThat(PatternEventCoder.parseTargetsWin(List.of(A, D), List.of(A, B, C))).isTrue();
        // no object in the parse: the patterns' reading stands
        assertThat(PatternEventCoder.parseTargetsWin(List.of(), List.of(A))).isFalse();
    }

    @Test
    void aMeetingWithFourCounterpartsGivesFourEvents() {
        Article article = new Article("p1", "test", null, "Wire", null, false, List.of("Indian Foreign Minister "
                + "Salman Khurshid met Ghana, Togo, Benin and Niger in Accra on Tuesday."), List.of(), null, null,
                new PublishedDate("2013-06-11", DateProvenance.RECORD), "en", List.of(), null, null);
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        List<Event> meetings = Coders.standard().code(new EntityResolver().resolve(
                Annotators.standard().annotate(article), registry), registry).stream()
                .filter(e -> e.cameo().startsWith("04")).toList();
        assertThat(meetings).allSatisfy(e -> assertThat(e.source()).extracting(EventActor::country)
                .containsExactly("IND"));
        assertThat(meetings).flatExtracting(e -> e.target().stream().map(EventActor::country).toList())
                .containsExactlyInAnyOrder("GHA", "TGO", "BEN", "NER");
    }
}
