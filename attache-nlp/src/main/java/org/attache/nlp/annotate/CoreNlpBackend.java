package org.attache.nlp.annotate;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.attache.api.MentionType;
import org.attache.nlp.names.NameSpan;
import org.attache.nlp.names.TokenizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP behind Attaché's interface: the PTB tokenizer and sentence splitter (one
 * {@code StanfordCoreNLP} with {@code tokenize,ssplit}) and the CoNLL CRF classifiers (cased and/or
 * caseless, as the config needs), loaded once in the constructor. No POS tagger, no SUTime, no numeric or
 * fine-grained classifiers: they cost 10x the time and add nothing to PERSON/ORGANIZATION/LOCATION.
 *
 * <p>Thread-safe: the tokenize and ssplit annotators keep no state between documents, and
 * {@code CRFClassifier.classifySentence} only reads the model (CoreNLP's own multi-threaded NER annotator
 * shares one classifier across its threads the same way; its known-word cache is a concurrent set), so one
 * backend serves all workers and the models sit in memory once (~80 MB per 4-class model).
 */
public final class CoreNlpBackend {
    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpBackend.class);

    private final NerConfig config;
    private final StanfordCoreNLP splitter;
    private final CRFClassifier<CoreLabel> cased;
    private final CRFClassifier<CoreLabel> caseless;

    public CoreNlpBackend(NerConfig config) {
        this.config = config;
        this.splitter = new StanfordCoreNLP(properties(config));
        this.cased = config.casing() == NerConfig.Casing.CASELESS ? null : load(config.model().cased);
        this.caseless = config.casing() == NerConfig.Casing.CASED ? null : load(config.model().caseless);
    }

    public NerConfig config() {
        return config;
    }

    /** The single place CoreNLP's string properties are written, from the typed config. */
    static Properties properties(NerConfig config) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Recogniser options are not pipeline properties here: the CRF runs directly, so numeric
        // classifiers, SUTime and fine-grained NER (ner.applyNumericClassifiers, ner.useSUTime,
        // ner.applyFineGrained) are off by construction, and so is the POS tagger.
        return p;
    }

    private static CRFClassifier<CoreLabel> load(String model) {
        long t0 = System.nanoTime();
        try {
            CRFClassifier<CoreLabel> c = CRFClassifier.getClassifier(model);
            LOG.info("loaded NER model {} in {} ms", model, (System.nanoTime() - t0) / 1_000_000);
            return c;
        } catch (Exception e) {
            throw new IllegalStateException("cannot load CoreNLP NER model " + model
                    + " (is the stanford-corenlp models jar on the classpath?)", e);
        }
    }

    /** Tokens and sentences of {@code text}; offsets refer to {@code text}. */
    public TokenizedText tokenize(String text) {
        Annotation doc = new Annotation(text);
        splitter.annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        int n = 0;
        for (CoreMap s : sentences) {
            n += s.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        int[] starts = new int[n];
        int[] ends = new int[n];
        List<Integer> firsts = new ArrayList<>(sentences.size());
        int i = 0;
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.isEmpty()) {
                continue;
            }
            firsts.add(i);
            for (CoreLabel t : tokens) {
                starts[i] = t.beginPosition();
                ends[i] = t.endPosition();
                i++;
            }
        }
        return new TokenizedText(text, starts, ends, firsts.stream().mapToInt(Integer::intValue).toArray());
    }

    /** True when this backend can run the {@code caseless} model. */
    public boolean hasModel(boolean caselessModel) {
        return (caselessModel ? caseless : cased) != null;
    }

    /**
     * CRF spans of every sentence, reading the token strings of {@code text}: maximal runs of tokens with the
     * same label (the models label IO, so adjacent entities of one type come out as one span).
     */
    public List<NameSpan> recognise(TokenizedText text, boolean caselessModel) {
        CRFClassifier<CoreLabel> crf = caselessModel && caseless != null || cased == null ? caseless : cased;
        List<NameSpan> spans = new ArrayList<>();
        for (int s = 0; s < text.sentenceCount(); s++) {
            if (Thread.currentThread().isInterrupted()) {
                // a watchdog's time budget ran out: stop between sentences rather than finish a page nobody awaits
                throw new java.util.concurrent.CancellationException("annotation interrupted");
            }
            spans.addAll(recogniseSentence(text, s, crf));
        }
        return spans;
    }

    /** CRF spans of one sentence of {@code text} (for a second reading of a sentence with one word re-cased). */
    public List<NameSpan> recogniseSentence(TokenizedText text, int sentence, boolean caselessModel) {
        CRFClassifier<CoreLabel> crf = caselessModel && caseless != null || cased == null ? caseless : cased;
        return recogniseSentence(text, sentence, crf);
    }

    private static List<NameSpan> recogniseSentence(TokenizedText text, int s, CRFClassifier<CoreLabel> crf) {
        List<NameSpan> spans = new ArrayList<>();
        int from = text.sentenceFirstToken(s);
        int to = text.sentenceEndToken(s);
        List<CoreLabel> words = new ArrayList<>(to - from);
        for (int t = from; t < to; t++) {
            CoreLabel w = new CoreLabel();
            w.setWord(text.token(t));
            w.setValue(w.word());
            words.add(w);
        }
        List<CoreLabel> labelled = crf.classifySentence(words);
        MentionType open = null;
        int openAt = -1;
        for (int k = 0; k <= labelled.size(); k++) {
            MentionType type = k < labelled.size() ? type(labelled.get(k).get(CoreAnnotations.AnswerAnnotation.class)) : null;
            if (type != open) {
                if (open != null) {
                    spans.add(new NameSpan(open, from + openAt, from + k));
                }
                open = type;
                openAt = k;
            }
        }
        return spans;
    }

    private static MentionType type(String label) {
        if (label == null) {
            return null;
        }
        return switch (label) {
            case "PERSON", "PER" -> MentionType.PERSON;
            case "ORGANIZATION", "ORG" -> MentionType.ORGANIZATION;
            case "LOCATION", "LOC" -> MentionType.LOCATION;
            case "MISC" -> MentionType.MISC;
            default -> null;
        };
    }
}
