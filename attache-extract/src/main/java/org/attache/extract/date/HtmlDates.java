package org.attache.extract.date;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.api.DateProvenance;
import org.attache.api.PublishedDate;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds an article's publication and modification dates on its HTML page, most trusted evidence first:
 * structured data (JSON-LD, {@code <meta>} tags, {@code itemprop} microdata, {@code <time>} in the article's
 * own header, Dublin Core in embedded RDF, a page script's {@code pubdate}), then the date printed next to
 * the headline or byline in the page's language, then a date in the URL. A date inside a rail, a list of
 * other posts, a comment or an embed is never taken, a modification date never stands in for a
 * publication date the page states (it is the date only when the page gives no other), and a timestamp's day is taken in its own offset (or the page's, when the timestamp
 * is in UTC and the page states its own). Null when the page states no date. Stateless and thread-safe.
 */
public final class HtmlDates {
    private static final Logger LOG = LoggerFactory.getLogger(HtmlDates.class);
    /** Characters of page text before the headline still read as its header (kicker, date bar). */
    private static final int BEFORE_HEADLINE = 200;
    /** Characters of page text after the headline read as its byline area. */
    private static final int AFTER_HEADLINE = 800;

    private static final Set<String> PUBLISHED_METAS = Set.of("article:published_time", "og:article:published_time",
            "article:published", "og:published_time", "published_time", "article.published", "datepublished",
            "publishdate", "publish-date", "publish_date", "pubdate", "publication_date", "publication-date",
            "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date.created",
            "dcterms.created", "dc.date.published", "article_date_original", "original-publish-date", "date.created",
            "cxenseparse:recs:publishtime", "og:pubdate", "bt:pubdate", "rnews:datepublished", "citation_publication_date",
            "citation_date", "creation_date", "date.issued", "firstpublishedtime", "published-date", "release_date",
            "pdate", "ptime", "displaydate", "originalpublicationdate", "date_published", "date_created", "datecreated",
            "shareaholic:article_published_time", "article.created", "publish_time", "article:post_date",
            "dc.date.available", "dcterms.available", "og:article:published");
    private static final Set<String> GENERIC_METAS = Set.of("date", "dc.date", "dcterms.date", "dc:date");
    private static final Set<String> MODIFIED_METAS = Set.of("article:modified_time", "og:article:modified_time",
            "og:updated_time", "article:modified", "modified_time", "datemodified", "last-modified", "lastmod",
            "dc.date.modified", "dcterms.modified", "revised", "date.modified", "lastmodifiedtime", "updated_time",
            "article.updated", "parsely-updated", "sailthru.lastmodified");
    private static final Pattern SCRIPT_PUBLISHED = Pattern.compile(
            "[\"']?\\b(?:pub_?date|publish(?:ed)?_?(?:date|at|time|on)|date_?published|publication_?date|first_?published(?:_?(?:at|date))?"
                    + "|article_?publish(?:ed)?_?(?:date|time))[\"']?\\s*[:=]\\s*[\"']([^\"'<>]{6,40})[\"']",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RDF_DATE = Pattern.compile(
            "dc:date\\s*=\\s*[\"']([^\"']{6,40})[\"']|<dc:date>\\s*([^<]{6,40})</dc:date>", Pattern.CASE_INSENSITIVE);
    /** A full timestamp as a publishing system writes it into markup or a script: day, time of day, offset. */
    private static final Pattern MARKUP_TIMESTAMP = Pattern.compile(
            "(?<![\\d-])(?:19|20)\\d\\d-[01]\\d-[0-3]\\d[T ][0-2]\\d:[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+-][0-2]\\d:?[0-5]\\d)?(?![\\d:])");
    /** Key or attribute words that make a timestamp another moment than the publication (last part of its key). */
    private static final Pattern MARKUP_OTHER_MOMENT = Pattern.compile(
            "(?:modif|updat|edit|chang|revis|expir|now|current|server|build|deploy|cache|render|generat|request|start|end"
                    + "|until|valid|birth|comment|reply|login|session|crawl|fetch|index)[\\w-]*[\"']?\\s*[:=]?\\s*[\"']?$",
            Pattern.CASE_INSENSITIVE);
    /** Attribute names that say their value is a date ({@code data-date}, {@code data-publication}, {@code data-datum}). */
    private static final Pattern DATE_ATTRIBUTE = Pattern.compile("date|datum|fecha|publish|publica|pubdate|posted");
    /** The end of a script's key before its value: {@code "published": "}, {@code date = '}. */
    private static final Pattern KEYED_VALUE = Pattern.compile("[\\p{L}_$][\\w$.-]*[\"']?\\s*[:=]\\s*[\"']?$");
    /** A time of day of exactly midnight: a day stored as a timestamp, not the moment it was published. */
    private static final Pattern MIDNIGHT = Pattern.compile("[T ]00:00(?::00(?:\\.0+)?)?(?![:.\\d])");
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

    /** Item types of an article or a post in microdata (schema.org Article and its kinds, BlogPosting). */
    private static final Pattern ARTICLE_ITEM = Pattern.compile("(?i)article|posting|report");

    /** Whether a candidate tells when the article was published or when it was modified. */
    enum Kind { PUBLISHED, MODIFIED }

    /**
     * One date found on the page.
     *
     * @param kind       published or modified
     * @param stamp      the date
     * @param provenance where it was read
     * @param rank       trust, lower is more trusted: 10 JSON-LD of the article, 20 publication metas, 25
     *                   microdata, 30 JSON-LD of the page, 40 the header's {@code <time>}, 42 a bare "date"
     *                   meta, 50 RDF, 60 a script's {@code pubdate}, 70–79 the date printed by the headline
     *                   (marked by a cue or a date-named element before plain), 80–85 the date of a date-named
     *                   element, an announced date or a {@code <time>} elsewhere in the article, 87 the first
     *                   date on a line of its own in the article's block, 90 the URL, 91 a date-named attribute
     *                   and 92 a keyed timestamp in the markup (read only when nothing else dates the page), 95 an HTTP
     *                   Last-Modified copied into a meta tag (never taken as the article's date)
     * @param printed    the day printed in the same element, when the element shows one (for the offset rule)
     * @param source     what exactly was read, for diagnostics
     */
    record Candidate(Kind kind, Stamp stamp, DateProvenance provenance, int rank, LocalDate printed, String source) {
    }

    private HtmlDates() {
    }

    /**
     * The dates the article states about itself.
     *
     * @param doc      the parsed page, unchanged by cleaning
     * @param jsonLd   the page's JSON-LD nodes, flattened, in page order
     * @param titles   the page's title strings (og:title, JSON-LD headline, {@code <title>}), to find its headline
     * @param language the page's declared language (ISO 639-1), or null
     * @param url      the page's URL (given, or canonical from the page), or null
     */
    public static ArticleDates find(Document doc, List<JsonNode> jsonLd, List<String> titles, String language, String url) {
        List<Candidate> candidates = candidates(doc, jsonLd, titles, language, url);
        ArticleDates dates = choose(candidates);
        if (LOG.isDebugEnabled()) {
            LOG.debug("dates of {}: {}\n{}", url, dates, describe(candidates));
        }
        return dates;
    }

    /** Every date candidate of the page, in no particular order. */
    static List<Candidate> candidates(Document doc, List<JsonNode> jsonLd, List<String> titles, String language,
                                      String url) {
        List<Candidate> out = new ArrayList<>();
        fromJsonLd(jsonLd, language, out);
        fromMeta(doc, language, out);
        ArticleRegion region = new ArticleRegion(doc, titles);
        fromMicrodata(doc, region, language, out);
        fromRdf(doc, language, out);
        fromScripts(doc, language, out);
        fromPage(doc, region, language, out);
        String fromUrl = PublishedDateResolver.urlDate(url);
        if (fromUrl != null) {
            out.add(new Candidate(Kind.PUBLISHED, Stamp.parse(fromUrl, null), DateProvenance.URL, 90, null, url));
        }
        out.removeIf(c -> c.stamp() == null);
        if (out.stream().allMatch(c -> c.rank() >= 95)) {
            Candidate written = markupTimestamp(doc, region, language); // only read when nothing else dates the page
            if (written != null) {
                out.add(written);
            }
        }
        return out;
    }

    /**
     * The most trusted publication date (or, when the page states none, its most trusted modification date),
     * the most trusted modification date not before it, each in the page's offset. When the day printed by the headline disagrees with the most trusted structured date, a
     * structured date that agrees with it wins; and a UTC timestamp one day off the printed day gives way to
     * the printed day, which is the page's own.
     */
    static ArticleDates choose(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return ArticleDates.NONE;
        }
        ZoneOffset pageOffset = pageOffset(candidates);
        Candidate published = best(candidates, Kind.PUBLISHED);
        Candidate modified = best(candidates, Kind.MODIFIED);
        if (published == null && modified != null && modified.rank() < 90) {
            // the page states only when the article was last changed ("Stand:", "Aktualisiert am", dateModified):
            // that is the one day it gives for the article, so it stands as its date
            published = modified;
        }
        PublishedDate p = published == null ? null : date(published, pageOffset);
        Candidate seen = seen(candidates);
        if (published != null && seen != null && published.rank() < seen.rank()) {
            LocalDate seenDay = seen.printed() != null ? seen.printed() : seen.stamp().day();
            LocalDate structuredDay = LocalDate.parse(p.value().substring(0, 10));
            if (!structuredDay.equals(seenDay)) {
                Candidate agreeing = candidates.stream()
                        .filter(c -> c.kind() == Kind.PUBLISHED && c.rank() < 70)
                        .filter(c -> date(c, pageOffset).value().startsWith(seenDay.toString()))
                        .min(Comparator.comparingInt(Candidate::rank)).orElse(null);
                if (agreeing != null) {
                    p = date(agreeing, pageOffset);
                } else if (published.stamp().hasTime() && (published.stamp().offset() == null || published.stamp().utc())
                        && Math.abs(seenDay.toEpochDay() - structuredDay.toEpochDay()) == 1) {
                    p = new PublishedDate(seenDay.toString(), DateProvenance.VISIBLE_TEXT);
                }
            }
        }
        PublishedDate u = modified == null ? null : date(modified, pageOffset);
        if (p != null && u != null && u.value().substring(0, 10).compareTo(p.value().substring(0, 10)) < 0) {
            u = null;
        }
        return new ArticleDates(p, u);
    }

