package org.attache.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.attache.app.eval.FactsGold.Story;
import org.attache.app.eval.FactsScorer.PredictedActor;
import org.attache.app.eval.FactsScorer.PredictedEvent;
import org.attache.app.eval.FactsScorer.Prediction;
import org.attache.extract.source.Sources;
import org.attache.json.Json;
import org.attache.nlp.events.confidence.ConfidenceTrainer.Example;
import org.attache.nlp.events.confidence.EventFeatures;
import org.attache.nlp.relevance.ArticleRelevance;
import org.attache.pipeline.Analysis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Labelled events for the event-confidence model, made by coding stories again with the current build and matching
 * its events to judgements:
 * <ul>
 *   <li>an independent reader's judged samples ({@code eval/judged/*.jsonl}): a current event that has a judged event's
 *       article, evidence sentence, type and actors' codes (as {@code judged.py score --events} matches them) takes its
 *       {@code fully_right}; other current events are unlabelled;</li>
 *   <li>the facts dev set's stories of one split (the tune half only: the held-out half is never trained on):
 *       {@link FactsScorer}'s verdicts, an event right when every unit of it is matched to a gold event and right.</li>
 * </ul>
 * Each story is coded alone, with a fresh registry, as {@link FactsEvaluation} does. Features are {@link EventFeatures}.
 */
public final class ConfidenceData {
    private static final Logger LOG = LoggerFactory.getLogger(ConfidenceData.class);

    private ConfidenceData() {
    }

    /**
     * One labelled event.
     *
     * @param group    where its label comes from: the judged file's name, or "facts-tune"
     * @param example  the key, features and label
     */
    public record Labelled(String group, Example example) {
    }

    /** A coded story: its events with their features. */
    private record Coded(String articleId, String text, List<Event> events, List<Map<String, Double>> features) {
    }

