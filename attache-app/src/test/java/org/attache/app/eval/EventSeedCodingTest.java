package org.attache.app.eval;

import org.attache.testkit.SharedData;
import org.attache.testkit.RequiresSharedData;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.api.Article;
import org.attache.api.ContentKind;
import org.attache.api.Page;
import org.attache.api.Resolved;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.extract.DefaultArticleExtractor;
import org.attache.nlp.Annotators;
import org.attache.nlp.annotate.CoreNlpAnnotator;
import org.attache.nlp.events.PatternEventCoder;
import org.attache.nlp.resolve.EntityResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The must events on the two seed pages: extract → annotate → resolve → code. */
@RequiresSharedData("fixtures/seeds/pages")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventSeedCodingTest {
    private CoreNlpAnnotator annotator;
    private Path pages;

    @BeforeAll
    void setUp() {
        pages = SharedData.resolve("fixtures/seeds/pages");
        annotator = Annotators.standard();
    }

    private List<Event> code(String prefix) throws Exception {
        Path file;
        try (var files = Files.list(pages)) {
            file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
        Article article = new DefaultArticleExtractor().extract(new Page(file.toString(), null, null,
                Files.readAllBytes(file), ContentKind.TEXT, null, null, null));
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        Resolved resolved = new EntityResolver().resolve(annotator.annotate(article), registry);
        return PatternEventCoder.standard().code(resolved, registry);
    }

    private static List<String> names(List<EventActor> actors) {
        return actors.stream().map(EventActor::name).toList();
    }

    private static boolean named(List<EventActor> actors, String folded) {
        return actors.stream().anyMatch(a -> fold(a.name()).contains(folded));
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('Đ', 'D').replace('đ', 'd');
    }

    @Test
    void seed000VideoTalksOnApril29() throws Exception {
        List<Event> events = code("000_");
        Event talks = events.stream().filter(e -> "video".equals(e.mode())).findFirst().orElseThrow();
        assertThat(talks.cameo()).isEqualTo("040");
        assertThat(named(talks.source(), "Le Hoai Trung")).isTrue();
        assertThat(named(talks.target(), "Vivian Balakrishnan")).isTrue();
        assertThat(talks.date()).isNotNull();
        assertThat(talks.date().start().toString()).isEqualTo("--04-29");
    }

    @Test
    void seed001VisitSevenMeetingsAndThePhoneTalks() throws Exception {
        List<Event> events = code("001_");
        Event visit = events.stream().filter(e -> e.cameo().equals("042") && e.location() != null).findFirst()
                .orElseThrow();
        assertThat(named(visit.source(), "Le Hoai Trung")).isTrue();
        assertThat(visit.target()).extracting(EventActor::country).containsExactly("SGP");
        assertThat(visit.location()).isEqualTo("Singapore");
        Event host = events.stream().filter(e -> e.cameo().equals("043")).findFirst().orElseThrow();
        assertThat(names(host.source())).containsExactly("Vivian Balakrishnan");

        List<Event> meetings = events.stream().filter(e -> e.cameo().equals("040") && "in_person".equals(e.mode())
                && named(e.source(), "Le Hoai Trung")).toList();
        List<String> counterparts = meetings.stream().flatMap(e -> names(e.target()).stream()).toList();
        assertThat(counterparts).contains("Lee Hsien Loong", "Chan Chun Sing", "Vivian Balakrishnan",
                "Lim Boon Heng", "Ng Boon Heong", "Danny Quah", "Choi Shing Kwok");

        Event phone = events.stream().filter(e -> e.cameo().equals("041")).findFirst().orElseThrow();
        assertThat(phone.mode()).isEqualTo("phone");
        assertThat(named(phone.source(), "To Lam")).isTrue();
        assertThat(names(phone.target())).containsExactly("Lawrence Wong");
        assertThat(phone.date()).isNull();

        assertThat(events).noneMatch(e -> named(e.source(), "Ho Chi Minh") || named(e.target(), "Ho Chi Minh"));
    }
}
