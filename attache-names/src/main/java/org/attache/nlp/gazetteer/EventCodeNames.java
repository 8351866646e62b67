package org.attache.nlp.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Display names of event codes, so that pages never show a bare code: a PLOVER type's gloss ("CONSULT" → "meet,
 * visit, hold talks", after the PLOVER codebook's definitions) and a CAMEO code's description ("042" → "Make a
 * visit", from the bundled CAMEO→PLOVER table, which the event coder of attache-nlp reads too). A CAMEO code the
 * table does not list is named by its parent, then its root, as the coder maps it; and a CAMEO sector code ("GOV" →
 * "government"). Stateless; thread-safe.
 */
public final class EventCodeNames {
    private static final String CAMEO_TABLE = "/org/attache/nlp/events/cameo-plover.tsv";
    private static final Map<String, String> PLOVER = Map.ofEntries(
            Map.entry("AGREE", "agree or express intent to cooperate"),
            Map.entry("CONSULT", "meet, visit, hold talks"),
            Map.entry("SUPPORT", "praise, endorse, cooperate diplomatically"),
            Map.entry("CONCEDE", "yield, ease restrictions"),
            Map.entry("COOPERATE", "cooperate in deed (economic, military, judicial)"),
            Map.entry("AID", "give economic, military or humanitarian aid"),
            Map.entry("RETREAT", "withdraw, release, de-escalate"),
            Map.entry("REQUEST", "ask, appeal, demand"),
            Map.entry("ACCUSE", "criticise, accuse, investigate"),
            Map.entry("REJECT", "refuse, reject, veto"),
            Map.entry("THREATEN", "threaten"),
            Map.entry("PROTEST", "protest, demonstrate"),
            Map.entry("SANCTION", "sanction, cut ties, embargo"),
            Map.entry("MOBILIZE", "mobilise or raise forces"),
            Map.entry("COERCE", "seize, arrest, expel, restrict"),
            Map.entry("ASSAULT", "use force, attack, fight"));
    /** The CAMEO actor (agent) codes of sectors, as the CAMEO codebook names them. */
    private static final Map<String, String> SECTORS = Map.ofEntries(
            Map.entry("GOV", "government"), Map.entry("MIL", "military"), Map.entry("REB", "rebels"),
            Map.entry("OPP", "political opposition"), Map.entry("PTY", "political party"), Map.entry("COP", "police"),
            Map.entry("JUD", "judiciary"), Map.entry("SPY", "intelligence"), Map.entry("IGO", "intergovernmental organisation"),
            Map.entry("NGO", "non-governmental organisation"), Map.entry("MED", "media"), Map.entry("EDU", "education"),
            Map.entry("BUS", "business"), Map.entry("CRM", "criminal"), Map.entry("CVL", "civilians"),
            Map.entry("LAB", "labour"), Map.entry("REF", "refugees"), Map.entry("HLH", "health"),
            Map.entry("ELI", "elites"), Map.entry("LEG", "legislature"), Map.entry("AGR", "agriculture"),
            Map.entry("ENV", "environment"), Map.entry("IMG", "immigrants"), Map.entry("RAD", "radicals"),
            Map.entry("UAF", "unaligned armed forces"), Map.entry("SET", "settlers"), Map.entry("REL", "religious"),
            Map.entry("HRI", "human rights"), Map.entry("MOD", "moderates"), Map.entry("INS", "insurgents"),
            Map.entry("MNC", "multinational corporation"), Map.entry("NGM", "non-governmental movement"));
    private static final Map<String, String> CAMEO = loadCameo();

    private EventCodeNames() {
    }

    /** The gloss of a PLOVER type name ("CONSULT" → "meet, visit, hold talks"), or null when unknown. */
    public static String ploverName(String type) {
        return type == null ? null : PLOVER.get(type.strip().toUpperCase(Locale.ROOT));
    }

    /** The name of a CAMEO sector code ("GOV" → "government"), or null when unknown. */
    public static String sectorName(String code) {
        return code == null ? null : SECTORS.get(code.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * The description of a CAMEO code ("042" → "Make a visit"), falling back to its parent and root ("0311" →
     * "031" → "030"); null when none is known.
     */
    public static String cameoName(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip();
        if (c.length() == 2) {
            c = c + "0";
        }
        while (c.length() >= 3) {
            String name = CAMEO.get(c);
            if (name != null) {
                return name;
            }
            if (c.length() > 3) {
                c = c.substring(0, 3);
            } else if (c.charAt(2) != '0') {
                c = c.substring(0, 2) + "0";
            } else {
                break;
            }
        }
        return null;
    }

    private static Map<String, String> loadCameo() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = EventCodeNames.class.getResourceAsStream(CAMEO_TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled table " + CAMEO_TABLE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length >= 5 && !f[4].isBlank()) {
                    names.putIfAbsent(f[0].strip(), f[4].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CAMEO_TABLE, e);
        }
        return Collections.unmodifiableMap(names);
    }
}
