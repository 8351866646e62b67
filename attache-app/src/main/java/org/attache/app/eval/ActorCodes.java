package org.attache.app.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.attache.nlp.resolve.NameKeys;

/**
 * Reads an event actor's or entity's country as the facts dev set writes it: an ISO 3166 alpha-3 code as
 * it stood on the story's date (SUN, DEU for West Germany), or the code of an international organisation or
 * grouping from {@code actor-codes.tsv} (UNO, EEC, G7, …), whichever spelling the coder printed ("UN",
 * "European Community", "IGOWSTNAT"). "NGO" and blanks read as no country: they name a sector, not a state.
 */
public final class ActorCodes {
    private static final Pattern ISO = Pattern.compile("[A-Z]{3}");
    private static final Pattern PHOENIX_IGO = Pattern.compile("IGO[A-Z]*([A-Z]{3})");
    private static final ActorCodes STANDARD = load();

    private final Map<String, String> codeBySpelling;

    private ActorCodes(Map<String, String> codeBySpelling) {
        this.codeBySpelling = Map.copyOf(codeBySpelling);
    }

    /** The table shipped with the evaluation. */
    public static ActorCodes standard() {
        return STANDARD;
    }

    /** The canonical code of {@code printed}, or null when it names no country or organisation. */
    public String canonical(String printed) {
        if (printed == null || printed.isBlank()) {
            return null;
        }
        String trimmed = printed.strip();
        String upper = trimmed.toUpperCase(Locale.ROOT);
        if (upper.equals("NGO")) {
            return null;
        }
        String known = codeBySpelling.get(NameKeys.key(trimmed));
        if (known != null) {
            return known;
        }
        var phoenix = PHOENIX_IGO.matcher(upper);
        if (phoenix.matches()) {
            return codeBySpelling.getOrDefault(NameKeys.key(phoenix.group(1)), phoenix.group(1));
        }
        return ISO.matcher(upper).matches() ? upper : trimmed;
    }

    /** Whether two printed codes name the same country or organisation (two unknowns never match). */
    public boolean same(String a, String b) {
        return Objects.equals(canonical(a), canonical(b));
    }

    private static ActorCodes load() {
        Map<String, String> table = new HashMap<>();
        try (InputStream in = ActorCodes.class.getResourceAsStream("actor-codes.tsv")) {
            if (in == null) {
                throw new IllegalStateException("actor-codes.tsv missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                String code = cols[0].strip();
                table.put(NameKeys.key(code), code);
                if (cols.length > 1) {
                    for (String spelling : cols[1].split("\\|")) {
                        table.put(NameKeys.key(spelling), code);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ActorCodes(table);
    }
}
