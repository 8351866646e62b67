package org.attache.extract.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.attache.api.DateProvenance;
import org.attache.extract.date.HtmlDates.Candidate;
import org.attache.extract.date.HtmlDates.Kind;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The dates a page shows its reader: a {@code <time>} in the article's header, the date printed next to the
 * headline or byline (in the page's language), an announced publication date ("Veröffentlicht am …"), a
 * date-named element and, last, the first date on a line of its own in the article's block. The page's text is
 * read in reading order without its foreign parts (rails, lists of other posts, comments, embeds), so none of
 * their dates is ever a candidate.
 */
final class VisibleDates {
    /** Characters of page text before the headline still read as its header (kicker, date bar). */
    private static final int BEFORE_HEADLINE = 200;
    /** Characters of page text after the headline read as its byline area. */
    private static final int AFTER_HEADLINE = 800;
    /** Class or id words, or parts of them, of an element that prints the article's date or byline. */
    private static final List<String> DATED_WORDS = List.of("publish", "pubdate", "posted", "created", "submitted",
            "date", "datum", "time", "fecha", "data", "meta", "byline");
    private static final Pattern MODIFIED_WORD = Pattern.compile("updated|modified|changed|aktualisiert|geändert",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE_CLASS = Pattern.compile("author|autor|auteur|autore|byline|credit", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE_PLACE = Pattern.compile("\\p{Lu}[\\p{L}\\p{M} .'/-]{0,40}(?:,|\\(|,\\s*\\()");
    private static final Pattern DATELINE_END = Pattern.compile("\\s*\\)?\\s*(?:[.:–—-]|$)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"“”»«']?$");
    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("\\.\\d{2}$");
    /** Words that, printed just before a date, say it is the publication date (a byline's "am", "le", "on"). */
    private static final Pattern PUBLISHED_CUE = Pattern.compile(
            "(?:ver(?:ö|oe)ffentlicht|publiziert|erschienen|geschrieben|gespeichert|erstellt|datum|published|posted|written"
                    + "|date|publié|publiée|mis en ligne|publicado|publicada|fecha|pubblicato|data|opublikowano|dodano"
                    + "|gepubliceerd|geplaatst|publicerad|publiceret|publisert|julkaistu|опубликовано|発行|发布)"
                    + "\\s*(?:am|on|le|el|il|dnia|op|em|:)?\\s*[:|/\\-–,]?\\s*(?:\\p{L}+,?\\s*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words announcing a publication date wherever they stand on the page. */
    private static final Pattern ANNOUNCEMENT = Pattern.compile(
            "(?:ver(?:ö|oe)ffentlicht|publiziert|erschienen|published|posted|publié|publiée|mis en ligne|publicado|publicada"
                    + "|pubblicato|opublikowano|gepubliceerd|geplaatst|publicerad|publiceret|publisert|julkaistu|опубликовано"
                    + "|发布时间|发布于|発行日|公開日|게시일|등록일)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** {@link #ANNOUNCEMENT} searched through the page's text only where one of its words can open. */
    private static final LiteralOpenings ANNOUNCEMENT_SEARCH = new LiteralOpenings(ANNOUNCEMENT);
    /** Words that, printed just before a date, make it the modification date (CLDR has no such list). */
    private static final Pattern UPDATE_CUE = Pattern.compile(
            "(?:updated?|last modified|modified|aktualisiert|zuletzt ge(?:ändert|aktualisiert)|stand|mis à jour|mise à jour"
                    + "|actualizad[oa]|actualización|aggiornat[oa]|zaktualizowan[oy]|aktualizacja|bijgewerkt|gewijzigd"
                    + "|atualizad[oa]|обновлено|оновлено|更新|aktualizováno|uppdaterad|opdateret|oppdatert|päivitetty)"
                    + "\\s*(?:am|on|le|el|il|dnia|op|em|:|,)?\\s*[:\\-–]?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);


    private VisibleDates() {
    }


    /** The page's text in reading order, with where each element starts, skipping the foreign parts. */
    private static final class PageText {
        final StringBuilder text = new StringBuilder();
        final Map<Element, Integer> starts = new IdentityHashMap<>();
        final Map<Element, Integer> ends = new IdentityHashMap<>();
        final List<Element> times = new ArrayList<>();
        final List<Element> dated = new ArrayList<>();
        /** Start offsets of the text nodes, and the element each belongs to. */
        final List<Integer> segmentStarts = new ArrayList<>();
        final List<Element> segmentParents = new ArrayList<>();

        /** The element whose text holds offset {@code at}, or null. */
        Element elementAt(int at) {
            int i = java.util.Collections.binarySearch(segmentStarts, at);
            i = i >= 0 ? i : -i - 2;
            return i < 0 ? null : segmentParents.get(i);
        }
    }

    private static PageText read(Document doc, ArticleRegion region) {
        PageText page = new PageText();
        Element body = doc.body();
        if (body == null) {
            return page;
        }
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("script") || tag.equals("style") || (e != body && region.foreign(e))) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    page.starts.put(e, page.text.length());
                    if (tag.equals("time") || tag.equals("abbr") && e.hasAttr("title")
                            || e.hasAttr("title") && e.className().toLowerCase(Locale.ROOT).contains("published")) {
                        page.times.add(e);
                    }
                    if (e != body && datedName(region, e)) {
                        page.dated.add(e);
                    }
                    if (e.isBlock() || tag.equals("br")) {
                        page.text.append('\n');
                    }
                } else if (node instanceof TextNode t && !(node instanceof DataNode)) {
                    String s = t.text();
                    if (!s.isBlank() && t.parent() instanceof Element parent) {
                        page.segmentStarts.add(page.text.length());
                        page.segmentParents.add(parent);
                        page.text.append(s.replace('\u00a0', ' ')).append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    page.ends.put(e, page.text.length());
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return page;
    }

    private static boolean datedName(ArticleRegion region, Element e) {
        for (String w : region.words(e)) {
            if (w.contains("update") || w.contains("modif")) {
                continue;
            }
            for (String k : DATED_WORDS) {
                if (w.contains(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    static void fromPage(Document doc, ArticleRegion region, String language, List<Candidate> out) {
        PageText page = read(doc, region);
        String text = page.text.toString();
        Element headline = region.headline();
        Integer hStart = headline == null ? null : page.starts.get(headline);
        Integer hEnd = headline == null ? null : page.ends.get(headline);
        int from = hStart == null ? -1 : Math.max(0, hStart - BEFORE_HEADLINE);
        int to = hEnd == null ? -1 : Math.min(text.length(), hEnd + AFTER_HEADLINE);

        // <time> and hAtom elements of the article's header
        for (Element t : page.times) {
            int at = page.starts.getOrDefault(t, -1);
            boolean near = hStart != null && at >= from && at <= to;
            String raw = t.hasAttr("datetime") ? t.attr("datetime") : t.hasAttr("title") && !t.normalName().equals("time")
                    ? t.attr("title") : t.text();
            Stamp s = Stamp.parse(raw, language);
            if (s == null) {
                continue;
            }
            String cls = (t.className() + " " + t.attr("itemprop")).toLowerCase(Locale.ROOT);
            boolean modified = MODIFIED_WORD.matcher(cls).find() && !cls.contains("publish");
            int rank = near ? 40 : hStart == null ? 45 : 85;
            if (!near && !t.normalName().equals("time") && !cls.contains("published")) {
                continue; // far from the headline, only a <time> or an hAtom "published" still says it is a date
            }
            out.add(new Candidate(modified ? Kind.MODIFIED : Kind.PUBLISHED, s, DateProvenance.TIME_ELEMENT, rank,
                    printed(t, language), "time " + cls.strip() + ": " + raw));
        }

        // the date printed next to the headline or byline
        DayOrder order = DayOrder.of(text);
        if (order == DayOrder.UNKNOWN) {
            order = localeOrder(doc);
        }
        if (hStart != null) {
            String window = text.substring(from, to);
            int headlineAt = hStart - from;
            int headlineEnd = hEnd - from;
            for (PrintedDates.Found f : PrintedDates.findAll(window, language, order, true)) {
                boolean after = f.start() >= headlineEnd;
                boolean before = f.end() <= headlineAt;
                if (!after && !before) {
                    continue; // inside the headline itself: part of the title
                }
                Element holder = page.elementAt(from + f.start());
                String lead = window.substring(Math.max(0, f.start() - 40), f.start());
                String printedText = window.substring(f.start(), f.end());
                boolean dated = datedHolder(region, holder, true);
                boolean marked = dated || PUBLISHED_CUE.matcher(lead).find() || UPDATE_CUE.matcher(lead).find();
                if (!datedHolder(region, holder, false) && prose(holder) && !dateline(window, f)
                        || !marked && (!region.titled() || TWO_DIGIT_YEAR.matcher(printedText).find())) {
                    continue; // a date in running text, or near a heading that is not the article's, tells nothing
                }
                int distance = after ? f.start() - headlineEnd : headlineAt - f.end();
                Kind kind = UPDATE_CUE.matcher(lead).find() ? Kind.MODIFIED : Kind.PUBLISHED;
                int rank = (marked ? 70 : 74) + (after ? 0 : 1) + Math.min(distance / 100, 4);
                out.add(new Candidate(kind, new Stamp(f.day(), f.day().toString(), null, false),
                        DateProvenance.VISIBLE_TEXT, rank, null, "near headline: " + printedText));
            }
        }
        // an announced date (rank 82) can only be chosen when no publication date is more trusted: the page's text
        // is searched for announcements only then
        if (out.stream().noneMatch(c -> c.kind() == Kind.PUBLISHED && c.stamp() != null && c.rank() < 82)) {
            Candidate announced = announced(page, text, region, language, order);
            if (announced != null) {
                out.add(announced);
            }
        }
        // a date-named element of the article ("date", "datum", "posted-on") that prints a day
        for (Element e : page.dated) {
            String own = e.text();
            if (own.length() > 120) {
                continue;
            }
            List<PrintedDates.Found> found = PrintedDates.findAll(own, language, order, true);
            if (!found.isEmpty()) {
                LocalDate d = found.getFirst().day();
                String lead = own.substring(0, found.getFirst().start());
                Kind kind = UPDATE_CUE.matcher(lead).find() ? Kind.MODIFIED : Kind.PUBLISHED;
                out.add(new Candidate(kind, new Stamp(d, d.toString(), null, false), DateProvenance.VISIBLE_TEXT, 80, null,
                        "dated element ." + e.className() + ": " + own));
                break;
            }
        }
        if (out.stream().noneMatch(c -> c.stamp() != null && c.rank() < 90)) {
            Candidate inArticle = firstInArticle(page, text, region, language, order); // only read when nothing better
            if (inArticle != null) {
                out.add(inArticle);
            }
        }
    }

    /** The numeric date order of the page's declared locale: month first in the United States, day first elsewhere in English. */
    private static DayOrder localeOrder(Document doc) {
        Element html = doc.selectFirst("html");
        String tag = html == null ? "" : html.attr("lang").strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (tag.equals("en-us")) {
            return DayOrder.MONTH_FIRST;
        }
        return tag.startsWith("en-") ? DayOrder.DAY_FIRST : DayOrder.UNKNOWN;
    }

    /**
     * The first date the article's page announces as its publication anywhere outside the foreign parts
     * ("Veröffentlicht am 3. Februar 2022", "Publié le …", "Published on …"), when it is not running text.
     */
    private static Candidate announced(PageText page, String text, ArticleRegion region, String language, DayOrder order) {
        LiteralOpenings.Search cue = ANNOUNCEMENT_SEARCH.matcher(text);
        while (cue.find()) {
            int from = cue.end();
            String after = text.substring(from, Math.min(text.length(), from + 60));
            List<PrintedDates.Found> found = PrintedDates.findAll(after, language, order, false);
            if (found.isEmpty() || found.getFirst().start() > 25) {
                continue;
            }
            Element holder = page.elementAt(from + found.getFirst().start());
            if (holder == null || prose(holder) && !datedHolder(region, holder, false)) {
                continue;
            }
            LocalDate d = found.getFirst().day();
            return new Candidate(Kind.PUBLISHED, new Stamp(d, d.toString(), null, false), DateProvenance.VISIBLE_TEXT, 82,
                    null, "announced: " + cue.group() + after.substring(0, found.getFirst().end()));
        }
        return null;
    }

    /**
     * The first date printed on a line of its own (not running text) inside the block that holds the whole
     * article ({@code <article>}, {@code <main>}): the least trusted place a page shows its date, used only
     * when nothing better says it.
     */
    private static Candidate firstInArticle(PageText page, String text, ArticleRegion region, String language,
                                            DayOrder order) {
        Element root = region.articleRoot();
        Integer start = root == null ? null : page.starts.get(root);
        Integer end = root == null ? null : page.ends.get(root);
        if (start == null || end == null) {
            return null;
        }
        String inside = text.substring(start, Math.min(end, start + 20_000));
        for (PrintedDates.Found f : PrintedDates.findAll(inside, language, order, false)) {
            Element holder = page.elementAt(start + f.start());
            if (holder == null || prose(holder)) {
                continue;
            }
            String lead = inside.substring(Math.max(0, f.start() - 40), f.start());
            Kind kind = UPDATE_CUE.matcher(lead).find() ? Kind.MODIFIED : Kind.PUBLISHED;
            return new Candidate(kind, new Stamp(f.day(), f.day().toString(), null, false), DateProvenance.VISIBLE_TEXT, 87,
                    null, "in the article: " + inside.substring(f.start(), f.end()));
        }
        return null;
    }

    /**
     * Whether the element holding a printed date, or one of its near ancestors, is named as a date or (when
     * {@code byline}) as a byline or credit. A byline's name marks a short line only: a sentence of a caption
     * in a "credits" block is running text.
     */
    private static boolean datedHolder(ArticleRegion region, Element holder, boolean byline) {
        Element e = holder;
        for (int i = 0; i < 3 && e != null && !e.normalName().equals("body"); i++, e = e.parent()) {
            if (e.normalName().equals("time") || datedName(region, e)) {
                return true;
            }
            if (!byline) {
                continue;
            }
            for (String w : region.words(e)) {
                if (BYLINE_CLASS.matcher(w).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a date opens its paragraph as a dateline does: after nothing or a place and a comma or
     * parenthesis ("Karlsruhe, (12.11.2021).", "BERLIN, 12. November 2021 –"), and before a separator.
     */
    private static boolean dateline(String window, PrintedDates.Found f) {
        int lineStart = window.lastIndexOf('\n', f.start()) + 1;
        String before = window.substring(lineStart, f.start()).strip();
        String after = window.substring(f.end(), Math.min(window.length(), f.end() + 4));
        return (before.isEmpty() || DATELINE_PLACE.matcher(before).matches()) && DATELINE_END.matcher(after).lookingAt();
    }

    /**
     * Whether the element is (inside) a block of running text (a dozen words or more, long or a sentence), not a
     * byline. The block's own text is measured, without the blocks inside it: a date line that shares its block
     * with the headline and the lead paragraphs (a header in a figcaption) is not running text.
     */
    private static boolean prose(Element holder) {
        Element e = holder;
        while (e != null && !e.isBlock()) {
            e = e.parent();
        }
        if (e == null) {
            return false;
        }
        String text = ownInlineText(e).strip();
        int words = text.isEmpty() ? 0 : text.split("\\s+").length;
        return words >= 12 && (text.length() > 150 || SENTENCE_END.matcher(text).find());
    }

    /** The text of {@code block} outside the blocks nested in it. */
    private static String ownInlineText(Element block) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e != block && e.isBlock()) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t) {
                    out.append(t.text()).append(' ');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, block);
        return out.toString().replaceAll("\\s+", " ");
    }

    /** The day printed as the element's own text, when there is exactly one. */
    static LocalDate printed(Element e, String language) {
        String own = e.text();
        if (own.isBlank() || own.length() > 80) {
            return null;
        }
        List<PrintedDates.Found> found = PrintedDates.findAll(own, language, DayOrder.UNKNOWN, true);
        return found.size() == 1 ? found.getFirst().day() : null;
    }
}
