package org.attache.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.app.relevance.RelevanceCorpora;
import org.attache.nlp.relevance.LabelledText;
import org.attache.nlp.relevance.RelevanceModel;
import org.attache.nlp.relevance.RelevanceTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The training data and settings shared by {@code train relevance} and {@code eval relevance}. */
final class RelevanceTrainingOptions {
    private static final RelevanceTrainer.Options DEFAULT = RelevanceTrainer.Options.DEFAULT;

    @Option(names = "--bbc", paramLabel = "FILE", required = true,
            description = "The BBC News corpus as JSONL with a \"section\" field (bench/corpus/bbc.jsonl).")
    Path bbc;

    @Option(names = "--reuters", paramLabel = "FILE", required = true,
            description = "Reuters-21578 as JSONL with \"tags\" (bench/corpus/reuters21578.jsonl).")
    Path reuters;

    @Option(names = "--reuters-business", paramLabel = "N", defaultValue = "1500",
            description = "Company and market stories kept from Reuters (a fixed, hash-ordered share). Default: ${DEFAULT-VALUE}.")
    int reutersBusiness;

    @Option(names = "--cost", paramLabel = "C", description = "LIBLINEAR's C (regularisation). Default: 16.")
    Double cost;

    @Option(names = "--min-documents", paramLabel = "N", description = "A term must occur in N training texts. Default: 3.")
    Integer minDocuments;

    @Option(names = "--max-terms", paramLabel = "N", description = "Terms the model keeps. Default: 12000.")
    Integer maxTerms;

    @Option(names = "--article-threshold", paramLabel = "P", description = "Political probability that makes an article political. Default: 0.3.")
    Double articleThreshold;

    @Option(names = "--sentence-threshold", paramLabel = "P", description = "Probability (the article's, moved by the sentence's words) that makes a sentence relevant. Default: 0.3.")
    Double sentenceThreshold;

    @Option(names = "--sentence-weight", paramLabel = "W", description = "How much a sentence's own words move its article's log-odds (0..4). Default: 1.")
    Double sentenceWeight;

    RelevanceTrainer.Options options() {
        RelevanceModel.Settings d = DEFAULT.settings();
        try {
            return new RelevanceTrainer.Options(cost != null ? cost : DEFAULT.cost(),
                    minDocuments != null ? minDocuments : DEFAULT.minDocuments(),
                    maxTerms != null ? maxTerms : DEFAULT.maxTerms(),
                    new RelevanceModel.Settings(articleThreshold != null ? articleThreshold : d.articleThreshold(),
                            sentenceThreshold != null ? sentenceThreshold : d.sentenceThreshold(),
                            sentenceWeight != null ? sentenceWeight : d.sentenceWeight()));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), CommandLine.ExitCode.USAGE);
        }
    }

    /** The labelled texts of both corpora. */
    List<LabelledText> texts() throws IOException {
        for (Path p : List.of(bbc, reuters)) {
            if (!Files.isRegularFile(p)) {
                throw new CliException("corpus file not found: " + p, CommandLine.ExitCode.USAGE);
            }
        }
        if (reutersBusiness < 0) {
            throw new CliException("--reuters-business must not be negative", CommandLine.ExitCode.USAGE);
        }
        try {
            return RelevanceCorpora.read(bbc, reuters, reutersBusiness);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), CommandLine.ExitCode.USAGE);
        }
    }

    /** The command line that reproduces a model, for its file's header. */
    String describe() {
        RelevanceTrainer.Options o = options();
        return "attache train relevance --bbc " + bbc.getFileName() + " --reuters " + reuters.getFileName()
                + " --reuters-business " + reutersBusiness + " --cost " + o.cost() + " --min-documents "
                + o.minDocuments() + " --max-terms " + o.maxTerms() + " --article-threshold "
                + o.settings().articleThreshold() + " --sentence-threshold " + o.settings().sentenceThreshold()
                + " --sentence-weight " + o.settings().sentenceWeight();
    }
}
