package org.attache.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.api.Article;
import org.attache.api.ExtractionException;
import org.attache.api.SourceItem;
import org.attache.api.config.SourceConfig;
import org.attache.json.Json;
import org.attache.extract.DefaultArticleExtractor;
import org.attache.extract.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache extract PATH…}: extraction only; nothing is stored. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract articles from pages and print them; nothing is stored. With --json, one object per line.")
public final class ExtractCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
    List<Path> inputs;

    @Option(names = "--max-page-bytes", paramLabel = "BYTES", defaultValue = "" + SourceConfig.DEFAULT_MAX_PAGE_BYTES,
            description = "Skip pages larger than this (decompressed). Default: ${DEFAULT-VALUE}")
    long maxPageBytes;

    @Option(names = "--strict", description = "Fail (exit code 3) on the first input that has to be skipped.")
    boolean strict;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DefaultArticleExtractor extractor = new DefaultArticleExtractor();
        SourceConfig config = new SourceConfig(maxPageBytes);
        int[] skipped = {0};
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new CliException("input not found: " + input, picocli.CommandLine.ExitCode.USAGE);
            }
            Sources.open(input, config).read(item -> {
                switch (item) {
                    case SourceItem.Skipped skip when !skip.fault() -> {
                        // a record that is not a page (a WARC request, a 404): nothing to extract, nothing wrong
                    }
                    case SourceItem.Skipped skip -> skip(err, skip, skipped);
                    case SourceItem.Loaded loaded -> {
                        try {
                            print(out, input, extractor.extract(loaded.page()));
                        } catch (ExtractionException e) {
                            skip(err, new SourceItem.Skipped(e.source(), 0, e.reason()), skipped);
                        }
                    }
                }
            });
        }
        out.flush();
        if (skipped[0] > 0) {
            err.println("attache: " + skipped[0] + " input(s) skipped");
        }
        return 0;
    }

    private void skip(PrintWriter err, SourceItem.Skipped skip, int[] skipped) {
        if (strict) {
            throw new CliException("--strict: input skipped: " + skip, CliException.INPUT_FAILED);
        }
        skipped[0]++;
        err.println("skipped " + skip);
    }

    private void print(PrintWriter out, Path input, Article article) {
        if (common.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("path", input.toString());
            json.putAll(Json.mapper().convertValue(article, Map.class));
            out.println(Json.line(json));
        } else {
            out.println(ArticleText.render(article));
            out.println();
            out.println("-".repeat(72));
        }
    }
}
