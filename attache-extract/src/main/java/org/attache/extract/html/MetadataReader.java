package org.attache.extract.html;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.api.DateProvenance;
import org.attache.api.PublishedDate;
import org.attache.extract.date.PublishedDateResolver;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Page-level metadata: headline, site name, language, byline and the article's own publication date.
 * Dates are taken, in order of trust, from {@code <meta>} tags, JSON-LD {@code datePublished}, a
 * {@code <time datetime>} that belongs to the article (rails are removed beforehand, so a date that
 * only appears in a related-news list is never taken), and finally a date in the URL path.
 */
final class MetadataReader {
    private static final String[] DATE_METAS = {"article:published_time", "og:article:published_time",
        "article:published", "datePublished", "publishdate", "publish-date", "pubdate", "publication_date",
        "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created",
        "date", "og:published_time", "published_time", "article.published", "cxenseparse:recs:publishtime"};
    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2})(:\\d{2}(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+(?:[|\\-–—:»·]|::)\\s+[^|\\-–—:»·]{2,60}$");
    private static final Pattern BY_PREFIX = Pattern.compile("^(?i)(?:by|von|par|por|di|door|av)\\s+");

    private MetadataReader() {
    }

    static String meta(Document doc, String... names) {
        for (String n : names) {
            for (Element m : doc.select("meta[property=" + n + "], meta[name=" + n + "], meta[itemprop=" + n + "]")) {
                String c = Texts.normOrNull(m.attr("content"));
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    static String title(Document doc, JsonLd ld) {
        String t = meta(doc, "og:title", "twitter:title");
        if (t == null && ld != null) {
            t = ld.text("headline");
        }
        if (t == null) {
            Element h1 = doc.selectFirst("h1");
            if (h1 != null) {
                t = Texts.normOrNull(h1.text());
            }
        }
        if (t == null) {
            t = Texts.normOrNull(doc.title());
        }
        if (t == null) {
            return null;
        }
        String stripped = TITLE_SUFFIX.matcher(t).replaceFirst("");
        return stripped.length() >= 10 ? stripped : t;
    }

    static String outlet(Document doc, JsonLd ld) {
        String o = meta(doc, "og:site_name");
        if (o == null && ld != null) {
            o = ld.publisherName();
        }
        if (o == null) {
            o = meta(doc, "application-name", "twitter:site");
        }
        return o;
    }

    static String language(Document doc) {
        String l = null;
        Element html = doc.selectFirst("html");
        if (html != null) {
            l = html.attr("lang");
            if (l.isBlank()) {
                l = html.attr("xml:lang");
            }
        }
        if (l == null || l.isBlank()) {
            Element m = doc.selectFirst("meta[http-equiv~=(?i)content-language]");
            l = m == null ? null : m.attr("content");
        }
        if (l == null || l.isBlank()) {
            l = meta(doc, "og:locale", "language", "dc.language");
        }
        if (l == null) {
            return null;
        }
        String code = l.trim().split("[-_,;\\s]")[0].toLowerCase(Locale.ROOT);
        return code.matches("[a-z]{2}") ? code : code.matches("[a-z]{3}") ? iso1(code) : null;
    }

    private static String iso1(String three) {
        for (String iso : Locale.getISOLanguages()) {
            try {
                if (Locale.of(iso).getISO3Language().equals(three)) {
                    return iso;
                }
            } catch (RuntimeException e) {
                // no ISO 639-2 mapping
            }
        }
        return null;
    }

    static String byline(Document doc, JsonLd ld) {
        String b = ld == null ? null : ld.authors();
        if (b == null) {
            b = meta(doc, "author", "article:author", "dc.creator", "parsely-author", "sailthru.author");
            if (b != null && (b.startsWith("http") || b.contains("facebook.com"))) {
                b = null;
            }
        }
        if (b == null) {
            Element e = doc.selectFirst("[rel=author], [itemprop=author], .byline, .author, .author-name");
            if (e != null) {
                b = Texts.normOrNull(e.text());
                if (b != null && b.length() > 120) {
                    b = null;
                }
            }
        }
        return b == null ? null : BY_PREFIX.matcher(b).replaceFirst("");
    }

    /** Date from metadata (meta, JSON-LD) only; null when neither says. */
    static PublishedDate metaDate(Document doc, JsonLd ld) {
        String v = iso(meta(doc, DATE_METAS));
        if (v != null) {
            return new PublishedDate(v, DateProvenance.META);
        }
        if (ld != null) {
            v = iso(ld.text("datePublished"));
            if (v == null) {
                v = iso(ld.text("dateCreated"));
            }
            if (v != null) {
                return new PublishedDate(v, DateProvenance.JSON_LD);
            }
        }
        return null;
    }

    /** The first {@code <time datetime>} of the article scope (the headline's article, else the content). */
    static PublishedDate timeDate(Element scope) {
        if (scope == null) {
            return null;
        }
        for (Element t : scope.select("time[datetime], [itemprop=datePublished][datetime], [itemprop=datePublished][content]")) {
            String v = iso(t.hasAttr("datetime") ? t.attr("datetime") : t.attr("content"));
            if (v != null) {
                return new PublishedDate(v, DateProvenance.TIME_ELEMENT);
            }
        }
        return null;
    }

    static PublishedDate urlDate(String url) {
        String date = PublishedDateResolver.urlDate(url);
        return date == null ? null : new PublishedDate(date, DateProvenance.URL);
    }

    /** Normalises a date string to ISO-8601 at its printed precision, or null when it is not a date. */
    static String iso(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        Matcher m = ISO.matcher(t);
        if (m.find()) {
            String date = m.group(1);
            if (!validDate(date)) {
                return null;
            }
            if (m.group(2) == null) {
                return date;
            }
            String sec = m.group(3) == null ? "" : m.group(3).replaceFirst("\\..*", "");
            String zone = m.group(4) == null ? "" : m.group(4);
            if (zone.matches("[+-]\\d{4}")) {
                zone = zone.substring(0, 3) + ":" + zone.substring(3);
            }
            return date + "T" + m.group(2) + sec + zone;
        }
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime().toString();
        } catch (RuntimeException e) {
            // not RFC 1123
        }
        try {
            return OffsetDateTime.parse(t).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean validDate(String d) {
        try {
            java.time.LocalDate.parse(d);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
