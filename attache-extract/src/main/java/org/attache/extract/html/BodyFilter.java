package org.attache.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.attache.extract.text.Furniture;
import org.jsoup.nodes.Element;

/**
 * Takes the furniture that survives inside the chosen block out of the body, by kind and position
 * ({@link Furniture} names the kinds in many languages): read-also pointers, category lines, advertising,
 * blocked-embed notices and photo credits go wherever they are; calls to action and date or byline lines go
 * when no prose precedes or follows them (or when they are mostly link text); a comment-section heading after the
 * article's prose ends the body there; a section heading or a line ending in a colon after the body's last
 * prose announces something that is not there and goes; a short linked line that ends on "here" in its language
 * at the body's very end points to another page and goes; a closing run of two or more lines that are mostly link
 * text in words (other stories' headlines with their dates, tag lines) ends the body before it, and so does a
 * closing run of two or more excerpts cut off by a machine; after the body's last paragraph, a short line that is
 * not a sentence and stands outside the block that paragraph stands in (an author's name, a control, a date row)
 * goes; a paragraph printed twice is kept once.
 */
final class BodyFilter {
    /** Characters of body that must precede a comment heading for it to end the body. */
    private static final int PROSE_BEFORE_COMMENTS = 100;
    /** Shortest paragraph whose repetition is dropped: short lines ("Yes.", a list label) may recur. */
    private static final int MIN_REPEAT = 30;
    /** Longest heading or announcing line taken as dangling at the body's end. */
    private static final int MAX_DANGLING = 120;
    /** Longest first paragraph read as a standfirst, after which a date or byline line still belongs to the header. */
    private static final int STANDFIRST = 300;
    private static final Pattern DANGLING_COLON = Pattern.compile("[:：]\\s*$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…\"“”»」。！？]\\s*$");

    private BodyFilter() {
    }

    /** A sentence or more: long enough, or ending as sentences end. */
    private static boolean isProse(String text) {
        return text.length() >= 80 || SENTENCE_END.matcher(text).find();
    }

    /**
     * A section heading that is not a sentence (a pull quote is) or a short line that announces what follows ("Lue aiheesta lisää:", "Nos services"),
     * standing after the body's last prose: what it announced was a rail or a list of links that is gone.
     */
    private static boolean introducesNothing(BlockCollector.Block b) {
        String t = b.text();
        if (t.length() > MAX_DANGLING) {
            return false;
        }
        return DANGLING_COLON.matcher(t).find() || b.heading() && !SENTENCE_END.matcher(t).find();
    }

    /**
     * A short line with a link that ends on a word pointing at the link ("… findest Du hier.", "… read it here.",
     * "… lee aquí", "… cliquez ici", "… leggi qui", "… czytaj tutaj"): a pointer to another page, printed after the
     * article. Only at the body's end, where nothing of the article follows it.
     */
    private static boolean pointsElsewhere(BlockCollector.Block b) {
        String t = b.text();
        return t.length() <= MAX_POINTER && b.linkShare() > 0 && POINTER.matcher(t).find();
    }

    /** Longest line read as a pointer to another page. */
    private static final int MAX_POINTER = 160;
    /** A line ending on "here" in German, English, Spanish, Portuguese, French, Italian, Polish, Czech, Dutch, Swedish. */
    private static final Pattern POINTER = Pattern.compile(
            "(?iu)(?:^|\\s)(?:hier|here|aquí|aqui|acá|ici|qui|tutaj|tady|zde|här)\\s*[.!:»\"”)]*\\s*$");

    /** Link share from which a line reads as a link to elsewhere rather than prose with a link in it. */
    private static final double LINK_DENSE = 0.5;
    /** Longest line of a closing run of links: a headline with its date or a profile's address, not a paragraph. */
    private static final int MAX_RUN_LINE = 200;
    /** Longest unlinked line inside a closing run of links: a date, a reading time, a label between the links. */
    private static final int MAX_RUN_LABEL = 40;
    /** Fewest link-dense lines that make a closing run. */
    private static final int RUN_LINKS = 2;
    /** Fewest words of a link-dense line of the run: a headline or a sentence, not a linked address or number. */
    private static final int RUN_WORDS = 3;
    /** Characters of prose that must stay before a closing run for it to be cut. */
    private static final int PROSE_BEFORE_RUN = 300;

