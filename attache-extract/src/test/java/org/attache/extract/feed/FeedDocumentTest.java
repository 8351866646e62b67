package org.attache.extract.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every feed format Rome reads, written here for the test, down to the links, titles and dates they give. */
class FeedDocumentTest {
    private static final String BASE = "https://news.example/feeds/main.xml";

    private static List<FoundLink> parse(String xml, String contentType) throws DocumentFormatException {
        return FeedDocument.parse(xml.getBytes(StandardCharsets.UTF_8), contentType, BASE);
    }

    @Test
    void rss20ItemsWithRelativeLinksGuidsAndDates() throws Exception {
        List<FoundLink> links = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Wire</title><link>https://news.example/</link>
                <item><title>Ministers meet in Hà Nội</title><link>/2025/01/07/ministers-meet</link>
                  <pubDate>Tue, 07 Jan 2025 10:16:00 +0700</pubDate></item>
                <item><title>Permalink only</title><guid isPermaLink="true">https://news.example/p/42</guid></item>
                <item><title>Duplicate</title><link>https://news.example/2025/01/07/ministers-meet</link></item>
                <item><title>Not the web</title><link>javascript:alert(1)</link></item>
                </channel></rss>
                """, "application/rss+xml; charset=utf-8");
        assertThat(links).containsExactly(
                new FoundLink("https://news.example/2025/01/07/ministers-meet", "Ministers meet in Hà Nội",
                        "2025-01-07T03:16:00Z"),
                new FoundLink("https://news.example/p/42", "Permalink only", null));
    }

    @Test
    void rss091AndRss10Rdf() throws Exception {
        assertThat(parse("""
                <?xml version="1.0"?>
                <rss version="0.91"><channel><title>Old</title><link>https://news.example/</link>
                <description>d</description><language>en</language>
                <item><title>Port deal signed</title><link>https://news.example/old/port-deal</link></item>
                </channel></rss>
                """, null)).containsExactly(new FoundLink("https://news.example/old/port-deal", "Port deal signed", null));
        assertThat(parse("""
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://news.example/rdf"><title>RDF</title><link>https://news.example/</link>
                    <description>d</description>
                    <items><rdf:Seq><rdf:li resource="https://news.example/rdf/1"/></rdf:Seq></items></channel>
                  <item rdf:about="https://news.example/rdf/1"><title>Summit opens</title>
                    <link>https://news.example/rdf/1</link><dc:date>2025-03-12T08:00:00Z</dc:date></item>
                </rdf:RDF>
                """, "application/rdf+xml")).containsExactly(
                new FoundLink("https://news.example/rdf/1", "Summit opens", "2025-03-12T08:00:00Z"));
    }

    @Test
    void atom10AlternateLinksAndPublishedBeforeUpdated() throws Exception {
        assertThat(parse("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title><id>urn:x</id>
                  <updated>2025-03-12T09:00:00Z</updated>
                  <entry><title>Delta water talks</title><id>urn:1</id>
                    <link rel="alternate" href="https://news.example/a/delta"/>
                    <link rel="enclosure" href="https://news.example/a/delta.jpg"/>
                    <published>2025-03-12T07:30:00+07:00</published><updated>2025-03-12T09:00:00Z</updated></entry>
                  <entry><title>Updated only</title><id>urn:2</id><link href="../a/updated"/>
                    <updated>2025-03-11T09:00:00Z</updated></entry>
                </feed>
                """, "application/atom+xml")).containsExactly(
                new FoundLink("https://news.example/a/delta", "Delta water talks", "2025-03-12T00:30:00Z"),
                new FoundLink("https://news.example/a/updated", "Updated only", "2025-03-11T09:00:00Z"));
    }

    @Test
    void theEncodingComesFromTheXmlDeclarationOrTheHeader() throws Exception {
        byte[] latin1 = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <rss version="2.0"><channel><title>t</title><link>https://news.example/</link>
                <item><title>Ministre à Genève</title><link>https://news.example/geneve</link></item></channel></rss>
                """.getBytes(StandardCharsets.ISO_8859_1);
        assertThat(FeedDocument.parse(latin1, "text/xml", BASE).getFirst().title()).isEqualTo("Ministre à Genève");
        byte[] cp1251 = """
                <rss version="2.0"><channel><title>t</title><link>https://news.example/</link>
                <item><title>Переговоры в Ханое</title><link>https://news.example/ru</link></item></channel></rss>
                """.getBytes(Charset.forName("windows-1251"));
        assertThat(FeedDocument.parse(cp1251, "application/rss+xml; charset=windows-1251", BASE).getFirst().title())
                .isEqualTo("Переговоры в Ханое");
    }

    @Test
    void hostileAndBrokenDocumentsAreRefused() {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <rss version="2.0"><channel><title>&lol2;</title><link>https://news.example/</link></channel></rss>
                """;
        assertThatThrownBy(() -> parse(bomb, null)).isInstanceOf(DocumentFormatException.class)
                .hasMessageStartingWith("not a feed");
        String external = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&xxe;</title><link>https://news.example/</link></channel></rss>
                """;
        assertThatThrownBy(() -> parse(external, null)).isInstanceOf(DocumentFormatException.class);
        assertThatThrownBy(() -> parse("<html><body>not a feed</body></html>", "text/html"))
                .isInstanceOf(DocumentFormatException.class);
        assertThatThrownBy(() -> parse("<rss version=\"2.0\"><channel><item><title>cut", null))
                .isInstanceOf(DocumentFormatException.class);
    }
}
