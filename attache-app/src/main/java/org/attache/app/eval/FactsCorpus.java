package org.attache.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.attache.json.Json;

/**
 * The corpus records a gold file annotates, read from the shared corpora's JSONL files: each record's own
 * line (fed to the pipeline unchanged) and its {@code text} (what the gold's offsets index).
 */
public final class FactsCorpus {
    private FactsCorpus() {
    }

    /** One corpus record. */
    public record Record(String id, String line, String text) {
    }

    /** A corpus path that does not exist or holds no JSONL file. */
    public static final class MissingCorpusException extends RuntimeException {
        public MissingCorpusException(String message) {
            super(message);
        }
    }

    /**
     * The records of {@code ids} found in {@code paths}: JSONL files, or folders whose {@code *.jsonl} files
     * are read (not recursively). Records of other ids are skipped; the first record of an id wins.
     */
    public static Map<String, Record> read(List<Path> paths, Set<String> ids) throws IOException {
        Map<String, Record> out = new HashMap<>();
        for (Path file : files(paths)) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.isBlank() || !mayHold(line, ids)) {
                        continue;
                    }
                    JsonNode record = Json.mapper().readTree(line);
                    String id = record.path("id").asText(null);
                    if (id != null && ids.contains(id) && !out.containsKey(id)) {
                        out.put(id, new Record(id, line, record.path("text").asText("")));
                    }
                }
            }
        }
        return out;
    }

    private static boolean mayHold(String line, Set<String> ids) {
        int at = line.indexOf("\"id\"");
        if (at < 0) {
            return false;
        }
        int open = line.indexOf('"', line.indexOf(':', at) + 1);
        int close = open < 0 ? -1 : line.indexOf('"', open + 1);
        return close < 0 || ids.contains(line.substring(open + 1, close));
    }

    private static List<Path> files(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isRegularFile(p)) {
                files.add(p);
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    List<Path> jsonl = list.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
                    if (jsonl.isEmpty()) {
                        throw new MissingCorpusException("no .jsonl file in corpus folder " + p);
                    }
                    files.addAll(jsonl);
                }
            } else {
                throw new MissingCorpusException("corpus not found: " + p);
            }
        }
        return files;
    }
}
