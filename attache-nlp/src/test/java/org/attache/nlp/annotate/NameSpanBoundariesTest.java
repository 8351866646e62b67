package org.attache.nlp.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.Mention;
import org.junit.jupiter.api.Test;

/** The span rules of issue 14 item 5 on the real recogniser: names, not fragments. */
class NameSpanBoundariesTest {
    private static List<String> mentions(String text) {
        Annotated a = TestAnnotators.defaults().annotate(new Article("t", "test", null, null, null, false,
                List.of(text), List.of(), null, null, null, "en", List.of(), null, null));
        return a.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void aWordCapitalisedAfterAPlaceAbbreviationIsNoPartOfTheName() {
        assertThat(mentions("He said Japanese banks showed more flexibility towards Brazil than U.S. Banks and "
                + "it was difficult to discuss the matter with the lenders."))
                .contains("U.S.").doesNotContain("U.S. Banks");
        assertThat(mentions("GENEVA, March 3 - U.S. Carmaker General Motors hopes to sell more vehicles in Europe. "
                + "General Motors sold 2,000 cars there last year."))
                .contains("U.S.", "General Motors").doesNotContain("U.S. Carmaker General Motors");
    }

    @Test
    void realNamesAfterAnAbbreviationStay() {
        assertThat(mentions("U.S. Steel Corp said it would idle two plants. U.S. Steel said demand was weak."))
                .contains("U.S. Steel");
        assertThat(mentions("The Bank of England and the U.S. Federal Reserve Board were expected to act today."))
                .contains("U.S. Federal Reserve Board");
        assertThat(mentions("A bill passed by the U.S. House of Representatives would limit imports."))
                .contains("U.S. House of Representatives");
        assertThat(mentions("The U.S. Treasury Department said on Monday it would sell 9.75 billion dlrs of bills."))
                .contains("U.S. Treasury Department");
        assertThat(mentions("Texas Instruments Inc said sales rose in Texas."))
                .contains("Texas Instruments Inc");
    }

    @Test
    void twoPlacesSideBySideAreTwoPlaces() {
        List<String> m = mentions("The United States has failed to make available to Moscow U.S. grain at "
                + "market prices, the Soviet official said.");
        assertThat(m).doesNotContain("Moscow U.S.");
    }
}
