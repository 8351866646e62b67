package org.attache.nlp.relevance;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.attache.api.relevance.RelevanceLabel;

/**
 * Trains a {@link RelevanceModel} with LIBLINEAR's L2-regularised logistic regression (one label against the
 * rest): terms seen in at least {@link Options#minDocuments()} training texts, weighted by idf, each text scaled to
 * unit length. To keep the shipped model small, a first model picks the terms whose weights matter (the
 * {@link Options#maxTerms()} with the largest weight for some label), and the model is trained again on those
 * alone, so that it is exactly the model of its own vocabulary. Deterministic: the same texts give the same model
 * whatever their order.
 */
public final class RelevanceTrainer {
    private final Options options;

    /**
     * @param cost         LIBLINEAR's C: larger fits the training texts more closely
     * @param minDocuments a term must occur in at least this many training texts
     * @param maxTerms     the most terms the final model keeps
     * @param settings     the decision settings stored with the model
     */
    public record Options(double cost, int minDocuments, int maxTerms, RelevanceModel.Settings settings) {
        /** The options the bundled model was trained with. */
        public static final Options DEFAULT = new Options(16, 3, 12_000,
                new RelevanceModel.Settings(0.3, 0.3, 1));

        public Options {
            if (!(cost > 0) || minDocuments < 1 || maxTerms < 1) {
                throw new IllegalArgumentException("bad training options: C=" + cost + ", min documents="
                        + minDocuments + ", max terms=" + maxTerms);
            }
        }
    }

    public RelevanceTrainer(Options options) {
        this.options = options;
    }

    /**
     * The model of {@code texts}.
     *
     * @param comments lines stored at the top of the model file (how it was made)
     * @throws IllegalArgumentException when the texts do not include a political one and one of another label
     */
    public RelevanceModel train(List<LabelledText> texts, List<String> comments) {
        return fit(texts, comments, options.maxTerms()).model();
    }

    /** A trained model with LIBLINEAR's model and the features LIBLINEAR read a text as: for tests. */
    record Fitted(RelevanceModel model, Model liblinear, java.util.function.Function<String, Feature[]> features) {
    }

