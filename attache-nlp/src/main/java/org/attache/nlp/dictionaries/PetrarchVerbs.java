package org.attache.nlp.dictionaries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attache.nlp.events.VerbLexicon.VerbPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PETRARCH-2 verb dictionary ({@code CAMEO.2.0.txt}) a user points at, converted to the coder's simple
 * {@link VerbPattern}s: a head verb lemma followed, in order, by literal words. Attaché ships no dictionary.
 *
 * <p>What converts: each verb block ({@code --- MEET_PEOPLE [040] ---}) gives its code to every verb of the block
 * ("meet", "contact", multi-word "meet with"); each pattern line whose words all follow the verb
 * ({@code - * (FOR TALKS) [036:036]}) gives one pattern per verb of the block ("meet for talks" → 036), with
 * phrase and compound brackets flattened, actor slots ({@code $ + %}) dropped, slash alternatives
 * ({@code BY/WITH}) and synsets ({@code &WEAPON}) expanded into literal words (at most {@value #MAX_EXPANSIONS}
 * patterns per line). Of a paired code {@code [042:043]} the first, source-to-target, code is kept.
 *
 * <p>What is skipped (counted and logged): lines with words before the verb ({@code - &MILITARY * [154]}),
 * codes that apply only with the subject as target ({@code [:173]}), no-code lines ({@code [---]}), skip markers
 * ({@code ^}) and other operators the simple form cannot express, and the {@code ~} compound rules.
 * Errors reading the file name it; a malformed pattern line names the file and line.
 */
public final class PetrarchVerbs {
    private static final Logger LOG = LoggerFactory.getLogger(PetrarchVerbs.class);
    static final int MAX_EXPANSIONS = 64;
    private static final Pattern HEADER = Pattern.compile("---\\s+(\\S+)\\s+\\[([^\\]]*)\\][\\s-]*");
    private static final Pattern CODE = Pattern.compile("(\\d{2,4})!?(?::(?:\\d{2,4})?!?)?");
    private static final Pattern WORD = Pattern.compile("[A-Z0-9][A-Z0-9'._-]*");

    private final List<VerbPattern> patterns;
    private final int patternLines;
    private final int converted;
    private final int verbs;

    private PetrarchVerbs(List<VerbPattern> patterns, int patternLines, int converted, int verbs) {
        this.patterns = patterns;
        this.patternLines = patternLines;
        this.converted = converted;
        this.verbs = verbs;
    }

    /** The converted patterns, bare verbs first, without duplicates. */
    public List<VerbPattern> patterns() {
        return patterns;
    }

    /** Pattern lines ({@code - … [code]}, and {@code ~} rules) in the file. */
    public int patternLines() {
        return patternLines;
    }

    /** Pattern lines that gave at least one {@link VerbPattern}. */
    public int convertedLines() {
        return converted;
    }

    /** Verbs (including multi-word verbs) read from the blocks. */
    public int verbs() {
        return verbs;
    }

    /** convertedLines / patternLines. */
    public double convertedFraction() {
        return patternLines == 0 ? 0 : (double) converted / patternLines;
    }

    private record Block(String code, List<List<String>> verbs, List<String[]> lines) {
    }

    /** Reads and converts a verb dictionary. */
    public static PetrarchVerbs load(Path file) {
        long t0 = System.nanoTime();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read verb dictionary " + file, e);
        }
        Map<String, List<List<String>>> synsets = new HashMap<>();
        List<Block> blocks = new ArrayList<>();
        List<List<String>> currentSynset = null;
        Block block = null;
        int patternLines = 0;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            int hash = raw.indexOf('#');
            String text = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (text.isEmpty() || text.startsWith("<")) {
                continue;
            }
            if (text.startsWith("---")) {
                Matcher h = HEADER.matcher(text);
                if (!h.matches()) {
                    throw new DictionaryFormatException(file, i + 1, "bad verb block header '" + text + "'");
                }
                block = new Block(code(h.group(2).strip()), new ArrayList<>(), new ArrayList<>());
                blocks.add(block);
                currentSynset = null;
            } else if (text.startsWith("&")) {
                currentSynset = new ArrayList<>();
                synsets.put(text.substring(1).strip().replaceAll("_+$", ""), currentSynset);
                block = null;
            } else if (text.startsWith("~")) {
                patternLines++;
            } else if (text.startsWith("-")) {
                if (block == null) {
                    throw new DictionaryFormatException(file, i + 1, "a pattern line outside a verb block");
                }
                patternLines++;
                block.lines().add(new String[] {text, String.valueOf(i + 1)});
            } else if (currentSynset != null && text.startsWith("+")) {
                currentSynset.add(words(text.substring(1)));
            } else if (block != null) {
                int brace = text.indexOf('{');
                List<String> verb = words((brace >= 0 ? text.substring(0, brace) : text).replaceFirst("^\\+", ""));
                if (!verb.isEmpty()) {
                    block.verbs().add(verb);
                }
            }
        }
        LinkedHashSet<VerbPattern> bare = new LinkedHashSet<>();
        LinkedHashSet<VerbPattern> phrased = new LinkedHashSet<>();
        int converted = 0;
        int verbs = 0;
        Map<String, Integer> reasons = new HashMap<>();
        for (Block b : blocks) {
            verbs += b.verbs().size();
            if (b.code() != null) {
                for (List<String> v : b.verbs()) {
                    bare.add(new VerbPattern(v, b.code()));
                }
            }
            for (String[] l : b.lines()) {
                String reason = convert(l[0], b.verbs(), synsets, phrased);
                if (reason == null) {
                    converted++;
                } else {
                    reasons.merge(reason, 1, Integer::sum);
                    LOG.debug("{}:{}: skipped verb pattern ({}): {}", file, l[1], reason, l[0]);
                }
            }
        }
        List<VerbPattern> all = new ArrayList<>(bare);
        all.addAll(phrased);
        LOG.info("converted {} of {} verb pattern lines from {} ({} patterns, {} verbs) in {} ms; skipped: {}",
                converted, patternLines, file, all.size(), verbs, (System.nanoTime() - t0) / 1_000_000, reasons);
        return new PetrarchVerbs(List.copyOf(all), patternLines, converted, verbs);
    }

    /** Adds the patterns of one line; returns null when converted, else why not. */
    private static String convert(String line, List<List<String>> verbs, Map<String, List<List<String>>> synsets,
                                  LinkedHashSet<VerbPattern> out) {
        int open = line.lastIndexOf('[');
        int close = line.lastIndexOf(']');
        if (open < 0 || close < open) {
            return "no code";
        }
        String code = code(line.substring(open + 1, close).strip());
        if (code == null) {
            return "no source-to-target code";
        }
        String body = line.substring(1, open).replaceAll("[(){}]", " ").strip();
        String[] tokens = body.split("\\s+");
        int star = -1;
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].equals("*")) {
                star = i;
                break;
            }
        }
        if (star < 0) {
            return "no verb position";
        }
        for (int i = 0; i < star; i++) {
            if (!isSlot(tokens[i])) {
                return "words before the verb";
            }
        }
        List<List<String>> tails = new ArrayList<>();
        tails.add(List.of());
        for (int i = star + 1; i < tokens.length; i++) {
            String t = tokens[i];
            if (isSlot(t)) {
                continue;
            }
            List<List<String>> options = new ArrayList<>();
            if (t.startsWith("&")) {
                List<List<String>> members = synsets.get(t.substring(1).replaceAll("_+$", ""));
                if (members == null || members.isEmpty()) {
                    return "unknown synset";
                }
                options.addAll(members);
            } else {
                for (String alt : t.split("/")) {
                    if (!WORD.matcher(alt).matches()) {
                        return "operator " + t;
                    }
                    options.add(words(alt));
                }
            }
            List<List<String>> next = new ArrayList<>();
            for (List<String> tail : tails) {
                for (List<String> o : options) {
                    List<String> n = new ArrayList<>(tail);
                    n.addAll(o);
                    next.add(n);
                }
            }
            if (next.size() > MAX_EXPANSIONS) {
                return "too many expansions";
            }
            tails = next;
        }
        for (List<String> v : verbs) {
            for (List<String> tail : tails) {
                List<String> w = new ArrayList<>(v);
                w.addAll(tail);
                out.add(new VerbPattern(List.copyOf(w), code));
            }
        }
        return verbs.isEmpty() ? "block without verbs" : null;
    }

    private static boolean isSlot(String t) {
        return t.equals("$") || t.equals("+") || t.equals("%");
    }

    /** "036", "042:043" → first code; ":173", "---" and empty → null. */
    static String code(String inside) {
        Matcher m = CODE.matcher(inside);
        return m.matches() ? m.group(1) : null;
    }

    /** "MEET_WITH", "TEAR_GAS_", "PRIME MINISTER" → lower-case words. */
    static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.strip().split("[_\\s]+")) {
            if (!w.isEmpty()) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
