package org.attache.nlp.events;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Part-of-speech tags and a dependency parse for the few sentences the event coder needs them for, from
 * CoreNLP's models jar: the left3words tagger (is "March" a month or a verb, "orders" a noun or a verb) and the
 * neural dependency parser with Universal Dependencies (who is the subject of which verb). Parsing costs about
 * as much per token as the whole rest of the pipeline, so the coder parses only sentences holding a trigger
 * and two actor phrases, and tags only sentences holding a trigger and an actor.
 *
 * <p>The models load once per process, on first use (a few seconds). Thread-safe: the tagger keeps no state
 * between sentences, and parser calls are serialised (its classifier keeps a feature cache).
 */
final class Syntax {
    private static final Logger LOG = LoggerFactory.getLogger(Syntax.class);
    private static final String TAGGER = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    static final String PARSER = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    /**
     * Hidden-layer contributions of (feature, position) pairs the parser keeps in its least-recently-used cache
     * (CoreNLP's default 5,000, which news text overflows: each miss redoes a 200×50 product and the cache's
     * bookkeeping, a quarter of the parse's time in a profile). A cached contribution is the very float array a
     * miss recomputes, so the size changes no parse; ~45 MB when full. The precomputed table (the model's most
     * frequent 20,000 pairs, in doubles) is left at CoreNLP's default: a pair moved from the cache into it sums
     * in double instead of float precision, which could tip a close transition.
     */
    static final int CACHED = 50_000;
    /** Sentences longer than this many tokens are tagged but not parsed (tables, run-on lists). */
    static final int MAX_PARSE_TOKENS = 80;

    private final MaxentTagger tagger;
    private final DependencyParser parser;
    private final Object parserLock = new Object();

