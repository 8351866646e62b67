package org.attache.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.attache.api.ContentKind;
import org.attache.api.Page;
import org.attache.extract.DefaultArticleExtractor;
import org.junit.jupiter.api.Test;

/** The reader's text of pages written for these tests: the printed dateline stays where the reader reads it. */
class ReaderTextTest {
    private final DefaultArticleExtractor extractor = new DefaultArticleExtractor();

    private DefaultArticleExtractor.Reading read(String title, String first, String second) throws Exception {
        String html = "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + first
                + "</p><p>" + second + "</p></article></body></html>";
        return extractor.read(new Page("test", null, null, html.getBytes(StandardCharsets.UTF_8), ContentKind.HTML,
                "UTF-8", null, null));
    }

    @Test
    void theOpeningDatelineIsReadAtTheHeadOfTheFirstParagraphWhileTheArticleKeepsItAsAField() throws Exception {
        DefaultArticleExtractor.Reading r = read("Masks stolen at a hospital",
                "KOBE – A total of 6,000 surgical masks have gone missing from a hospital storeroom, the police said "
                        + "on Tuesday, and an investigation has been opened.",
                "The masks, worth about 40,000 yen, were kept in a locked room on the ground floor of the building.");

        assertThat(r.article().dateline()).isEqualTo("KOBE");
        assertThat(r.article().body().get(0)).startsWith("A total of 6,000");
        assertThat(r.printedDateline()).isEqualTo("KOBE –");
        assertThat(ReaderText.of(r)).contains("KOBE – A total of 6,000 surgical masks")
                .startsWith("Masks stolen at a hospital\n");
        assertThat(ReaderText.of(r.article())).doesNotContain("KOBE");
    }

    @Test
    void aGermanDatelineInParenthesesIsReadToo() throws Exception {
        DefaultArticleExtractor.Reading r = read("Preisbremsen verlängert",
                "(Leipzig) - Von Preisbremsen für Strom und Gas profitieren nach Angaben der Stadtwerke in diesem Jahr "
                        + "mehr als hunderttausend Haushalte in der Region.",
                "Die Entlastung wird mit den Abschlägen verrechnet, teilte das Unternehmen am Montag mit.");

        assertThat(ReaderText.of(r)).contains("(Leipzig) - Von Preisbremsen für Strom und Gas");
    }

    @Test
    void aBodyWithoutADatelineReadsAsTheArticlesBody() throws Exception {
        String first = "La alcaldía presentó el martes el plan de movilidad para los próximos diez años, con nuevos "
                + "carriles para bicicletas y dos líneas de autobús.";
        String second = "El plan se votará en el pleno de marzo, según el calendario municipal.";
        DefaultArticleExtractor.Reading r = read("Plan de movilidad", first, second);

        assertThat(r.printedDateline()).isNull();
        assertThat(ReaderText.of(r)).isEqualTo("Plan de movilidad\n" + first + "\n" + second);
    }
}