    /** Trains over at most {@code maxTerms} terms, keeping LIBLINEAR's final model. */
    Fitted fit(List<LabelledText> texts, List<String> comments, int maxTerms) {
        List<LabelledText> ordered = new ArrayList<>(texts);
        ordered.sort((a, b) -> a.corpus().equals(b.corpus()) ? a.id().compareTo(b.id()) : a.corpus().compareTo(b.corpus()));
        Set<RelevanceLabel> present = EnumSet.noneOf(RelevanceLabel.class);
        ordered.forEach(t -> present.add(t.label()));
        if (!present.contains(RelevanceLabel.POLITICAL) || present.size() < 2) {
            throw new IllegalArgumentException("training needs political texts and texts of another label, got "
                    + present);
        }
        List<RelevanceLabel> labels = List.copyOf(present); // enum order
        List<Set<String>> termSets = new ArrayList<>(ordered.size());
        Map<String, Integer> documents = new HashMap<>();
        for (LabelledText t : ordered) {
            Set<String> terms = new LinkedHashSet<>(TextFeatures.terms(t.text()));
            termSets.add(terms);
            for (String term : terms) {
                documents.merge(term, 1, Integer::sum);
            }
        }
        // every term frequent enough, in a fixed order
        TreeMap<String, Integer> vocabulary = new TreeMap<>();
        documents.forEach((term, df) -> {
            if (df >= options.minDocuments()) {
                vocabulary.put(term, df);
            }
        });
        String[] all = vocabulary.keySet().toArray(String[]::new);
        Trained first = fit(all, vocabulary, ordered, termSets, labels);
        String[] kept = strongest(first, maxTerms);
        Trained last = kept.length == all.length ? first : fit(kept, vocabulary, ordered, termSets, labels);
        List<String> header = new ArrayList<>(comments);
        header.add(String.format(java.util.Locale.ROOT, "liblinear %s C=%s, terms in >= %d texts, %d of %d terms kept, %d texts",
                SolverType.L2R_LR, options.cost(), options.minDocuments(), kept.length, all.length, ordered.size()));
        RelevanceModel model = new RelevanceModel(labels, kept, last.idf, last.weights, last.bias, options.settings(),
                header);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < kept.length; i++) {
            column.put(kept[i], i);
        }
        return new Fitted(model, last.liblinear, text -> features(new LinkedHashSet<>(TextFeatures.terms(text)), column,
                last.idf, kept.length));
    }

    /** Weights learnt over one vocabulary, with LIBLINEAR's model they come from. */
    private record Trained(String[] terms, float[] idf, float[] weights, float[] bias, Model liblinear) {
    }

    private Trained fit(String[] terms, Map<String, Integer> documents, List<LabelledText> texts,
                        List<Set<String>> termSets, List<RelevanceLabel> labels) {
        int n = texts.size();
        Map<String, Integer> column = new HashMap<>(terms.length * 2);
        float[] idf = new float[terms.length];
        for (int i = 0; i < terms.length; i++) {
            column.put(terms[i], i);
            idf[i] = (float) (Math.log((n + 1.0) / (documents.get(terms[i]) + 1.0)) + 1);
        }
        Problem problem = new Problem();
        problem.l = n;
        problem.n = terms.length + 1; // the bias is one more feature, the last of every text (as LIBLINEAR's train does)
        problem.bias = 1;
        problem.x = new Feature[n][];
        problem.y = new double[n];
        for (int d = 0; d < n; d++) {
            problem.x[d] = features(termSets.get(d), column, idf, terms.length);
            problem.y[d] = labels.indexOf(texts.get(d).label());
        }
        Parameter parameter = new Parameter(SolverType.L2R_LR, options.cost(), 0.01);
        parameter.setRandom(new Random(1));
        Linear.disableDebugOutput();
        Model model = Linear.train(problem, parameter);
        return export(model, terms, idf, labels.size());
    }

    /**
     * A text's features as LIBLINEAR reads them: its known terms' idf, scaled to unit length, by column, then the bias
     * feature (column {@code width + 1}, value 1).
     */
    private static Feature[] features(Set<String> terms, Map<String, Integer> column, float[] idf, int width) {
        int[] cols = terms.stream().mapToInt(t -> column.getOrDefault(t, -1)).filter(c -> c >= 0).sorted().toArray();
        double norm = 0;
        for (int c : cols) {
            norm += (double) idf[c] * idf[c];
        }
        norm = norm > 0 ? Math.sqrt(norm) : 1;
        Feature[] x = new Feature[cols.length + 1];
        for (int i = 0; i < cols.length; i++) {
            x[i] = new FeatureNode(cols[i] + 1, idf[cols[i]] / norm);
        }
        x[cols.length] = new FeatureNode(width + 1, 1);
        return x;
    }

    /** The model's weights per term and label, in {@code labels} order (LIBLINEAR orders labels as it meets them). */
    private static Trained export(Model model, String[] terms, float[] idf, int k) {
        int[] modelLabels = model.getLabels();
        double[] w = model.getFeatureWeights();
        int nrW = model.getNrClass() == 2 ? 1 : model.getNrClass();
        float[] weights = new float[terms.length * k];
        float[] bias = new float[k];
        for (int j = 0; j < model.getNrClass(); j++) {
            int label = modelLabels[j];
            // with two labels LIBLINEAR keeps one vector, for its first label
            int source = nrW == 1 ? 0 : j;
            double sign = nrW == 1 && j == 1 ? -1 : 1;
            for (int i = 0; i < terms.length; i++) {
                weights[i * k + label] = (float) (sign * w[i * nrW + source]);
            }
            bias[label] = (float) (sign * w[terms.length * nrW + source]);
        }
        return new Trained(terms, idf, weights, bias, model);
    }

    /** The {@code max} terms whose largest absolute weight is largest, in their original order. */
    private static String[] strongest(Trained t, int max) {
        int k = t.bias.length;
        if (t.terms.length <= max) {
            return t.terms;
        }
        Integer[] order = new Integer[t.terms.length];
        float[] strength = new float[t.terms.length];
        for (int i = 0; i < t.terms.length; i++) {
            order[i] = i;
            for (int c = 0; c < k; c++) {
                strength[i] = Math.max(strength[i], Math.abs(t.weights[i * k + c]));
            }
        }
        Arrays.sort(order, (a, b) -> strength[a] != strength[b] ? Float.compare(strength[b], strength[a])
                : Integer.compare(a, b));
        int[] chosen = Arrays.stream(order, 0, max).mapToInt(Integer::intValue).sorted().toArray();
        String[] kept = new String[chosen.length];
        for (int i = 0; i < chosen.length; i++) {
            kept[i] = t.terms[chosen[i]];
        }
        return kept;
    }
}
