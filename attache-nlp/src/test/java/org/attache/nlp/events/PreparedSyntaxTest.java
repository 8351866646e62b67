package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.PublishedDate;
import org.attache.api.Resolved;
import org.attache.api.events.Event;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.nlp.Annotators;
import org.attache.nlp.Coders;
import org.attache.nlp.resolve.EntityResolver;
import org.junit.jupiter.api.Test;

/**
 * The coder's tagging and parsing carried as data ({@link PatternEventCoder#prepared}) from one coder to another
 * ({@link PatternEventCoder#adopt}), as a Spark executor hands it to the driver: the receiving coder takes it instead
 * of tagging and parsing again, and codes exactly what it codes on its own.
 */
class PreparedSyntaxTest {
    private static final String[][] TEXTS = {
            {"Iraqi warplanes attacked an Iranian oil platform in the Gulf on Monday, the Iraqi military said.",
                    "Iran accused Iraq of violating the ceasefire that the United Nations had brokered.",
                    "The shares of the oil company fell sharply in Tokyo after the report was published."},
            {"Japan Condemns North Korea Missile Launch",
                    "Japanese Prime Minister Fumio Kishida met Indonesian President Joko Widodo in Jakarta on "
                            + "Thursday and the two leaders signed a maritime security pact, officials said.",
                    "The United States urged both countries to show restraint."}};

    private static Annotated annotated(int n) {
        Article article = new Article("carry-" + n, "test", null, "Wire", null, false, List.of(TEXTS[n]), List.of(),
                null, null, new PublishedDate("2024-05-02", DateProvenance.RECORD), "en", List.of(), null, null);
        return Annotators.standard().annotate(article);
    }

    private static List<String> readings(List<Event> events) {
        return events.stream().map(e -> e.id() + " " + e.evidence().start() + " " + e.cameo() + " " + e.source()
                + " → " + e.target() + " " + e.status() + " " + e.date()).toList();
    }

    @Test
    void adoptedSyntaxCodesAsTheCoderCodesAlone() {
        for (int n = 0; n < TEXTS.length; n++) {
            Annotated annotated = annotated(n);
            PatternEventCoder executor = Coders.standard();
            PreparedSyntax carried = executor.prepared(annotated, sentence -> true);
            assertThat(executor.held()).as("computing the data keeps nothing in the coder").isZero();
            assertThat(carried.sentences()).as("the texts hold triggers between actors").isNotEmpty();

            PatternEventCoder alone = Coders.standard();
            InMemoryEntityRegistry r1 = new InMemoryEntityRegistry();
            List<Event> expected = alone.code(new EntityResolver().resolve(annotated, r1), r1);
            assertThat(expected).isNotEmpty();

            PatternEventCoder driver = Coders.standard();
            driver.adopt(annotated, carried);
            assertThat(driver.held()).as("every carried sentence is taken").isEqualTo(carried.sentences().size());
            InMemoryEntityRegistry r2 = new InMemoryEntityRegistry();
            Resolved resolved = new EntityResolver().resolve(annotated, r2);
            assertThat(readings(driver.code(resolved, r2))).isEqualTo(readings(expected));
            assertThat(driver.held()).as("coding consumes what was adopted").isZero();
        }
    }

    @Test
    void theCarriedDataIsTheCodersOwnPreparation() {
        Annotated annotated = annotated(0);
        PreparedSyntax carried = Coders.standard().prepared(annotated, sentence -> true);
        assertThat(carried).isEqualTo(Coders.standard().prepared(annotated, sentence -> true));
        assertThat(carried.sentences()).anySatisfy(s -> assertThat(s.heads()).as("a parsed sentence").isNotNull());
        for (PreparedSyntax.SentenceSyntax s : carried.sentences()) {
            var sentence = annotated.sentences().get(s.index());
            assertThat(s.start()).isEqualTo(sentence.start());
            assertThat(s.starts()[0]).isGreaterThanOrEqualTo(sentence.start());
            assertThat(s.ends()[s.ends().length - 1]).isLessThanOrEqualTo(sentence.end());
        }
    }

    @Test
    void syntaxWhoseSentencesDoNotMatchIsNotAdopted() {
        Annotated annotated = annotated(0);
        PreparedSyntax carried = Coders.standard().prepared(annotated, sentence -> true);
        PatternEventCoder driver = Coders.standard();

        // offsets of another text (or another version of it), or a sentence it has not: nothing is taken, and
        // the coder tags and parses the article itself
        driver.adopt(annotated, new PreparedSyntax(carried.sentences().stream()
                .map(s -> new PreparedSyntax.SentenceSyntax(s.index(), s.start() + 1, s.end(), s.words(), s.starts(),
                        s.ends(), s.tags(), s.heads(), s.rels())).toList()));
        driver.adopt(annotated, new PreparedSyntax(carried.sentences().stream()
                .map(s -> new PreparedSyntax.SentenceSyntax(s.index() + 100, s.start(), s.end(), s.words(),
                        s.starts(), s.ends(), s.tags(), s.heads(), s.rels())).toList()));
        assertThat(driver.held()).isZero();

        InMemoryEntityRegistry r1 = new InMemoryEntityRegistry();
        InMemoryEntityRegistry r2 = new InMemoryEntityRegistry();
        assertThat(readings(driver.code(new EntityResolver().resolve(annotated, r1), r1)))
                .isEqualTo(readings(Coders.standard().code(new EntityResolver().resolve(annotated, r2), r2)));
    }
}
