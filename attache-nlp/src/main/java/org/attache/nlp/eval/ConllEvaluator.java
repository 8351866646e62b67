package org.attache.nlp.eval;

import org.attache.api.MentionType;
import org.attache.nlp.annotate.CoreNlpAnnotator;
import org.attache.nlp.names.NameSpan;
import org.attache.nlp.names.TokenizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores the recogniser on a CoNLL-2003 file (4 columns, IOB1 tags, {@code -DOCSTART-} between documents)
 * the way conlleval does. Each document is rebuilt as text (tokens joined by spaces, sentences by newlines)
 * with the corpus's own tokens and sentences, so predicted spans are token spans by construction.
 * Stateless; thread-safe if the annotator is.
 */
public final class ConllEvaluator {
    private static final Logger LOG = LoggerFactory.getLogger(ConllEvaluator.class);
    private static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

    private ConllEvaluator() {
    }

    /** One document of the corpus: its rebuilt text and tokens, and gold entities. */
    record Doc(TokenizedText tokens, List<Entity> gold) {
    }

    /** An entity over tokens {@code [first, end)} with a CoNLL type. */
    record Entity(String type, int first, int end) {
    }

    /** Scores {@code annotator} on {@code file}. */
    public static ConllReport evaluate(Path file, CoreNlpAnnotator annotator) {
        return evaluate(file, annotator, "attache " + annotator.config());
    }

    /** Scores {@code annotator} on {@code file}, naming the system {@code system} in the report. */
    public static ConllReport evaluate(Path file, CoreNlpAnnotator annotator, String system) {
        List<Doc> docs = read(file);
        int[] gold = new int[4];
        int[] predicted = new int[4];
        int[] correct = new int[4];
        int tokens = 0;
        long t0 = System.nanoTime();
        for (Doc doc : docs) {
            tokens += doc.tokens().size();
            Set<Entity> goldSet = new HashSet<>(doc.gold());
            for (Entity e : doc.gold()) {
                gold[TYPES.indexOf(e.type())]++;
            }
            for (NameSpan s : annotator.recognise(doc.tokens())) {
                String type = conllType(s.type());
                if (type == null) {
                    continue;
                }
                predicted[TYPES.indexOf(type)]++;
                if (goldSet.contains(new Entity(type, s.first(), s.end()))) {
                    correct[TYPES.indexOf(type)]++;
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<ConllReport.Row> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rows.add(new ConllReport.Row(TYPES.get(i), gold[i], predicted[i], correct[i]));
        }
        rows.add(new ConllReport.Row("PER+ORG+LOC", gold[0] + gold[1] + gold[2], predicted[0] + predicted[1] + predicted[2],
                correct[0] + correct[1] + correct[2]));
        rows.add(new ConllReport.Row("ALL", sum(gold), sum(predicted), sum(correct)));
        ConllReport report = new ConllReport(system, rows, tokens, seconds);
        LOG.info("CoNLL {}: {} documents, micro F1 PER+ORG+LOC {}", file.getFileName(), docs.size(),
                String.format(java.util.Locale.ROOT, "%.4f", report.microF1PerOrgLoc()));
        return report;
    }

    /** Our chain and CoreNLP's plain CRF (same backend) on the same file: {@code [ours, baseline]}. */
    public static List<ConllReport> compare(Path file, CoreNlpAnnotator annotator) {
        return List.of(evaluate(file, annotator), evaluate(file, annotator.plainCrf(), "corenlp plain CRF "
                + annotator.plainCrf().config()));
    }

    private static int sum(int[] a) {
        int s = 0;
        for (int x : a) {
            s += x;
        }
        return s;
    }

    private static String conllType(MentionType t) {
        return switch (t) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case LOCATION -> "LOC";
            case MISC, EVENT -> "MISC"; // CoNLL has no event class: named events are MISC there
            default -> null;
        };
    }

    /** The documents of a CoNLL file. */
    static List<Doc> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CoNLL file " + file, e);
        }
        List<Doc> docs = new ArrayList<>();
        DocBuilder b = new DocBuilder();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.startsWith("-DOCSTART-")) {
                b.finish(docs);
                b = new DocBuilder();
            } else if (trimmed.isEmpty()) {
                b.endSentence();
            } else {
                String[] cols = trimmed.split("\\s+");
                if (cols.length < 2) {
                    throw new IllegalArgumentException("CoNLL file " + file + ": bad line '" + line + "'");
                }
                b.add(cols[0], cols[cols.length - 1]);
            }
        }
        b.finish(docs);
        return docs;
    }

    /** Accumulates one document's tokens, sentences and IOB1 entities. */
    private static final class DocBuilder {
        private final StringBuilder text = new StringBuilder();
        private final List<Integer> starts = new ArrayList<>();
        private final List<Integer> ends = new ArrayList<>();
        private final List<Integer> sentenceFirst = new ArrayList<>();
        private final List<Entity> gold = new ArrayList<>();
        private boolean sentenceOpen;
        private String openType;
        private int openAt;

        void add(String token, String tag) {
            int index = starts.size();
            if (!sentenceOpen) {
                sentenceFirst.add(index);
                sentenceOpen = true;
                if (!text.isEmpty()) {
                    text.append('\n');
                }
            } else {
                text.append(' ');
            }
            starts.add(text.length());
            text.append(token);
            ends.add(text.length());
            String type = tag.equals("O") ? null : tag.substring(2);
            boolean begin = tag.startsWith("B-");
            if (openType != null && (!openType.equals(type) || begin)) {
                closeEntity(index);
            }
            if (type != null && openType == null) {
                openType = type;
                openAt = index;
            }
        }

        void endSentence() {
            closeEntity(starts.size());
            sentenceOpen = false;
        }

        private void closeEntity(int end) {
            if (openType != null) {
                gold.add(new Entity(openType, openAt, end));
                openType = null;
            }
        }

        void finish(List<Doc> docs) {
            endSentence();
            if (starts.isEmpty()) {
                return;
            }
            TokenizedText tokens = new TokenizedText(text.toString(), starts.stream().mapToInt(Integer::intValue).toArray(),
                    ends.stream().mapToInt(Integer::intValue).toArray(),
                    sentenceFirst.stream().mapToInt(Integer::intValue).toArray());
            docs.add(new Doc(tokens, gold));
        }
    }
}
