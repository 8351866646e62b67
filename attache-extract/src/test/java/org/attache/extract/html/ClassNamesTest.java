package org.attache.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
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
    void fragmentsFindExactlyWhatThePlainExpressionFinds() {
        ClassNames.Fragments fragments = ClassNames.fragments(FRAGMENTS, 0);
        Pattern plain = Pattern.compile(FRAGMENTS);
        for (String name : NAMES) {
            assertEquals(plain.matcher(name).find(), fragments.find(name), name);
        }
        // the extractor's own lists, on class names of several languages' sites and on random names
        List<String> names = new ArrayList<>(NAMES);
        names.addAll(List.of("kommentar-liste", "articulo-relacionado", "barra-lateral sidebar-left", "pubdate",
                "entry-meta", "ad", "x-ad", "bad", "adsense-slot", "widget_text", "nav", "navi", "z-nav-", "hidden",
                "unhidden", "carousel__item", "paywall-teaser", "Ähnliche-Artikel", "commentaires", "sr-only"));
        Random random = new Random(15);
        String alphabet = "adenmotsrcip-_bghluwy ";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(14); j > 0; j--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            names.add(sb.toString());
        }
        for (ClassNames.Fragments f : List.of(DomCleaner.NEGATIVE, DomCleaner.WEAK_NEGATIVE, fragments)) {
            Pattern reference = Pattern.compile(f.pattern().pattern());
            for (String name : names) {
                assertEquals(reference.matcher(name).find(), f.find(name), name);
            }
        }
    }

    @Test
    void fragmentsWithoutCaseFindWhatThePlainExpressionFinds() {
        List<String> names = new ArrayList<>(List.of("ArticleBody", "POST-CONTENT", "MainColumn", "Sidebar-Left",
                "NewsDetail", "news-Detail", "AD-slot", "Kommentare", "Werbung-AD-", "Artículo", "K-card", "ſhare"));
        Random random = new Random(15);
        String alphabet = "aBcDeMnOpRsTtIlLgWdH-_ ſK";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(14); j > 0; j--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            names.add(sb.toString());
        }
        for (ClassNames.Fragments f : List.of(ContentScorer.POSITIVE, ContentScorer.NEGATIVE)) {
            Pattern reference = Pattern.compile(f.pattern().pattern(), Pattern.CASE_INSENSITIVE);
            for (String name : names) {
                assertEquals(reference.matcher(name).find(), f.find(name), name);
            }
        }
        Pattern plain = Pattern.compile("comment|meta|ad-|news-?detail", Pattern.CASE_INSENSITIVE);
        ClassNames.Fragments grouped = ClassNames.fragments("comment|meta|ad-|news-?detail", Pattern.CASE_INSENSITIVE);
        for (String name : names) {
            assertEquals(plain.matcher(name).find(), grouped.find(name), name);
        }
    }

    @Test
    void fragmentsThatCannotBeFilteredAreSearchedWhole() {
        ClassNames.Fragments classes = ClassNames.fragments("[0-9]+x|widget", 0);
        assertEquals(true, classes.find("col-12x"));
        assertEquals(false, classes.find("column"));
        ClassNames.Fragments folded = ClassNames.fragments("widget|promo", Pattern.CASE_INSENSITIVE);
        assertEquals(true, folded.find("TopPromo"));
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
