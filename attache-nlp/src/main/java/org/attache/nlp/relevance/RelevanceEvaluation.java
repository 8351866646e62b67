package org.attache.nlp.relevance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.attache.api.relevance.RelevanceLabel;

/**
 * Stratified k-fold cross-validation of the relevance model: the texts of each label are spread evenly over the
 * folds (in a fixed order, by a hash of their ids), each fold is predicted by a model trained on the others
 * (vocabulary and idf included), and the out-of-fold predictions are scored: label accuracy and per-label
 * precision, recall and F1; the political-or-not decision at the model's article threshold, with its ROC AUC; and
 * the same per corpus and per labelling rule.
 */
public final class RelevanceEvaluation {
    private RelevanceEvaluation() {
    }

    /** One text's out-of-fold prediction. */
    public record Prediction(LabelledText text, int fold, RelevanceLabel predicted, double political) {
    }

    /** Precision, recall and F1 of one label (or of the political decision). */
    public record Scores(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * The figures of one cross-validation.
     *
     * @param folds        k
     * @param texts        texts evaluated
     * @param accuracy     share of texts whose predicted label is their label
     * @param macroF1      mean F1 over the labels
     * @param perLabel     precision, recall and F1 per label
     * @param confusion    counts of (label → predicted label)
     * @param political    the political-or-not decision at the article threshold
     * @param auc          ROC AUC of the political probability for the political-or-not decision
     * @param perCorpus    accuracy and political decision per corpus
     * @param perRule      share of the texts of each labelling rule given their label
     * @param predictions  every out-of-fold prediction
     */
    public record Report(int folds, int texts, double accuracy, double macroF1, Map<RelevanceLabel, Scores> perLabel,
                         Map<RelevanceLabel, Map<RelevanceLabel, Integer>> confusion, Scores political, double auc,
                         Map<String, CorpusFigures> perCorpus, Map<String, Double> perRule,
                         List<Prediction> predictions) {
    }

    /** Figures on one corpus's texts. */
    public record CorpusFigures(int texts, double accuracy, Scores political, double auc) {
    }

    /**
     * Cross-validates {@code options} on {@code texts}.
     *
     * @param progress called with each fold's number (1-based) when it is done
     */
    public static Report crossValidate(List<LabelledText> texts, int folds, RelevanceTrainer.Options options,
                                       IntConsumer progress) {
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2, was " + folds);
        }
        int[] foldOf = stratify(texts, folds);
        List<Prediction> predictions = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            List<LabelledText> train = new ArrayList<>();
            List<LabelledText> test = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                (foldOf[i] == f ? test : train).add(texts.get(i));
            }
            RelevanceModel model = new RelevanceTrainer(options).train(train, List.of());
            RelevanceClassifier classifier = new RelevanceClassifier(model);
            for (LabelledText t : test) {
                double[] p = model.probabilities(t.text());
                predictions.add(new Prediction(t, f, classifier.label(p), p[model.labels().indexOf(RelevanceLabel.POLITICAL)]));
            }
            progress.accept(f + 1);
        }
        return report(folds, predictions, options.settings().articleThreshold());
    }

    /** The figures of a set of predictions, the political decision taken at {@code threshold}. */
    public static Report report(int folds, List<Prediction> predictions, double threshold) {
        Map<RelevanceLabel, Map<RelevanceLabel, Integer>> confusion = new EnumMap<>(RelevanceLabel.class);
        int right = 0;
        for (Prediction p : predictions) {
            confusion.computeIfAbsent(p.text().label(), l -> new EnumMap<>(RelevanceLabel.class))
                    .merge(p.predicted(), 1, Integer::sum);
            right += p.predicted() == p.text().label() ? 1 : 0;
        }
        Map<RelevanceLabel, Scores> perLabel = new EnumMap<>(RelevanceLabel.class);
        double f1Sum = 0;
        for (RelevanceLabel label : confusion.keySet()) {
            Scores s = scores(predictions, p -> p.predicted() == label, p -> p.text().label() == label);
            perLabel.put(label, s);
            f1Sum += s.f1();
        }
        Map<String, CorpusFigures> perCorpus = new TreeMap<>();
        Map<String, List<Prediction>> byCorpus = new TreeMap<>();
        Map<String, int[]> byRule = new TreeMap<>();
        for (Prediction p : predictions) {
            byCorpus.computeIfAbsent(p.text().corpus(), c -> new ArrayList<>()).add(p);
            int[] counts = byRule.computeIfAbsent(p.text().rule() + " → " + p.text().label().label(), r -> new int[2]);
            counts[0] += p.predicted() == p.text().label() ? 1 : 0;
            counts[1]++;
        }
        byCorpus.forEach((corpus, list) -> perCorpus.put(corpus, new CorpusFigures(list.size(),
                ratio((int) list.stream().filter(p -> p.predicted() == p.text().label()).count(), list.size()),
                politicalScores(list, threshold), auc(list))));
        Map<String, Double> perRule = new LinkedHashMap<>();
        byRule.forEach((rule, c) -> perRule.put(rule + " (" + c[1] + ")", ratio(c[0], c[1])));
        return new Report(folds, predictions.size(), ratio(right, predictions.size()),
                perLabel.isEmpty() ? 0 : f1Sum / perLabel.size(), perLabel, confusion,
                politicalScores(predictions, threshold), auc(predictions), perCorpus, perRule, List.copyOf(predictions));
    }

    /** The political-or-not decision at each threshold (for choosing the article threshold). */
    public static Map<Double, Scores> thresholds(List<Prediction> predictions, double... thresholds) {
        Map<Double, Scores> out = new LinkedHashMap<>();
        for (double t : thresholds) {
            out.put(t, politicalScores(predictions, t));
        }
        return out;
    }

    private static Scores politicalScores(List<Prediction> predictions, double threshold) {
        return scores(predictions, p -> p.political() >= threshold, p -> p.text().label() == RelevanceLabel.POLITICAL);
    }

    private static Scores scores(List<Prediction> predictions, java.util.function.Predicate<Prediction> said,
                                 java.util.function.Predicate<Prediction> truth) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Prediction p : predictions) {
            boolean s = said.test(p);
            boolean t = truth.test(p);
            tp += s && t ? 1 : 0;
            fp += s && !t ? 1 : 0;
            fn += !s && t ? 1 : 0;
        }
        return new Scores(tp, fp, fn);
    }

    /** ROC AUC of the political probability: the chance a political text scores above another (ties count half). */
    static double auc(List<Prediction> predictions) {
        List<Prediction> sorted = new ArrayList<>(predictions);
        sorted.sort(Comparator.comparingDouble(Prediction::political));
        long positives = sorted.stream().filter(p -> p.text().label() == RelevanceLabel.POLITICAL).count();
        long negatives = sorted.size() - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double rankSum = 0;
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).political() == sorted.get(i).political()) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (sorted.get(k).text().label() == RelevanceLabel.POLITICAL) {
                    rankSum += rank;
                }
            }
            i = j + 1;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** Fold of each text: per label, texts in the order of a hash of their ids, dealt round the folds. */
    static int[] stratify(List<LabelledText> texts, int folds) {
        Map<RelevanceLabel, List<Integer>> byLabel = new EnumMap<>(RelevanceLabel.class);
        for (int i = 0; i < texts.size(); i++) {
            byLabel.computeIfAbsent(texts.get(i).label(), l -> new ArrayList<>()).add(i);
        }
        int[] fold = new int[texts.size()];
        for (List<Integer> members : byLabel.values()) {
            members.sort(Comparator.comparing((Integer i) -> order(texts.get(i))).thenComparing(i -> i));
            for (int k = 0; k < members.size(); k++) {
                fold[members.get(k)] = k % folds;
            }
        }
        return fold;
    }

    /** A text's place in a fixed order that favours no corpus's id order: a hash of its corpus and id. */
    public static String order(LabelledText t) {
        return hash(t.corpus() + "/" + t.id());
    }

    private static String hash(String s) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(s.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
