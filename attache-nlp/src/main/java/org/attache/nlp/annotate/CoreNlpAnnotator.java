package org.attache.nlp.annotate;

import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.ArticleAnnotator;
import org.attache.api.Mention;
import org.attache.api.Sentence;
import org.attache.nlp.gazetteer.CountryGazetteer;
import org.attache.nlp.gazetteer.CountryLayer;
import org.attache.nlp.gazetteer.WorldCities;
import org.attache.nlp.names.AbbreviationCase;
import org.attache.nlp.names.ArticleTyping;
import org.attache.nlp.names.AsciiFolder;
import org.attache.nlp.names.CaseProfile;
import org.attache.nlp.names.EponymousOrganization;
import org.attache.nlp.names.CompoundNames;
import org.attache.nlp.names.EventNames;
import org.attache.nlp.names.ModifierNames;
import org.attache.nlp.names.NonMentions;
import org.attache.nlp.names.PolicyNames;
import org.attache.nlp.names.SpanEdges;
import org.attache.nlp.names.NameSpan;
import org.attache.nlp.names.OrganizationPersonSplitter;
import org.attache.nlp.names.PersonSpanRepair;
import org.attache.nlp.names.TokenizedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Annotate stage on CoreNLP: sentences and PERSON / ORGANIZATION / LOCATION / MISC mentions of
 * {@link Article#bodyText()} (captions and title are not annotated), with countries on country names and
 * demonyms, then the plugged-in {@link MentionLayer}s in order. Offices are left empty for those layers.
 *
 * <p>Thread-safe: the backend and every layer are stateless after construction; share one annotator
 * across workers.
 */
public final class CoreNlpAnnotator implements ArticleAnnotator {
    /** Recorded on every annotation; change it whenever models or rules change what comes out. */
    public static final String PIPELINE_VERSION = "attache-annotate-0.3+corenlp-4.5.10-conll4";

    private final CoreNlpBackend backend;
    private final NerConfig config;
    private final List<MentionLayer> layers;
    private final OrganizationPersonSplitter organizations = new OrganizationPersonSplitter();
    private final PersonSpanRepair persons = new PersonSpanRepair(true);
    private final EponymousOrganization eponyms = new EponymousOrganization();
    private final EventNames events = new EventNames();
    private final SpanEdges edges = new SpanEdges();
    private final CompoundNames compounds = new CompoundNames();
    private final PolicyNames policies = new PolicyNames();
    private final ModifierNames modifiers = new ModifierNames();
    private final CountryLayer countries = new CountryLayer(CountryGazetteer.standard());
    private final NonMentions nonMentions = new NonMentions();
    private final ArticleTyping typing = new ArticleTyping(CountryGazetteer.standard(), WorldCities.standard());
    private final AbbreviationCase abbreviations;

    /** An annotator that loads its own models (seconds; do it once per process or worker pool). */
    public CoreNlpAnnotator(NerConfig config, List<MentionLayer> layers) {
        this(new CoreNlpBackend(config), layers);
    }

    /** An annotator over an already loaded backend with the backend's config, running {@code layers} after its own. */
    public CoreNlpAnnotator(CoreNlpBackend backend, List<MentionLayer> layers) {
        this(backend, backend.config(), layers);
    }

    /**
     * An annotator over an already loaded backend (models shared) with its own casing, folding and repair
     * settings; the backend must hold the models {@code config} needs.
     */
    public CoreNlpAnnotator(CoreNlpBackend backend, NerConfig config, List<MentionLayer> layers) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.config = Objects.requireNonNull(config, "config");
        this.layers = List.copyOf(layers);
        this.abbreviations = new AbbreviationCase(CountryGazetteer.standard(),
                (text, sentence) -> backend.recogniseSentence(text, sentence, false));
        if (config.model() != backend.config().model()
                || config.casing() != NerConfig.Casing.CASELESS && !backend.hasModel(false)
                || config.casing() != NerConfig.Casing.CASED && !backend.hasModel(true)) {
            throw new IllegalArgumentException("backend loaded for " + backend.config() + " cannot serve " + config);
        }
    }

    /** This annotator (same models, same settings) running {@code moreLayers} after its own chain. */
    public CoreNlpAnnotator withLayers(List<MentionLayer> moreLayers) {
        return new CoreNlpAnnotator(backend, config, moreLayers);
    }

    /** CoreNLP's plain CRF (cased model, no folding, no repairs) over this annotator's backend: the baseline. */
    public CoreNlpAnnotator plainCrf() {
        return new CoreNlpAnnotator(backend, NerConfig.plainCrf().withModel(config.model()), List.of());
    }

    /** Default configuration, no extra layers. */
    public static CoreNlpAnnotator withDefaults() {
        return new CoreNlpAnnotator(NerConfig.defaults(), List.of());
    }

    public NerConfig config() {
        return config;
    }

    @Override
    public Annotated annotate(Article article) {
        String body = article.bodyText();
        TokenizedText tokens = tokenize(body);
        List<NameSpan> spans = recognise(tokens);
        List<Sentence> sentences = new ArrayList<>(tokens.sentenceCount());
        for (int s = 0; s < tokens.sentenceCount(); s++) {
            sentences.add(new Sentence(s, tokens.start(tokens.sentenceFirstToken(s)),
                    tokens.end(tokens.sentenceEndToken(s) - 1)));
        }
        List<Mention> mentions = new ArrayList<>(spans.size());
        for (NameSpan span : spans) {
            int start = tokens.start(span.first());
            int end = tokens.end(span.end() - 1);
            mentions.add(new Mention(span.type(), body.substring(start, end), start, end,
                    tokens.sentenceOf(span.first()), null, span.country()));
        }
        Annotated out = new Annotated(article, sentences, mentions, List.of(), PIPELINE_VERSION);
        for (MentionLayer layer : layers) {
            if (Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("annotation interrupted");
            }
            out = layer.apply(out);
        }
        return out;
    }

    /** Tokens and sentences of a text, as the annotator sees them. */
    public TokenizedText tokenize(String text) {
        return backend.tokenize(config().asciiFold() ? AsciiFolder.fold(text) : text).withText(text);
    }

    /**
     * The recogniser chain over given tokens (the CoNLL evaluator passes the corpus's own tokens):
     * CRF (caseless model for caseless text, on the folded copy) → edges cut (clause-opening words,
     * possessives) → countries and demonyms → persons split out of organisations → person-name repair →
     * organisations named after a person ("Nelson Mandela Foundation") → event names → compound names
     * (dash and "of" compounds, agreements) → names that modify an agreement or a commodity → policy and era names →
     * short names typed by the text's longer company mention ({@link ArticleTyping}). A cased text also has
     * artefact capitals after place abbreviations cut out ({@link AbbreviationCase}) and body adjectives and
     * sign-offs dropped ({@link NonMentions}) before countries are marked. Returns spans sorted by first token,
     * non-overlapping.
     */
    public List<NameSpan> recognise(TokenizedText tokens) {
        CaseProfile casing = CaseProfile.of(tokens.text());
        boolean caseless = switch (config().casing()) {
            case AUTO -> casing.caseless();
            case CASED -> false;
            case CASELESS -> true;
        };
        TokenizedText crfView = config().asciiFold() ? tokens.withText(AsciiFolder.fold(tokens.text())) : tokens;
        List<NameSpan> spans = backend.recognise(crfView, caseless);
        if (!config().repairs()) {
            return spans;
        }
        spans = edges.apply(tokens, spans);
        if (!caseless && casing == CaseProfile.MIXED && backend.hasModel(false)) {
            spans = abbreviations.apply(crfView, spans);
        }
        spans = nonMentions.apply(tokens, spans);
        spans = countries.apply(tokens, spans, casing);
        spans = organizations.apply(tokens, spans, caseless);
        spans = persons.apply(tokens, spans, caseless);
        if (!caseless) {
            spans = eponyms.apply(tokens, spans);
            spans = events.apply(tokens, spans);
            spans = compounds.apply(tokens, spans);
            spans = modifiers.apply(tokens, spans);
            spans = policies.apply(tokens, spans);
            spans = typing.apply(tokens, spans);
        }
        return spans;
    }
}
