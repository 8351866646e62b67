package org.attache.app.watch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.attache.api.config.FetchConfig;
import org.attache.api.config.WatchConfig;
import org.attache.api.config.WatchSource;

/**
 * Reads a sources file (SOURCES.toml) into a {@link WatchConfig}: a {@code [fetch]} table (the contact URL is
 * required), an optional {@code [watch]} table, and one {@code [[source]]} table per source. Keys are checked: an
 * unknown key, a missing one, a value of the wrong type or out of range is an error naming the file, the table and
 * the key. Durations are written {@code "500ms"}, {@code "30s"}, {@code "15m"}, {@code "6h"}, {@code "1d"} (or
 * ISO-8601, {@code "PT15M"}).
 */
public final class SourcesFile {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");
    private static final TomlMapper MAPPER = TomlMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** The file as written: every key optional here, checked and defaulted in {@link #toConfig}. */
    record FileKeys(FetchKeys fetch, WatchKeys watch, List<SourceKeys> source) {
    }

    record FetchKeys(String contact, String connectTimeout, String timeout, Long maxPageBytes, Integer maxRedirects,
                     String hostInterval, Integer hostConnections, Integer connections) {
    }

    record WatchKeys(Double jitter, String maxBackoff, Integer maxPagesPerRound, Integer maxAttempts,
                     String roundTimeLimit) {
    }

    record SourceKeys(String name, String kind, String url, String outlet, String every) {
    }

    private SourcesFile() {
    }

    /**
     * Reads and checks {@code file}.
     *
     * @throws IllegalArgumentException naming the file and what is wrong in it
     */
    public static WatchConfig read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("sources file not found: " + file);
        }
        FileKeys keys;
        try {
            keys = MAPPER.readValue(file.toFile(), FileKeys.class);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : " (known keys: " + e.getKnownPropertyIds().stream()
                    .map(Object::toString).map(SourcesFile::snake).sorted().collect(Collectors.joining(", ")) + ")";
            throw new IllegalArgumentException(name + ": unknown key '" + e.getPropertyName() + "' in " + table(e)
                    + known);
        } catch (JsonMappingException e) {
            String key = key(e);
            throw new IllegalArgumentException(name + ": " + (key == null ? "" : "key '" + key + "' in ") + table(e)
                    + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            String m = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new IllegalArgumentException(name + ": not valid TOML: " + m);
        }
        if (keys == null) {
            throw new IllegalArgumentException(name + ": the file is empty");
        }
        try {
            return toConfig(keys);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage());
        }
    }

    private static WatchConfig toConfig(FileKeys keys) {
        FetchKeys f = keys.fetch();
        if (f == null || f.contact() == null) {
            throw new IllegalArgumentException("[fetch] contact is required: a URL (https:// or mailto:) where site"
                    + " owners can reach you; it goes into the User-Agent");
        }
        FetchConfig fetch = new FetchConfig(f.contact(),
                duration(f.connectTimeout(), "[fetch] connect_timeout", FetchConfig.DEFAULT_CONNECT_TIMEOUT),
                duration(f.timeout(), "[fetch] timeout", FetchConfig.DEFAULT_TIMEOUT),
                f.maxPageBytes() == null ? FetchConfig.DEFAULT_MAX_BYTES : f.maxPageBytes(),
                f.maxRedirects() == null ? FetchConfig.DEFAULT_MAX_REDIRECTS : f.maxRedirects(),
                duration(f.hostInterval(), "[fetch] host_interval", FetchConfig.DEFAULT_HOST_INTERVAL),
                f.hostConnections() == null ? FetchConfig.DEFAULT_HOST_CONNECTIONS : f.hostConnections(),
                f.connections() == null ? FetchConfig.DEFAULT_CONNECTIONS : f.connections(), false);
        WatchKeys w = keys.watch() == null ? new WatchKeys(null, null, null, null, null) : keys.watch();
        List<WatchSource> sources = new ArrayList<>();
        List<SourceKeys> listed = keys.source() == null ? List.of() : keys.source();
        for (int i = 0; i < listed.size(); i++) {
            SourceKeys s = listed.get(i);
            String label = "[[source]] #" + (i + 1) + (s.name() == null ? "" : " '" + s.name() + "'");
            if (s.kind() == null) {
                throw new IllegalArgumentException(label + ": kind is required (feed, sitemap or urls)");
            }
            WatchSource.Kind kind;
            try {
                kind = WatchSource.Kind.valueOf(s.kind().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(label + ": kind must be feed, sitemap or urls, was '" + s.kind() + "'");
            }
            try {
                sources.add(new WatchSource(s.name(), kind, s.url(), s.outlet(),
                        duration(s.every(), "every", WatchSource.DEFAULT_EVERY)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(label + ": " + e.getMessage());
            }
        }
        return new WatchConfig(fetch, w.jitter() == null ? WatchConfig.DEFAULT_JITTER : w.jitter(),
                duration(w.maxBackoff(), "[watch] max_backoff", WatchConfig.DEFAULT_MAX_BACKOFF),
                w.maxPagesPerRound() == null ? WatchConfig.DEFAULT_MAX_PAGES_PER_ROUND : w.maxPagesPerRound(),
                w.maxAttempts() == null ? WatchConfig.DEFAULT_MAX_ATTEMPTS : w.maxAttempts(),
                duration(w.roundTimeLimit(), "[watch] round_time_limit", WatchConfig.DEFAULT_ROUND_TIME_LIMIT), sources);
    }

    /** {@code "30s"}, {@code "15m"}…, or ISO-8601; {@code fallback} when absent. */
    static Duration duration(String value, String key, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(v);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(value.strip().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " is not a duration such as \"30s\", \"15m\" or \"6h\": '" + value
                    + "'");
        }
    }

    /** Where a mapping error is: "the top level", "[fetch]" or "[[source]] #2". */
    private static String table(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        if (path.size() <= 1) {
            return "the top level";
        }
        String first = path.getFirst().getFieldName();
        if (path.size() >= 3 && path.get(1).getIndex() >= 0) {
            return "[[" + first + "]] #" + (path.get(1).getIndex() + 1);
        }
        return "[" + first + "]";
    }

    /** The key a mapping error is about, or null. */
    private static String key(JsonMappingException e) {
        return e.getPath().isEmpty() ? null : e.getPath().getLast().getFieldName();
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
