package org.attache.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Post-processing of collected paragraphs: drops a leading copy of the headline, and uses JSON-LD
 * {@code articleBody}, when the publisher gives one, as a cross-check.
 */
final class BodyCheck {
    private BodyCheck() {
    }

    static List<String> reconcile(List<String> paragraphs, String ldBody, String title, String url) {
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
                List<String> fromLd = new ArrayList<>();
                for (String p : ldBody.split("\\n+")) {
                    String t = Texts.norm(p);
                    if (!t.isEmpty()) {
                        fromLd.add(t);
                    }
                }
                return fromLd;
            }
        }
        return out;
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
