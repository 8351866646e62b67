package org.attache.app.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import org.attache.api.MentionType;
import org.attache.api.events.EventDate;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PartialDate;
import org.attache.api.events.PloverType;
import org.attache.app.eval.FactsGold.Span;
import org.attache.app.eval.FactsGold.Split;
import org.attache.app.eval.FactsGold.Story;
import org.attache.nlp.resolve.NameKeys;

/**
 * Scores what Attaché states about the facts dev set's stories against the analyst's reading
 * (docs/FACTS-DEVSET.md gives the rules in words).
 *
 * <p><b>Events.</b> Gold and predicted events are both cut into units: one sentence, one type, one source
 * country and one target country (null for none or unknown), so an event with actor lists counts once per
 * pair of countries, and two events of one sentence that name the same pair count once. A predicted event
 * belongs to the story sentence its evidence overlaps most. Units are matched one to one, greedily: gold
 * units in annotation order each take the first free predicted unit of the same sentence that passes the
 * test. Three independent matchings are made: <em>strict</em> (type, both countries with their direction,
 * and status), <em>no status</em> (type and both countries with their direction) and <em>type</em> alone.
 * A gold type accepts its {@code also_types}; a gold event marked {@code either_direction} accepts the two
 * countries either way round. Precision is matches over predicted units, recall matches over gold units.
 *
 * <p><b>Entities.</b> A gold entity is found when an entity Attaché links to the story has its name or one
 * of its spellings (name, aliases, the words printed for it in the story) equal to the gold name or one of
 * its {@code aka} under {@link NameKeys#key} (case, accents and punctuation ignored); for a person, an equal
 * last name also counts. Country accuracy is the share of found gold entities with a country whose
 * country Attaché gives right; gold entities with no determinable country are counted apart, with how
 * many of them Attaché gave a country anyway.
 */
public final class FactsScorer {
    private final ActorCodes codes;

    public FactsScorer(ActorCodes codes) {
        this.codes = Objects.requireNonNull(codes, "codes");
    }

    /** One side of a predicted event as the coder printed it. */
    public record PredictedActor(String name, String country) {
    }

    /**
     * A coded event of a story.
     *
     * @param span     the evidence's place in the story text ({@code text} field), or null when it was not
     *                 found there
     * @param evidence the evidence sentence as the coder gives it
     */
    public record PredictedEvent(String id, PloverType type, EventStatus status, List<PredictedActor> source,
                                 List<PredictedActor> target, EventDate date, Span span, String evidence) {
        public PredictedEvent {
            source = List.copyOf(source);
            target = List.copyOf(target);
        }
    }

    /**
     * An entity linked to a story.
     *
     * @param spellings its name, aliases and the words printed for it in the story
     */
    public record PredictedEntity(String id, String name, List<String> spellings, MentionType type, String country) {
        public PredictedEntity {
            spellings = List.copyOf(spellings);
        }
    }

    /** What Attaché produced for one story; {@code stored} is false when the pipeline kept no article for it. */
    public record Prediction(boolean stored, List<PredictedEvent> events, List<PredictedEntity> entities) {
        public Prediction {
            events = List.copyOf(events);
            entities = List.copyOf(entities);
        }

        /** A story the pipeline did not store. */
        public static Prediction notStored() {
            return new Prediction(false, List.of(), List.of());
        }
    }

    /**
     * Totals over some stories.
     *
     * @param gold             gold event units
     * @param predicted        predicted event units
     * @param strict           units matched on type, countries with direction, and status
     * @param noStatus         units matched on type and countries with direction
     * @param typeOnly         units matched on type
     * @param spurious         predicted units in a sentence with no gold event
     * @param unlocated        predicted units whose evidence was not found in the story
     * @param datesRight       strict matches whose date agrees with the gold date
     * @param entities         gold entities
     * @param entitiesFound    gold entities found
     * @param countryScored    found gold entities that have a country
     * @param countryRight     of those, with the right country
     * @param noCountryFound   found gold entities with no determinable country
     * @param noCountryGiven   of those, given a country by Attaché
     */
    public record Counts(int stories, int gold, int predicted, int strict, int noStatus, int typeOnly, int spurious,
                         int unlocated, int datesRight, int entities, int entitiesFound, int countryScored,
                         int countryRight, int noCountryFound, int noCountryGiven) {
        static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(stories + o.stories, gold + o.gold, predicted + o.predicted, strict + o.strict,
                    noStatus + o.noStatus, typeOnly + o.typeOnly, spurious + o.spurious, unlocated + o.unlocated,
                    datesRight + o.datesRight, entities + o.entities, entitiesFound + o.entitiesFound,
                    countryScored + o.countryScored, countryRight + o.countryRight, noCountryFound + o.noCountryFound,
                    noCountryGiven + o.noCountryGiven);
        }

