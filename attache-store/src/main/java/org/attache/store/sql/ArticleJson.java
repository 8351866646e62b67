package org.attache.store.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.attache.api.RailLink;

import java.util.List;

/** JSON text of the list-valued columns (body, captions, links). Thread-safe. */
final class ArticleJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<RailLink>> LINKS = new TypeReference<>() { };

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

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt JSON column: " + e.getOriginalMessage(), e);
        }
    }
}
