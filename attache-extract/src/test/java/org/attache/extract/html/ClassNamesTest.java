package org.attache.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The grouped alternation and the token-wise reading find exactly what the plain regular expression finds. */
class ClassNamesTest {
    private static final String FRAGMENTS = "comment|share|sharing|social|more-?stories|\\bnav\\b|\\bad\\b|-ads\\b"
            + "|\\bdate\\b|read-?more|sign-up|menu";
    private static final List<String> NAMES = List.of("article-comments", "post share-bar", "nav", "main-nav x",
            "navigation", "ad", "head ad-slot", "top-ads", "topads", "loads", "date", "update", "dated", "readmore",
            "read-more-link", "sign-up", "signup", "moreStories", "more-stories", "mega-menu", "entry-content",
            "  spaced\tclass\nnames  ", "", "x", "-ads", "header ad");

    @Test
    void groupedAlternationMatchesTheSameNamesAsThePlainOne() {
        Pattern plain = Pattern.compile(FRAGMENTS);
        Pattern grouped = ClassNames.alternation(FRAGMENTS, 0);
        for (String name : NAMES) {
            assertEquals(plain.matcher(name).find(), grouped.matcher(name).find(), name);
        }
    }

    @Test
    void tokenWiseReadingAgreesWithTheWholeString() {
        Pattern plain = Pattern.compile(FRAGMENTS);
        HashMap<String, Boolean> known = new HashMap<>();
        for (String name : NAMES) {
            boolean tokens = ClassNames.tokens(name, known, t -> plain.matcher(t).find(), false, (a, b) -> a || b, true);
            assertEquals(plain.matcher(name).find(), tokens, name);
        }
    }

    @Test
    void railHeadingClassesAreFoundWithoutCaseAsTheSelectorDid() {
        Pattern selector = Pattern.compile("(?i)(title|heading|header)");
        for (String cls : List.of("SectionTitle", "block__heading", "site-HEADER", "subtitle", "head", "titl", "",
                "Überschrift", "card-Heading big")) {
            assertEquals(selector.matcher(cls).find(), RailExtractor.headingClass(cls), cls);
        }
    }
}
