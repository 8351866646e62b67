package org.attache.nlp.resolve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The user's alias list: CSV lines {@code alias,target} (a mention spelled {@code alias} names the
 * entity {@code target}, given as an entity id or a canonical name) and {@code alias,target,split} (a
 * mention spelled {@code alias} never names {@code target}, even through in-document coreference).
 * Fields may be double-quoted ({@code "Lee, Hsien Loong"}); blank lines and lines starting with
 * {@code #} are skipped, as is a first line {@code alias,canonical…}. Spellings match by their folded
 * {@link NameKeys#key}.
 *
 * <p>Immutable and thread-safe.
 */
public final class AliasList {
    /** One line of the file. */
    public record Rule(String alias, String aliasKey, String target, boolean split, Path file, int line) {
        /** Where the rule was read, e.g. {@code registry/aliases.csv:3}. */
        public String origin() {
            return file + ":" + line;
        }
    }

    private static final AliasList EMPTY = new AliasList(Map.of(), Map.of());

    private final Map<String, Rule> merges;
    private final Map<String, List<Rule>> splits;

    private AliasList(Map<String, Rule> merges, Map<String, List<Rule>> splits) {
        this.merges = merges;
        this.splits = splits;
    }

    /** No aliases. */
    public static AliasList empty() {
        return EMPTY;
    }

    /** The list in {@code file}, or the empty list when the file does not exist. */
    public static AliasList loadIfPresent(Path file) {
        return Files.exists(file) ? load(file) : EMPTY;
    }

    /**
     * Reads an alias file (UTF-8).
     *
     * @throws AliasFileException naming the file and line of the first bad row, or the file when it
     *                            cannot be read
     */
    public static AliasList load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AliasFileException(file, "cannot read the alias file: " + e.getMessage(), e);
        }
        return parse(file, lines);
    }

    /** Parses the lines of an alias file; {@code file} only names it in errors. */
    public static AliasList parse(Path file, List<String> lines) {
        Map<String, Rule> merges = new LinkedHashMap<>();
        Map<String, List<Rule>> splits = new LinkedHashMap<>();
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i);
            if (i == 0 && line.startsWith("\ufeff")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> fields = fields(file, lineNo, line);
            if (first && fields.getFirst().strip().equalsIgnoreCase("alias")) {
                first = false;
                continue;
            }
            first = false;
            if (fields.size() < 2 || fields.size() > 3) {
                throw new AliasFileException(file, lineNo, "expected 'alias,canonical name or entity id' with an"
                        + " optional third field 'split', found " + fields.size() + " field(s): " + line);
            }
            String alias = NameKeys.display(fields.get(0));
            String target = NameKeys.display(fields.get(1));
            String aliasKey = NameKeys.key(alias);
            if (aliasKey.isEmpty()) {
                throw new AliasFileException(file, lineNo, "the alias is empty or has no letters: " + line);
            }
            if (NameKeys.key(target).isEmpty()) {
                throw new AliasFileException(file, lineNo, "the target is empty or has no letters: " + line);
            }
            boolean split = false;
            if (fields.size() == 3) {
                String third = fields.get(2).strip().toLowerCase(Locale.ROOT);
                if (third.equals("split")) {
                    split = true;
                } else if (!third.isEmpty() && !third.equals("merge")) {
                    throw new AliasFileException(file, lineNo, "the third field must be 'split' or 'merge', was '"
                            + fields.get(2).strip() + "'");
                }
            }
            Rule rule = new Rule(alias, aliasKey, target, split, file, lineNo);
            if (split) {
                splits.computeIfAbsent(aliasKey, k -> new ArrayList<>()).add(rule);
            } else {
                Rule earlier = merges.putIfAbsent(aliasKey, rule);
                if (earlier != null && !NameKeys.key(earlier.target()).equals(NameKeys.key(target))) {
                    throw new AliasFileException(file, lineNo, "alias '" + alias + "' already names '"
                            + earlier.target() + "' on line " + earlier.line() + "; it cannot also name '" + target + "'");
                }
            }
        }
        for (Map.Entry<String, List<Rule>> e : splits.entrySet()) {
            Rule merge = merges.get(e.getKey());
            for (Rule split : e.getValue()) {
                if (merge != null && NameKeys.key(merge.target()).equals(NameKeys.key(split.target()))) {
                    throw new AliasFileException(file, split.line(), "alias '" + split.alias() + "' is both merged with"
                            + " and split from '" + split.target() + "' (line " + merge.line() + ")");
                }
            }
        }
        return new AliasList(Map.copyOf(merges), Map.copyOf(splits));
    }

    private static List<String> fields(Path file, int lineNo, String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (wasQuoted && !Character.isWhitespace(c)) {
                throw new AliasFileException(file, lineNo, "text after a closing quote: " + line);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new AliasFileException(file, lineNo, "unterminated quote: " + line);
        }
        fields.add(field.toString());
        return fields;
    }

    /**
     * Writes a merge into an alias file so that it holds over a {@code reprocess}: a line
     * {@code spelling,target} for each spelling (unless it is the target's own), replacing lines that sent
     * those spellings elsewhere or kept them apart from the target; lines whose target was one of
     * {@code formerTargets} (the merged entities' names or ids) now name {@code target}. Comments, blank lines
     * and the order of other lines are kept. The file is written whole to a temporary file and moved into
     * place, and checked by {@link #parse} before; it and its folder are created when missing.
     *
     * @throws AliasFileException when the file cannot be read or written, or has a bad row
     */
    public static void recordMerge(Path file, String target, java.util.Collection<String> spellings,
                                   java.util.Collection<String> formerTargets) {
        String targetKey = NameKeys.key(target);
        java.util.Set<String> moved = new java.util.LinkedHashSet<>();
        java.util.Map<String, String> movedText = new LinkedHashMap<>();
        for (String spelling : spellings) {
            String k = NameKeys.key(spelling);
            if (!k.isEmpty() && !k.equals(targetKey) && moved.add(k)) {
                movedText.put(k, NameKeys.display(spelling));
            }
        }
        java.util.Set<String> former = new java.util.HashSet<>();
        for (String t : formerTargets) {
            former.add(NameKeys.key(t));
            former.add(t);
        }
        List<String> lines = new ArrayList<>();
        if (Files.exists(file)) {
            try {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new AliasFileException(file, "cannot read the alias file: " + e.getMessage(), e);
            }
            parse(file, lines); // refuse to rewrite a file that is already bad
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 && lines.get(i).startsWith("\ufeff") ? lines.get(i).substring(1) : lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                out.add(line);
                continue;
            }
            List<String> f = fields(file, i + 1, line);
            if (f.getFirst().strip().equalsIgnoreCase("alias") && out.stream().allMatch(l -> l.isBlank() || l.stripLeading().startsWith("#"))) {
                out.add(line);
                continue;
            }
            String aliasKey = NameKeys.key(f.get(0));
            boolean split = f.size() == 3 && f.get(2).strip().equalsIgnoreCase("split");
            String lineTarget = NameKeys.display(f.get(1));
            if (moved.contains(aliasKey) && (!split || NameKeys.key(lineTarget).equals(targetKey)
                    || former.contains(lineTarget) || former.contains(NameKeys.key(lineTarget)))) {
                continue; // this merge decides these spellings now
            }
            if (former.contains(lineTarget) || former.contains(NameKeys.key(lineTarget))) {
                if (aliasKey.equals(targetKey)) {
                    continue;
                }
                out.add(csv(f.get(0).strip()) + "," + csv(target) + (split ? ",split" : ""));
                continue;
            }
            out.add(line);
        }
        if (out.isEmpty()) {
            out.add("alias,target");
        }
        for (String text : movedText.values()) {
            out.add(csv(text) + "," + csv(target));
        }
        parse(file, out);
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "aliases", ".tmp");
            Files.write(tmp, out, StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new AliasFileException(file, "cannot write the alias file: " + e.getMessage(), e);
        }
    }

    /** A CSV field, quoted when it holds a comma, a quote or leading or trailing space. */
    private static String csv(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.equals(field.strip())) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** The merge rule for a spelling's key, if any. */
    public Optional<Rule> mergeFor(String aliasKey) {
        return Optional.ofNullable(merges.get(aliasKey));
    }

    /** The split rules for a spelling's key. */
    public List<Rule> splitsFor(String aliasKey) {
        return splits.getOrDefault(aliasKey, List.of());
    }

    /** True when the list has no rules. */
    public boolean isEmpty() {
        return merges.isEmpty() && splits.isEmpty();
    }
}
