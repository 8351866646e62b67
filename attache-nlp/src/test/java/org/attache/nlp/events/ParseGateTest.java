package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.IntPredicate;
import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.PublishedDate;
import org.attache.api.Resolved;
import org.attache.api.Sentence;
import org.attache.api.events.Event;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.nlp.Annotators;
import org.attache.nlp.Coders;
import org.attache.nlp.resolve.EntityResolver;
import org.junit.jupiter.api.Test;

/**
 * The coder told which sentences a caller keeps ({@link PatternEventCoder#code(Resolved,
 * org.attache.api.registry.EntityRegistry, IntPredicate)}) codes those sentences as it codes them alone, whether their
 * analysis was prepared ahead on another call or not; only the dropped sentences go unparsed.
 */
class ParseGateTest {
    private static final String TEXT = "Iraqi warplanes attacked an Iranian oil platform in the Gulf on Monday, "
            + "the Iraqi military said. "
            + "The shares of the oil company fell sharply in Tokyo after the report was published. "
            + "Iran accused Iraq of violating the ceasefire that the United Nations had brokered. "
            + "The United States urged both countries to show restraint and to return to the negotiations.";

    private static Resolved resolved(InMemoryEntityRegistry registry) {
        Article article = new Article("gate-1", "test", null, "Wire", null, false, List.of(TEXT), List.of(), null,
                null, new PublishedDate("1987-06-08", DateProvenance.RECORD), "en", List.of(), null, null);
        Annotated annotated = Annotators.standard().annotate(article);
        return new EntityResolver().resolve(annotated, registry);
    }

    private static List<String> readings(List<Event> events) {
        return events.stream().map(e -> e.evidence().start() + " " + e.cameo() + " " + e.source() + " → "
                + e.target() + " " + e.status() + " " + e.date()).toList();
    }

    @Test
    void keptSentencesAreCodedAsWithoutTheGate() {
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        Resolved resolved = resolved(registry);
        PatternEventCoder coder = Coders.standard();
        List<Event> all = coder.code(resolved, registry);
        assertThat(all).as("the text is written to hold events in several sentences").hasSizeGreaterThan(1);

        IntPredicate odd = sentence -> sentence % 2 == 1;
        List<Sentence> starts = resolved.annotated().sentences();
        List<Event> keptByGate = coder.code(resolved, registry, odd).stream()
                .filter(e -> odd.test(sentenceOf(starts, e.evidence().start()))).toList();
        List<Event> keptAfter = all.stream().filter(e -> odd.test(sentenceOf(starts, e.evidence().start()))).toList();
        assertThat(readings(keptByGate)).isEqualTo(readings(keptAfter));
        assertThat(keptByGate).extracting(Event::id).isEqualTo(keptAfter.stream().map(Event::id).toList());

        // prepared ahead (as the pipeline's workers do), then coded: the same
        coder.prepare(resolved.annotated(), odd);
        List<Event> prepared = coder.code(resolved, registry, odd).stream()
                .filter(e -> odd.test(sentenceOf(starts, e.evidence().start()))).toList();
        assertThat(readings(prepared)).isEqualTo(readings(keptAfter));
    }

    @Test
    void everySentenceKeptIsTheUngatedCoding() {
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        Resolved resolved = resolved(registry);
        PatternEventCoder coder = Coders.standard();
        assertThat(readings(coder.code(resolved, registry, sentence -> true)))
                .isEqualTo(readings(coder.code(resolved, registry)));
    }

    private static int sentenceOf(List<Sentence> sentences, int offset) {
        int index = -1;
        for (Sentence s : sentences) {
            if (s.start() <= offset) {
                index = s.index();
            }
        }
        return index;
    }
}
