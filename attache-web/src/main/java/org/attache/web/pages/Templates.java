package org.attache.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.util.Map;

/**
 * The page templates, compiled at build time from {@code src/main/jte} by the jte Maven plugin with the
 * Html content type, so that every {@code ${…}} is escaped for the place it appears in, and their fixed text
 * as UTF-8 bytes, so that a page is written out as bytes without encoding it again.
 */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code name} ("article.jte") with its single parameter {@code model}, as UTF-8. */
    public byte[] render(String name, Object model) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        engine.render(name, Map.of("model", model), out);
        return out.toByteArray();
    }
}
