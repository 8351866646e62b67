package org.attache.app.export;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.attache.api.events.Event;

/** The event export formats, by their command-line labels, each with its writer and reader. */
public enum ExportFormat {
    /** A JSON array of PLOVER records; see {@link PloverFormat}. */
    PLOVER("plover"),
    /** GDELT-style event columns, tab-separated; see {@link CameoTsvFormat}. */
    CAMEO_TSV("cameo-tsv"),
    /** One event JSON record per line; see {@link JsonlFormat}. */
    JSONL("jsonl"),
    /** RFC 4180 CSV, one row per event; see {@link CsvFormat}. */
    CSV("csv");

    private final String label;

    ExportFormat(String label) {
        this.label = label;
    }

    /** The command-line name ("cameo-tsv"). */
    public String label() {
        return label;
    }

    /** The format a label names, case-insensitively. */
    public static ExportFormat fromLabel(String label) {
        String key = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.label.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format " + label + " (" + labels() + ")");
    }

    /** All labels, comma-separated. */
    public static String labels() {
        return Arrays.stream(values()).map(ExportFormat::label).collect(Collectors.joining(", "));
    }

    /** A writer of this format onto {@code out}. */
    public EventWriter writer(Writer out, ExportContext context) throws IOException {
        return switch (this) {
            case PLOVER -> new PloverFormat.Writer(out);
            case CAMEO_TSV -> new CameoTsvFormat.Writer(out, context);
            case JSONL -> new JsonlFormat.Writer(out);
            case CSV -> new CsvFormat.Writer(out);
        };
    }

    /** Reads back what this format's writer wrote, in file order. */
    public List<Event> read(Reader in) throws IOException {
        return switch (this) {
            case PLOVER -> PloverFormat.read(in);
            case CAMEO_TSV -> CameoTsvFormat.read(in);
            case JSONL -> JsonlFormat.read(in);
            case CSV -> CsvFormat.read(in);
        };
    }
}
