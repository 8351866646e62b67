package org.attache.app.relevance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.attache.api.relevance.RelevanceLabel;
import org.attache.nlp.relevance.LabelledText;
import org.attache.nlp.relevance.WeakLabels;
import org.attache.json.Json;

/**
 * Reads the labelled corpora (the JSONL forms of BBC News and Reuters-21578 in {@code bench/corpus}) into training
 * texts, labelled by {@link WeakLabels}. The model learns from each story's body only: the Reuters rules read
 * headlines, and a model that saw them would be scored on words that made its labels.
 *
 * <p>Reuters has far more company and market stories than political ones; {@code maxReutersBusiness} keeps a
 * fixed share of them (the first in the order of a hash of their ids), so that the labels are not swamped.
 */
public final class RelevanceCorpora {
    private static final Pattern REUTER_SIGNOFF = Pattern.compile("\\s*\\bREUTER\\s*$", Pattern.CASE_INSENSITIVE);

    private RelevanceCorpora() {
    }

    /** The training texts of both corpora (either path may be null). */
    public static List<LabelledText> read(Path bbc, Path reuters, int maxReutersBusiness) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        if (bbc != null) {
            texts.addAll(bbc(bbc));
        }
        if (reuters != null) {
            texts.addAll(reuters(reuters, maxReutersBusiness));
        }
        return texts;
    }

    /** Every BBC story, labelled by its section. */
    public static List<LabelledText> bbc(Path file) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        forEachRecord(file, (line, r) -> {
            String section = text(r, "section");
            if (section == null) {
                throw new IllegalArgumentException(file + ":" + line + ": no \"section\" field (not the BBC corpus?)");
            }
            WeakLabels.Weak weak = WeakLabels.bbc(section);
            texts.add(new LabelledText(id(r, file, line), "bbc", body(r), weak.label(), weak.rule()));
        });
        return texts;
    }

    /** The Reuters stories the rules label, at most {@code maxBusiness} of them business. */
    public static List<LabelledText> reuters(Path file, int maxBusiness) throws IOException {
        List<LabelledText> political = new ArrayList<>();
        List<LabelledText> business = new ArrayList<>();
        forEachRecord(file, (line, r) -> {
            JsonNode tags = r.get("tags");
            if (tags == null || !tags.isObject()) {
                throw new IllegalArgumentException(file + ":" + line + ": no \"tags\" object (not the Reuters corpus?)");
            }
            Optional<WeakLabels.Weak> weak = WeakLabels.reuters(list(tags, "topics"), list(tags, "orgs"),
                    list(tags, "people"), text(r, "title"));
            weak.ifPresent(w -> (w.label() == RelevanceLabel.POLITICAL ? political : business).add(
                    new LabelledText(id(r, file, line), "reuters", body(r), w.label(), w.rule())));
        });
        business.sort(Comparator.comparing((LabelledText t) -> org.attache.nlp.relevance.RelevanceEvaluation.order(t))
                .thenComparing(LabelledText::id));
        List<LabelledText> texts = new ArrayList<>(political);
        texts.addAll(business.subList(0, Math.min(maxBusiness, business.size())));
        return texts;
    }

    /** What a record handler receives: the 1-based line number and the parsed record. */
    private interface RecordHandler {
        void accept(int line, JsonNode record);
    }

    private static void forEachRecord(Path file, RecordHandler handler) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record;
                try {
                    record = Json.mapper().readTree(line);
                } catch (IOException e) {
                    throw new IllegalArgumentException(file + ":" + number + ": malformed JSON", e);
                }
                handler.accept(number, record);
            }
        }
    }

    private static String id(JsonNode r, Path file, int line) {
        String id = text(r, "id");
        return id != null ? id : file.getFileName() + ":" + line;
    }

    private static String body(JsonNode r) {
        String text = text(r, "text");
        return text == null ? "" : REUTER_SIGNOFF.matcher(text).replaceFirst("");
    }

    private static String text(JsonNode r, String field) {
        JsonNode v = r.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> list(JsonNode tags, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = tags.get(field);
        if (v != null && v.isArray()) {
            v.forEach(x -> out.add(x.asText()));
        }
        return out;
    }
}
