package org.attache.extract.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.function.Consumer;
import org.attache.api.PageSource;
import org.attache.api.SourceItem;
import org.attache.api.config.SourceConfig;

/**
 * One file as a source: checks what can be checked before opening it (type by name, regular file,
 * readable, not empty) and hands it to the reader for its format. Also used by {@link FolderSource}
 * for every file it finds.
 */
final class FileSource implements PageSource {
    private final Path path;
    private final SourceConfig config;
    private final JsonRecords records;

    FileSource(Path path, SourceConfig config) {
        this.path = path;
        this.config = config;
        this.records = new JsonRecords(config.maxPageBytes());
    }

    @Override
    public void read(Consumer<? super SourceItem> sink) {
        read(path, new Emitter(sink));
    }

    /** Reads any file with this source's configuration; {@code file} need not be this source's path. */
    void read(Path file, Emitter out) {
        String name = file.toString();
        Optional<FileType> type = FileType.of(file);
        if (type.isEmpty()) {
            out.skipped(name, "unsupported file type");
            return;
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            out.skipped(name, Inputs.reason(e, false));
            return;
        }
        if (!attributes.isRegularFile()) {
            out.skipped(name, "not a regular file");
            return;
        }
        if (attributes.size() == 0) {
            out.skipped(name, "empty");
            return;
        }
        read(InputFile.of(file, type.get(), attributes.size(), attributes.lastModifiedTime().toInstant()), out);
    }

    /** Reads an input whose type and size are known: by its format's reader. */
    void read(InputFile input, Emitter out) {
        String name = input.name();
        long before = out.count();
        switch (input.type().format()) {
            case HTML, TEXT -> DocumentReader.read(input, config.maxPageBytes(), out);
            case JSON -> JsonFileReader.read(input, records, out);
            case JSONL -> JsonlReader.read(input, records, out);
            case WARC -> WarcFileReader.read(input, config.maxPageBytes(), out);
        }
        if (out.count() == before) {
            // a container holding nothing to count (blank lines only, "[]", no WARC record) is itself reported
            out.skipped(name, "no records");
        }
    }

    @Override
    public String toString() {
        return "FileSource[" + path + "]";
    }
}
