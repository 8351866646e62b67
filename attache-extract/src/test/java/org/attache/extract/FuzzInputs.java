package org.attache.extract;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Random;
import org.attache.testkit.RandomTexts;

/**
 * Shared by the fuzz tests: how many inputs to try ({@code -Dfuzz.inputs=N} for a long run; the normal test run
 * tries 10,000 across the fuzz tests), the per-input time limit, and a measure of what one input allocated.
 */
public final class FuzzInputs {
    /** No input may take longer than this. */
    public static final Duration PER_INPUT = Duration.ofSeconds(2);
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private FuzzInputs() {
    }

    /** This test's share ({@code share} of 10,000 in a normal run) of {@code -Dfuzz.inputs} (default 10,000). */
    public static int count(double share) {
        return (int) Math.max(1, Math.round(Long.getLong("fuzz.inputs", 10_000) * share));
    }

    /** Bytes the current thread has allocated so far (for a per-input heap bound). */
    public static long allocated() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }

    /** Random markup: nested tags, attributes (some with script URLs), entities, comments and text, maybe broken. */
    public static String html(Random random) {
        StringBuilder out = new StringBuilder();
        if (random.nextBoolean()) {
            out.append("<!DOCTYPE html><html><head><title>").append(words(random, 8)).append("</title>");
            if (random.nextBoolean()) {
                out.append("<meta property=\"og:site_name\" content=\"").append(RandomTexts.wellFormed(random, 20))
                        .append("\"><meta name=\"date\" content=\"").append(date(random)).append("\">");
            }
            if (random.nextInt(4) == 0) {
                out.append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"")
                        .append(words(random, 30)).append(random.nextBoolean() ? "\"}" : "").append("</script>");
            }
            out.append("</head><body>");
        }
        element(random, out, random.nextInt(25) == 0 ? 200 + random.nextInt(1500) : random.nextInt(25), 0);
        if (random.nextInt(5) == 0) {
            int cut = random.nextInt(out.length() + 1);
            out.setLength(cut); // a page cut off mid-way
        }
        return out.toString();
    }

    private static final String[] TAGS = {"div", "p", "span", "article", "main", "section", "h1", "h2", "a", "b", "i",
        "ul", "li", "table", "tr", "td", "figure", "figcaption", "time", "nav", "aside", "header", "footer", "script",
        "style", "br", "img", "blockquote", "em", "strong", "form", "iframe", "svg", "math", "template", "textarea"};

    private static void element(Random random, StringBuilder out, int depth, int level) {
        if (level > depth || out.length() > 60_000) {
            out.append(random.nextInt(3) == 0 ? RandomTexts.unicode(random, 40) : words(random, 25));
            return;
        }
        String tag = TAGS[random.nextInt(TAGS.length)];
        out.append('<').append(random.nextInt(30) == 0 ? tag.toUpperCase(java.util.Locale.ROOT) : tag);
        int attributes = random.nextInt(3);
        for (int i = 0; i < attributes; i++) {
            switch (random.nextInt(6)) {
                case 0 -> out.append(" class=\"").append(random.nextBoolean() ? "article-body" : "related-links").append('"');
                case 1 -> out.append(" href=\"").append(random.nextBoolean() ? "javascript:alert(1)" : "/news/"
                        + RandomTexts.fromAlphabet(random, "abc-123/?&=%", 20)).append('"');
                case 2 -> out.append(" datetime=\"").append(date(random)).append('"');
                case 3 -> out.append(" style='").append(RandomTexts.wellFormed(random, 15));
                case 4 -> out.append(" id=").append(RandomTexts.fromAlphabet(random, "ab\"'<>= ", 6));
                default -> out.append(' ').append(RandomTexts.fromAlphabet(random, "abcdef-", 5));
            }
        }
        out.append('>');
        int children = level + 1 >= depth ? 1 : 1 + random.nextInt(level < 3 ? 4 : 2);
        for (int i = 0; i < children; i++) {
            switch (random.nextInt(8)) {
                case 0 -> out.append(words(random, 40)).append(random.nextBoolean() ? ". " : ", ");
                case 1 -> out.append("&amp;&#x1F600;&nbsp;&bogus;&#0;");
                case 2 -> out.append("<!-- ").append(RandomTexts.unicode(random, 20)).append(random.nextBoolean() ? " -->" : "");
                default -> element(random, out, depth, level + 1);
            }
        }
        if (random.nextInt(6) != 0) {
            out.append("</").append(tag).append('>');
        }
    }

    /** Words of news prose, with names, numbers and punctuation. */
    public static String words(Random random, int max) {
        String[] words = {"the", "minister", "of", "foreign", "affairs", "met", "in", "Hanoi", "on", "Tuesday",
            "Việt", "Nam", "Singapore", "agreed", "trade", "talks", "said", "—", "Reuters", "(VNA)", "2025", "March",
            "Lê", "Hoài", "Trung", "President", "ASEAN", "summit", "\"", "percent", "Photo:", "Related", "Updated"};
        int n = 1 + random.nextInt(max);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        return out.toString();
    }

    /** A date string, valid or not. */
    public static String date(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> "2025-0" + (1 + random.nextInt(9)) + "-" + (10 + random.nextInt(20));
            case 1 -> (1 + random.nextInt(31)) + "/" + (1 + random.nextInt(13)) + "/20" + random.nextInt(100);
            case 2 -> "March " + random.nextInt(40) + ", " + (1900 + random.nextInt(300));
            case 3 -> RandomTexts.fromAlphabet(random, "0123456789-T:Z+", 25);
            default -> RandomTexts.wellFormed(random, 12);
        };
    }

    /** Bytes with a few random changes: flipped bytes, a cut, an inserted NUL or byte-order mark. */
    public static byte[] mutate(Random random, byte[] bytes) {
        byte[] out = bytes.clone();
        int changes = random.nextInt(4);
        for (int i = 0; i < changes && out.length > 0; i++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(4)) {
                case 0 -> out[at] = (byte) random.nextInt(256);
                case 1 -> out = java.util.Arrays.copyOf(out, at);
                case 2 -> out[at] = 0;
                default -> {
                    byte[] bom = random.nextBoolean() ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                            : new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                    byte[] grown = new byte[out.length + bom.length];
                    System.arraycopy(out, 0, grown, 0, at);
                    System.arraycopy(bom, 0, grown, at, bom.length);
                    System.arraycopy(out, at, grown, at + bom.length, out.length - at);
                    out = grown;
                }
            }
        }
        return out;
    }
}
