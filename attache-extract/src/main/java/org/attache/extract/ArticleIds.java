package org.attache.extract;

import com.ibm.icu.lang.UCharacter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.extract.charset.TextNormalizer;

/**
 * Stable article identity. An id must be the same every time the same article is ingested, so that a
 * re-run is idempotent, and different for different articles. In order of preference it is the first 16
 * hex digits of SHA-256 over:
 * <ol>
 *   <li>{@code outlet|canonicalUrl}: the URL names the article; canonicalisation makes the tracking
 *       parameters, fragments and cosmetic differences of one URL give one id;</li>
 *   <li>{@code outlet|recordId}: a container (JSONL) that numbers its records names each article, even when
 *       two records carry the same text (so exact copies stay two articles, marked as duplicates later);</li>
 *   <li>the normalised body (NFC, case-folded, whitespace collapsed): with no name at all, the text is the
 *       identity, and the same text from two files is one article.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class ArticleIds {
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "ref_src", "cmpid", "ocid", "ncid", "mkt_tok", "spm");

    private ArticleIds() {
    }

    /**
     * The canonical form of {@code url}: scheme and host lower-cased, default port, fragment and tracking
     * parameters ({@code utm_*}, {@code fbclid}, …) dropped, trailing slash removed from paths (the root stays
     * {@code /}). Returns the trimmed input when it is not an absolute URL, and null for null or blank.
     */
    public static String canonicalUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        try {
            URI u = new URI(trimmed);
            if (u.getScheme() == null || u.getRawAuthority() == null) {
                return trimmed;
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            String host = u.getHost() == null ? u.getRawAuthority().toLowerCase(Locale.ROOT) : u.getHost().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            boolean defaultPort = port == -1 || (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            while (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            StringBuilder sb = new StringBuilder(scheme).append("://");
            if (u.getRawUserInfo() != null) {
                sb.append(u.getRawUserInfo()).append('@');
            }
            sb.append(host);
            if (!defaultPort) {
                sb.append(':').append(port);
            }
            sb.append(path);
            String query = query(u.getRawQuery());
            if (!query.isEmpty()) {
                sb.append('?').append(query);
            }
            return sb.toString();
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String param : raw.split("&")) {
            if (param.isEmpty()) {
                continue;
            }
            String name = (param.contains("=") ? param.substring(0, param.indexOf('=')) : param).toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(param);
            }
        }
        return String.join("&", kept);
    }

    /**
     * The id of an article.
     *
     * @param outlet       the outlet, or null
     * @param canonicalUrl the {@link #canonicalUrl canonical URL}, or null
     * @param recordId     the container's record id, or null
     * @param body         the body paragraphs (used only when there is neither URL nor record id)
     */
    public static String id(String outlet, String canonicalUrl, String recordId, List<String> body) {
        String o = outlet == null ? "" : outlet.strip();
        if (canonicalUrl != null && !canonicalUrl.isBlank()) {
            return hash(o + "|" + canonicalUrl);
        }
        if (recordId != null && !recordId.isBlank()) {
            return hash(o + "|" + recordId.strip());
        }
        return hash(normalisedBody(body));
    }

    /** The body as one NFC, case-folded, whitespace-collapsed string: the key of exact duplicates. */
    public static String normalisedBody(List<String> body) {
        String joined = String.join(" ", body == null ? List.of() : body);
        return UCharacter.foldCase(TextNormalizer.collapse(joined), UCharacter.FOLD_CASE_DEFAULT);
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
