package org.attache.extract.source;

import java.io.IOException;
import java.io.InputStream;
import org.attache.api.ContentKind;
import org.attache.api.Page;
import org.attache.api.PageHints;

/** Reads a one-page file ({@code .html}, {@code .htm}, {@code .txt}, maybe gzipped) as one page. */
final class DocumentReader {
    private DocumentReader() {
    }

    static void read(InputFile file, long maxPageBytes, Emitter out) {
        ContentKind kind = file.type().format() == FileType.Format.HTML ? ContentKind.HTML : ContentKind.TEXT;
        byte[] bytes;
        try {
            bytes = load(file, maxPageBytes);
        } catch (SkipException e) {
            out.skipped(file.name(), e.reason());
            return;
        }
        out.loaded(new Page(file.name(), null, null, bytes, kind, null, file.modified(), PageHints.NONE));
    }

    private static byte[] load(InputFile file, long maxPageBytes) throws SkipException {
        if (!file.gzip() && file.size() > maxPageBytes) {
            throw new SkipException(Inputs.tooLarge(maxPageBytes));
        }
        byte[] bytes;
        try (InputStream in = Inputs.open(file)) {
            bytes = Inputs.readCapped(in, maxPageBytes);
        } catch (IOException e) {
            throw new SkipException(Inputs.reason(e, file.gzip()));
        }
        if (Inputs.isBlank(bytes, 0, bytes.length)) {
            throw new SkipException("empty");
        }
        if (Inputs.looksBinaryPage(bytes, bytes.length)) {
            throw new SkipException("binary content");
        }
        return bytes;
    }
}
