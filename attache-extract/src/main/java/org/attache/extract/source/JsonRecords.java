package org.attache.extract.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.attache.api.ContentKind;
import org.attache.api.Page;
import org.attache.api.PageHints;

/**
 * Parses JSON records of the shape {@code {id?, url?, outlet?, title?, published?, text? | html?}} and
 * turns them into pages; other fields are ignored. {@code html} wins when a record has both bodies.
 * The parser refuses strings longer than the page cap, so a huge record never gets allocated.
 * Immutable and thread-safe.
 */
final class JsonRecords {
    private static final int MAX_MESSAGE = 120;

    private final ObjectMapper mapper;
    private final ObjectReader streamReader;
    private final long maxPageBytes;
    private final int maxDepth;

    JsonRecords(long maxPageBytes) {
        this.maxPageBytes = maxPageBytes;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(Inputs.arrayCap(maxPageBytes)).build())
                .build();
        this.maxDepth = factory.streamReadConstraints().getMaxNestingDepth();
        this.mapper = JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        this.streamReader = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** A streaming parser over {@code in}, with this instance's limits. */
    JsonParser createParser(InputStream in) throws IOException {
        return mapper.createParser(in);
    }

    /** Reads the value at the parser's current token; later values in the stream are left unread. */
    JsonNode readValue(JsonParser parser) throws IOException {
        return streamReader.readTree(parser);
    }

    long maxPageBytes() {
        return maxPageBytes;
    }

    /** Parses one JSON value. */
    JsonNode parse(String json) throws SkipException {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw skip(e);
        }
    }

    /**
     * The skip for a parser failure, with the limit it hit: nesting deeper than the parser's depth limit, a
     * string over the page cap, another of the parser's limits, else "malformed JSON: …".
     */
    SkipException skip(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            String message = String.valueOf(e.getOriginalMessage());
            if (message.contains("nesting depth")) {
                return new SkipException("nested deeper than " + maxDepth + " levels");
            }
            if (message.contains("String value length") || message.contains("Document length")) {
                return new SkipException(Inputs.tooLarge(maxPageBytes));
            }
            return new SkipException("over a JSON parser limit: " + shortMessage(e));
        }
        return new SkipException("malformed JSON: " + shortMessage(e));
    }

    /** The page a record describes, with {@code source} and {@code fetchedAt} from its container. */
    Page toPage(JsonNode record, String source, Instant fetchedAt) throws SkipException {
        if (!record.isObject()) {
            throw new SkipException("not a JSON object");
        }
        String html = field(record, "html");
        String text = field(record, "text");
        ContentKind kind;
        String body;
        if (html != null && !html.isBlank()) {
            kind = ContentKind.HTML;
            body = html;
        } else if (text != null && !text.isBlank()) {
            kind = ContentKind.TEXT;
            body = text;
        } else {
            throw new SkipException("record has no text or html");
        }
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        if (content.length > maxPageBytes) {
            throw new SkipException(Inputs.tooLarge(maxPageBytes));
        }
        String outlet = field(record, "outlet");
        String title = field(record, "title");
        String published = field(record, "published");
        PageHints hints = outlet == null && title == null && published == null
                ? PageHints.NONE : new PageHints(outlet, title, published);
        return new Page(source, field(record, "id"), field(record, "url"), content, kind,
                StandardCharsets.UTF_8.name(), fetchedAt, hints);
    }

    /** A scalar field as text; null when absent, null, empty or not a scalar. */
    private static String field(JsonNode record, String name) {
        JsonNode value = record.get(name);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText();
        return text.isEmpty() ? null : text;
    }

    /** The parser's message without its location suffix, on one line, at most 120 characters. */
    static String shortMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        for (String cut : new String[] {"\n", " (start marker at", " at [Source"}) {
            int at = message.indexOf(cut);
            if (at > 0) {
                message = message.substring(0, at);
            }
        }
        message = message.strip();
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
    }
}
