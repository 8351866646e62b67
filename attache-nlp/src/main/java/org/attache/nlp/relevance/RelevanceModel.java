package org.attache.nlp.relevance;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.attache.api.relevance.RelevanceLabel;

/**
 * A trained relevance model: for each term its inverse document frequency and one weight per label, a bias per
 * label, and the decision settings of {@link RelevanceClassifier}. A text is the set of its terms ({@link
 * TextFeatures}), weighted by idf and scaled to unit length; each label's score is the logistic of its weights'
 * sum (one label against the rest, as LIBLINEAR trains them), and the scores are normalised to sum to one, as
 * LIBLINEAR's {@code predictProbability} does. Immutable and thread-safe.
 *
 * <p>Stored as gzipped UTF-8 text: {@code #} comment lines, then {@code @format 1}, {@code @labels …}, {@code @bias
 * …}, {@code @setting NAME VALUE} lines, and one {@code term idf w1 … wk} line per term, tab-separated (no term
 * starts with {@code @} or {@code #}).
 */
public final class RelevanceModel {
    private static final String FORMAT = "1";

    private final List<RelevanceLabel> labels;
    private final Map<String, Integer> rows;
    private final String[] terms;
    private final float[] idf;
    /** {@code weights[row * labels + label]}. */
    private final float[] weights;
    private final float[] bias;
    private final Settings settings;
    private final List<String> comments;

    /**
     * How the classifier decides, stored with the weights because they are chosen for them.
     *
     * @param articleThreshold  an article is political when its political probability reaches this
     * @param sentenceThreshold a sentence is relevant when its probability (its article's, moved by its own words)
     *                          reaches this
     * @param sentenceWeight    how much (0..4) a sentence's own words move its article's log-odds
     */
    public record Settings(double articleThreshold, double sentenceThreshold, double sentenceWeight) {
        public Settings {
            if (!(articleThreshold > 0 && articleThreshold < 1) || !(sentenceThreshold > 0 && sentenceThreshold < 1)
                    || !(sentenceWeight >= 0 && sentenceWeight <= 4)) {
                throw new IllegalArgumentException("relevance settings out of range: " + articleThreshold + ", "
                        + sentenceThreshold + ", " + sentenceWeight);
            }
        }
    }

