package org.attache.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Post-processing of collected paragraphs: drops a leading copy of the headline, and uses JSON-LD
 * {@code articleBody}, when the publisher gives one, as a cross-check: it replaces a body that shares little
 * with it (the wrong block was picked) and a body it holds one and a half times over (the page prints only
 * the start of the article).
 */
final class BodyCheck {
    /** How many times longer than the printed body the publisher's text must be to replace a cut-short body. */
    private static final double TRUNCATED_RATIO = 1.5;
    /** Share of the printed body's words the publisher's text must hold for the body to be a part of it. */
    private static final double COVERED = 0.9;

    private BodyCheck() {
    }

    /**
     * The body to keep: {@code paragraphs} without the page's address and a leading headline copy, or the
     * publisher's {@code ldParagraphs} (JSON-LD {@code articleBody}, possibly empty) when those are the article.
     */
    static List<String> reconcile(List<String> paragraphs, List<String> ldParagraphs, String title, String url) {
        String ldBody = ldParagraphs.isEmpty() ? null : String.join(" ", ldParagraphs);
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            if (url != null && (p.equals(url) || url.endsWith(p) && p.startsWith("http"))) {
                continue; // the page's own address, printed for print layouts
            }
            out.add(p);
        }
        if (title != null && !out.isEmpty() && out.get(0).equalsIgnoreCase(title)) {
            out.remove(0);
        }
        if (ldBody != null && ldBody.length() > 500) {
            Set<String> dom = words(String.join(" ", out));
            Set<String> ld = words(ldBody);
            int shared = 0;
            for (String w : ld) {
                if (dom.contains(w)) {
                    shared++;
                }
            }
            if (ld.size() > 0 && shared < 0.3 * ld.size()) {
                // the DOM pick missed the article the publisher describes; trust the publisher's text
                return ldParagraphs;
            }
            int domChars = String.join(" ", out).length();
            if (ldBody.length() >= TRUNCATED_RATIO * Math.max(domChars, 1) && !dom.isEmpty()
                    && shared >= COVERED * dom.size()) {
                // the page prints a teaser or the part before a paywall or a "read more" button, the publisher's
                // text holds the whole of it
                return ldParagraphs.size() == 1 ? cutAt(ldBody, out) : ldParagraphs;
            }
        }
        return out;
    }

    /**
     * {@code text} (a publisher's body given as one run) cut into paragraphs where the printed paragraphs
     * {@code printed} begin and end, so that the part the page printed keeps its breaks.
     */
    static List<String> cutAt(String text, List<String> printed) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (String p : printed) {
            int at = text.indexOf(p, from);
            if (at < 0) {
                continue;
            }
            addTrimmed(out, text.substring(from, at));
            out.add(p);
            from = at + p.length();
        }
        addTrimmed(out, text.substring(from));
        return out;
    }

    private static void addTrimmed(List<String> out, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
