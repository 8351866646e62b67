package org.attache.extract.feed;

import java.net.URI;
import java.util.Locale;

/** Resolving and checking the links a list gives. */
final class Links {
    /** Longest URL kept; longer ones are noise or abuse. */
    static final int MAX_URL_LENGTH = 2048;

    private Links() {
    }

    /** {@code href} made absolute against {@code base}, without its fragment, when it is an http(s) URL; else null. */
    static String absolute(String base, String href) {
        if (href == null || href.isBlank() || href.length() > MAX_URL_LENGTH) {
            return null;
        }
        try {
            String escaped = escape(href.strip());
            URI uri = base == null ? URI.create(escaped) : URI.create(base).resolve(escaped);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null) {
                return null;
            }
            String s = uri.toString();
            int hash = s.indexOf('#');
            return hash >= 0 ? s.substring(0, hash) : s;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * {@code href} with what a browser would escape before sending it: spaces, controls, non-ASCII characters (as
     * UTF-8) and the few ASCII characters a URI may not hold. Feeds often carry such links unescaped.
     */
    static String escape(String href) {
        StringBuilder sb = null;
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            boolean plain = c > 0x20 && c < 0x7F && "\"<>\\^`{|}".indexOf(c) < 0;
            if (plain) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(href.length() + 16).append(href, 0, i);
            }
            int cp = href.codePointAt(i);
            if (Character.charCount(cp) == 2) {
                i++;
            }
            for (byte b : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return sb == null ? href : sb.toString();
    }
}