        public double precision() {
            return ratio(strict, predicted);
        }

        public double recall() {
            return ratio(strict, gold);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double noStatusPrecision() {
            return ratio(noStatus, predicted);
        }

        public double noStatusRecall() {
            return ratio(noStatus, gold);
        }

        public double typePrecision() {
            return ratio(typeOnly, predicted);
        }

        public double typeRecall() {
            return ratio(typeOnly, gold);
        }

        /** Share of found gold entities (with a country) whose country is right. */
        public double countryAccuracy() {
            return ratio(countryRight, countryScored);
        }

        /** Share of strict matches whose date agrees. */
        public double dateAccuracy() {
            return ratio(datesRight, strict);
        }
    }

    /**
     * A predicted unit and what became of it.
     *
     * @param verdict "ok", "wrong" (paired with a gold unit of its sentence; {@code wrong} lists the
     *                fields), "no gold event in sentence", "extra" (its sentence's gold units are all
     *                taken) or "evidence not in story"
     * @param gold    the gold unit it was matched or paired with, or null
     */
    public record PredictedRow(String eventId, int sentence, String predicted, String verdict, List<String> wrong,
                               String gold, String evidence) {
    }

    /** A gold unit no predicted unit matched strictly, with the closest predicted unit of its sentence. */
    public record MissedRow(int sentence, String gold, String closest, List<String> wrong) {
    }

    /** A gold entity and what Attaché has for it. */
    public record EntityRow(String name, String type, String goldCountry, String found, String country,
                            String verdict) {
    }

    /** One story's outcome. */
    public record StoryResult(String id, String split, String pool, boolean stored, Counts counts,
                              List<PredictedRow> predicted, List<MissedRow> missed, List<EntityRow> entities) {
    }

