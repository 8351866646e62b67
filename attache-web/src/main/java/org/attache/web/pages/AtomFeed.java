package org.attache.web.pages;

import java.time.Instant;
import java.util.List;
import org.attache.store.read.FeedItem;

/**
 * A user's feed as an Atom 1.0 document (RFC 4287), for feed readers. Every text is XML-escaped, and
 * characters XML 1.0 does not allow are dropped, so that an article's title cannot break the document.
 */
public final class AtomFeed {
    private AtomFeed() {
    }

    /**
     * The Atom document of these feed items.
     *
     * @param base  scheme and host the links are made absolute with ("http://127.0.0.1:8080")
     * @param user  whose feed it is
     * @param items newest first
     */
    public static String write(String base, String user, List<FeedItem> items) {
        Instant updated = items.isEmpty() ? Instant.EPOCH : items.getFirst().storedAt();
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        element(x, "title", "Attaché: feed of " + user);
        element(x, "id", "urn:attache:feed:" + user);
        element(x, "updated", updated.toString());
        x.append("<link rel=\"self\" href=\"").append(escape(base + "/feed.atom")).append("\"/>\n");
        x.append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(base + "/feed")).append("\"/>\n");
        x.append("<author><name>Attaché</name></author>\n");
        for (FeedItem item : items) {
            String href = base + "/articles/" + Pages.enc(item.article().id());
            x.append("<entry>\n");
            String title = item.article().title() == null ? "Untitled article" : item.article().title();
            element(x, "title", title);
            element(x, "id", "urn:attache:article:" + item.article().id());
            element(x, "updated", item.storedAt().toString());
            if (item.article().published() != null) {
                element(x, "published", item.article().published() + "T00:00:00Z");
            }
            x.append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(href)).append("\"/>\n");
            StringBuilder summary = new StringBuilder();
            if (item.article().outlet() != null) {
                summary.append(item.article().outlet()).append(". ");
            }
            summary.append("Because you follow ").append(String.join(", ", Pages.reasons(item.reasons()))).append('.');
            element(x, "summary", summary.toString());
            x.append("</entry>\n");
        }
        return x.append("</feed>\n").toString();
    }

    private static void element(StringBuilder x, String name, String text) {
        x.append('<').append(name).append('>').append(escape(text)).append("</").append(name).append(">\n");
    }

    /** Text escaped for XML content and attribute values. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&apos;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
                    if (allowed) {
                        s.appendCodePoint(c);
                    }
                }
            }
        });
        return s.toString();
    }
}
