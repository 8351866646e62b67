package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.nlp.events.CodedText.countries;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.PublishedDate;
import org.attache.api.events.Event;
import org.attache.api.events.PloverType;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.nlp.Annotators;
import org.attache.nlp.resolve.EntityResolver;
import org.junit.jupiter.api.Test;

/**
 * A reading that fails on one sentence (here an actor dictionary that throws for one name) loses that sentence's
 * events only: the article's other sentences are still coded, and the coder does not throw. Text written for this
 * test.
 */
class FailingSentenceTest {
    @Test
    void aSentenceWhoseReadingFailsLosesOnlyItsOwnEvents() {
        AtomicInteger thrown = new AtomicInteger();
        ActorDictionary failing = (name, day) -> {
            if (name.contains("Freedonia")) {
                thrown.incrementAndGet();
                throw new IllegalStateException("broken entry for " + name);
            }
            return Optional.empty();
        };
        PatternEventCoder coder = new PatternEventCoder(VerbLexicon.bundled(), failing);
        Article article = new Article("t1", "test", null, "Wire", null, false,
                List.of("The Freedonia Liberation Front attacked a police post on Monday.",
                        "Egypt condemned Israel on Tuesday."),
                List.of(), null, null, new PublishedDate("1994-03-02", DateProvenance.RECORD), "en", List.of(),
                null, null);
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        List<Event> events = coder.code(new EntityResolver().resolve(Annotators.standard().annotate(article), registry),
                registry);
        List<Event> accuse = CodedText.of(events, PloverType.ACCUSE);
        assertThat(accuse).isNotEmpty();
        assertThat(countries(accuse.get(0).source())).containsExactly("EGY");
        assertThat(countries(accuse.get(0).target())).containsExactly("ISR");
        assertThat(thrown.get()).as("the failing reading was reached").isPositive();
        assertThat(events).noneMatch(e -> e.evidence().text().contains("Freedonia"));
    }
}
