package org.attache.extract.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.attache.api.PageSource;
import org.attache.api.SourceItem;
import org.attache.api.config.SourceConfig;

/**
 * A folder as a source: walks it depth-first, each folder's entries sorted by name so that runs are
 * reproducible, and reads every file through {@link FileSource}. Hidden entries (name starting with a
 * dot) are left out; symbolic links to folders are not followed, so the walk cannot loop. Only one
 * folder listing is held in memory per level.
 */
final class FolderSource implements PageSource {
    private static final Comparator<Path> BY_NAME = Comparator.comparing(p -> p.getFileName().toString());

    private final Path root;
    private final FileSource files;

    FolderSource(Path root, SourceConfig config) {
        this.root = root;
        this.files = new FileSource(root, config);
    }

    @Override
    public void read(Consumer<? super SourceItem> sink) {
        Emitter out = new Emitter(sink);
        walk(root, new Sources.FolderVisitor() {
            @Override
            public void file(Path file) {
                files.read(file, out);
            }

            @Override
            public void unlistable(Path folder, String reason) {
                out.skipped(folder.toString(), reason);
            }
        });
    }

    /** Visits the files under {@code folder} in reading order (see {@link Sources#walk}). */
    static void walk(Path folder, Sources.FolderVisitor visitor) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            for (Path entry : listing) {
                if (!entry.getFileName().toString().startsWith(".")) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            visitor.unlistable(folder, Inputs.reason(e, false));
            return;
        }
        entries.sort(BY_NAME);
        for (Path entry : entries) {
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walk(entry, visitor);
            } else {
                visitor.file(entry);
            }
        }
    }

    @Override
    public String toString() {
        return "FolderSource[" + root + "]";
    }
}
