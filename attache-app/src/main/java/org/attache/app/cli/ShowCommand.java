package org.attache.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.attache.api.Article;
import org.attache.api.relevance.Relevance;
import org.attache.json.Json;
import org.attache.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache show ID}: one stored article, whole. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a stored article (an id or a unique id prefix).")
public final class ShowCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "Article id, or a unique prefix of it.")
    String id;

    @Override
    public Integer call() {
        Article article;
        Relevance relevance;
        try (Store store = DataFolder.openForReading(common)) {
            article = store.findByPrefix(id.strip())
                    .orElseThrow(() -> new CliException("no article with id " + id, CliException.NOT_FOUND));
            relevance = store.relevance(article.id()).orElse(null);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(common.json() ? Json.pretty(Json.article(article, relevance))
                : ArticleText.render(article, relevance));
        return 0;
    }
}
