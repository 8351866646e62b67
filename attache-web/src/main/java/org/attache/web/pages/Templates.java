package org.attache.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The page templates, compiled at build time from {@code src/main/jte} by the jte Maven plugin with the
 * Html content type, so that every {@code ${…}} is escaped for the place it appears in.
 */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code name} ("article.jte") with its single parameter {@code model}. */
    public String render(String name, Object model) {
        StringOutput out = new StringOutput(8192);
        engine.render(name, Map.of("model", model), out);
        return out.toString();
    }
}