    /** The publication day the reader sees by the headline: a marked printed date, or a header {@code <time>}'s text. */
    private static Candidate seen(List<Candidate> candidates) {
        return candidates.stream()
                .filter(c -> c.kind() == Kind.PUBLISHED)
                .filter(c -> c.provenance() == DateProvenance.VISIBLE_TEXT && c.rank() < 80 || c.printed() != null)
                .min(Comparator.comparingInt(Candidate::rank)).orElse(null);
    }

    private static Candidate best(List<Candidate> candidates, Kind kind) {
        return candidates.stream().filter(c -> c.kind() == kind).min(Comparator.comparingInt(Candidate::rank)).orElse(null);
    }

    private static PublishedDate date(Candidate c, ZoneOffset pageOffset) {
        Stamp s = c.stamp();
        if (c.printed() != null && !c.printed().equals(s.day()) && Math.abs(c.printed().toEpochDay() - s.day().toEpochDay()) == 1) {
            return new PublishedDate(c.printed().toString(), c.provenance());
        }
        if (s.utc() && pageOffset != null) {
            s = s.inOffset(pageOffset);
        }
        return new PublishedDate(s.value(), c.provenance());
    }

    /** The offset the page states in its non-UTC timestamps, when they agree; else null. */
    private static ZoneOffset pageOffset(List<Candidate> candidates) {
        ZoneOffset found = null;
        for (Candidate c : candidates) {
            ZoneOffset o = c.stamp().offset();
            if (o == null || o.equals(ZoneOffset.UTC) || c.provenance() == DateProvenance.URL) {
                continue;
            }
            if (found != null && !found.equals(o)) {
                return null;
            }
            found = o;
        }
        return found;
    }

