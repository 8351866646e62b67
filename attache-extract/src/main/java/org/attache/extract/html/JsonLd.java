package org.attache.extract.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article node of a page's JSON-LD ({@code <script type="application/ld+json">}), flattened through
 * arrays and {@code @graph}: the first node typed as an article kind, or failing that the first node with
 * an {@code articleBody} or {@code datePublished}. Blocks are read leniently, as browsers' pages are
 * written: JS comments, an HTML comment or CDATA wrapper, single quotes, trailing commas and raw line
 * breaks in strings are accepted; a block that is still not JSON is ignored.
 */
final class JsonLd {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    private static final java.util.regex.Pattern WRAPPER = java.util.regex.Pattern.compile(
            "^\\s*(?://\\s*)?(?:<!--|<!\\[CDATA\\[)|(?://\\s*)?(?:-->|\\]\\]>)\\s*$");

    final JsonNode article;
    final JsonNode publisher;
    /** Every node of every block, flattened through arrays, {@code @graph} and {@code mainEntity}, in page order. */
    final List<JsonNode> nodes;

    private JsonLd(JsonNode article, JsonNode publisher, List<JsonNode> nodes) {
        this.article = article;
        this.publisher = publisher;
        this.nodes = List.copyOf(nodes);
    }

    static JsonLd read(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element s : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String json = WRAPPER.matcher(s.data()).replaceAll("").trim();
            if (json.isEmpty()) {
                continue;
            }
            try {
                try (com.fasterxml.jackson.databind.MappingIterator<JsonNode> values =
                             MAPPER.readerFor(JsonNode.class).readValues(json)) {
                    while (values.hasNext()) { // some pages put several objects in one block, not in an array
                        flatten(values.next(), nodes, 0);
                    }
                }
            } catch (Exception e) {
                // malformed JSON-LD is common; skip it
            }
        }
        JsonNode art = null;
        for (JsonNode n : nodes) {
            if (isArticleType(n)) {
                art = n;
                break;
            }
        }
        if (art == null) {
            for (JsonNode n : nodes) {
                if (n.has("articleBody") || n.has("datePublished")) {
                    art = n;
                    break;
                }
            }
        }
        JsonNode pub = null;
        if (art != null && art.has("publisher")) {
            pub = art.get("publisher");
            if (pub.isArray() && !pub.isEmpty()) {
                pub = pub.get(0);
            }
        }
        if (pub == null || !pub.has("name")) {
            for (JsonNode n : nodes) {
                String t = type(n);
                if ((t.contains("organization") || t.contains("newsmediaorganization")) && n.has("name")) {
                    pub = n;
                    break;
                }
            }
        }
        return new JsonLd(art, pub, nodes);
    }

    private static void flatten(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 6) {
            return;
        }
        if (n.isArray()) {
            n.forEach(c -> flatten(c, out, depth + 1));
        } else if (n.isObject()) {
            out.add(n);
            if (n.has("@graph")) {
                flatten(n.get("@graph"), out, depth + 1);
            }
            if (n.has("mainEntity")) {
                flatten(n.get("mainEntity"), out, depth + 1);
            }
        }
    }

    private static String type(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t == null) {
            return "";
        }
        return (t.isArray() ? t.toString() : t.asText()).toLowerCase(Locale.ROOT);
    }

    private static boolean isArticleType(JsonNode n) {
        String t = type(n);
        return t.contains("article") || t.contains("blogposting") || t.contains("report")
                || t.contains("posting") && !t.contains("job");
    }

    /** A string field of the article node, or null. */
    String text(String field) {
        if (article == null) {
            return null;
        }
        JsonNode v = article.get(field);
        if (v == null) {
            return null;
        }
        if (v.isArray()) {
            v = v.isEmpty() ? null : v.get(0);
        }
        return v != null && v.isValueNode() ? Texts.normOrNull(v.asText()) : null;
    }

    /** Author names joined with ", ", or null. */
    String authors() {
        if (article == null || !article.has("author")) {
            return null;
        }
        JsonNode a = article.get("author");
        List<String> names = new ArrayList<>();
        for (JsonNode x : a.isArray() ? a : List.of(a)) {
            String name = x.isTextual() ? x.asText() : x.path("name").asText("");
            name = Texts.norm(name);
            if (!name.isEmpty() && !name.startsWith("http") && !names.contains(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** Publisher name, or null. */
    String publisherName() {
        return publisher == null ? null : Texts.normOrNull(publisher.path("name").asText(null));
    }
}