    /**
     * The labelled events of judged samples.
     *
     * @param judged   judged sample files
     * @param corpus   the Reuters corpus file their {@code corpus_line}s number
     * @param progress called with the number of stories done
     */
    public static List<Labelled> judged(List<Path> judged, Path corpus, ArticleExtractor extractor, Analysis analysis,
                                        Path scratch, IntConsumer progress) throws IOException {
        Map<Integer, List<JsonNode>> byLine = new TreeMap<>();
        Map<JsonNode, String> groupOf = new HashMap<>();
        for (Path file : judged) {
            String group = file.getFileName().toString().replaceFirst("\\.jsonl$", "");
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode j = Json.mapper().readTree(line);
                byLine.computeIfAbsent(j.path("corpus_line").asInt(), k -> new ArrayList<>()).add(j);
                groupOf.put(j, group);
            }
        }
        Map<Integer, String> lines = corpusLines(corpus, byLine.keySet());
        List<Integer> order = new ArrayList<>(byLine.keySet());
        List<String> feed = order.stream().map(lines::get).toList();
        List<Coded> coded = code(feed, extractor, analysis, scratch, progress);
        List<Labelled> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Coded c = coded.get(i);
            if (c == null) {
                continue;
            }
            Map<String, JsonNode> judgedByKey = new HashMap<>();
            for (JsonNode j : byLine.get(order.get(i))) {
                judgedByKey.put(judgedKey(j), j);
            }
            for (int e = 0; e < c.events().size(); e++) {
                Event event = c.events().get(e);
                JsonNode j = judgedByKey.get(key(event));
                if (j != null) {
                    out.add(new Labelled(groupOf.get(j), new Example("judged|" + order.get(i) + "|" + event.id(), groupOf.get(j),
                            c.features().get(e), j.path("fully_right").asBoolean())));
                }
            }
        }
        return out;
    }

    /**
     * The labelled events of the facts dev set's {@code stories} (give the tune half only).
     *
     * @param records the stories' corpus records
     */
    public static List<Labelled> facts(List<Story> stories, Map<String, FactsCorpus.Record> records,
                                       ArticleExtractor extractor, Analysis analysis, Path scratch,
                                       IntConsumer progress) throws IOException {
        List<String> feed = stories.stream().map(s -> records.get(s.id()).line()).toList();
        List<Coded> coded = code(feed, extractor, analysis, scratch, progress);
        Map<String, Prediction> predictions = new LinkedHashMap<>();
        Map<String, Map<String, Double>> features = new HashMap<>();
        for (int i = 0; i < stories.size(); i++) {
            Coded c = coded.get(i);
            if (c == null) {
                predictions.put(stories.get(i).id(), Prediction.notStored());
                continue;
            }
            List<PredictedEvent> predicted = new ArrayList<>();
            for (int e = 0; e < c.events().size(); e++) {
                Event ev = c.events().get(e);
                predicted.add(new PredictedEvent(ev.id(), ev.type(), ev.status(), actors(ev.source()),
                        actors(ev.target()), ev.date(), EvidenceLocator.locate(records.get(stories.get(i).id()).text(),
                        ev.evidence().text()), ev.evidence().text()));
                features.put(stories.get(i).id() + "|" + ev.id(), c.features().get(e));
            }
            predictions.put(stories.get(i).id(), new Prediction(true, predicted, List.of()));
        }
        FactsScorer.Report report = new FactsScorer(ActorCodes.standard()).score(stories, predictions);
        Map<String, Boolean> right = new TreeMap<>();
        for (FactsScorer.StoryResult r : report.stories()) {
            for (FactsScorer.PredictedRow row : r.predicted()) {
                String key = r.id() + "|" + row.eventId();
                if (row.verdict().startsWith("evidence not")) {
                    continue;
                }
                right.merge(key, "ok".equals(row.verdict()), Boolean::logicalAnd);
            }
        }
        List<Labelled> out = new ArrayList<>();
        right.forEach((key, ok) -> {
            Map<String, Double> f = features.get(key);
            if (f != null) {
                out.add(new Labelled("facts-tune", new Example("facts|" + key, "facts-tune", f, ok)));
            }
        });
        return out;
    }

    /** The judged.py key of a current event: article, evidence start, type, actors' country/sector codes. */
    static String key(Event e) {
        return e.articleId() + "|" + e.evidence().start() + "|" + e.type().name() + "|" + codes(e.source()) + "|"
                + codes(e.target());
    }

    private static String codes(List<EventActor> side) {
        List<String> all = new ArrayList<>();
        for (EventActor a : side) {
            all.add((a.country() == null ? "-" : a.country()) + "/" + (a.sector() == null ? "-" : a.sector()));
        }
        all.sort(null);
        return String.join(",", all);
    }

    static String judgedKey(JsonNode j) {
        return j.path("article_id").asText() + "|" + j.path("evidence_start").asInt() + "|" + j.path("type").asText()
                + "|" + judgedCodes(j.path("source")) + "|" + judgedCodes(j.path("target"));
    }

    private static String judgedCodes(JsonNode side) {
        List<String> all = new ArrayList<>();
        for (JsonNode a : side) {
            String[] parts = a.asText().split("\\|", -1);
            String country = parts.length > 1 && !parts[1].equals("None") ? parts[1] : "-";
            String sector = parts.length > 2 && !parts[2].equals("None") ? parts[2] : "-";
            all.add(country + "/" + sector);
        }
        all.sort(null);
        return String.join(",", all);
    }

    private static List<PredictedActor> actors(List<EventActor> actors) {
        return actors.stream().map(a -> new PredictedActor(a.name(), a.country())).toList();
    }

    /** The corpus file's lines of these (1-based) numbers. */
    private static Map<Integer, String> corpusLines(Path corpus, Set<Integer> wanted) throws IOException {
        Map<Integer, String> out = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (wanted.contains(n)) {
                    out.put(n, line);
                }
            }
        }
        for (int w : wanted) {
            if (!out.containsKey(w)) {
                throw new IllegalArgumentException(corpus + " has no line " + w);
            }
        }
        return out;
    }

    /** Codes each feed line as ingest would, with a fresh registry per story; null where a story was not read. */
    private static List<Coded> code(List<String> feedLines, ArticleExtractor extractor, Analysis analysis,
                                    Path scratch, IntConsumer progress) throws IOException {
        Path feed = scratch.resolve("confidence-stories.jsonl");
        Files.writeString(feed, String.join("\n", feedLines) + "\n", StandardCharsets.UTF_8);
        List<Page> pages = new ArrayList<>();
        feedLines.forEach(l -> pages.add(null));
        Sources.open(feed, SourceConfig.DEFAULTS).read(item -> {
            switch (item) {
                case SourceItem.Loaded loaded -> {
                    String source = loaded.page().source();
                    pages.set(Integer.parseInt(source.substring(source.lastIndexOf(':') + 1)) - 1, loaded.page());
                }
                case SourceItem.Skipped skipped -> LOG.warn("confidence data: story on line {} skipped: {}",
                        skipped.line(), skipped.reason());
            }
        });
        List<Coded> out = new ArrayList<>();
        EventFeatures features = EventFeatures.standard();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            Coded c = null;
            if (page != null) {
                try {
                    Article article = extractor.extract(page);
                    Annotated annotated = analysis.annotator().annotate(article);
                    ArticleRelevance judged = analysis.judge(annotated);
                    List<Event> events = analysis.resolveAndCode(annotated, new InMemoryEntityRegistry());
                    List<Map<String, Double>> f = new ArrayList<>();
                    for (Event e : events) {
                        f.add(features.of(e, annotated, judged));
                    }
                    c = new Coded(article.id(), article.bodyText(), events, f);
                } catch (ExtractionException e) {
                    LOG.warn("confidence data: {} not extracted: {}", page.source(), e.reason());
                }
            }
            out.add(c);
            progress.accept(i + 1);
        }
        return out;
    }
}
