package org.attache.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the text tables bundled with the stages (gazetteers, the verb lexicon, the CAMEO→PLOVER table, acronym
 * bodies): UTF-8 lines, blank lines and {@code #} comments skipped. Each table's own columns are its reader's
 * business; a missing resource or an unreadable one fails with its name.
 */
public final class BundledTable {
    /** One line of a table. */
    @FunctionalInterface
    public interface Line {
        /**
         * @param number the line's number in the resource, from 1 (for error messages)
         * @param text   the line, without its end
         */
        void accept(int number, String text);
    }

    private BundledTable() {
    }

    /** Hands every line of {@code resource} (relative to {@code owner}'s package unless it starts with '/') that is not blank or a comment. */
    public static void read(Class<?> owner, String resource, Line line) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String text = r.readLine(); text != null; text = r.readLine()) {
                number++;
                if (!text.isBlank() && !text.startsWith("#")) {
                    line.accept(number, text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
