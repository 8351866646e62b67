package org.attache.nlp.offices;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal country-name and demonym lookup (ISO-3166 alpha-3) for the mention layers, read from the bundled
 * {@code countries.tsv}. It is deliberately small; the Resolve stage's gazetteer is the full one.
 *
 * <p>Immutable after construction and thread-safe; {@link #standard()} is loaded once and shared.
 */
public final class Countries {
    private static final class Holder {
        static final Countries STANDARD = load();
    }

    private final Map<String, String> byName;
    private final Map<String, String> byDemonym;

    private Countries(Map<String, String> byName, Map<String, String> byDemonym) {
        this.byName = Map.copyOf(byName);
        this.byDemonym = Map.copyOf(byDemonym);
    }

    /** The bundled list. */
    public static Countries standard() {
        return Holder.STANDARD;
    }

    /** ISO3 of a country name ("Singapore", "Viet Nam", "Việt Nam"), or null. */
    public String byName(String name) {
        return name == null ? null : byName.get(key(name));
    }

    /** ISO3 of a demonym ("Singaporean", "Vietnamese"), or null. */
    public String byDemonym(String word) {
        return word == null ? null : byDemonym.get(key(word));
    }

    /** ISO3 of a name or a demonym, or null. */
    public String of(String nameOrDemonym) {
        String iso = byName(nameOrDemonym);
        return iso != null ? iso : byDemonym(nameOrDemonym);
    }

    /** Lookup key: diacritics folded, apostrophes unified, lower case, spaces collapsed. */
    static String key(String s) {
        String n = Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').replace('’', '\'').replaceAll("\\s+", " ");
        return n.toLowerCase(Locale.ROOT);
    }

    private static Countries load() {
        Map<String, String> names = new HashMap<>();
        Map<String, String> demonyms = new HashMap<>();
        try (InputStream is = Countries.class.getResourceAsStream("countries.tsv")) {
            if (is == null) {
                throw new IllegalStateException("countries.tsv missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(is, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                for (String n : f[1].split("\\|")) {
                    names.putIfAbsent(key(n), f[0]);
                }
                if (f.length > 2) {
                    for (String d : f[2].split("\\|")) {
                        demonyms.putIfAbsent(key(d), f[0]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading countries.tsv", e);
        }
        return new Countries(names, demonyms);
    }
}
