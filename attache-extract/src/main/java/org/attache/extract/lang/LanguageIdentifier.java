package org.attache.extract.lang;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Identifies the language of a text as an ISO 639-1 code, or null when the text is too short or the
 * evidence too weak. A declared language (e.g. {@code <html lang>}) wins when the text is consistent with
 * it, and stands alone when the text is too short to judge.
 *
 * <p>Thread-safe: the underlying {@code LanguageDetectorImpl} (0.6) holds only final fields written in its
 * constructor and keeps no per-call state in fields (checked in its bytecode), so one instance serves all
 * workers. Loading the ~70 built-in profiles takes a second or two: use {@link #shared()} or pass one
 * instance around.
 */
public final class LanguageIdentifier {
    /** Fewer letters than this and the text alone is not judged. */
    public static final int MIN_LETTERS = 40;
    private static final double MIN_PROBABILITY = 0.80;
    private static final int MAX_CHARS = 1500;
    /** Prose is mostly letters; below this share of non-space characters the text is figures, not language. */
    private static final double MIN_LETTER_SHARE = 0.75;
    private final LanguageDetector detector;

    /** Loads all built-in profiles; slow, so share the instance. */
    public LanguageIdentifier() {
        try {
            List<LanguageProfile> profiles = new LanguageProfileReader().readAllBuiltIn();
            this.detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(profiles).seed(42L).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load language profiles", e);
        }
    }

    private static final class Holder {
        private static final LanguageIdentifier INSTANCE = new LanguageIdentifier();
    }

    /** One lazily built instance for the whole JVM; immutable, so sharing it is safe. */
    public static LanguageIdentifier shared() {
        return Holder.INSTANCE;
    }

    /**
     * The language of {@code text}.
     *
     * @param text     the article text (title and body), may be null
     * @param declared the language the page declares ({@code "en"}, {@code "en-US"}), or null
     * @return an ISO 639-1 code, or null when undetermined
     */
    public String identify(String text, String declared) {
        String decl = normalise(declared);
        String sample = text == null ? "" : text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        long letters = sample.codePoints().filter(Character::isLetter).count();
        long visible = sample.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        if (letters < MIN_LETTERS || letters < MIN_LETTER_SHARE * visible) {
            return decl;   // too short, or tables of figures ("Shr 51 cts vs 42 cts") that n-grams misread
        }
        List<DetectedLanguage> probabilities;
        try {
            probabilities = detector.getProbabilities(sample);
        } catch (RuntimeException e) {
            return decl;
        }
        if (decl != null) {
            for (DetectedLanguage d : probabilities) {
                if (normalise(d.getLocale().getLanguage()).equals(decl) && d.getProbability() >= 0.2) {
                    return decl;
                }
            }
        }
        if (probabilities.isEmpty() || probabilities.get(0).getProbability() < MIN_PROBABILITY) {
            return decl;
        }
        return normalise(probabilities.get(0).getLocale().getLanguage());
    }

    /** {@code "en-US"}, {@code "EN_gb"} → {@code "en"}; null or non-language values → null. */
    static String normalise(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int cut = t.indexOf('-') >= 0 ? t.indexOf('-') : t.indexOf('_');
        if (cut >= 0) {
            t = t.substring(0, cut);
        }
        return t.matches("[a-z]{2}") ? t : null;
    }
}
