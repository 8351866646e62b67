package org.attache.pipeline;

import java.util.Objects;
import org.attache.api.SourceItem;

/**
 * What became of one input item in the analysis core: a value, or a skip with its reason. A skip is an answer, not
 * a failure of the run: a caller counts it and goes on with the next item.
 *
 * @param <T> what the item became
 */
public sealed interface Outcome<T> {
    /** The item's value. */
    record Done<T>(T value) implements Outcome<T> {
        public Done {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The item was not analysed, for {@code skipped.reason()}. */
    record Skipped<T>(SourceItem.Skipped skipped) implements Outcome<T> {
        public Skipped {
            Objects.requireNonNull(skipped, "skipped");
        }
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> skipped(String source, String reason) {
        return new Skipped<>(new SourceItem.Skipped(source, 0, reason));
    }
}