    /** The whole outcome: totals per split and for all stories, and each story's details. */
    public record Report(Map<String, Counts> totals, List<StoryResult> stories) {
        /** The tables as text. */
        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT,
                    "Events (units: sentence, type, source country, target country; strict = type, countries and "
                            + "direction, status)%n"));
            sb.append(String.format(Locale.ROOT, "%-8s %7s %5s %5s %6s %6s %6s %6s %8s %8s %6s %6s %9s %8s%n", "split",
                    "stories", "gold", "pred", "strict", "P", "R", "F1", "P-nostat", "R-nostat", "P-type", "R-type",
                    "spurious", "date-ok"));
            totals.forEach((split, c) -> sb.append(String.format(Locale.ROOT,
                    "%-8s %7d %5d %5d %6d %6.3f %6.3f %6.3f %8.3f %8.3f %6.3f %6.3f %9d %8.3f%n", split, c.stories(),
                    c.gold(), c.predicted(), c.strict(), c.precision(), c.recall(), c.f1(), c.noStatusPrecision(),
                    c.noStatusRecall(), c.typePrecision(), c.typeRecall(), c.spurious(), c.dateAccuracy())));
            sb.append(String.format(Locale.ROOT, "%nEntities (country accuracy over gold entities found)%n"));
            sb.append(String.format(Locale.ROOT, "%-8s %6s %6s %10s %6s %8s %10s %11s %12s%n", "split", "gold",
                    "found", "w/country", "right", "accuracy", "not-found", "no-country", "given-one"));
            totals.forEach((split, c) -> sb.append(String.format(Locale.ROOT,
                    "%-8s %6d %6d %10d %6d %8.3f %10d %11d %12d%n", split, c.entities(), c.entitiesFound(),
                    c.countryScored(), c.countryRight(), c.countryAccuracy(), c.entities() - c.entitiesFound(),
                    c.noCountryFound(), c.noCountryGiven())));
            int unlocated = totals.get("all").unlocated();
            if (unlocated > 0) {
                sb.append(String.format(Locale.ROOT,
                        "%n%d predicted units had evidence not found in the story text (counted as wrong)%n",
                        unlocated));
            }
            return sb.toString();
        }
    }

    /** Scores {@code predictions} (by story id; a missing id counts as a story with nothing coded). */
    public Report score(List<Story> stories, Map<String, Prediction> predictions) {
        List<StoryResult> results = new ArrayList<>();
        Map<Split, Counts> bySplit = new EnumMap<>(Split.class);
        for (Split s : Split.values()) {
            bySplit.put(s, Counts.ZERO);
        }
        for (Story story : stories) {
            StoryResult r = score(story, predictions.getOrDefault(story.id(), Prediction.notStored()));
            results.add(r);
            bySplit.merge(story.split(), r.counts(), Counts::plus);
        }
        Map<String, Counts> totals = new LinkedHashMap<>();
        Counts all = Counts.ZERO;
        for (Split s : Split.values()) {
            if (stories.stream().anyMatch(st -> st.split() == s)) {
                totals.put(s.label(), bySplit.get(s));
            }
            all = all.plus(bySplit.get(s));
        }
        totals.put("all", all);
        return new Report(totals, results);
    }

    private record GoldUnit(int sentence, FactsGold.Event event, String src, String tgt) {
        boolean typeOk(PloverType type) {
            return event.type() == type || event.alsoTypes().contains(type);
        }

        boolean straight(PredUnit p) {
            return Objects.equals(src, p.src()) && Objects.equals(tgt, p.tgt());
        }

        boolean reversed(PredUnit p) {
            return Objects.equals(src, p.tgt()) && Objects.equals(tgt, p.src());
        }

        boolean dyadOk(PredUnit p) {
            return straight(p) || (event.eitherDirection() && reversed(p));
        }

        boolean statusOk(PredUnit p) {
            return event.status() == p.event().status();
        }

        String describe() {
            return event.type() + (event.alsoTypes().isEmpty() ? "" : "/" + String.join("/",
                    event.alsoTypes().stream().map(Enum::name).toList())) + " " + code(src)
                    + (event.eitherDirection() ? " <-> " : " -> ") + code(tgt) + " " + event.status().label()
                    + " @ " + (event.date().value() == null ? "date unknown" : event.date().value());
        }
    }

    private record PredUnit(PredictedEvent event, int sentence, String src, String tgt) {
        String describe() {
            return event.type() + " " + code(src) + " -> " + code(tgt) + " " + event.status().label() + " @ "
                    + (event.date() == null ? "date unknown" : event.date().start().toString());
        }
    }

    private static String code(String c) {
        return c == null ? "-" : c;
    }

    StoryResult score(Story story, Prediction prediction) {
        List<GoldUnit> gold = goldUnits(story);
        List<PredUnit> pred = predictedUnits(story, prediction.events());
        int[] strict = match(gold, pred, (g, p) -> g.typeOk(p.event().type()) && g.dyadOk(p) && g.statusOk(p));
        int[] noStatus = match(gold, pred, (g, p) -> g.typeOk(p.event().type()) && g.dyadOk(p));
        int[] typeOnly = match(gold, pred, (g, p) -> g.typeOk(p.event().type()));

        boolean[] predStrict = new boolean[pred.size()];
        int datesRight = 0;
        for (int g = 0; g < gold.size(); g++) {
            if (strict[g] >= 0) {
                predStrict[strict[g]] = true;
                datesRight += datesAgree(gold.get(g).event().date(), pred.get(strict[g]).event().date()) ? 1 : 0;
            }
        }
        // diagnostics: each predicted unit not matched strictly is paired with the closest free gold unit
        boolean[] goldTaken = new boolean[gold.size()];
        for (int g = 0; g < gold.size(); g++) {
            goldTaken[g] = strict[g] >= 0;
        }
        Set<Integer> goldSentences = new HashSet<>();
        gold.forEach(g -> goldSentences.add(g.sentence()));
        List<PredictedRow> rows = new ArrayList<>();
        Map<Integer, PredUnit> closestForGold = new LinkedHashMap<>();
        int spurious = 0;
        int unlocated = 0;
        for (int p = 0; p < pred.size(); p++) {
            PredUnit pu = pred.get(p);
            String evidence = pu.event().evidence();
            if (predStrict[p]) {
                int g = indexOf(strict, p);
                rows.add(new PredictedRow(pu.event().id(), pu.sentence(), pu.describe(), "ok", List.of(),
                        gold.get(g).describe(), evidence));
                continue;
            }
            if (pu.sentence() < 0) {
                unlocated++;
                rows.add(new PredictedRow(pu.event().id(), -1, pu.describe(), "evidence not in story", List.of(), null,
                        evidence));
                continue;
            }
            if (!goldSentences.contains(pu.sentence())) {
                spurious++;
                rows.add(new PredictedRow(pu.event().id(), pu.sentence(), pu.describe(), "no gold event in sentence",
                        List.of(), null, evidence));
                continue;
            }
            int best = -1;
            int bestScore = -1;
            for (int g = 0; g < gold.size(); g++) {
                GoldUnit gu = gold.get(g);
                if (goldTaken[g] || gu.sentence() != pu.sentence()) {
                    continue;
                }
                int score = (gu.typeOk(pu.event().type()) ? 4 : 0) + (gu.dyadOk(pu) ? 2 : 0) + (gu.statusOk(pu) ? 1 : 0);
                if (score > bestScore) {
                    best = g;
                    bestScore = score;
                }
            }
            if (best < 0) {
                rows.add(new PredictedRow(pu.event().id(), pu.sentence(), pu.describe(), "extra", List.of(), null,
                        evidence));
                continue;
            }
            goldTaken[best] = true;
            closestForGold.put(best, pu);
            rows.add(new PredictedRow(pu.event().id(), pu.sentence(), pu.describe(), "wrong", wrong(gold.get(best), pu),
                    gold.get(best).describe(), evidence));
        }
        List<MissedRow> missed = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (strict[g] < 0) {
                PredUnit closest = closestForGold.get(g);
                missed.add(new MissedRow(gold.get(g).sentence(), gold.get(g).describe(),
                        closest == null ? null : closest.describe(),
                        closest == null ? List.of() : wrong(gold.get(g), closest)));
            }
        }
        List<EntityRow> entityRows = new ArrayList<>();
        int found = 0;
        int scored = 0;
        int right = 0;
        int noCountryFound = 0;
        int noCountryGiven = 0;
        for (FactsGold.Entity e : story.entities()) {
            PredictedEntity match = findEntity(e, prediction.entities());
            String goldCountry = codes.canonical(e.country());
            if (match == null) {
                entityRows.add(new EntityRow(e.name(), e.type(), goldCountry, null, null, "not found"));
                continue;
            }
            found++;
            String got = codes.canonical(match.country());
            String verdict;
            if (goldCountry == null) {
                noCountryFound++;
                noCountryGiven += got == null ? 0 : 1;
                verdict = got == null ? "ok (no country)" : "given a country";
            } else {
                scored++;
                boolean ok = goldCountry.equals(got);
                right += ok ? 1 : 0;
                verdict = ok ? "ok" : got == null ? "no country" : "wrong country";
            }
            entityRows.add(new EntityRow(e.name(), e.type(), goldCountry, match.name(), got, verdict));
        }
        int typeMatches = count(typeOnly);
        Counts counts = new Counts(1, gold.size(), pred.size(), count(strict), count(noStatus), typeMatches, spurious,
                unlocated, datesRight, story.entities().size(), found, scored, right, noCountryFound, noCountryGiven);
        return new StoryResult(story.id(), story.split().label(), story.pool(), prediction.stored(), counts, rows, missed,
                entityRows);
    }

    private List<String> wrong(GoldUnit g, PredUnit p) {
        List<String> out = new ArrayList<>();
        if (!g.typeOk(p.event().type())) {
            out.add("type (gold " + g.event().type() + ")");
        }
        if (!g.dyadOk(p)) {
            if (g.reversed(p)) {
                out.add("direction");
            } else {
                if (!Objects.equals(g.src(), p.src()) && !(g.event().eitherDirection() && Objects.equals(g.src(), p.tgt()))) {
                    out.add("source country (gold " + code(g.src()) + ")");
                }
                if (!Objects.equals(g.tgt(), p.tgt()) && !(g.event().eitherDirection() && Objects.equals(g.tgt(), p.src()))) {
                    out.add("target country (gold " + code(g.tgt()) + ")");
                }
            }
        }
        if (!g.statusOk(p)) {
            out.add("status (gold " + g.event().status().label() + ")");
        }
        return out;
    }

    private List<GoldUnit> goldUnits(Story story) {
        List<GoldUnit> units = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FactsGold.Event e : story.events()) {
            for (String s : countries(e.source().stream().map(FactsGold.Actor::country).toList())) {
                for (String t : countries(e.target().stream().map(FactsGold.Actor::country).toList())) {
                    if (seen.add(e.sentence() + "|" + e.type() + "|" + s + "|" + t)) {
                        units.add(new GoldUnit(e.sentence(), e, s, t));
                    }
                }
            }
        }
        return units;
    }

    private List<PredUnit> predictedUnits(Story story, List<PredictedEvent> events) {
        List<PredUnit> units = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PredictedEvent e : events) {
            int sentence = sentenceOf(story, e.span());
            for (String s : countries(e.source().stream().map(PredictedActor::country).toList())) {
                for (String t : countries(e.target().stream().map(PredictedActor::country).toList())) {
                    if (seen.add(sentence + "|" + e.type() + "|" + s + "|" + t)) {
                        units.add(new PredUnit(e, sentence, s, t));
                    }
                }
            }
        }
        return units;
    }

    /** The distinct canonical codes of a side; one null for a side with no actor or none with a country. */
    private List<String> countries(List<String> printed) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : printed) {
            out.add(codes.canonical(c));
        }
        if (out.isEmpty()) {
            out.add(null);
        }
        return new ArrayList<>(out);
    }

    /** The index of the story sentence {@code span} overlaps most, or -1. */
    static int sentenceOf(Story story, Span span) {
        if (span == null) {
            return -1;
        }
        int best = -1;
        int bestOverlap = 0;
        for (int i = 0; i < story.sentences().size(); i++) {
            int overlap = story.sentences().get(i).overlap(span.start(), span.end());
            if (overlap > bestOverlap) {
                best = i;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /** One-to-one greedy matching: for each gold unit in order, the first free predicted unit of its sentence. */
    private static int[] match(List<GoldUnit> gold, List<PredUnit> pred, BiPredicate<GoldUnit, PredUnit> ok) {
        int[] out = new int[gold.size()];
        boolean[] used = new boolean[pred.size()];
        for (int g = 0; g < gold.size(); g++) {
            out[g] = -1;
            for (int p = 0; p < pred.size(); p++) {
                if (!used[p] && pred.get(p).sentence() == gold.get(g).sentence() && ok.test(gold.get(g), pred.get(p))) {
                    used[p] = true;
                    out[g] = p;
                    break;
                }
            }
        }
        return out;
    }

    private static int count(int[] matches) {
        int n = 0;
        for (int m : matches) {
            n += m >= 0 ? 1 : 0;
        }
        return n;
    }

    private static int indexOf(int[] matches, int p) {
        for (int g = 0; g < matches.length; g++) {
            if (matches[g] == p) {
                return g;
            }
        }
        return -1;
    }

    /**
     * A gold date of unknown precision wants no date; otherwise the predicted start must have the gold's
     * year, month and day, each present or absent as in the gold ("1987-03" is not "1987-03-02").
     */
    static boolean datesAgree(FactsGold.GoldDate gold, EventDate predicted) {
        if (gold.value() == null) {
            return predicted == null;
        }
        if (predicted == null) {
            return false;
        }
        PartialDate want = PartialDate.parse(gold.value());
        PartialDate got = predicted.start();
        return Objects.equals(want.year(), got.year()) && Objects.equals(want.month(), got.month())
                && Objects.equals(want.day(), got.day());
    }

    private static PredictedEntity findEntity(FactsGold.Entity gold, List<PredictedEntity> entities) {
        Set<String> keys = new HashSet<>();
        keys.add(NameKeys.key(gold.name()));
        gold.aka().forEach(a -> keys.add(NameKeys.key(a)));
        keys.remove("");
        for (PredictedEntity e : entities) {
            if (e.spellings().stream().map(NameKeys::key).anyMatch(keys::contains)) {
                return e;
            }
        }
        if (gold.type().equals("PER")) {
            String surname = NameKeys.lastTokenKey(gold.name());
            if (surname.length() > 1) {
                for (PredictedEntity e : entities) {
                    if (e.type() == MentionType.PERSON
                            && e.spellings().stream().map(NameKeys::lastTokenKey).anyMatch(surname::equals)) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