    // ---- structured data ----

    private static void fromJsonLd(List<JsonNode> nodes, String language, List<Candidate> out) {
        for (JsonNode n : nodes) {
            String type = type(n);
            int base;
            if (articleType(type)) {
                base = 10;
            } else if (type.isEmpty() || foreignType(type)) {
                continue;
            } else {
                base = 30;
            }
            add(out, Kind.PUBLISHED, text(n, "datePublished"), language, DateProvenance.JSON_LD, base, "ld " + type);
            add(out, Kind.PUBLISHED, text(n, "dateCreated"), language, DateProvenance.JSON_LD, base + 25, "ld created " + type);
            add(out, Kind.MODIFIED, text(n, "dateModified"), language, DateProvenance.JSON_LD, base, "ld modified " + type);
        }
    }

    private static void add(List<Candidate> out, Kind kind, String raw, String language, DateProvenance provenance,
                            int rank, String source) {
        Stamp s = Stamp.parse(raw, language);
        if (s != null) {
            out.add(new Candidate(kind, s, provenance, rank, null, source + ": " + raw));
        }
    }

    private static String type(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t == null) {
            return "";
        }
        return (t.isArray() ? t.toString() : t.asText()).toLowerCase(Locale.ROOT);
    }

    private static boolean articleType(String t) {
        return t.contains("article") || t.contains("blogposting") || t.contains("socialmediaposting")
                || t.contains("report") || t.contains("liveblogposting") || t.contains("discussionforumposting");
    }

    /** Types whose dates are those of something else than the page's text: people, media, comments, offers. */
    private static boolean foreignType(String t) {
        return t.contains("comment") || t.contains("person") || t.contains("organization") || t.contains("imageobject")
                || t.contains("videoobject") || t.contains("audioobject") || t.contains("mediaobject")
                || t.contains("offer") || t.contains("event") || t.contains("product") || t.contains("breadcrumb")
                || t.contains("place") || t.contains("website") || t.contains("searchaction") || t.contains("listitem");
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v != null && v.isArray()) {
            v = v.isEmpty() ? null : v.get(0);
        }
        if (v != null && v.isObject()) {
            v = v.get("@value"); // {"@type": "Date", "@value": "2022-02-03"}
        }
        return v != null && v.isValueNode() ? v.asText() : null;
    }

    private static void fromMeta(Document doc, String language, List<Candidate> out) {
        for (Element m : doc.select("meta[content]")) {
            if (m.hasAttr("itemprop") && !m.hasAttr("name") && !m.hasAttr("property")) {
                continue; // microdata: read with its item, so that a comment's date is not the article's
            }
            String name = (m.hasAttr("property") ? m.attr("property")
                    : m.hasAttr("name") ? m.attr("name") : m.attr("http-equiv")).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            String content = m.attr("content");
            if (PUBLISHED_METAS.contains(name)) {
                add(out, Kind.PUBLISHED, content, language, DateProvenance.META, 20, "meta " + name);
            } else if (GENERIC_METAS.contains(name)) {
                add(out, Kind.PUBLISHED, content, language, DateProvenance.META, 42, "meta " + name);
            } else if (MODIFIED_METAS.contains(name)) {
                // an HTTP header's Last-Modified says when the file changed, not the article
                add(out, Kind.MODIFIED, content, language, DateProvenance.META, m.hasAttr("http-equiv") ? 95 : 20,
                        "meta " + name);
            }
        }
    }

    private static void fromMicrodata(Document doc, ArticleRegion region, String language, List<Candidate> out) {
        for (Element e : doc.select("[itemprop~=(?i)^(datePublished|dateCreated|dateModified)$], [property~=(?i)"
                + "(^|\\s)(dc:date|dc:created|dc:issued|dc:modified|dcterms:(created|issued|modified|date)"
                + "|schema:date(Published|Modified|Created))(\\s|$)]")) {
            if (region.foreign(e) && !inHeadlinesItem(e, region) || inForeignItem(e)) {
                continue;
            }
            boolean rdfa = !e.hasAttr("itemprop");
            String prop = (rdfa ? e.attr("property") : e.attr("itemprop")).toLowerCase(Locale.ROOT);
            String raw = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content")
                    : e.hasAttr("title") ? e.attr("title") : e.text();
            Kind kind = prop.contains("modified") ? Kind.MODIFIED : Kind.PUBLISHED;
            int rank = prop.contains("created") && !prop.contains("date") ? 45 : 25;
            Stamp s = Stamp.parse(raw, language);
            if (s != null) {
                out.add(new Candidate(kind, s, rdfa ? DateProvenance.RDF : DateProvenance.MICRODATA, rank,
                        e.normalName().equals("meta") ? null : printed(e, language), (rdfa ? "rdfa " : "itemprop ") + prop + ": " + raw));
            }
        }
    }

    /**
     * Whether the nearest item around {@code e} is an article item that holds the headline: its date is the
     * article's property even where the page prints it in an aside or a meta column.
     */
    private static boolean inHeadlinesItem(Element e, ArticleRegion region) {
        for (Element p : e.parents()) {
            if (p.hasAttr("itemscope") || p.hasAttr("itemtype")) {
                return ARTICLE_ITEM.matcher(p.attr("itemtype")).find() && region.holdsHeadline(p);
            }
        }
        return false;
    }

    /** Microdata of a comment, a person or an item of a list is not the article's. */
    private static boolean inForeignItem(Element e) {
        for (Element p : e.parents()) {
            if (p.hasAttr("itemtype")) {
                String t = p.attr("itemtype").toLowerCase(Locale.ROOT);
                if (t.contains("comment") || t.contains("person") || t.contains("listitem") || t.contains("review")) {
                    return true;
                }
                return false;
            }
        }
        return false;
    }

    /** Dublin Core in an embedded RDF block (often inside an HTML comment, as blog engines write it). */
    private static void fromRdf(Document doc, String language, List<Candidate> out) {
        List<String> found = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment c && c.getData().contains("dc:date")) {
                Matcher m = RDF_DATE.matcher(c.getData());
                while (m.find()) {
                    found.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            } else if (node instanceof Element e && e.hasAttr("dc:date")) {
                found.add(e.attr("dc:date"));
            } else if (node instanceof Element e && e.normalName().equals("dc:date")) {
                found.add(e.text());
            }
        }, doc);
        if (found.size() == 1 || found.stream().distinct().count() == 1) {
            if (!found.isEmpty()) {
                add(out, Kind.PUBLISHED, found.getFirst(), language, DateProvenance.RDF, 50, "rdf dc:date");
            }
        }
    }

    /** A data object of a page script that names the publication date ({@code pubdate: "…"}). */
    private static void fromScripts(Document doc, String language, List<Candidate> out) {
        List<String> found = new ArrayList<>();
        for (Element s : doc.select("script:not([src])")) {
            String type = s.attr("type").toLowerCase(Locale.ROOT);
            if (type.contains("ld+json")) {
                continue;
            }
            String data = s.data();
            if (data.length() > 500_000) {
                continue;
            }
            // every key holds "pub": look only around its occurrences, not through the whole script
            Matcher m = SCRIPT_PUBLISHED.matcher(data).useTransparentBounds(true);
            int from = 0;
            for (int at = indexOfPub(data, 0); at >= 0; at = indexOfPub(data, Math.max(at + 3, from))) {
                m.region(Math.max(from, at - 25), Math.min(data.length(), at + 120));
                if (m.find()) {
                    found.add(m.group(1));
                    from = m.end();
                }
            }
        }
        if (!found.isEmpty() && found.stream().map(f -> Stamp.parse(f, language)).filter(java.util.Objects::nonNull)
                .map(Stamp::day).distinct().count() == 1) {
            add(out, Kind.PUBLISHED, found.getFirst(), language, DateProvenance.SCRIPT, 60, "script");
        }
    }

    /**
     * The last resort, as htmldate's attribute and timestamp searches: a date in a date-named attribute of an
     * element of the article ({@code data-date="18. März 2020"}), else the first full timestamp (day and time
     * of day, as a publishing system writes it) keyed in the page's scripts or in the attributes of elements
     * outside its foreign parts, when no key or attribute just before it says it is a modification, the
     * current time or some other moment. Read only when the page states no date any other way; days before
     * 1995 or in the future are not plausible publication days.
     */
    private static Candidate markupTimestamp(Document doc, ArticleRegion region, String language) {
        Candidate[] found = {null, null}; // a date-named attribute, a timestamp
        Element body = doc.body();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                String tag = e.normalName();
                if (tag.equals("script")) {
                    String data = e.data();
                    if (found[1] == null && data.length() <= 500_000) {
                        found[1] = timestampIn(data, language, "script", false);
                    }
                    return FilterResult.CONTINUE;
                }
                boolean inBody = body != null && within(e, body);
                if (inBody && e != body && region.foreign(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("meta") && e.hasAttr("http-equiv")) {
                    return FilterResult.CONTINUE; // a server's Last-Modified
                }
                for (org.jsoup.nodes.Attribute a : e.attributes()) {
                    String key = a.getKey().toLowerCase(Locale.ROOT);
                    String value = a.getValue();
                    if (value.length() < 6 || MARKUP_OTHER_MOMENT.matcher(key).find()) {
                        continue;
                    }
                    if (inBody && value.length() <= 40 && DATE_ATTRIBUTE.matcher(key).find() && !tag.equals("time")) {
                        found[0] = namedDate(value, language, tag + " " + key);
                        if (found[0] != null) {
                            return FilterResult.STOP;
                        }
                    }
                    if (found[1] == null && value.length() >= 16) {
                        found[1] = timestampIn(value, language, tag + " " + key, true);
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, doc);
        return found[0] != null ? found[0] : found[1];
    }

    /** Whether {@code e} is {@code root} or inside it (read up the parents, without listing them). */
    private static boolean within(Element e, Element root) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == root) {
                return true;
            }
        }
        return false;
    }

    /** The one day a date-named attribute's value gives, as a timestamp or as printed ("18. März 2020"), if plausible. */
    private static Candidate namedDate(String value, String language, String where) {
        Stamp s = Stamp.parse(value, language);
        if (s == null) {
            List<PrintedDates.Found> printed = PrintedDates.findAll(value, language, DayOrder.UNKNOWN, true);
            if (printed.size() != 1) {
                return null;
            }
            s = new Stamp(printed.getFirst().day(), printed.getFirst().day().toString(), null, false);
        }
        if (s.day().getYear() < PrintedDates.MIN_YEAR || s.day().isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            return null;
        }
        return new Candidate(Kind.PUBLISHED, s, DateProvenance.MARKUP, 91, null, "date attribute " + where + ": " + value);
    }

    private static Candidate timestampIn(String text, String language, String where, boolean keyed) {
        Matcher m = MARKUP_TIMESTAMP.matcher(text);
        LocalDate latest = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        while (m.find()) {
            String lead = text.substring(Math.max(0, m.start() - 40), m.start());
            if (MARKUP_OTHER_MOMENT.matcher(lead).find() || !keyed && !KEYED_VALUE.matcher(lead).find()
                    || MIDNIGHT.matcher(m.group()).find()) {
                continue; // another moment, a bare value in a list, or a day written as a timestamp
            }
            Stamp s = Stamp.parse(m.group(), language);
            if (s != null && s.day().getYear() >= 1995 && !s.day().isAfter(latest)) {
                return new Candidate(Kind.PUBLISHED, s, DateProvenance.MARKUP, 92, null, "timestamp in " + where + ": " + m.group());
            }
        }
        return null;
    }

    private static int indexOfPub(String s, int from) {
        for (int i = from; i + 3 <= s.length(); i++) {
            char c = s.charAt(i);
            if ((c == 'p' || c == 'P') && s.regionMatches(true, i, "pub", 0, 3)) {
                return i;
            }
        }
        return -1;
    }

    // ---- the page as read ----

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

    private static void fromPage(Document doc, ArticleRegion region, String language, List<Candidate> out) {
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
    private static LocalDate printed(Element e, String language) {
        String own = e.text();
        if (own.isBlank() || own.length() > 80) {
            return null;
        }
        List<PrintedDates.Found> found = PrintedDates.findAll(own, language, DayOrder.UNKNOWN, true);
        return found.size() == 1 ? found.getFirst().day() : null;
    }

    /** The candidates, most trusted first, one per line (logged at debug level). */
    private static String describe(List<Candidate> candidates) {
        StringBuilder sb = new StringBuilder();
        Map<Kind, List<Candidate>> byKind = new HashMap<>();
        candidates.stream().sorted(Comparator.comparingInt(Candidate::rank))
                .forEach(c -> byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c));
        byKind.forEach((k, list) -> list.forEach(c -> sb.append(k).append(' ').append(c.rank()).append(' ')
                .append(c.stamp().value()).append(c.printed() == null ? "" : " printed " + c.printed()).append("  ")
                .append(c.source().length() > 140 ? c.source().substring(0, 140) : c.source()).append('\n')));
        return sb.toString();
    }
}
