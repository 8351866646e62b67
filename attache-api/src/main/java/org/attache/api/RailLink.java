package org.attache.api;

/**
 * One item of a page's link rail ("Related News", "Latest News", …): a link to another article,
 * kept apart from the body. Every field but {@code headline} is nullable.
 *
 * @param rail     the rail's heading as printed, e.g. "Related News"
 * @param headline the linked article's headline
 * @param time     time of day as printed ({@code HH:MM}), or null
 * @param date     ISO date of the linked article, or null
 * @param category section label, or null
 * @param url      link target, or null in text dumps; a target that would run script or carry inline content
 *                 ({@code javascript:}, {@code vbscript:}, {@code data:}, in any case and with any leading
 *                 blanks or control characters) is dropped to null, since pages are untrusted
 */
public record RailLink(String rail, String headline, String time, String date, String category, String url) {
    public RailLink {
        url = safeUrl(url);
    }

    /** {@code url}, or null when it is blank or its scheme runs script or inlines content. */
    static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        // browsers ignore leading C0 controls and spaces, and tabs or newlines anywhere in the scheme
        StringBuilder scheme = new StringBuilder();
        for (int i = 0; i < url.length() && scheme.length() < 16; i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == '\u007f') {
                continue;
            }
            if (c == ':') {
                String s = scheme.toString().toLowerCase(java.util.Locale.ROOT);
                return s.equals("javascript") || s.equals("vbscript") || s.equals("data") ? null : url;
            }
            if (!Character.isLetterOrDigit(c) && c != '+' && c != '-' && c != '.') {
                break;
            }
            scheme.append(c);
        }
        return url.isBlank() ? null : url;
    }
}
