package org.attache.web.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.Evidence;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.OfficeClaim;
import org.attache.api.PublishedDate;
import org.attache.api.config.StoreConfig;
import org.attache.api.events.DatePrecision;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventDate;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PartialDate;
import org.attache.api.events.PloverType;
import org.attache.api.events.StoryMatcher;
import org.attache.api.registry.EntityRegistry;
import org.attache.api.registry.NameForm;
import org.attache.nlp.resolve.NameKeys;
import org.attache.api.registry.RegisteredEntity;
import org.attache.api.relevance.Relevance;
import org.attache.api.relevance.RelevanceLabel;
import org.attache.store.ArticleStore;
import org.attache.json.Json;

/**
 * A small store for the API tests, built by hand as the ingest would write it: three reports (a Vietnamese
 * agency's, a Singapore paper's and a wire story without a printed date) with their entities, mentions,
 * an office, and coded events that have stories. Also a tiny HTTP client.
 */
final class ApiFixture {
    static final String VNA = "a1b2c3d4e5f60718";
    static final String ST = "f00dfacecafe0042";
    static final String WIRE = "0badc0ffee000003";
    static final String SON = "e0000000000000a1";
    static final String BALAKRISHNAN = "e0000000000000b2";
    static final String MARIS = "e0000000000000c3";
    static final String MEETING_EVENT = "ev00000000000001";

    static final List<String> VNA_BODY = List.of(
            "Minister of Foreign Affairs Bùi Thanh Sơn held talks with Singaporean Foreign Minister Vivian "
                    + "Balakrishnan in Hanoi on January 10, 2025.",
            "The two ministers agreed to expand cooperation on trade, energy and the digital economy.");
    static final List<String> ST_BODY = List.of(
            "Foreign Minister Vivian Balakrishnan will visit Hanoi next week to meet his Vietnamese counterpart "
                    + "Bùi Thanh Sơn, the ministry said on Saturday.",
            "The visit follows a year of record trade between the two countries.");
    static final List<String> WIRE_BODY = List.of(
            "Thai Foreign Minister Maris Sangiampongsa met Cambodian officials in Phnom Penh on Monday to discuss "
                    + "the border dispute.");

    private ApiFixture() {
    }

    /** Fills a new store in {@code dir} and returns it open. */
    static ArticleStore store(Path dir) {
        return store(StoreConfig.at(dir));
    }

