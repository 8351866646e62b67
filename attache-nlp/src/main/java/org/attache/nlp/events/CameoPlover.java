package org.attache.nlp.events;

import org.attache.nlp.BundledTable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.attache.api.events.PloverType;

/**
 * The CAMEO → PLOVER table (bundled {@code cameo-plover.tsv}, after the PLOVER project's CAMEO2PLOVER-2021
 * table, CC BY-SA 4.0): each CAMEO code's PLOVER type, mode, context and a short description. A code the
 * table does not list falls back to its three-digit parent, then to its root ("0311" → "031" → "030").
 * Attaché differs from the published table in one place: 043 (host a visit) has mode {@code host}, so the
 * host's side of a visit is told from the visitor's (042, {@code visit}). CAMEO 01 (statements) has no
 * PLOVER type. Immutable and thread-safe.
 */
public final class CameoPlover {
    private static final String RESOURCE = "/org/attache/nlp/events/cameo-plover.tsv";
    private static final CameoPlover STANDARD = load();

    /** One row of the table. */
    public record Row(String cameo, PloverType type, String mode, String context, String description) {
    }

    private final Map<String, Row> rows;

    private CameoPlover(Map<String, Row> rows) {
        this.rows = Collections.unmodifiableMap(rows);
    }

    /** The bundled table. */
    public static CameoPlover standard() {
        return STANDARD;
    }

    /** The PLOVER type of a CAMEO code, or null when the code (and its parents) has none (CAMEO 01). */
    public PloverType typeOf(String cameo) {
        return row(cameo).map(Row::type).orElse(null);
    }

    /** The table's PLOVER mode for a CAMEO code ("phone", "host", "arrest"), or null. */
    public String modeOf(String cameo) {
        return row(cameo).map(Row::mode).orElse(null);
    }

    /** The table's PLOVER context ("diplomatic", "economic"; several joined by ';'), or null. */
    public String contextOf(String cameo) {
        return row(cameo).map(Row::context).orElse(null);
    }

    /** The short description ("Make a visit"), or null. */
    public String describe(String cameo) {
        return row(cameo).map(Row::description).orElse(null);
    }

    /** True when the table (not a fallback) lists this exact code. */
    public boolean contains(String cameo) {
        return cameo != null && rows.containsKey(cameo.trim());
    }

    /** All rows, in table order. */
    public Map<String, Row> rows() {
        return rows;
    }

    /** The row of a code, falling back to its parent and then to its root ("19" → "190"). */
    public Optional<Row> row(String cameo) {
        if (cameo == null) {
            return Optional.empty();
        }
        String c = cameo.trim();
        if (c.length() == 2) {
            c = c + "0";
        }
        while (c.length() >= 3) {
            Row r = rows.get(c);
            if (r != null) {
                return Optional.of(r);
            }
            if (c.length() > 3) {
                c = c.substring(0, 3);
            } else if (c.charAt(2) != '0') {
                c = c.substring(0, 2) + "0";
            } else {
                break;
            }
        }
        return Optional.empty();
    }

    private static CameoPlover load() {
        Map<String, Row> rows = new LinkedHashMap<>();
        BundledTable.read(CameoPlover.class, RESOURCE, (n, line) -> {
            String[] f = line.split("\t", -1);
            if (f.length < 5) {
                throw new IllegalStateException(RESOURCE + " line " + n + ": expected 5 columns: " + line);
            }
            PloverType type = PloverType.fromLabel(f[1]).orElseThrow(
                    () -> new IllegalStateException(RESOURCE + " line " + n + ": unknown PLOVER type " + f[1]));
            rows.putIfAbsent(f[0], new Row(f[0], type, blankToNull(f[2]), blankToNull(f[3]), f[4]));
        });
        return new CameoPlover(rows);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
