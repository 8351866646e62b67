package org.attache.extract.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark metric: multiset overlap of 4-token shingles of {@code \w+} tokens,
 * each page's (TP, FP, FN) normalised to sum to 1, precision and recall averaged over pages and F1
 * taken of the two means; accuracy is the share of pages whose token lists are equal. Tokens follow
 * Python's Unicode {@code \w}: letters, numbers and the underscore (combining marks split tokens).
 * Stateless and thread-safe.
 */
public final class ShingleScorer {
    /** Shingle length. */
    public static final int N = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    /** One page's normalised counts and its precision and recall under the benchmark's conventions. */
    public record PageScore(double tp, double fp, double fn, double precision, double recall, boolean exact) {
    }

    /** Aggregate over pages: mean precision, mean recall, F1 of the means, exact-match accuracy. */
    public record Aggregate(double precision, double recall, double f1, double accuracy, int pages) {
    }

    private ShingleScorer() {
    }

    /** The {@code \w+} tokens of {@code text} (null counts as empty). */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Shingle multiset: all consecutive {@value #N}-grams; a shorter non-empty text gives one shingle. */
    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> counts = new HashMap<>();
        int last = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < last; i++) {
            List<String> sh = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!sh.isEmpty()) {
                counts.merge(List.copyOf(sh), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Scores one page: {@code truth} is the human body, {@code predicted} the extractor's (null = empty). */
    public static PageScore score(String truth, String predicted) {
        List<String> t = tokens(truth);
        List<String> p = tokens(predicted);
        Map<List<String>, Integer> ts = shingles(t);
        Map<List<String>, Integer> ps = shingles(p);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<List<String>, Integer> e : ps.entrySet()) {
            int tc = ts.getOrDefault(e.getKey(), 0);
            tp += Math.min(tc, e.getValue());
            fp += Math.max(0, e.getValue() - tc);
        }
        for (Map.Entry<List<String>, Integer> e : ts.entrySet()) {
            fn += Math.max(0, e.getValue() - ps.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        double ntp = sum == 0 ? 0 : tp / sum;
        double nfp = sum == 0 ? 0 : fp / sum;
        double nfn = sum == 0 ? 0 : fn / sum;
        double precision;
        double recall;
        if (fp == 0 && fn == 0) {
            precision = 1;
            recall = 1;
        } else {
            precision = tp + fp == 0 ? 0 : ntp / (ntp + nfp);
            recall = tp + fn == 0 ? 0 : ntp / (ntp + nfn);
        }
        return new PageScore(ntp, nfp, nfn, precision, recall, t.equals(p));
    }

    /** Aggregates page scores as the benchmark does. */
    public static Aggregate aggregate(List<PageScore> pages) {
        double ps = 0;
        int pn = 0;
        double rs = 0;
        int rn = 0;
        int exact = 0;
        for (PageScore s : pages) {
            if (s.tp() + s.fp() > 0) {
                ps += s.precision();
                pn++;
            }
            if (s.tp() + s.fn() > 0) {
                rs += s.recall();
                rn++;
            }
            if (s.exact()) {
                exact++;
            }
        }
        double p = pn == 0 ? 0 : ps / pn;
        double r = rn == 0 ? 0 : rs / rn;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Aggregate(p, r, f1, pages.isEmpty() ? 0 : (double) exact / pages.size(), pages.size());
    }
}