    /**
     * Where the body stops before a closing run of links: from {@code end} back, the lines that are each mostly
     * link text in three words or more (teasers of other stories with their dates, "This entry was posted in …";
     * a linked address or telephone number is an article's own contact detail, not a pointer) or short
     * unlinked labels between them, with at least two link-dense lines, after 300 characters of prose. The
     * run starts at its first link-dense line, so a short closing line of the article before it (a sign-off, a
     * source) stays; a single linked line stays too (an article may end on its own reference).
     */
    static int beforeLinkRun(List<BlockCollector.Block> blocks, int end) {
        int start = end;
        int dense = 0;
        int firstDense = end;
        while (start > 0) {
            BlockCollector.Block b = blocks.get(start - 1);
            int len = b.text().length();
            if (b.linkShare() >= LINK_DENSE && len <= MAX_RUN_LINE && words(b.text()) >= RUN_WORDS) {
                dense++;
                firstDense = start - 1;
            } else if (len > MAX_RUN_LABEL || isProse(b.text()) && !b.heading()) {
                break;
            }
            start--;
        }
        if (dense < RUN_LINKS) {
            return end;
        }
        int prose = 0;
        for (int i = 0; i < firstDense && prose < PROSE_BEFORE_RUN; i++) {
            BlockCollector.Block b = blocks.get(i);
            if (b.linkShare() < LINK_DENSE && isProse(b.text())) {
                prose += b.text().length();
            }
        }
        return prose >= PROSE_BEFORE_RUN ? firstDense : end;
    }

    /**
     * A paragraph cut off by a machine, as lists of other posts print their excerpts: ending on an ellipsis glued
     * to the last word or mark ("… une perquisition au domi…", "… à l'école primaire de «…"; an ellipsis after a
     * space or a full stop is a writer's) or on WordPress's bracketed one ("[…]", "[...]", "[&amp;hellip;]").
     */
    private static final Pattern CUT_OFF = Pattern.compile("(?:[^\\s.?!](?:…|\\.{3})|\\[(?:…|\\.{3}|&hellip;)\\])\\s*$");
    /** Shortest excerpt of a closing run: steps of a how-to that trail off ("… ausrichten…") are shorter. */
    private static final int MIN_EXCERPT = 80;

    /**
     * Where the body stops before a closing run of excerpts of other posts: from {@code end} back, two or more
     * paragraphs of {@value #MIN_EXCERPT}+ characters cut off by a machine ({@link #CUT_OFF}), with short
     * unlinked labels between them (a date, a headline of up to {@value #MAX_RUN_LABEL} characters), after
     * {@value #PROSE_BEFORE_RUN} characters of prose. The article's own text does not end on two paragraphs cut
     * in the middle of a word; a list of teasers of other stories, printed without links once its headlines were
     * cleaned away, does.
     */
    static int beforeExcerptRun(List<BlockCollector.Block> blocks, int end) {
        int start = end;
        int excerpts = 0;
        int first = end;
        while (start > 0) {
            String t = blocks.get(start - 1).text();
            if (t.length() >= MIN_EXCERPT && CUT_OFF.matcher(t).find()) {
                excerpts++;
                first = start - 1;
            } else if (t.length() > MAX_RUN_LABEL) {
                break;
            }
            start--;
        }
        if (excerpts < 2) {
            return end;
        }
        int prose = 0;
        for (int i = 0; i < first && prose < PROSE_BEFORE_RUN; i++) {
            if (isProse(blocks.get(i).text())) {
                prose += blocks.get(i).text().length();
            }
        }
        return prose >= PROSE_BEFORE_RUN ? first : end;
    }

