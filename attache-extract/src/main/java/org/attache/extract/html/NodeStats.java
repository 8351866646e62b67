package org.attache.extract.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element under a root, taken in one pass over the tree, so that the extractor's
 * rules ask for an element's text length, link share or paragraph text in constant time instead of
 * re-reading its subtree ({@code Element.text()} over nested elements made scoring quadratic in the depth
 * of the page). Lengths count characters with whitespace runs folded to one, as {@code Element.text()}
 * does, to within a space at element boundaries. A snapshot: removing elements afterwards leaves the
 * counts of their ancestors as they were.
 */
final class NodeStats {
    /** Per-element counts; index 0.. as named by the constants below. */
    private final Map<Element, int[]> counts;

    private static final int TEXT = 0;
    private static final int LINK = 1;
    private static final int FRAGMENT_LINK = 2;
    private static final int OWN = 3;
    private static final int COMMAS = 4;
    private static final int OWN_COMMAS = 5;
    private static final int PARAGRAPH = 6;
    private static final int LONG_LINKS = 7;
    private static final int PRE = 8;
    private static final int LAST = 9;
    private static final int SIZE = 10;

    private NodeStats(Map<Element, int[]> counts) {
        this.counts = counts;
    }

    /** Measures every element under (and including) {@code root}. */
    static NodeStats of(Element root) {
        Map<Element, int[]> counts = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private int order;
            private int inLink;
            private boolean fragment;
            private int inParagraph;
            private int linkStart;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    int[] c = new int[SIZE];
                    c[PRE] = order++;
                    counts.put(e, c);
                    String tag = e.normalName();
                    if (tag.equals("a")) {
                        if (inLink++ == 0) {
                            fragment = e.attr("href").startsWith("#");
                        }
                    } else if (tag.equals("p")) {
                        inParagraph++;
                    }
                } else if (node instanceof TextNode t && node.parent() instanceof Element parent) {
                    String s = t.getWholeText();
                    int len = foldedLength(s);
                    if (len == 0) {
                        return;
                    }
                    int commas = commas(s);
                    int[] c = counts.get(parent);
                    if (c == null) {
                        return;
                    }
                    c[TEXT] += len;
                    c[OWN] += len;
                    c[COMMAS] += commas;
                    c[OWN_COMMAS] += commas;
                    if (inLink > 0) {
                        c[fragment ? FRAGMENT_LINK : LINK] += len;
                    }
                    if (inParagraph > 0) {
                        c[PARAGRAPH] += len;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                int[] c = counts.get(e);
                c[LAST] = order - 1;
                String tag = e.normalName();
                if (tag.equals("a")) {
                    inLink--;
                    if (c[TEXT] >= 15 && inLink == 0) {
                        c[LONG_LINKS]++;
                    }
                } else if (tag.equals("p")) {
                    inParagraph--;
                }
                if (e != root && e.parent() != null) {
                    int[] p = counts.get(e.parent());
                    if (p != null) {
                        p[TEXT] += c[TEXT];
                        p[LINK] += c[LINK];
                        p[FRAGMENT_LINK] += c[FRAGMENT_LINK];
                        p[COMMAS] += c[COMMAS];
                        p[PARAGRAPH] += c[PARAGRAPH];
                        p[LONG_LINKS] += c[LONG_LINKS];
                    }
                }
            }
        }, root);
        return new NodeStats(counts);
    }

    private int get(Element e, int field) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[field];
    }

    /** True when {@code e} was under the root when measured. */
    boolean knows(Element e) {
        return counts.containsKey(e);
    }

    /** Characters of text under {@code e}. */
    int text(Element e) {
        return get(e, TEXT);
    }

    /** Characters of {@code e}'s own text nodes (not its children's). */
    int ownText(Element e) {
        return get(e, OWN);
    }

    /** Commas (Latin, CJK, Arabic) under {@code e}. */
    int commas(Element e) {
        return get(e, COMMAS);
    }

    /** Commas in {@code e}'s own text nodes. */
    int ownCommas(Element e) {
        return get(e, OWN_COMMAS);
    }

    /** Characters of text inside {@code <p>} elements under {@code e}. */
    int paragraphText(Element e) {
        return get(e, PARAGRAPH);
    }

    /** Characters of text outside links under {@code e}: a cheap measure of its prose. */
    int prose(Element e) {
        return Math.max(0, text(e) - get(e, LINK) - get(e, FRAGMENT_LINK));
    }

    /** Links under {@code e} whose text is 15 characters or more: headline-sized links. */
    int longLinks(Element e) {
        return get(e, LONG_LINKS);
    }

    /** Share of {@code e}'s text inside links; links to a fragment of the page count a fifth. */
    double linkDensity(Element e) {
        int total = text(e);
        if (total == 0) {
            return 0;
        }
        return Math.min(1, (get(e, LINK) + 0.2 * get(e, FRAGMENT_LINK)) / total);
    }

    /** True when {@code inner} lies strictly inside {@code outer} (both measured). */
    boolean contains(Element outer, Element inner) {
        int[] o = counts.get(outer);
        int[] i = counts.get(inner);
        return o != null && i != null && o[PRE] < i[PRE] && i[PRE] <= o[LAST];
    }

    /** Position of {@code e} in document order, or -1 when not measured. */
    int order(Element e) {
        int[] c = counts.get(e);
        return c == null ? -1 : c[PRE];
    }

    /** Length of {@code s} with whitespace runs folded to one character and the ends trimmed. */
    static int foldedLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u00A0') {
                space = true;
            } else {
                if (space && n > 0) {
                    n++;
                }
                space = false;
                n++;
            }
        }
        return n;
    }

    static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }
}
