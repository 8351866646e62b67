package org.attache.nlp.events.confidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A trained event-confidence model: a weight per feature of {@link EventFeatures}, a bias, and the threshold chosen
 * for it on its training data. An event's confidence is the logistic of its features' weighted sum: the model's
 * estimate that an independent reader would judge the event fully right. Immutable and thread-safe.
 *
 * <p>Stored as UTF-8 text: {@code #} comment lines, {@code @format 1}, {@code @bias B}, {@code @threshold T}, then one
 * {@code feature TAB weight} line per feature in name order.
 */
public final class ConfidenceModel {
    /** The bundled model's resource name, next to this class. */
    public static final String RESOURCE = "event-confidence.txt";
    private static final String FORMAT = "1";

    private final Map<String, Double> weights;
    private final double bias;
    private final double threshold;
    private final List<String> comments;

    /**
     * @param weights   weight per feature name
     * @param bias      the intercept
     * @param threshold the confidence below which the shipped gate drops an event, chosen on the training data
     * @param comments  how the model was made
     */
    public ConfidenceModel(Map<String, Double> weights, double bias, double threshold, List<String> comments) {
        if (!(threshold >= 0 && threshold < 1) || !Double.isFinite(bias)) {
            throw new IllegalArgumentException("bad confidence model: bias " + bias + ", threshold " + threshold);
        }
        this.weights = Collections.unmodifiableMap(new TreeMap<>(weights));
        this.bias = bias;
        this.threshold = threshold;
        this.comments = List.copyOf(comments);
    }

    /** The bundled model, or empty when the distribution holds none. */
    public static Optional<ConfidenceModel> bundled() {
        return Optional.ofNullable(Holder.BUNDLED);
    }

    private static final class Holder {
        static final ConfidenceModel BUNDLED = load();

        private static ConfidenceModel load() {
            try (InputStream in = ConfidenceModel.class.getResourceAsStream(RESOURCE)) {
                return in == null ? null : read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled event-confidence model", e);
            }
        }
    }

    /** The estimated probability that the event with these features is fully right. */
    public double score(Map<String, Double> features) {
        double sum = bias;
        for (Map.Entry<String, Double> f : features.entrySet()) {
            Double w = weights.get(f.getKey());
            if (w != null) {
                sum += w * f.getValue();
            }
        }
        return 1 / (1 + Math.exp(-sum));
    }

    public Map<String, Double> weights() {
        return weights;
    }

    public double bias() {
        return bias;
    }

    /** The threshold chosen with the model on its training data. */
    public double threshold() {
        return threshold;
    }

    public List<String> comments() {
        return comments;
    }

    /** Writes the model in its text format; the same model always gives the same bytes. */
    public void write(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (String c : comments) {
            w.write("# " + c.replace('\n', ' ') + "\n");
        }
        w.write("@format " + FORMAT + "\n");
        w.write("@bias " + number(bias) + "\n");
        w.write("@threshold " + number(threshold) + "\n");
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            w.write(e.getKey() + "\t" + number(e.getValue()) + "\n");
        }
        w.flush();
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.6f", d);
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @throws IOException when the text is not such a model
     */
    public static ConfidenceModel read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> comments = new ArrayList<>();
        Map<String, Double> weights = new TreeMap<>();
        double bias = Double.NaN;
        double threshold = Double.NaN;
        String format = null;
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                if (line.startsWith("#")) {
                    comments.add(line.substring(1).strip());
                } else if (line.startsWith("@format ")) {
                    format = line.substring(8).strip();
                } else if (line.startsWith("@bias ")) {
                    bias = Double.parseDouble(line.substring(6).strip());
                } else if (line.startsWith("@threshold ")) {
                    threshold = Double.parseDouble(line.substring(11).strip());
                } else {
                    int tab = line.lastIndexOf('\t');
                    if (tab <= 0) {
                        throw new IOException("event-confidence model line " + n + ": no feature and weight");
                    }
                    weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
                }
            } catch (NumberFormatException e) {
                throw new IOException("event-confidence model line " + n + ": " + e.getMessage(), e);
            }
        }
        if (!FORMAT.equals(format) || Double.isNaN(bias) || Double.isNaN(threshold)) {
            throw new IOException("not an event-confidence model of format " + FORMAT);
        }
        return new ConfidenceModel(weights, bias, threshold, comments);
    }
}
