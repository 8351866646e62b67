package org.attache.nlp.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.attache.nlp.names.AsciiFolder;

/**
 * A state's own bodies, parties and news media that news names without their country ("the Bundesbank", "the
 * SEC", "Tass", "the Knesset"), with the country they belong to ({@code national-bodies.txt} beside this class,
 * written for Attaché from general knowledge). Part of the shipped knowledge: an organisation or place named so
 * takes that country as knowledge. Names every state gives one of its bodies ("Senate", "Finance Ministry") are
 * not listed: only the text can say whose they are. Immutable; thread-safe.
 */
final class NationalBodies {
    private static final String RESOURCE = "national-bodies.txt";

    private static final class Holder {
        static final NationalBodies STANDARD = load();
    }

    /** What a listed name is: a state's institution or seat of government, a party, or a news outlet. */
    enum Kind {
        STATE("GOV"), SEAT("GOV"), PARTY("PTY"), MEDIA("MED");

        /** The CAMEO sector that stands for the kind. */
        final String sector;

        Kind(String sector) {
            this.sector = sector;
        }
    }

    /** A listed body: its country (ISO alpha-3) and kind. */
    record Body(String country, Kind kind) {
    }

    private final Map<String, Body> byKey;

    private NationalBodies(Map<String, Body> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** The shipped table (read on first use). */
    static NationalBodies standard() {
        return Holder.STANDARD;
    }

    /** The body {@code name} names, or null when the table has no such name. */
    Body of(String name) {
        if (name == null) {
            return null;
        }
        String key = key(name);
        Body body = byKey.get(key);
        if (body == null && key.startsWith("the ")) {
            body = byKey.get(key.substring(4));
        }
        return body;
    }

    /** Folded for matching: ASCII, lower case, punctuation other than apostrophes as spaces, single spaces. */
    static String key(String name) {
        String folded = AsciiFolder.fold(name).toLowerCase(Locale.ROOT).replace('’', '\'');
        return folded.replaceAll("[^a-z0-9']+", " ").strip();
    }

    private static NationalBodies load() {
        Map<String, Body> map = new HashMap<>();
        try (InputStream in = NationalBodies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\\|");
                if (cols.length < 3 || !cols[0].matches("[A-Z]{3}")
                        || !cols[1].matches("state|seat|party|media")) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected CODE|kind|name|…, was " + line);
                }
                Body body = new Body(cols[0], Kind.valueOf(cols[1].toUpperCase(Locale.ROOT)));
                for (int i = 2; i < cols.length; i++) {
                    String k = key(cols[i]);
                    Body before = k.isEmpty() ? null : map.putIfAbsent(k, body);
                    if (before != null && !before.equals(body)) {
                        throw new IllegalStateException(RESOURCE + ":" + lineNo + ": '" + cols[i]
                                + "' is listed twice, as " + before + " and " + body);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new NationalBodies(map);
    }
}
