package org.attache.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the chosen container into paragraphs in reading order. Block-level elements (and {@code <br>}
 * pairs) end a paragraph; inline content is joined. Figures and captions go to the caption list with
 * their photo credits stripped; the headline ({@code <h1>}) and link-only lines (navigation that
 * survived cleaning) are skipped.
 */
final class BlockCollector {
    private static final Pattern CAPTION_NAME = Pattern.compile("caption|wp-caption-text", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_NAME = Pattern.compile("credit|copyright|photographer|source|byline",
            Pattern.CASE_INSENSITIVE);
    /** Where a credit starts in a caption, e.g. "(Photo: X/Agency)", "Credit: X", "Image by X", "© X". */
    private static final Pattern CREDIT_START = Pattern.compile(
            "(?:^|\\s)[\\[(]?\\s*(?:(?:(?:photo|image|picture|foto|photograph|illustration|graphic)s?"
                    + "(?:\\s+(?:by|credit|courtesy(?:\\s+of)?))?|credits?|source|courtesy(?:\\s+of)?)\\s*[:：]"
                    + "|(?:photo|image|picture)s?\\s+(?:by|courtesy)\\s"
                    + "|©|\\(c\\)\\s|copyright\\b)",
            Pattern.CASE_INSENSITIVE);

    /** A paragraph introduced as a pointer to another story. */
    private static final Pattern INLINE_RAIL = Pattern.compile(
            "^(?:related|read more|read also|also read|see also|also|more|recommended|watch|listen|"
                    + "you (?:may|might) also like|further reading)\\b[^:]{0,30}:", Pattern.CASE_INSENSITIVE);

    private final List<Block> blocks = new ArrayList<>();
    private final List<String> captions = new ArrayList<>();
    private final List<Integer> captionAt = new ArrayList<>();
    private final StringBuilder buf = new StringBuilder();
    private int linkChars;
    private int inLink;
    private int inHeading;
    /** The block elements open where the walk stands, innermost last. */
    private final List<Element> open = new ArrayList<>();

    private final NodeStats stats;

    private BlockCollector(NodeStats stats) {
        this.stats = stats;
    }

    /**
     * One paragraph with the share of its letters inside links; {@code heading} when it is the text of a
     * section heading ({@code <h2>}–{@code <h6>}); {@code owner} is the innermost block element it was read from
     * (null for text found elsewhere: a lead, a caption read as a paragraph), so callers can tell whether two
     * paragraphs stand in the same part of the page.
     */
    record Block(String text, double linkShare, boolean heading, Element owner) {
        Block(String text, double linkShare) {
            this(text, linkShare, false, null);
        }

        Block(String text, double linkShare, boolean heading) {
            this(text, linkShare, heading, null);
        }
    }

    /**
     * Collected paragraphs and captions of {@code root}; {@code captionAt} gives, for each caption, the number
     * of paragraphs that precede it.
     */
    record Result(List<Block> blocks, List<String> captions, List<Integer> captionAt) {
        /** The paragraphs' texts in order. */
        List<String> paragraphs() {
            return blocks.stream().map(Block::text).toList();
        }

        /**
         * A gallery told in its captions (three or more, with more text than the
         * paragraphs around them) has them read as paragraphs in their places; any other result is returned as is.
         */
        Result galleryRead() {
            if (captions.size() < GALLERY_CAPTIONS) {
                return this;
            }
            int captionChars = 0;
            for (String c : captions) {
                captionChars += Texts.wordChars(c);
            }
            int bodyChars = 0;
            for (Block b : blocks) {
                bodyChars += Texts.wordChars(b.text());
            }
            if (captionChars <= bodyChars) {
                return this;
            }
            List<Block> merged = new ArrayList<>();
            int c = 0;
            for (int i = 0; i <= blocks.size(); i++) {
                while (c < captions.size() && captionAt.get(c) == i) {
                    merged.add(new Block(captions.get(c++), 0));
                }
                if (i < blocks.size()) {
                    merged.add(blocks.get(i));
                }
            }
            return new Result(merged, List.of(), List.of());
        }
    }

    /** Fewest captions that make a gallery whose captions are its text. */
    private static final int GALLERY_CAPTIONS = 3;

    static Result collect(List<Element> roots) {
        return collect(roots, null);
    }

    /** Collects {@code roots} in order; {@code stats}, when given, measures them (else they are read). */
    static Result collect(List<Element> roots, NodeStats stats) {
        BlockCollector c = new BlockCollector(stats);
        for (Element root : roots) {
            c.open.clear();
            c.open.add(root);
            c.read(root);
            c.flush();
        }
        return new Result(c.blocks, c.captions, c.captionAt);
    }

    /** Reads {@code root}'s subtree in document order, without recursion (pages nest thousands deep). */
    private void read(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node n, int depth) {
                if (n instanceof TextNode t) {
                    String w = t.getWholeText();
                    buf.append(w);
                    if (inLink > 0) {
                        linkChars += Texts.wordChars(w);
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(n instanceof Element c)) {
                    return FilterResult.CONTINUE;
                }
                String tag = c.normalName();
                if (tag.equals("br")) {
                    buf.append('\n');
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("figcaption") || tag.equals("figure") && !hasProse(c) || isCaption(c)) {
                    flush();
                    addCaption(c);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("h1")) {
                    flush();
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("img") || tag.equals("picture")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (ContentScorer.BLOCK_TAGS.contains(tag)) {
                    flush();
                    open.add(c);
                }
                if (tag.equals("a")) {
                    inLink++;
                }
                if (isSectionHeading(tag)) {
                    inHeading++;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node n, int depth) {
                if (n instanceof Element c) {
                    String tag = c.normalName();
                    if (tag.equals("a")) {
                        inLink--;
                    }
                    if (ContentScorer.BLOCK_TAGS.contains(tag)) {
                        flush();
                        if (!open.isEmpty() && open.get(open.size() - 1) == c) {
                            open.remove(open.size() - 1);
                        }
                    }
                    if (isSectionHeading(tag)) {
                        inHeading--;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private static boolean isSectionHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6';
    }

    private static boolean hasProse(Element fig) {
        for (Element p : fig.getElementsByTag("p")) {
            if (p.closest("figcaption") == null && p.text().length() > 80) {
                return true;
            }
        }
        return false;
    }

    private boolean isCaption(Element e) {
        String ci = DomCleaner.classId(e);
        if (ci.isEmpty()) {
            return false;
        }
        if (ci.contains("wp-caption") && !ci.contains("text")) {
            return true;
        }
        return CAPTION_NAME.matcher(ci).find() && !ContentScorer.hasBlockChild(e)
                && (stats != null && stats.knows(e) ? stats.text(e) : e.text().length()) < 600;
    }

    private void addCaption(Element c) {
        Element copy = c.clone();
        for (Element x : new ArrayList<>(copy.getAllElements())) {
            if (x != copy && x.parent() != null && CREDIT_NAME.matcher(DomCleaner.classId(x)).find()) {
                x.remove();
            }
        }
        String t = Texts.norm(copy.text());
        t = stripCredit(t);
        if (t != null && !t.isEmpty() && !captions.contains(t)) {
            captions.add(t);
            captionAt.add(blocks.size());
        }
    }

    /** Removes a photo credit phrase from a caption. */
    static String stripCredit(String caption) {
        if (caption == null) {
            return null;
        }
        Matcher m = CREDIT_START.matcher(caption);
        while (m.find()) {
            if (caption.length() - m.start() <= 150) {
                return caption.substring(0, m.start()).strip();
            }
        }
        return caption.strip();
    }

    private void flush() {
        if (buf.isEmpty()) {
            return;
        }
        String raw = buf.toString();
        int links = linkChars;
        buf.setLength(0);
        linkChars = 0;
        int rawChars = Math.max(1, Texts.wordChars(raw));
        int added = 0;
        for (String part : raw.split("\\n\\s*\\n")) {
            String t = Texts.norm(part);
            if (t == null || t.isEmpty() || Texts.wordChars(t) == 0) {
                continue;
            }
            if (links > 0 && links >= 0.5 * Texts.wordChars(t) && INLINE_RAIL.matcher(t).find()) {
                continue; // "Related: <link>" / "Read more: <link>" teaser inside the prose
            }
            blocks.add(new Block(t, Math.min(1, (double) links / rawChars), inHeading > 0,
                    open.isEmpty() ? null : open.get(open.size() - 1)));
            added++;
        }
        if (added > 0 && links > 0 && links >= rawChars * 0.9 && rawChars < 120) {
            // a line that is nothing but a link: navigation, not prose
            String last = Texts.norm(raw);
            if (blocks.get(blocks.size() - 1).text().equals(last)) {
                blocks.remove(blocks.size() - 1);
            }
        }
    }
}
