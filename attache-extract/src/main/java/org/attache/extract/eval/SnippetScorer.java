package org.attache.extract.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The metric of trafilatura's evaluation ({@code tests/evaluate.py}, {@code tests/eval_common.py}): a
 * page's text, whitespace runs folded to one space and trimmed, must contain each of its "with" snippets
 * and none of its "without" snippets, as case-sensitive substrings. Counts are summed over pages; a page
 * with no result counts every "with" snippet as missed and every "without" snippet as rightly absent.
 * Stateless and thread-safe.
 */
public final class SnippetScorer {
    /** Python's {@code \s} on str: Unicode whitespace, including the separators Java's {@code \s} leaves out. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\u001C-\\u001F\\u0085]+",
            Pattern.UNICODE_CHARACTER_CLASS);

    private SnippetScorer() {
    }

    /** One page's counts with the snippets it missed and the ones that leaked in. */
    public record PageScore(int tp, int fp, int fn, int tn, List<String> missed, List<String> leaked) {
        public PageScore {
            missed = List.copyOf(missed);
            leaked = List.copyOf(leaked);
        }
    }

    /** Counts summed over pages, with the four figures of the published table. */
    public record Totals(int tp, int fp, int fn, int tn, int pages) {
        /** No pages. */
        public static final Totals EMPTY = new Totals(0, 0, 0, 0, 0);

        /** These totals plus one page. */
        public Totals plus(PageScore s) {
            return new Totals(tp + s.tp(), fp + s.fp(), fn + s.fn(), tn + s.tn(), pages + 1);
        }

        /** TP / (TP + FP). */
        public double precision() {
            return ratio(tp, tp + fp);
        }

        /** TP / (TP + FN). */
        public double recall() {
            return ratio(tp, tp + fn);
        }

        /** (TP + TN) / all snippets. */
        public double accuracy() {
            return ratio(tp + tn, tp + fp + fn + tn);
        }

        /** 2 TP / (2 TP + FP + FN). */
        public double f() {
            return ratio(2.0 * tp, 2.0 * tp + fp + fn);
        }

        private static double ratio(double a, double b) {
            return b == 0 ? 0 : a / b;
        }
    }

    /** The upstream normalisation: {@code re.sub(r"\s+", " ", s).strip()}. */
    public static String normalise(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /**
     * Scores one page.
     *
     * @param text    the tool's text for the page, or null when it gave no result
     * @param with    snippets the text must contain
     * @param without snippets the text must not contain
     */
    public static PageScore score(String text, List<String> with, List<String> without) {
        if (text == null) {
            return new PageScore(0, 0, with.size(), without.size(), with, List.of());
        }
        String t = normalise(text);
        List<String> missed = new ArrayList<>();
        List<String> leaked = new ArrayList<>();
        int tp = 0;
        for (String s : with) {
            if (t.contains(s)) {
                tp++;
            } else {
                missed.add(s);
            }
        }
        int fp = 0;
        for (String s : without) {
            if (t.contains(s)) {
                fp++;
                leaked.add(s);
            }
        }
        return new PageScore(tp, fp, missed.size(), without.size() - fp, missed, leaked);
    }

    /** Sums page scores. */
    public static Totals total(Iterable<PageScore> scores) {
        Totals t = Totals.EMPTY;
        for (PageScore s : scores) {
            t = t.plus(s);
        }
        return t;
    }
}
