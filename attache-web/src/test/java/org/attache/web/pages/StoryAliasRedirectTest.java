package org.attache.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.Evidence;
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
import org.attache.store.ArticleStore;
import org.attache.web.WebConfig;
import org.attache.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story whose id changed (an earlier report of it arrived later) is still reached at its old id: the page and
 * the API answer with a permanent redirect to the current id; an id that never was a story is still a 404.
 */
class StoryAliasRedirectTest {
    private static final StoryMatcher FIRST = (event, day, candidates) -> candidates.isEmpty() ? Optional.empty()
            : Optional.of(candidates.getFirst().storyId());

    @TempDir
    Path data;

    @Test
    void anOldStoryIdRedirectsToTheCurrentOne() throws Exception {
        try (ArticleStore store = ArticleStore.open(StoreConfig.at(data))) {
            Article later = article("later", "2025-01-09", "The ministers met again on Thursday.");
            store.store(later, r -> meeting(later), FIRST);
            String old = store.get("later").orElseThrow().storyId();
            Article earlier = article("earlier", "2025-01-08", "The ministers met in Hanoi on Wednesday.");
            store.store(earlier, r -> meeting(earlier), FIRST);
            String current = store.get("earlier").orElseThrow().storyId();
            assertThat(current).isNotEqualTo(old);
            store.commit();
            WebServer server = WebServer.start(store, WebConfig.of("127.0.0.1", 0, data));
            try {
                HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
                for (String prefix : List.of("/stories/", "/api/stories/")) {
                    HttpResponse<String> moved = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + server.port() + prefix + old)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(moved.statusCode()).as(prefix).isEqualTo(301);
                    assertThat(moved.headers().firstValue("Location")).as(prefix).contains(prefix + current);
                    HttpResponse<String> now = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + server.port() + prefix + current)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(now.statusCode()).as(prefix).isEqualTo(200);
                    HttpResponse<String> never = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + server.port() + prefix + "s0000000000000000")).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(never.statusCode()).as(prefix).isEqualTo(404);
                }
            } finally {
                server.stop();
            }
        }
    }

    private static Article article(String id, String day, String sentence) {
        return new Article(id, "test#" + id, "https://news.example/" + id, "Outlet " + id, "Ministers meet " + id,
                false, List.of(sentence), List.of(), null, "HANOI", new PublishedDate(day, DateProvenance.JSON_LD), "en",
                List.of(), null, null);
    }

    /** The meeting the article reports, dated by its publication day. */
    private static List<Event> meeting(Article a) {
        String sentence = a.body().getFirst();
        return List.of(new Event(a.id() + ":1", a.id(), PloverType.CONSULT, "040", "in_person", null,
                EventStatus.OCCURRED, "met", List.of(new EventActor(null, "Vietnam", "VNM", "GOV")),
                List.of(new EventActor(null, "Singapore", "SGP", "GOV")), "Hanoi",
                EventDate.single(PartialDate.parse(a.published().value()), DatePrecision.DAY, "that day"),
                new Evidence(a.id(), 0, sentence.length(), sentence), 0.9, null));
    }
}
