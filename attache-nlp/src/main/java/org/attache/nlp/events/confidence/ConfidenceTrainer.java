package org.attache.nlp.events.confidence;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Trains a {@link ConfidenceModel} with LIBLINEAR's L2-regularised logistic regression on labelled events (right or
 * not, as a reader or a gold file judged them), over the features seen in at least {@link Options#minCount()} of them,
 * and picks the threshold that keeps {@link Options#keepRight()} of the right events. The threshold is chosen on
 * out-of-group scores when the events come from two groups or more (each group, a reading or a gold file, scored by
 * a model trained on the others), since a model's scores of its own training events are too kind to them and a
 * threshold chosen on them keeps fewer right events on new text. Deterministic: the same examples give the same model
 * whatever their order.
 */
public final class ConfidenceTrainer {
    private final Options options;

    /**
     * @param cost      LIBLINEAR's C: larger fits the training events more closely
     * @param minCount  a feature must occur in at least this many training events
     * @param keepRight the share of the training set's right events the chosen threshold keeps (0..1]
     */
    public record Options(double cost, int minCount, double keepRight) {
        /** The options the bundled model was trained with. */
        public static final Options DEFAULT = new Options(0.5, 3, 0.9);

        public Options {
            if (!(cost > 0) || minCount < 1 || !(keepRight > 0 && keepRight <= 1)) {
                throw new IllegalArgumentException("bad training options: C=" + cost + ", min count=" + minCount
                        + ", keep right=" + keepRight);
            }
        }
    }

    /**
     * One labelled event.
     *
     * @param key      a stable, unique key (the order of training does not depend on the caller's order)
     * @param group    where the label comes from (a reading, a gold file): the threshold is chosen out of group
     * @param features the event's {@link EventFeatures}
     * @param right    whether it was judged right
     */
    public record Example(String key, String group, Map<String, Double> features, boolean right) {
        public Example {
            features = Map.copyOf(features);
        }

        /** An example of no particular group. */
        public Example(String key, Map<String, Double> features, boolean right) {
            this(key, "", features, right);
        }
    }

    public ConfidenceTrainer(Options options) {
        this.options = options;
    }

    /**
     * The model of {@code examples}.
     *
     * @throws IllegalArgumentException when the examples are not both right and wrong ones
     */
    public ConfidenceModel train(List<Example> examples, List<String> comments) {
        List<Example> ordered = new ArrayList<>(examples);
        ordered.sort(Comparator.comparing(Example::key));
        long right = ordered.stream().filter(Example::right).count();
        ConfidenceModel model = fit(ordered);
        java.util.SortedSet<String> groups = new java.util.TreeSet<>();
        ordered.forEach(e -> groups.add(e.group()));
        double[] scores = new double[ordered.size()];
        boolean outOfGroup = groups.size() >= 2;
        if (outOfGroup) {
            for (String g : groups) {
                List<Example> others = ordered.stream().filter(e -> !e.group().equals(g)).toList();
                ConfidenceModel without = others.stream().anyMatch(Example::right)
                        && others.stream().anyMatch(e -> !e.right()) ? fit(others) : model;
                for (int i = 0; i < ordered.size(); i++) {
                    if (ordered.get(i).group().equals(g)) {
                        scores[i] = without.score(ordered.get(i).features());
                    }
                }
            }
        } else {
            for (int i = 0; i < ordered.size(); i++) {
                scores[i] = model.score(ordered.get(i).features());
            }
        }
        boolean[] labels = new boolean[ordered.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = ordered.get(i).right();
        }
        double threshold = threshold(scores, labels, options.keepRight());
        List<String> header = new ArrayList<>(comments);
        header.add(String.format(Locale.ROOT, "liblinear %s C=%s, features in >= %d events: %d; %d events, %d right;"
                        + " threshold %.4f keeps %.0f%% of the right events (%s scores)", SolverType.L2R_LR,
                options.cost(), options.minCount(), model.weights().size(), ordered.size(), right, threshold,
                100 * options.keepRight(), outOfGroup ? groups.size() + " groups' out-of-group" : "training"));
        return new ConfidenceModel(model.weights(), model.bias(), threshold, header);
    }

    /** The weights of {@code ordered} (sorted by key), with threshold 0. */
    private ConfidenceModel fit(List<Example> ordered) {
        long right = ordered.stream().filter(Example::right).count();
        if (right == 0 || right == ordered.size()) {
            throw new IllegalArgumentException("training needs right and wrong events, got " + right + " right of "
                    + ordered.size());
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (Example e : ordered) {
            e.features().keySet().forEach(f -> counts.merge(f, 1, Integer::sum));
        }
        List<String> names = counts.entrySet().stream().filter(c -> c.getValue() >= options.minCount())
                .map(Map.Entry::getKey).toList(); // name order
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            column.put(names.get(i), i + 1);
        }
        Problem problem = new Problem();
        problem.l = ordered.size();
        problem.n = names.size() + 1;
        problem.bias = 1;
        problem.x = new Feature[ordered.size()][];
        problem.y = new double[ordered.size()];
        for (int d = 0; d < ordered.size(); d++) {
            Example e = ordered.get(d);
            List<FeatureNode> x = new ArrayList<>();
            new TreeMap<>(e.features()).forEach((name, value) -> {
                Integer c = column.get(name);
                if (c != null && value != 0) {
                    x.add(new FeatureNode(c, value));
                }
            });
            x.add(new FeatureNode(names.size() + 1, 1));
            problem.x[d] = x.toArray(Feature[]::new);
            problem.y[d] = e.right() ? 1 : 0;
        }
        Parameter parameter = new Parameter(SolverType.L2R_LR, options.cost(), 0.001);
        parameter.setRandom(new Random(1));
        Linear.disableDebugOutput();
        Model model = Linear.train(problem, parameter);
        // with two labels LIBLINEAR keeps one vector, for the label it met first
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] w = model.getFeatureWeights();
        Map<String, Double> weights = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (w[i] != 0) {
                weights.put(names.get(i), round(sign * w[i]));
            }
        }
        double bias = round(sign * w[names.size()]);
        return new ConfidenceModel(weights, bias, 0, List.of());
    }

    /**
     * The highest threshold that keeps at least {@code keepRight} of the right events (those whose score reaches it),
     * rounded down to four decimals.
     */
    public static double threshold(double[] scores, boolean[] right, double keepRight) {
        double[] rightScores = new double[scores.length];
        int n = 0;
        for (int i = 0; i < scores.length; i++) {
            if (right[i]) {
                rightScores[n++] = scores[i];
            }
        }
        if (n == 0) {
            return 0;
        }
        double[] sorted = Arrays.copyOf(rightScores, n);
        Arrays.sort(sorted); // ascending: keep the top ceil(keepRight * n)
        int keep = (int) Math.ceil(keepRight * n);
        double t = sorted[n - keep];
        return Math.floor(t * 10000) / 10000;
    }

    private static double round(double d) {
        return Math.round(d * 1e6) / 1e6;
    }
}
