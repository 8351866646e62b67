package org.attache.extract.source;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.attache.api.PageSource;
import org.attache.api.SourceItem;
import org.attache.api.config.SourceConfig;

/**
 * Bytes held in memory read as one file of that name (see {@link Sources#of}): an upload needs no scratch file to be
 * read as its file would be. Its pages are fetched at the moment the source was made.
 */
final class BytesSource implements PageSource {
    private final String name;
    private final byte[] content;
    private final FileSource reader;
    private final Instant received = Instant.now();

    BytesSource(String name, byte[] content, SourceConfig config) {
        this.name = name;
        this.content = content;
        this.reader = new FileSource(Path.of(name), config); // for its readers: nothing is read from that path
    }

    @Override
    public void read(Consumer<? super SourceItem> sink) {
        Emitter out = new Emitter(sink);
        Optional<FileType> type = FileType.of(Path.of(name));
        if (type.isEmpty()) {
            out.skipped(name, "unsupported file type");
            return;
        }
        if (content.length == 0) {
            out.skipped(name, "empty");
            return;
        }
        reader.read(new InputFile(name, type.get(), content.length, received,
                () -> new ByteArrayInputStream(content)), out);
    }

    @Override
    public String toString() {
        return "BytesSource[" + name + ", " + content.length + " bytes]";
    }
}
