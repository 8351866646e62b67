package org.attache.extract.date;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.api.DateProvenance;
import org.attache.extract.date.HtmlDates.Candidate;
import org.attache.extract.date.HtmlDates.Kind;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The dates a page states in its markup for machines: JSON-LD, {@code <meta>} tags, {@code itemprop} and RDFa
 * microdata, Dublin Core in embedded RDF, a page script's {@code pubdate}, and, as a last resort, a date-named
 * attribute or a keyed timestamp in the markup. Each becomes a {@link Candidate} ranked by trust for
 * {@link HtmlDates} to choose from; a comment's, a person's or a list item's date is never one of them.
 */
final class StructuredDates {
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
    /** Item types of an article or a post in microdata (schema.org Article and its kinds, BlogPosting). */
    private static final Pattern ARTICLE_ITEM = Pattern.compile("(?i)article|posting|report");


    private StructuredDates() {
    }


    static void fromJsonLd(List<JsonNode> nodes, String language, List<Candidate> out) {
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

    static void fromMeta(Document doc, String language, List<Candidate> out) {
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

    static void fromMicrodata(Document doc, ArticleRegion region, String language, List<Candidate> out) {
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
                        e.normalName().equals("meta") ? null : VisibleDates.printed(e, language), (rdfa ? "rdfa " : "itemprop ") + prop + ": " + raw));
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
    static void fromRdf(Document doc, String language, List<Candidate> out) {
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
    static void fromScripts(Document doc, String language, List<Candidate> out) {
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
    static Candidate markupTimestamp(Document doc, ArticleRegion region, String language) {
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
}
