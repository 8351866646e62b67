package org.attache.extract.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the items of a feed with Rome: RSS 0.90–0.94 and 2.0, RSS 1.0 (RDF) and Atom 1.0 (and 0.3). Each item
 * gives its page's link (RSS {@code <link>}, else a permalink {@code <guid>}; Atom's {@code alternate} link), its
 * title and its date (published, else updated). Relative links are resolved against the feed's URL; links that are
 * not http(s) are dropped, and a link listed twice counts once. DOCTYPEs are refused (no external entities, no
 * entity expansion bombs). Stateless.
 */
public final class FeedDocument {
    private FeedDocument() {
    }

    /**
     * The items of the feed in {@code body}, in feed order.
     *
     * @param contentType the response's {@code Content-Type} with its charset, or null
     * @param feedUrl     where the feed came from, for relative links
     * @throws DocumentFormatException when the bytes are not a feed Rome can read
     */
    public static List<FoundLink> parse(byte[] body, String contentType, String feedUrl) throws DocumentFormatException {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(reader);
        } catch (FeedException | IOException | RuntimeException e) {
            throw new DocumentFormatException("not a feed: " + firstLine(e));
        }
        List<FoundLink> links = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (SyndEntry entry : feed.getEntries()) {
            String url = Links.absolute(feedUrl, link(entry));
            if (url == null || !seen.add(url)) {
                continue;
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            links.add(new FoundLink(url, entry.getTitle() == null ? null : entry.getTitle().strip(),
                    date == null ? null : date.toInstant().toString()));
        }
        return links;
    }

    private static String link(SyndEntry entry) {
        if (entry.getLinks() != null) {
            for (SyndLink l : entry.getLinks()) {
                if (l.getHref() != null && (l.getRel() == null || l.getRel().equals("alternate"))) {
                    return l.getHref();
                }
            }
        }
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink();
        }
        String uri = entry.getUri();
        return uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? uri : null;
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
