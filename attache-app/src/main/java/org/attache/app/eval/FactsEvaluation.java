package org.attache.app.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.ArticleExtractor;
import org.attache.api.ExtractionException;
import org.attache.api.Page;
import org.attache.api.SourceItem;
import org.attache.api.config.SourceConfig;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.api.registry.RegisteredEntity;
import org.attache.app.eval.FactsCorpus.Record;
import org.attache.app.eval.FactsGold.Story;
import org.attache.app.eval.FactsScorer.PredictedActor;
import org.attache.app.eval.FactsScorer.PredictedEntity;
import org.attache.app.eval.FactsScorer.PredictedEvent;
import org.attache.app.eval.FactsScorer.Prediction;
import org.attache.pipeline.Analysis;
import org.attache.extract.source.Sources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Attaché's per-article pipeline on the facts dev set's stories as {@code attache ingest} would on a
 * JSONL feed of them: the records' own lines are read by the JSONL source, extracted, annotated, resolved
 * and coded. Each story gets a fresh registry, so what Attaché states about it comes from that story alone
 * and a run on one split gives the same facts as a run on both.
 */
public final class FactsEvaluation {
    private static final Logger LOG = LoggerFactory.getLogger(FactsEvaluation.class);

    private FactsEvaluation() {
    }

    /**
     * What the pipeline states about each story, by story id.
     *
     * @param records  the stories' corpus records (every story must have one)
     * @param scratch  an empty folder for the feed file
     * @param progress called with the number of stories done
     */
    public static Map<String, Prediction> run(List<Story> stories, Map<String, Record> records,
                                              ArticleExtractor extractor, Analysis analysis, Path scratch,
                                              IntConsumer progress) throws IOException {
        Path feed = scratch.resolve("facts-stories.jsonl");
        StringBuilder lines = new StringBuilder();
        for (Story s : stories) {
            lines.append(records.get(s.id()).line()).append('\n');
        }
        Files.writeString(feed, lines, StandardCharsets.UTF_8);
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            pages.add(null);
        }
        Sources.open(feed, SourceConfig.DEFAULTS).read(item -> {
            switch (item) {
                case SourceItem.Loaded loaded -> pages.set(lineOf(loaded.page().source()) - 1, loaded.page());
                case SourceItem.Skipped skipped -> LOG.warn("facts dev set: story on line {} skipped: {}",
                        skipped.line(), skipped.reason());
            }
        });
        Map<String, Prediction> out = new LinkedHashMap<>();
        for (int i = 0; i < stories.size(); i++) {
            Story story = stories.get(i);
            out.put(story.id(), pages.get(i) == null ? Prediction.notStored()
                    : predict(pages.get(i), records.get(story.id()).text(), extractor, analysis));
            progress.accept(i + 1);
        }
        return out;
    }

    private static Prediction predict(Page page, String text, ArticleExtractor extractor, Analysis analysis) {
        Article article;
        try {
            article = extractor.extract(page);
        } catch (ExtractionException e) {
            LOG.warn("facts dev set: {} not extracted: {}", page.source(), e.reason());
            return Prediction.notStored();
        }
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        Annotated annotated = analysis.annotator().annotate(article);
        List<Event> events = analysis.resolveAndCode(annotated, registry);
        List<PredictedEvent> predicted = new ArrayList<>();
        for (Event e : events) {
            predicted.add(new PredictedEvent(e.id(), e.type(), e.status(), actors(e.source()), actors(e.target()),
                    e.date(), EvidenceLocator.locate(text, e.evidence().text()), e.evidence().text()));
        }
        Map<String, Set<String>> spellings = new LinkedHashMap<>();
        for (InMemoryEntityRegistry.MentionRow row : registry.mentions()) {
            if (row.articleId().equals(article.id())) {
                Set<String> s = spellings.computeIfAbsent(row.entityId(), k -> new LinkedHashSet<>());
                s.add(row.mention().text());
                s.add(row.mention().canonical());
            }
        }
        List<PredictedEntity> entities = new ArrayList<>();
        spellings.forEach((id, printed) -> {
            RegisteredEntity entity = registry.get(id).orElseThrow();
            Set<String> all = new LinkedHashSet<>();
            all.add(entity.name());
            all.addAll(registry.aliases(id));
            all.addAll(printed);
            entities.add(new PredictedEntity(id, entity.name(), new ArrayList<>(all), entity.type(), entity.country()));
        });
        return new Prediction(true, predicted, entities);
    }

    private static List<PredictedActor> actors(List<EventActor> actors) {
        return actors.stream().map(a -> new PredictedActor(a.name(), a.country())).toList();
    }

    private static int lineOf(String source) {
        return Integer.parseInt(source.substring(source.lastIndexOf(':') + 1));
    }
}
