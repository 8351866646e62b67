package org.attache.extract.feed;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a sitemap with crawler-commons: a {@code urlset} (with the Google News extension's title and publication
 * date when present), a {@code sitemapindex} (whose child sitemaps the caller fetches), or a plain-text sitemap;
 * gzipped or not. Not strict about URLs outside the sitemap's folder (news sitemaps often live elsewhere on the
 * site), but only http(s) links are kept. DOCTYPEs are refused. Stateless.
 */
public final class SitemapDocument {
    /**
     * What a sitemap lists.
     *
     * @param links    pages, in sitemap order (empty for an index)
     * @param children child sitemaps of an index (empty for a urlset)
     */
    public record Contents(List<FoundLink> links, List<String> children) {
        public Contents {
            links = List.copyOf(links);
            children = List.copyOf(children);
        }
    }

    private SitemapDocument() {
    }

    /**
     * @param contentType the response's media type, or null
     * @param url         where the sitemap came from
     * @throws DocumentFormatException when the bytes are not a sitemap
     */
    public static Contents parse(byte[] body, String contentType, String url) throws DocumentFormatException {
        SiteMapParser parser = new SiteMapParser(false, true);
        parser.setAllowDocTypeDefinitions(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap map;
        try {
            URL at = URI.create(url).toURL();
            map = parser.parseSiteMap(contentType == null ? "text/xml" : contentType, body, at);
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            throw new DocumentFormatException("not a sitemap: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("")));
        }
        if (map instanceof SiteMapIndex index) {
            Set<String> children = new LinkedHashSet<>();
            for (AbstractSiteMap child : index.getSitemaps()) {
                String u = Links.absolute(url, child.getUrl().toString());
                if (u != null) {
                    children.add(u);
                }
            }
            return new Contents(List.of(), new ArrayList<>(children));
        }
        if (!(map instanceof SiteMap sitemap)) {
            throw new DocumentFormatException("not a sitemap: " + map.getType());
        }
        List<FoundLink> links = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (SiteMapURL entry : sitemap.getSiteMapUrls()) {
            String u = Links.absolute(url, entry.getUrl().toString());
            if (u == null || !seen.add(u)) {
                continue;
            }
            String title = null;
            String published = null;
            ExtensionMetadata[] news = entry.getAttributesForExtension(Extension.NEWS);
            if (news != null) {
                for (ExtensionMetadata m : news) {
                    if (m instanceof NewsAttributes n) {
                        title = n.getTitle();
                        published = n.getPublicationDateTime() == null ? null
                                : n.getPublicationDateTime().toOffsetDateTime().toString();
                        break;
                    }
                }
            }
            links.add(new FoundLink(u, title, published));
        }
        return new Contents(links, List.of());
    }
}
