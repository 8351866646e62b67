package org.attache.nlp.eval;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.attache.api.Article;
import org.attache.api.ArticleAnnotator;
import org.attache.nlp.annotate.CoreNlpAnnotator;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * Single-thread throughput of the Annotate stage: tokens per second on one core and the peak heap seen
 * while running. Tokens are counted with the annotator's tokenizer before the clock starts. Not thread-safe
 * (it resets the JVM's memory-pool peaks); run one measurement at a time.
 */
public final class AnnotateBenchmark {
    private AnnotateBenchmark() {
    }

    /**
     * One measurement.
     *
     * @param texts          texts annotated
     * @param tokens         tokens in them
     * @param seconds        wall time on one thread
     * @param peakHeapBytes  peak heap used (sum of heap pools' peaks) during the run, models included
     */
    public record Result(String system, int texts, long tokens, double seconds, long peakHeapBytes) {
        public double tokensPerSecond() {
            return seconds == 0 ? 0 : tokens / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %d texts, %d tokens, %.2f s, %.0f tokens/s, peak heap %d MB",
                    system, texts, tokens, seconds, tokensPerSecond(), peakHeapBytes >> 20);
        }
    }

    /** Times {@code annotator} on every text (each wrapped as an article body), counting its own tokens. */
    public static Result run(List<String> texts, CoreNlpAnnotator annotator) {
        return run("attache " + annotator.config(), texts, t -> annotator.tokenize(t).size(),
                t -> annotator.annotate(article(t)));
    }

    /** Times any annotator, counting tokens with {@code tokenCounter}. */
    public static Result run(List<String> texts, ArticleAnnotator annotator, ToIntFunction<String> tokenCounter) {
        return run(annotator.getClass().getSimpleName(), texts, tokenCounter, t -> annotator.annotate(article(t)));
    }

    /**
     * CoreNLP's default English NER pipeline ({@code tokenize,ssplit,pos,lemma,ner} with every default:
     * numeric classifiers, SUTime, fine-grained, 3 CRFs), the reference point for speed. Loads its models
     * (about a minute and 1 GB of heap).
     */
    public static Result runCoreNlpDefault(List<String> texts, ToIntFunction<String> tokenCounter) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
        return run("corenlp default tokenize,ssplit,pos,lemma,ner", texts, tokenCounter,
                t -> pipeline.annotate(new Annotation(t)));
    }

    private static Result run(String system, List<String> texts, ToIntFunction<String> tokenCounter,
                              Consumer<String> work) {
        long tokens = 0;
        for (String t : texts) {
            tokens += tokenCounter.applyAsInt(t);
        }
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(m -> m.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        for (String t : texts) {
            work.accept(t);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = heap.stream().mapToLong(m -> m.getPeakUsage().getUsed()).sum();
        return new Result(system, texts.size(), tokens, seconds, peak);
    }

    private static Article article(String text) {
        return new Article("bench", "bench", null, null, null, false, List.of(text), List.of(), null, null,
                null, null, List.of(), null, null);
    }
}
