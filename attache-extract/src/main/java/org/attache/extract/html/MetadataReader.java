package org.attache.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.attache.extract.date.Stamp;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Page-level metadata: headline, site name, language and byline. The article's dates are read by
 * {@link org.attache.extract.date.HtmlDates}.
 */
final class MetadataReader {
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+(?:[|\\-–—:»·]|::)\\s+[^|\\-–—:»·]{2,60}$");
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s*(?:[|_»·]|::|\\s[-–—:]\\s)\\s*");
    private static final Pattern BY_PREFIX = Pattern.compile("^(?i)(?:by|von|par|por|di|door|av)\\s+");

    private MetadataReader() {
    }

    /** The first non-blank {@code content} of a {@code <meta>} named (property, name or itemprop) by the first of {@code names} that has one. */
    static String meta(Document doc, String... names) {
        return meta(metas(doc), names);
    }

    /**
     * The page's {@code <meta>} elements in page order: one walk of the page, taken once and handed to each
     * reader below rather than walked again per name asked for (six readers ask before the page is cleaned).
     */
    static List<Element> metas(Document doc) {
        return doc.getElementsByTag("meta");
    }

    /** As {@link #meta(Document, String...)}, over the page's {@code metas} ({@link #metas}). */
    static String meta(List<Element> metas, String... names) {
        for (String n : names) {
            for (Element m : metas) {
                if (m.attr("property").equalsIgnoreCase(n) || m.attr("name").equalsIgnoreCase(n)
                        || m.attr("itemprop").equalsIgnoreCase(n)) {
                    String c = Texts.normOrNull(m.attr("content"));
                    if (c != null) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    static String title(Document doc, List<Element> metas, JsonLd ld) {
        String t = meta(metas, "og:title", "twitter:title");
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

    static String outlet(Document doc, List<Element> metas, JsonLd ld) {
        String o = meta(metas, "og:site_name");
        if (o == null && ld != null) {
            o = ld.publisherName();
        }
        if (o == null) {
            o = meta(metas, "application-name", "twitter:site");
        }
        return o;
    }

    static String language(Document doc, List<Element> metas) {
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
            l = meta(metas, "og:locale", "language", "dc.language");
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

    static String byline(Document doc, List<Element> metas, JsonLd ld) {
        String b = ld == null ? null : ld.authors();
        if (b == null) {
            b = meta(metas, "author", "article:author", "dc.creator", "parsely-author", "sailthru.author");
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

    /**
     * The strings the page gives as its title ({@code og:title}, {@code twitter:title}, JSON-LD headline,
     * {@code <title>} whole and without its site suffix), for finding the headline on the page.
     */
    static List<String> titles(Document doc, List<Element> metas, JsonLd ld) {
        List<String> titles = new ArrayList<>();
        for (String t : new String[] {meta(metas, "og:title"), meta(metas, "twitter:title"),
            ld == null ? null : ld.text("headline"), Texts.normOrNull(doc.title())}) {
            if (t != null && !titles.contains(t)) {
                titles.add(t);
                String stripped = TITLE_SUFFIX.matcher(t).replaceFirst("");
                if (!stripped.equals(t) && !titles.contains(stripped)) {
                    titles.add(stripped);
                }
                // "Headline_Section_Site", "Headline|Site": each long enough part may be the headline
                for (String part : TITLE_PARTS.split(t)) {
                    String p = part.strip();
                    if (p.length() >= 8 && !p.equals(t) && !titles.contains(p)) {
                        titles.add(p);
                    }
                }
            }
        }
        return titles;
    }

    /** A machine-readable date ({@code datetime} attribute) as ISO-8601 in its own offset, or null. */
    static String iso(String s) {
        Stamp stamp = Stamp.parse(s, null);
        return stamp == null ? null : stamp.value();
    }
}
