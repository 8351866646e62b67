package org.attache.extract.feed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.attache.extract.charset.PageDecoder;

/**
 * Reads a plain URL list: one URL per line, relative ones resolved against the list's own URL; blank lines and
 * lines starting with {@code #} are ignored, as are lines that are not http(s) URLs. Stateless.
 */
public final class UrlListDocument {
    private static final PageDecoder DECODER = new PageDecoder();

    private UrlListDocument() {
    }

    /** The URLs of the list in {@code body}, in list order, each once. */
    public static List<FoundLink> parse(byte[] body, String charset, String listUrl) {
        String text = DECODER.decode(body, charset).text();
        Set<String> seen = new LinkedHashSet<>();
        List<FoundLink> links = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String url = Links.absolute(listUrl, l.split("\\s+", 2)[0]);
            if (url != null && seen.add(url)) {
                links.add(new FoundLink(url, null, null));
            }
        }
        return links;
    }
}
