package org.attache.spark;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.attache.api.SourceItem;
import org.attache.pipeline.Analysed;
import org.attache.pipeline.Outcome;

/**
 * The compact form in which an executor hands an {@link Outcome} of the analysis core to the driver and the batch
 * output keeps it for {@code attache load}: the records' own fields as JSON (every field, at full precision, unlike the
 * user-facing JSON of {@code org.attache.json.Json}, which rounds scores). {@code decode(encode(o))} equals {@code o}.
 */
final class OutcomeCodec {
    /** Fields only: the records' derived accessors ({@code isAnnotated}, {@code mentions}) are not data. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    /** An outcome as shipped: a skip (source, line, reason, fault) or an analysed article. */
    record Shipped(String source, long line, String reason, boolean fault, Analysed analysed) {
    }

    private OutcomeCodec() {
    }

    static byte[] encode(Outcome<Analysed> outcome) {
        Shipped shipped = switch (outcome) {
            case Outcome.Done<Analysed> done -> new Shipped(null, 0, null, false, done.value());
            case Outcome.Skipped<Analysed> skip -> new Shipped(skip.skipped().source(), skip.skipped().line(),
                    skip.skipped().reason(), skip.skipped().fault(), null);
        };
        try {
            return MAPPER.writeValueAsBytes(shipped);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Outcome<Analysed> decode(byte[] bytes) {
        Shipped shipped;
        try {
            shipped = MAPPER.readValue(bytes, Shipped.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable analysed record: " + e.getMessage(), e);
        }
        return shipped.analysed() != null ? Outcome.done(shipped.analysed())
                : new Outcome.Skipped<>(new SourceItem.Skipped(shipped.source(), shipped.line(), shipped.reason(),
                        shipped.fault()));
    }
}
