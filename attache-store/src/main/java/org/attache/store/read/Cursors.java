package org.attache.store.read;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque cursors: base64url of the last item's sort key, its parts separated by a newline. Used by the store's
 * lists; callers pass cursors back unchanged.
 */
public final class Cursors {
    private static final char SEPARATOR = '\n';

    private Cursors() {
    }

    /** The cursor of a sort key (no part may contain a newline; null parts are written empty). */
    public static String encode(String... parts) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                key.append(SEPARATOR);
            }
            key.append(parts[i] == null ? "" : parts[i]);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The sort key of a cursor, checked to start with {@code kind} and hold {@code parts} parts (kind included).
     *
     * @throws IllegalArgumentException naming the cursor when it is not one this store wrote
     */
    public static List<String> decode(String cursor, String kind, int parts) {
        String key;
        try {
            key = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw bad(cursor);
        }
        List<String> values = List.of(key.split(String.valueOf(SEPARATOR), -1));
        if (values.size() != parts || !values.getFirst().equals(kind)) {
            throw bad(cursor);
        }
        return values;
    }

    /** A long part of a decoded cursor. */
    public static long number(String cursor, String part) {
        try {
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw bad(cursor);
        }
    }

    static IllegalArgumentException bad(String cursor) {
        return new IllegalArgumentException("Bad cursor '" + cursor + "': pass back the next_cursor of a previous page");
    }
}
