package org.attache.extract.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** News sitemaps, plain sitemaps, sitemap indexes and URL lists, written here for the test. */
class SitemapDocumentTest {
    private static final String NEWS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                    xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>https://news.example/2025/03/12/delta</loc>
                <news:news><news:publication><news:name>Mekong Ledger</news:name><news:language>en</news:language>
                  </news:publication><news:publication_date>2025-03-12T07:30:00+07:00</news:publication_date>
                  <news:title>Delta water talks resume</news:title></news:news></url>
              <url><loc>https://news.example/about</loc><lastmod>2024-01-01</lastmod></url>
              <url><loc>https://news.example/about</loc></url>
            </urlset>
            """;

    @Test
    void aNewsSitemapGivesTitlesAndPublicationDates() throws Exception {
        SitemapDocument.Contents c = SitemapDocument.parse(NEWS.getBytes(StandardCharsets.UTF_8), "application/xml",
                "https://news.example/sitemaps/news.xml");
        assertThat(c.children()).isEmpty();
        assertThat(c.links()).containsExactly(
                new FoundLink("https://news.example/2025/03/12/delta", "Delta water talks resume",
                        "2025-03-12T07:30+07:00"),
                new FoundLink("https://news.example/about", null, null));
    }

    @Test
    void aGzippedSitemapAndAnIndex() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(NEWS.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(SitemapDocument.parse(gz.toByteArray(), "application/gzip", "https://news.example/news.xml.gz")
                .links()).hasSize(2);
        SitemapDocument.Contents index = SitemapDocument.parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://news.example/sitemaps/news.xml</loc></sitemap>
                  <sitemap><loc>https://news.example/sitemaps/2025-03.xml</loc><lastmod>2025-03-12</lastmod></sitemap>
                </sitemapindex>
                """.getBytes(StandardCharsets.UTF_8), "text/xml", "https://news.example/sitemap.xml");
        assertThat(index.links()).isEmpty();
        assertThat(index.children()).containsExactly("https://news.example/sitemaps/news.xml",
                "https://news.example/sitemaps/2025-03.xml");
    }

    @Test
    void notASitemap() {
        assertThatThrownBy(() -> SitemapDocument.parse("<html><body>hello</body></html>".getBytes(StandardCharsets.UTF_8),
                "text/html", "https://news.example/sitemap.xml")).isInstanceOf(DocumentFormatException.class)
                .hasMessageStartingWith("not a sitemap");
    }

    @Test
    void unescapedLinksAreEscapedAsABrowserWould() {
        List<FoundLink> links = UrlListDocument.parse("https://news.example/tin-tức/hà-nội.html\n"
                .getBytes(StandardCharsets.UTF_8), "utf-8", "https://news.example/list.txt");
        assertThat(links).extracting(FoundLink::url).containsExactly(
                "https://news.example/tin-t%E1%BB%A9c/h%C3%A0-n%E1%BB%99i.html");
        assertThat(Links.escape("https://news.example/a b?q=x|y")).isEqualTo("https://news.example/a%20b?q=x%7Cy");
        assertThat(Links.escape("https://news.example/already%20escaped")).isEqualTo(
                "https://news.example/already%20escaped");
    }

    @Test
    void urlListsSkipCommentsBlankLinesAndNonWebLinks() {
        List<FoundLink> links = UrlListDocument.parse("""
                # pages to read
                https://news.example/a

                /b relative to the list
                mailto:someone@example.org
                https://news.example/a
                file:///etc/passwd
                """.getBytes(StandardCharsets.UTF_8), "utf-8", "https://news.example/lists/today.txt");
        assertThat(links).extracting(FoundLink::url).containsExactly("https://news.example/a", "https://news.example/b");
    }
}
