package org.attache.extract.source;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.attache.api.PageSource;
import org.attache.api.SourceItem;
import org.attache.api.config.SourceConfig;

/**
 * One file that is not on this machine's file system (bytes held in memory, or a file of another file system such as
 * HDFS) read as a local file of that name would be: its format by its name's extension, its items and skips named by
 * it (see {@link Sources#of(String, long, Instant, Sources.Opener, SourceConfig)}).
 */
final class StreamSource implements PageSource {
    private final String name;
    private final long size;
    private final Instant modified;
    private final Sources.Opener content;
    private final FileSource reader;

    StreamSource(String name, long size, Instant modified, Sources.Opener content, SourceConfig config) {
        this.name = name;
        this.size = size;
        this.modified = modified;
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
        if (size == 0) {
            out.skipped(name, "empty");
            return;
        }
        reader.read(new InputFile(name, type.get(), size, modified, content::open), out);
    }

    @Override
    public String toString() {
        return "StreamSource[" + name + ", " + size + " bytes]";
    }
}
