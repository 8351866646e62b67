package org.attache.app.watch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.attache.testkit.HttpFixture;

/**
 * A made-up news site for the watch tests, served by an {@link HttpFixture} on 127.0.0.1: article pages with texts
 * written from a seeded word list (every page its own), and the feeds, sitemaps and lists that point at them.
 */
public final class NewsSite {
    private static final List<String> WORDS = List.of("minister", "talks", "trade", "agreement", "visit", "border",
            "delegation", "cooperation", "summit", "embassy", "treaty", "security", "investment", "energy", "port",
            "rice", "river", "commission", "budget", "season", "customs", "fisheries", "railway", "loan", "grid",
            "harbour", "festival", "students", "exchange", "vaccine", "clinic", "flood", "drought", "canal", "tariff");

    private NewsSite() {
    }

    /** A readable article page: a headline, two or three paragraphs of its own words, a date when given. */
    public static String article(String title, long seed, String published) {
        Random random = new Random(seed);
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 3; p++) {
            body.append("<p>");
            for (int w = 0; w < 45; w++) {
                String word = WORDS.get(random.nextInt(WORDS.size()));
                body.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                        .append(w % 15 == 14 ? ". " : " ");
            }
            body.append("</p>\n");
        }
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + " | Test Wire</title>"
                + (published == null ? "" : "<meta property=\"article:published_time\" content=\"" + published + "\">")
                + "</head><body><header><a href=\"/\">Test Wire</a></header><article><h1>" + title + "</h1>\n"
                + body + "</article><footer>© Test Wire</footer></body></html>";
    }

    /** An article page handler (UTF-8). */
    public static HttpFixture.Handler page(String title, long seed, String published) {
        return HttpFixture.body("text/html; charset=utf-8", article(title, seed, published));
    }

    /** RSS 2.0 with one item per link, conditional GET supported. */
    public static String rss2(String... linksAndTitles) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Test Wire</title><link>https://wire.test/</link><description>d</description>\n");
        for (int i = 0; i + 1 < linksAndTitles.length; i += 2) {
            sb.append("<item><title>").append(linksAndTitles[i + 1]).append("</title><link>").append(linksAndTitles[i])
                    .append("</link><pubDate>Tue, 07 Jan 2025 10:16:00 +0700</pubDate></item>\n");
        }
        return sb.append("</channel></rss>\n").toString();
    }

    public static String rss091(String link, String title) {
        return "<?xml version=\"1.0\"?><rss version=\"0.91\"><channel><title>Old</title><link>https://wire.test/</link>"
                + "<description>d</description><language>en</language><item><title>" + title + "</title><link>" + link
                + "</link></item></channel></rss>\n";
    }

    public static String rdf(String... linksAndTitles) {
        StringBuilder items = new StringBuilder();
        StringBuilder seq = new StringBuilder();
        for (int i = 0; i + 1 < linksAndTitles.length; i += 2) {
            seq.append("<rdf:li resource=\"").append(linksAndTitles[i]).append("\"/>");
            items.append("<item rdf:about=\"").append(linksAndTitles[i]).append("\"><title>").append(linksAndTitles[i + 1])
                    .append("</title><link>").append(linksAndTitles[i]).append("</link><dc:date>2025-03-12T08:00:00Z"
                            + "</dc:date></item>\n");
        }
        return "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<channel rdf:about=\"https://wire.test/rdf\"><title>RDF</title><link>https://wire.test/</link>"
                + "<description>d</description><items><rdf:Seq>" + seq + "</rdf:Seq></items></channel>\n" + items
                + "</rdf:RDF>\n";
    }

    public static String atom(String... linksAndTitles) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org"
                + "/2005/Atom\"><title>Atom</title><id>urn:test:atom</id><updated>2025-03-12T09:00:00Z</updated>\n");
        for (int i = 0; i + 1 < linksAndTitles.length; i += 2) {
            sb.append("<entry><title>").append(linksAndTitles[i + 1]).append("</title><id>urn:test:").append(i)
                    .append("</id><link rel=\"alternate\" href=\"").append(linksAndTitles[i]).append("\"/><published>"
                            + "2025-03-12T07:30:00+07:00</published><updated>2025-03-12T09:00:00Z</updated></entry>\n");
        }
        return sb.append("</feed>\n").toString();
    }

    public static String sitemapIndex(String... sitemaps) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\""
                + "http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String s : sitemaps) {
            sb.append("<sitemap><loc>").append(s).append("</loc></sitemap>\n");
        }
        return sb.append("</sitemapindex>\n").toString();
    }

    public static String newsSitemap(String... linksAndTitles) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\""
                + "http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news"
                + "/0.9\">\n");
        for (int i = 0; i + 1 < linksAndTitles.length; i += 2) {
            sb.append("<url><loc>").append(linksAndTitles[i]).append("</loc><news:news><news:publication><news:name>"
                    + "Test Wire</news:name><news:language>en</news:language></news:publication>"
                    + "<news:publication_date>2025-03-10</news:publication_date><news:title>")
                    .append(linksAndTitles[i + 1]).append("</news:title></news:news></url>\n");
        }
        return sb.append("</urlset>\n").toString();
    }

    public static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    /** A conditional-GET document handler for {@code text} as UTF-8. */
    public static HttpFixture.Handler document(String contentType, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return HttpFixture.conditional(contentType, () -> bytes);
    }

    /** A page in {@code charset}, with the given Content-Type header (which may lie about the charset). */
    public static HttpFixture.Handler encoded(String contentType, Charset charset, String html) {
        return HttpFixture.body(contentType, html.getBytes(charset));
    }

    /** A handler that answers each request after {@code delay}: a slow but honest server. */
    public static HttpFixture.Handler delayed(Duration delay, HttpFixture.Handler then) {
        return HttpFixture.stall(delay, then);
    }

    /** {@code n} links and titles for pages {@code prefix-1} … on {@code fixture}. */
    public static List<String[]> pages(HttpFixture fixture, String prefix, int n) {
        List<String[]> pages = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String path = String.format(Locale.ROOT, "/%s/%03d.html", prefix, i);
            pages.add(new String[] {fixture.url(path), path, "Story " + prefix + " " + i});
        }
        return pages;
    }
}