    private Syntax() {
        long t0 = System.nanoTime();
        try {
            this.tagger = new MaxentTagger(TAGGER);
            Properties settings = new Properties();
            settings.setProperty("numCached", Integer.toString(CACHED));
            this.parser = DependencyParser.loadFromModelFile(PARSER, settings);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot load the CoreNLP tagger or dependency parser (" + TAGGER + ", "
                    + PARSER + "; is the stanford-corenlp models jar on the classpath?)", e);
        }
        LOG.info("loaded the POS tagger and dependency parser in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }

    private static final class Holder {
        static final Syntax INSTANCE = new Syntax();
    }

    /** The shared instance (loads the models on first call). */
    static Syntax get() {
        return Holder.INSTANCE;
    }

    /**
     * A tagged (and perhaps parsed) sentence: PTB tokens with body offsets and tags; with a parse, each
     * token's head (index, -1 for the root) and relation ("nsubj", "obj", "nmod", "case", …).
     */
    static final class Analysis {
        final String[] words;
        final int[] start;
        final int[] end;
        final String[] tags;
        int[] heads;
        String[] rels;
        /** The CoreNLP tokens, kept for the parser. */
        List<CoreLabel> tokensForParse;

        private Analysis(List<CoreLabel> tokens, int offset) {
            int n = tokens.size();
            words = new String[n];
            start = new int[n];
            end = new int[n];
            tags = new String[n];
            for (int i = 0; i < n; i++) {
                CoreLabel c = tokens.get(i);
                words[i] = c.word();
                start[i] = offset + c.beginPosition();
                end[i] = offset + c.endPosition();
                tags[i] = c.tag();
            }
        }

        /** A tagged (and perhaps parsed) sentence as carried in a {@link PreparedSyntax}: no parse can be added. */
        Analysis(String[] words, int[] start, int[] end, String[] tags, int[] heads, String[] rels) {
            this.words = words;
            this.start = start;
            this.end = end;
            this.tags = tags;
            this.heads = heads;
            this.rels = rels;
        }

        int size() {
            return words.length;
        }

        boolean parsed() {
            return heads != null;
        }

        /** Index of the token covering or starting at a body offset, or -1. */
        int tokenAt(int offset) {
            for (int i = 0; i < start.length; i++) {
                if (start[i] <= offset && offset < end[i]) {
                    return i;
                }
                if (start[i] > offset) {
                    return -1;
                }
            }
            return -1;
        }

        /** The tag of the token at a body offset, or null. */
        String tagAt(int offset) {
            int i = tokenAt(offset);
            return i < 0 ? null : tags[i];
        }

        String lower(int i) {
            return words[i].toLowerCase(Locale.ROOT);
        }

        /** Dependents of token {@code i} with one of the relations (any relation when {@code rels} is empty). */
        List<Integer> children(int i, Set<String> relations) {
            List<Integer> out = new ArrayList<>();
            for (int k = 0; k < heads.length; k++) {
                if (heads[k] == i && (relations.isEmpty() || relations.contains(rels[k]))) {
                    out.add(k);
                }
            }
            return out;
        }

        /** The preposition marking token {@code i} ("by" in "by the army"), or "". */
        String caseOf(int i) {
            for (int k = 0; k < heads.length; k++) {
                if (heads[k] == i && rels[k].equals("case")) {
                    return lower(k);
                }
            }
            return "";
        }

        /** True when token {@code i} is in the subtree of {@code root}. */
        boolean under(int i, int root) {
            int guard = 0;
            for (int k = i; k >= 0 && guard++ < heads.length; k = heads[k]) {
                if (k == root) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Tags the sentence at body offsets {@code from..to}; the text of a title-cased headline is tagged with its
     * ordinary words in lower case, so "Brazil Condemns Argentina" still has a verb. */
    Analysis tag(String body, int from, int to, boolean titleCase, List<int[]> names) {
        String text = body.substring(from, to);
        if (titleCase) {
            text = lowerOrdinaryWords(text, from, names);
        }
        List<CoreLabel> tokens = PTBTokenizer.factory(new CoreLabelTokenFactory(), "invertible=false,ptb3Escaping=false")
                .getTokenizer(new StringReader(text)).tokenize();
        List<TaggedWord> tagged = tagger.tagSentence(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            tokens.get(i).setTag(tagged.get(i).tag());
        }
        Analysis a = new Analysis(tokens, from);
        a.tokensForParse = tokens;
        return a;
    }

    /** Adds the dependency parse to a tagged sentence (no-op for a very long one). */
    void parse(Analysis a) {
        if (a.parsed() || a.size() > MAX_PARSE_TOKENS || a.size() == 0) {
            return;
        }
        if (a.tokensForParse == null) {
            throw new IllegalStateException("a carried tagging cannot be parsed: tag the sentence again");
        }
        GrammaticalStructure gs;
        synchronized (parserLock) {
            gs = parser.predict(a.tokensForParse);
        }
        int[] heads = new int[a.size()];
        String[] rels = new String[a.size()];
        Arrays.fill(heads, -1);
        Arrays.fill(rels, "root");
        for (TypedDependency d : gs.typedDependencies()) {
            int dep = d.dep().index() - 1;
            if (dep < 0 || dep >= heads.length) {
                continue;
            }
            heads[dep] = d.gov().index() - 1;
            rels[dep] = d.reln().toString();
        }
        a.heads = heads;
        a.rels = rels;
    }

    private static String lowerOrdinaryWords(String text, int offset, List<int[]> names) {
        char[] c = text.toCharArray();
        int i = 0;
        while (i < c.length) {
            if (!Character.isLetter(c[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j < c.length && (Character.isLetter(c[j]) || c[j] == '\'' || c[j] == '-')) {
                j++;
            }
            boolean inName = false;
            for (int[] n : names) {
                if (n[0] <= offset + i && offset + i < n[1]) {
                    inName = true;
                    break;
                }
            }
            if (!inName && i > 0 && j - i > 1) {
                c[i] = Character.toLowerCase(c[i]);
            }
            i = j;
        }
        return new String(c);
    }
}
