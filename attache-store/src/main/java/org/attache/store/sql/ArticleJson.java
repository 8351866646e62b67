package org.attache.store.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.attache.api.RailLink;

import java.util.List;

/** JSON text of the list-valued columns (body, captions, links). Thread-safe. */
final class ArticleJson {
    /** One shared buffer pool: readers on virtual threads would get fresh buffers from a thread-local one. */
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool()).build())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /** Readers made once: resolving the generic type on every read was a visible part of an article page. */
    private static final ObjectReader STRINGS = MAPPER.readerFor(new TypeReference<List<String>>() { });
    private static final ObjectReader LINKS = MAPPER.readerFor(new TypeReference<List<RailLink>>() { });

    private ArticleJson() {
    }

    static String write(List<?> values) {
        try {
            return MAPPER.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    static List<String> strings(String json) {
        return read(json, STRINGS);
    }

    static List<RailLink> links(String json) {
        return read(json, LINKS);
    }

    private static <T> T read(String json, ObjectReader reader) {
        try {
            return reader.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt JSON column: " + e.getOriginalMessage(), e);
        }
    }
}
