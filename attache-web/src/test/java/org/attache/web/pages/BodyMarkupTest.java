package org.attache.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.attache.web.pages.BodyMarkup.Paragraph;
import org.attache.web.pages.BodyMarkup.Piece;
import org.attache.web.pages.BodyMarkup.Run;
import org.attache.web.pages.BodyMarkup.Span;
import org.junit.jupiter.api.Test;

/** Cutting a body into paragraphs, anchored evidence sentences and mention links, by bodyText() offsets. */
class BodyMarkupTest {
    private static final List<String> BODY = List.of(
            "Lê Hoài Trung met Vivian Balakrishnan in Singapore. They discussed trade.",
            "The two sides agreed to deepen cooperation in digital trade.");
    private static final String TEXT = String.join("\n\n", BODY);

    private static Span mention(String text, String id) {
        int start = TEXT.indexOf(text);
        return new Span(start, start + text.length(), id, text);
    }

    private static Span sentence(String text) {
        int start = TEXT.indexOf(text);
        return Span.of(start, start + text.length());
    }

    private static String flat(Paragraph p) {
        return p.runs().stream().flatMap(r -> r.pieces().stream()).map(Piece::text).collect(Collectors.joining());
    }

    @Test
    void paragraphsKeepTheirTextAndMentionsBecomeLinks() {
        List<Paragraph> paragraphs = BodyMarkup.of(BODY,
                List.of(mention("Vivian Balakrishnan", "e2"), mention("Lê Hoài Trung", "e1")), List.of(), null);
        assertThat(paragraphs).hasSize(2);
        assertThat(flat(paragraphs.get(0))).isEqualTo(BODY.get(0));
        assertThat(flat(paragraphs.get(1))).isEqualTo(BODY.get(1));
        List<Piece> pieces = paragraphs.get(0).runs().getFirst().pieces();
        assertThat(pieces).extracting(Piece::entityId).containsExactly("e1", null, "e2", null);
        assertThat(pieces.get(2).text()).isEqualTo("Vivian Balakrishnan");
    }

    @Test
    void evidenceSentencesAreAnchoredByTheirBodyOffset() {
        String second = "The two sides agreed to deepen cooperation in digital trade.";
        List<Paragraph> paragraphs = BodyMarkup.of(BODY, List.of(mention("Singapore", "e3")),
                List.of(sentence(second), sentence("Lê Hoài Trung met Vivian Balakrishnan in Singapore."),
                        sentence(second)), null);
        Run first = paragraphs.get(0).runs().get(0);
        assertThat(first.anchor()).isEqualTo("s0");
        assertThat(first.kind()).isEqualTo("evidence");
        assertThat(first.pieces()).extracting(Piece::entityId).containsExactly(null, "e3", null);
        assertThat(paragraphs.get(0).runs().get(1).marked()).isFalse();
        List<Run> p2 = paragraphs.get(1).runs();
        assertThat(p2).hasSize(1).first().extracting(Run::anchor).isEqualTo("s" + TEXT.indexOf(second));
        assertThat(flat(paragraphs.get(1))).isEqualTo(second);
    }

    @Test
    void aClaimInsideASentenceSplitsItAndGetsItsOwnAnchor() {
        Span claim = sentence("Vivian Balakrishnan");
        List<Paragraph> paragraphs = BodyMarkup.of(BODY, List.of(mention("Vivian Balakrishnan", "e2")),
                List.of(sentence("Lê Hoài Trung met Vivian Balakrishnan in Singapore.")), claim);
        List<Run> runs = paragraphs.get(0).runs();
        assertThat(runs).extracting(Run::anchor).containsExactly("s0", "s" + claim.start(), null, null);
        assertThat(runs).extracting(Run::kind).containsExactly("evidence", "claim", "evidence", null);
        assertThat(runs.get(1).pieces()).containsExactly(new Piece("Vivian Balakrishnan", "e2", "Vivian Balakrishnan"));
        assertThat(flat(paragraphs.get(0))).isEqualTo(BODY.get(0));
    }

    @Test
    void spansOutsideTheBodyOrCrossingASentenceEdgeStayPlainText() {
        int edge = TEXT.indexOf(" They");
        Span crossing = new Span(edge - 10, edge + 5, "e9", "x");
        List<Paragraph> paragraphs = BodyMarkup.of(BODY, List.of(crossing, new Span(500, 510, "e8", "y")),
                List.of(Span.of(0, edge), Span.of(400, 900)), Span.of(9999, 10_005));
        assertThat(paragraphs.stream().flatMap(p -> p.runs().stream()).flatMap(r -> r.pieces().stream())
                .map(Piece::entityId)).containsOnlyNulls();
        assertThat(flat(paragraphs.get(0))).isEqualTo(BODY.get(0));
        assertThat(paragraphs.get(1).runs()).extracting(Run::marked).containsOnly(false);
    }
}
