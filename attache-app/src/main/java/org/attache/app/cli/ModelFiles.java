package org.attache.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a trained model's file whole or not at all: to a temporary file beside it, then moved into place. */
final class ModelFiles {
    /** What writes the model's bytes. */
    interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private ModelFiles() {
    }

    static void write(Path out, Writing model) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".model", ".tmp");
        try {
            try (OutputStream o = Files.newOutputStream(temp)) {
                model.to(o);
            }
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