    /** Fills a new store of this configuration (a SQLite folder, or a PostgreSQL database) and returns it open. */
    static ArticleStore store(StoreConfig config) {
        ArticleStore store = ArticleStore.open(config);
        StoryMatcher matcher = (event, day, candidates) -> candidates.isEmpty() ? Optional.empty()
                : Optional.of(candidates.getFirst().storyId());
        Article vna = article(VNA, "VNA", "2025-01-12", "Vietnam, Singapore foreign ministers hold talks in Hanoi",
                "Hanoi", VNA_BODY);
        Article st = article(ST, "The Straits Times", "2025-01-11",
                "Balakrishnan to visit Vietnam for talks on energy links", "SINGAPORE", ST_BODY);
        Article wire = article(WIRE, "Reuters", null, "Thai and Cambodian officials meet over border dispute", null,
                WIRE_BODY);
        store.store(vna, new Relevance(RelevanceLabel.POLITICAL, 0.93), registry -> {
            registry.create(new RegisteredEntity(SON, MentionType.PERSON, "Bùi Thanh Sơn", "VNM"));
            registry.create(new RegisteredEntity(BALAKRISHNAN, MentionType.PERSON, "Vivian Balakrishnan", "SGP"));
            registry.create(new RegisteredEntity(MARIS, MentionType.PERSON, "Maris Sangiampongsa", "THA"));
            for (String[] alias : new String[][] {{SON, "Bùi Thanh Sơn"}, {BALAKRISHNAN, "Vivian Balakrishnan"},
                    {BALAKRISHNAN, "Balakrishnan"}, {MARIS, "Maris Sangiampongsa"}}) {
                registry.addAlias(alias[0], new NameForm(alias[1], NameKeys.key(alias[1]), NameKeys.orderKey(alias[1])));
            }
            mention(registry, vna, SON, "Bùi Thanh Sơn", "VNM");
            mention(registry, vna, BALAKRISHNAN, "Vivian Balakrishnan", "SGP");
            String text = vna.bodyText();
            int title = text.indexOf("Minister of Foreign Affairs");
            registry.recordOffice(SON, VNA, "2025-01-12", new OfficeClaim(0, "Minister of Foreign Affairs", null, "VNM",
                    false, title, title + "Minister of Foreign Affairs".length()));
            String s0 = VNA_BODY.get(0);
            String s1 = VNA_BODY.get(1);
            int p1 = text.indexOf(s1);
            return List.of(
                    new Event(MEETING_EVENT, VNA, PloverType.CONSULT, "040", "visit", "diplomatic", EventStatus.OCCURRED,
                            "held talks", List.of(actor(SON, "Bùi Thanh Sơn", "VNM")),
                            List.of(actor(BALAKRISHNAN, "Vivian Balakrishnan", "SGP")), "Hanoi",
                            EventDate.single(PartialDate.parse("2025-01-10"), DatePrecision.DAY, "on January 10, 2025"),
                            new Evidence(VNA, 0, s0.length(), s0), 0.9, null),
                    new Event("ev00000000000002", VNA, PloverType.AGREE, "030", null, "economic", EventStatus.OCCURRED,
                            "agreed to expand cooperation", List.of(actor(SON, "Bùi Thanh Sơn", "VNM")),
                            List.of(actor(BALAKRISHNAN, "Vivian Balakrishnan", "SGP")), null, null,
                            new Evidence(VNA, p1, p1 + s1.length(), s1), 0.7, null));
        }, matcher);
        store.store(st, new Relevance(RelevanceLabel.POLITICAL, 0.81), registry -> {
            mention(registry, st, BALAKRISHNAN, "Vivian Balakrishnan", "SGP");
            mention(registry, st, SON, "Bùi Thanh Sơn", "VNM");
            String s0 = ST_BODY.get(0);
            return List.of(new Event("ev00000000000003", ST, PloverType.CONSULT, "042", "visit", "diplomatic",
                    EventStatus.PLANNED, "will visit", List.of(actor(BALAKRISHNAN, "Vivian Balakrishnan", "SGP")),
                    List.of(actor(SON, "Bùi Thanh Sơn", "VNM")), "Hanoi", null, new Evidence(ST, 0, s0.length(), s0),
                    0.8, null));
        }, matcher);
        store.store(wire, registry -> {
            mention(registry, wire, MARIS, "Maris Sangiampongsa", "THA");
            String s0 = WIRE_BODY.get(0);
            return List.of(new Event("ev00000000000004", WIRE, PloverType.CONSULT, "040", "in-person", "diplomatic",
                    EventStatus.OCCURRED, "met", List.of(actor(MARIS, "Maris Sangiampongsa", "THA")),
                    List.of(new EventActor(null, "Cambodian officials", "KHM", "GOV",
                            org.attache.api.AffiliationSource.CONTEXT)), "Phnom Penh", null,
                    new Evidence(WIRE, 0, s0.length(), s0), 0.6, null));
        }, matcher);
        store.commit();
        return store;
    }

    private static EventActor actor(String id, String name, String country) {
        return new EventActor(id, name, country, "GOV");
    }

    private static void mention(EntityRegistry registry, Article article, String entityId, String name, String country) {
        String text = article.bodyText();
        int start = text.indexOf(name);
        if (start < 0) {
            throw new IllegalArgumentException(name + " is not in article " + article.id());
        }
        registry.recordMention(entityId, article.id(),
                new Mention(MentionType.PERSON, name, start, start + name.length(), 0, name, country));
    }

    private static Article article(String id, String outlet, String day, String title, String dateline,
                                   List<String> body) {
        return new Article(id, "test#" + id, "https://news.example/" + id, outlet, title, false, body, List.of(), null,
                dateline, day == null ? null : new PublishedDate(day, DateProvenance.JSON_LD), "en", List.of(), null,
                null);
    }

    /** A response with its body parsed as JSON when it is JSON. */
    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    static Reply get(int port, String path, String... headers) {
        return send(port, "GET", path, null, headers);
    }

    static Reply send(int port, String method, String path, String json, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The ids of a JSON array of objects, read from {@code field} of each. */
    static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.path(field).asText()));
        return ids;
    }
}