    /** Words of {@code text} that hold a letter ("www.example.org" is one, "02-751-1500" none). */
    private static int words(String text) {
        int words = 0;
        boolean letter = false;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                words += letter ? 1 : 0;
                letter = false;
            } else if (Character.isLetter(text.charAt(i))) {
                letter = true;
            }
        }
        return words;
    }

    /** Tags of elements inside a run of text: a paragraph's parent of this kind is not where the text stands. */
    private static final Set<String> INSIDE_TEXT = Set.of("p", "blockquote", "li", "ul", "ol", "dl", "dd", "dt",
            "td", "th", "tr", "tbody", "thead", "table", "figure", "span", "font", "b", "strong", "em", "i", "a", "center",
            "pre", "h2", "h3", "h4", "h5", "h6");

    /**
     * The element the article's text stands in, seen from the block element of its last paragraph: its nearest
     * ancestor that is a layout block (a {@code div}, a {@code section}, the {@code article}) rather than part of
     * a run of text (a list, a quote, a table); null when unknown.
     */
    static Element home(Element owner) {
        if (owner == null) {
            return null;
        }
        Element e = owner.normalName().equals("div") || owner.normalName().equals("section")
                || owner.normalName().equals("article") ? owner : owner.parent();
        while (e != null && INSIDE_TEXT.contains(e.normalName())) {
            e = e.parent();
        }
        return e;
    }

    /** Elements of lists and tables, whose lines are the article's own when it closes on a list. */
    private static final Set<String> LIST_ITEMS = Set.of("li", "dd", "dt", "td", "th");

    /** Longest line after the body's last paragraph that is read as a label of another block rather than text. */
    private static final int MAX_OUTSIDE_LINE = 120;

    /**
     * A short line that is not a sentence, after the article's last paragraph and outside the block its text stands
     * in: the label of what the page prints after the article (an author's name and title, a product or tag name, a
     * next story's kicker, a control), not a closing line of the article, which stands with its paragraphs.
     */
    static boolean outsideTheText(BlockCollector.Block b, Element home) {
        if (home == null || b.owner() == null || b.text().length() > MAX_OUTSIDE_LINE
                || SENTENCE_END.matcher(b.text()).find() || LIST_ITEMS.contains(b.owner().normalName())) {
            return false; // a list or table item among these: the article may close on its own list
        }
        for (Element p = b.owner(); p != null; p = p.parent()) {
            if (p == home) {
                return false;
            }
        }
        return true;
    }

    /** The blocks' texts without furniture, in order. */
    static List<String> filter(List<BlockCollector.Block> blocks) {
        int n = blocks.size();
        Furniture.Kind[] kinds = new Furniture.Kind[n];
        for (int i = 0; i < n; i++) {
            kinds[i] = Furniture.classify(blocks.get(i).text(), blocks.get(i).linkShare());
        }
        int end = n;
        int before = 0;
        for (int i = 0; i < n; i++) {
            if (kinds[i] == Furniture.Kind.COMMENTS && before >= PROSE_BEFORE_COMMENTS) {
                end = i;
                break;
            }
            if (kinds[i] == null) {
                before += blocks.get(i).text().length();
            }
        }
        // the last lines that point elsewhere ("Alles über Wanderschuhe findest Du hier.") are not the article's
        while (end > 0 && pointsElsewhere(blocks.get(end - 1))) {
            end--;
        }
        end = beforeLinkRun(blocks, end);
        end = beforeExcerptRun(blocks, end);
        // the edges: blocks before the first and after the last block that is not furniture at all
        int firstProse = end;
        int lastProse = -1;
        int lastText = -1;
        for (int i = 0; i < end; i++) {
            if (kinds[i] == null && isProse(blocks.get(i).text())) {
                firstProse = Math.min(firstProse, i);
                lastProse = i;
                if (!blocks.get(i).heading()) {
                    lastText = i;
                }
            }
        }
        // the header: a standfirst may stand before the date or byline line that opens the body
        int header = firstProse;
        if (firstProse < end && blocks.get(firstProse).text().length() <= STANDFIRST) {
            header = firstProse + 1;
            while (header < end && !(kinds[header] == null && isProse(blocks.get(header).text()))) {
                header++;
            }
        }
        Element home = lastText >= 0 ? home(blocks.get(lastText).owner()) : null;
        List<String> out = new ArrayList<>(end);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < end; i++) {
            Furniture.Kind kind = kinds[i];
            BlockCollector.Block b = blocks.get(i);
            if (b.text().length() >= MIN_REPEAT && !seen.add(b.text())) {
                continue; // the same paragraph again: a mobile copy, a repeated caption or teaser
            }
            if (kind == null) {
                if (lastText < 0 || i <= lastText || !introducesNothing(b) && !outsideTheText(b, home)) {
                    out.add(b.text());
                }
                continue;
            }
            boolean edge = i < firstProse || i > lastProse;
            boolean drop = switch (kind) {
                case READ_ALSO, CATEGORY, ADVERTISING, EMBED_NOTICE, CONTROL, CREDIT -> true;
                case CALL_TO_ACTION -> edge || b.linkShare() >= 0.3
                        || b.text().length() <= 300 && Furniture.callsToAction(b.text()) >= 2;
                case METADATA -> edge || i < header;
                case COMMENTS -> i > lastProse;
            };
            if (!drop) {
                out.add(b.text());
            }
        }
        return out;
    }
}