    RelevanceModel(List<RelevanceLabel> labels, String[] terms, float[] idf, float[] weights, float[] bias,
                   Settings settings, List<String> comments) {
        if (idf.length != terms.length || weights.length != terms.length * labels.size()
                || bias.length != labels.size() || !labels.contains(RelevanceLabel.POLITICAL)) {
            throw new IllegalArgumentException("inconsistent relevance model");
        }
        this.labels = List.copyOf(labels);
        this.terms = terms.clone();
        this.idf = idf.clone();
        this.weights = weights.clone();
        this.bias = bias.clone();
        this.settings = settings;
        this.comments = List.copyOf(comments);
        this.rows = new HashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) {
            if (rows.put(terms[i], i) != null) {
                throw new IllegalArgumentException("term listed twice in relevance model: " + terms[i]);
            }
        }
    }

    /** The labels in the order of {@link #probabilities}. */
    public List<RelevanceLabel> labels() {
        return labels;
    }

    public Settings settings() {
        return settings;
    }

    /** How many terms the model knows. */
    public int size() {
        return terms.length;
    }

    /** This model with other decision settings. */
    public RelevanceModel withSettings(Settings other) {
        return new RelevanceModel(labels, terms, idf, weights, bias, other, comments);
    }

    /** The row of a term, or -1 when the model does not know it. */
    int row(String term) {
        Integer row = rows.get(term);
        return row == null ? -1 : row;
    }

    /** The sorted, distinct rows of the known terms of {@code text[start, end)}. */
    int[] rows(CharSequence text, int start, int end) {
        RowCollector rows = new RowCollector();
        TextFeatures.terms(text, start, end, rows);
        return rows.distinct();
    }

    /** Collects the rows of the terms it is given. */
    private final class RowCollector implements java.util.function.Consumer<String> {
        private int[] values = new int[32];
        private int n;

        @Override
        public void accept(String term) {
            int row = row(term);
            if (row >= 0) {
                if (n == values.length) {
                    values = Arrays.copyOf(values, n * 2);
                }
                values[n++] = row;
            }
        }

        int[] distinct() {
            int[] sorted = Arrays.copyOf(values, n);
            Arrays.sort(sorted);
            int k = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[k++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, k);
        }
    }

    /** The sorted union of two sorted, distinct row sets. */
    static int[] union(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int next;
            if (j >= b.length || (i < a.length && a[i] < b[j])) {
                next = a[i++];
            } else if (i >= a.length || b[j] < a[i]) {
                next = b[j++];
            } else {
                next = a[i++];
                j++;
            }
            out[n++] = next;
        }
        return Arrays.copyOf(out, n);
    }

    /** Label probabilities (in {@link #labels()} order) of a text given as its rows. */
    double[] probabilities(int[] textRows) {
        int k = labels.size();
        double norm = 0;
        for (int row : textRows) {
            norm += (double) idf[row] * idf[row];
        }
        norm = norm > 0 ? Math.sqrt(norm) : 1;
        double[] decision = new double[k];
        for (int c = 0; c < k; c++) {
            decision[c] = bias[c];
        }
        for (int row : textRows) {
            double x = idf[row] / norm;
            int base = row * k;
            for (int c = 0; c < k; c++) {
                decision[c] += x * weights[base + c];
            }
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            decision[c] = 1 / (1 + Math.exp(-decision[c]));
            sum += decision[c];
        }
        for (int c = 0; c < k; c++) {
            decision[c] /= sum;
        }
        return decision;
    }

    /** Label probabilities (in {@link #labels()} order) of a text. */
    public double[] probabilities(CharSequence text) {
        return probabilities(rows(text, 0, text.length()));
    }

    /** Writes the model in its gzipped text form. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        Writer w = new BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8));
        for (String comment : comments) {
            w.write("# " + comment.replace('\n', ' ') + "\n");
        }
        w.write("@format\t" + FORMAT + "\n");
        w.write("@labels");
        for (RelevanceLabel l : labels) {
            w.write("\t" + l.label());
        }
        w.write("\n@bias");
        for (float b : bias) {
            w.write("\t" + number(b));
        }
        w.write("\n@setting\tarticle_threshold\t" + number(settings.articleThreshold()));
        w.write("\n@setting\tsentence_threshold\t" + number(settings.sentenceThreshold()));
        w.write("\n@setting\tsentence_weight\t" + number(settings.sentenceWeight()) + "\n");
        int k = labels.size();
        for (int row = 0; row < terms.length; row++) {
            w.write(terms[row]);
            w.write('\t');
            w.write(number(idf[row]));
            for (int c = 0; c < k; c++) {
                w.write('\t');
                w.write(number(weights[row * k + c]));
            }
            w.write('\n');
        }
        w.flush();
        gzip.finish();
    }

    /** Four significant digits: the weights' precision does not matter beyond that, and the file stays small. */
    private static String number(double v) {
        if (v == 0) {
            return "0";
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains("e")) {
            return s;
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "");
            s = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        }
        return s;
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @param name what the stream is, for error messages
     * @throws IllegalArgumentException naming {@code name} and the line of a malformed entry
     */
    public static RelevanceModel read(InputStream in, String name) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
        List<RelevanceLabel> labels = null;
        float[] bias = null;
        double[] settings = {Double.NaN, Double.NaN, Double.NaN};
        List<String> comments = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        float[] idf = new float[1 << 14];
        float[] weights = new float[1 << 16];
        String line;
        int number = 0;
        boolean format = false;
        while ((line = r.readLine()) != null) {
            number++;
            if (line.startsWith("#")) {
                comments.add(line.substring(1).strip());
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case "@format" -> {
                        if (!FORMAT.equals(f[1])) {
                            throw new IllegalArgumentException("unsupported format " + f[1]);
                        }
                        format = true;
                    }
                    case "@labels" -> {
                        labels = new ArrayList<>();
                        for (int i = 1; i < f.length; i++) {
                            labels.add(RelevanceLabel.fromLabel(f[i]));
                        }
                    }
                    case "@bias" -> {
                        bias = new float[f.length - 1];
                        for (int i = 1; i < f.length; i++) {
                            bias[i - 1] = Float.parseFloat(f[i]);
                        }
                    }
                    case "@setting" -> {
                        int at = switch (f[1]) {
                            case "article_threshold" -> 0;
                            case "sentence_threshold" -> 1;
                            case "sentence_weight" -> 2;
                            default -> throw new IllegalArgumentException("unknown setting " + f[1]);
                        };
                        settings[at] = Double.parseDouble(f[2]);
                    }
                    default -> {
                        if (labels == null || f.length != labels.size() + 2) {
                            throw new IllegalArgumentException("expected a term, its idf and "
                                    + (labels == null ? "a weight per label (after the labels line)"
                                    : labels.size() + " weights"));
                        }
                        int row = terms.size();
                        int k = labels.size();
                        if (row == idf.length) {
                            idf = Arrays.copyOf(idf, row * 2);
                        }
                        if ((row + 1) * k > weights.length) {
                            weights = Arrays.copyOf(weights, Math.max(weights.length * 2, (row + 1) * k));
                        }
                        terms.add(f[0]);
                        idf[row] = Float.parseFloat(f[1]);
                        for (int c = 0; c < k; c++) {
                            weights[row * k + c] = Float.parseFloat(f[2 + c]);
                        }
                    }
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(name + ":" + number + ": " + e.getMessage(), e);
            }
        }
        if (!format || labels == null || bias == null || Double.isNaN(settings[0]) || Double.isNaN(settings[1])
                || Double.isNaN(settings[2])) {
            throw new IllegalArgumentException(name + ": not a relevance model (format, labels, bias or settings missing)");
        }
        int n = terms.size();
        try {
            return new RelevanceModel(labels, terms.toArray(String[]::new), Arrays.copyOf(idf, n),
                    Arrays.copyOf(weights, n * labels.size()), bias,
                    new Settings(settings[0], settings[1], settings[2]), comments);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    /** The model that ships with Attaché. */
    public static RelevanceModel bundled() {
        return Bundled.MODEL;
    }

    /** The bundled model's resource, beside this class. */
    public static final String RESOURCE = "relevance-model.tsv.gz";

    private static final class Bundled {
        static final RelevanceModel MODEL = load();

        private static RelevanceModel load() {
            try (InputStream in = RelevanceModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled relevance model " + RESOURCE + " is missing");
                }
                return read(in, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled relevance model", e);
            }
        }
    }

    /** The comment lines of the file: how the model was trained. */
    public List<String> comments() {
        return comments;
    }
}
