package org.attache.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.app.eval.FactsGold.Span;
import org.junit.jupiter.api.Test;

class EvidenceLocatorTest {
    /** A wire story as the corpus prints it: a dateline, lines broken at 60 columns, indented paragraphs. */
    private static final String WIRE = "MOSCOW, March 2 - The Soviet Union accused the United States\n"
            + "of violating the treaty, Tass said.\n    Officials said talks would resume in\nGeneva on Monday.";

    @Test
    void findsASentenceWhoseLinesTheBodyRejoined() {
        String evidence = "The Soviet Union accused the United States of violating the treaty, Tass said.";
        Span span = EvidenceLocator.locate(WIRE, evidence);
        assertThat(span).isNotNull();
        assertThat(WIRE.substring(span.start(), span.end())).startsWith("The Soviet Union").endsWith("Tass said.");
        Span second = EvidenceLocator.locate(WIRE, "Officials said talks would resume in Geneva on Monday.");
        assertThat(WIRE.substring(second.start(), second.end())).isEqualTo("Officials said talks would resume in\nGeneva on Monday.");
    }

    @Test
    void readsTypographicQuotesAndDashesAsPlainOnes() {
        String text = "He said \"we will not yield\" - and left.";
        Span span = EvidenceLocator.locate(text, "He said \u201Cwe will not yield\u201D \u2013 and left.");
        assertThat(span).isEqualTo(new Span(0, text.length()));
    }

    @Test
    void placesASentenceByItsEdgesWhenItsMiddleDiffers() {
        String text = "Intro. The foreign ministers of the Community agreed on Friday, after twelve hours of talks, "
                + "to cut the new tax on oils by half. End.";
        String evidence = "The foreign ministers of the Community agreed on Friday, after 12 hours of talks, "
                + "to cut the new tax on oils by half.";
        Span span = EvidenceLocator.locate(text, evidence);
        assertThat(text.substring(span.start(), span.end())).startsWith("The foreign ministers").endsWith("by half.");
    }

    @Test
    void returnsNothingForASentenceNotInTheText() {
        assertThat(EvidenceLocator.locate(WIRE, "Iraq said it crushed an Iranian attack.")).isNull();
        assertThat(EvidenceLocator.locate(WIRE, " ")).isNull();
    }
}
