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
            URI uri = base == null ? URI.create(href.strip()) : URI.create(base).resolve(href.strip());
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
}
