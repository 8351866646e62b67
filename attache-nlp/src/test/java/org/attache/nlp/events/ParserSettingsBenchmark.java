package org.attache.nlp.events;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Times the dependency parse of real news sentences with CoreNLP's default precomputed table and cache against
 * {@link Syntax}'s larger ones, in thread CPU time, and counts the sentences whose parse differs. Unlike
 * {@link SyntaxBenchmark} (eight sentences, all cached after the first pass) it reads a corpus, so the cache sees
 * the vocabulary it meets in an ingest. Run as docs/BENCHMARKS.md says; not part of the test run.
 *
 * <p>Usage: {@code ParserSettingsBenchmark CORPUS.jsonl STORIES} (the corpus's first STORIES lines, their
 * {@code "text"} field).
 */
public final class ParserSettingsBenchmark {
    private ParserSettingsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (texts.size() >= Integer.parseInt(args[1])) {
                break;
            }
            texts.add(textField(line));
        }
        Properties split = new Properties();
        split.setProperty("annotators", "tokenize,ssplit");
        StanfordCoreNLP splitter = new StanfordCoreNLP(split);
        Syntax syntax = Syntax.get();
        List<Syntax.Analysis> sentences = new ArrayList<>();
        int tokens = 0;
        for (String text : texts) {
            Annotation doc = new Annotation(text);
            splitter.annotate(doc);
            for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
                if (t.isEmpty() || t.size() > Syntax.MAX_PARSE_TOKENS) {
                    continue;
                }
                Syntax.Analysis a = syntax.tag(text, t.get(0).beginPosition(), t.get(t.size() - 1).endPosition(), false,
                        List.of());
                sentences.add(a);
                tokens += a.size();
            }
        }
        System.out.printf("%d stories, %d sentences, %d tokens%n", texts.size(), sentences.size(), tokens);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<String> first = null;
        for (int round = 1; round <= 2; round++) {
            for (boolean larger : new boolean[] {false, true}) {
                Properties settings = new Properties();
                if (larger) {
                    settings.setProperty("numPreComputed", Integer.toString(Syntax.PRECOMPUTED));
                    settings.setProperty("numCached", Integer.toString(Syntax.CACHED));
                }
                long t0 = cpu.getCurrentThreadCpuTime();
                DependencyParser parser = DependencyParser.loadFromModelFile(Syntax.PARSER, settings);
                long t1 = cpu.getCurrentThreadCpuTime();
                List<String> parses = new ArrayList<>(sentences.size());
                for (Syntax.Analysis a : sentences) {
                    parses.add(parser.predict(a.tokensForParse).typedDependencies().toString());
                }
                long t2 = cpu.getCurrentThreadCpuTime();
                if (first == null) {
                    first = parses;
                }
                int differing = 0;
                for (int i = 0; i < parses.size(); i++) {
                    differing += parses.get(i).equals(first.get(i)) ? 0 : 1;
                }
                System.out.printf("round %d, %-42s load %5.1f CPU-s, parse %6.2f CPU-s, %,6.0f tokens per CPU-second, "
                                + "%d parses differ from the first run%n", round,
                        larger ? "precomputed " + Syntax.PRECOMPUTED + ", cached " + Syntax.CACHED
                                : "CoreNLP defaults (20,000 / 5,000)",
                        (t1 - t0) / 1e9, (t2 - t1) / 1e9, tokens / ((t2 - t1) / 1e9), differing);
            }
        }
    }

    /** The {@code "text"} string of a JSONL line, unescaped. */
    private static String textField(String line) {
        int at = line.indexOf("\"text\"");
        if (at < 0) {
            throw new IllegalArgumentException("no \"text\" field in line: "
                    + line.substring(0, Math.min(80, line.length())));
        }
        int i = line.indexOf('"', line.indexOf(':', at) + 1) + 1;
        StringBuilder out = new StringBuilder();
        for (; i < line.length() && line.charAt(i) != '"'; i++) {
            char c = line.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = line.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e); // \" \\ \/
            }
        }
        return out.toString();
    }
}
