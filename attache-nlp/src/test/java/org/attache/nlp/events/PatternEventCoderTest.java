package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.api.Article;
import org.attache.api.PublishedDate;
import org.attache.api.Resolved;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PloverType;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.testkit.RandomTexts;
import org.attache.nlp.Annotators;
import org.attache.nlp.annotate.CoreNlpAnnotator;
import org.attache.nlp.resolve.EntityResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pattern coder on invented but realistic news sentences, through the real annotator chain. */
class PatternEventCoderTest {
    private static CoreNlpAnnotator annotator;
    private final PatternEventCoder coder = PatternEventCoder.standard();

    @BeforeAll
    static void load() {
        annotator = Annotators.standard();
    }

    private List<Event> code(String... paragraphs) {
        Article article = new Article("a1", "test", null, null, null, false, List.of(paragraphs), List.of(), null,
                null, (PublishedDate) null, "en", List.of(), null, null);
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        Resolved resolved = new EntityResolver().resolve(annotator.annotate(article), registry);
        return coder.code(resolved, registry);
    }

    private static List<String> names(List<EventActor> actors) {
        return actors.stream().map(EventActor::name).toList();
    }

    @Test
    void videoTalksAreConsultWithModeVideo() {
        List<Event> events = code("Indonesian Foreign Minister Retno Marsudi had talks via videoconference with "
                + "Malaysian Foreign Minister Saifuddin Abdullah on Tuesday.");
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.type()).isEqualTo(PloverType.CONSULT);
        assertThat(e.cameo()).isEqualTo("040");
        assertThat(e.mode()).isEqualTo("video");
        assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
        assertThat(names(e.source())).containsExactly("Retno Marsudi");
        assertThat(e.source().get(0).country()).isEqualTo("IDN");
        assertThat(e.source().get(0).sector()).isEqualTo("GOV");
        assertThat(names(e.target())).containsExactly("Saifuddin Abdullah");
        assertThat(e.target().get(0).country()).isEqualTo("MYS");
        assertThat(e.evidence().text()).startsWith("Indonesian Foreign Minister");
        assertThat(e.confidence()).isBetween(0.5, 1.0);
    }

    @Test
    void aVisitAtSomeonesInvitationGivesTheVisitAndTheHosting() {
        List<Event> events = code("Thai Prime Minister Paetongtarn Shinawatra is on an official visit to Laos at the "
                + "invitation of Lao Prime Minister Sonexay Siphandone.");
        Event visit = events.stream().filter(e -> e.cameo().equals("042")).findFirst().orElseThrow();
        assertThat(visit.mode()).isEqualTo("visit");
        assertThat(visit.status()).isEqualTo(EventStatus.ONGOING);
        assertThat(names(visit.source())).containsExactly("Paetongtarn Shinawatra");
        assertThat(visit.target().get(0).country()).isEqualTo("LAO");
        assertThat(visit.location()).isEqualTo("Laos");
        Event host = events.stream().filter(e -> e.cameo().equals("043")).findFirst().orElseThrow();
        assertThat(host.mode()).isEqualTo("host");
        assertThat(names(host.source())).containsExactly("Sonexay Siphandone");
        assertThat(names(host.target())).containsExactly("Paetongtarn Shinawatra");
    }

    @Test
    void aListOfCounterpartsGivesOneEventEachAndHeTakesThePreviousSubject() {
        List<Event> events = code("Brazilian Foreign Minister Mauro Vieira arrived in Nairobi on Monday.",
                "He met with Kenyan President William Ruto, Foreign Minister Musalia Mudavadi and Trade Minister "
                        + "Rebecca Miano.");
        List<Event> meetings = events.stream().filter(e -> e.cameo().equals("040")).toList();
        assertThat(meetings).hasSize(3);
        assertThat(meetings).allSatisfy(e -> {
            assertThat(names(e.source())).containsExactly("Mauro Vieira");
            assertThat(e.mode()).isEqualTo("in_person");
        });
        assertThat(meetings.stream().map(e -> e.target().get(0).name()))
                .containsExactly("William Ruto", "Musalia Mudavadi", "Rebecca Miano");
        assertThat(meetings.stream().map(Event::id).distinct()).hasSize(3);
    }

    @Test
    void phoneTalksBetweenTwoLeadersInsideALongerSentenceAreCodedWithTheirOwnActors() {
        List<Event> events = code("The two ministers agreed to carry out the outcomes of the recent phone talks "
                + "between Japanese Prime Minister Shigeru Ishiba and Australian Prime Minister Anthony Albanese.");
        Event phone = events.stream().filter(e -> e.cameo().equals("041")).findFirst().orElseThrow();
        assertThat(phone.mode()).isEqualTo("phone");
        assertThat(names(phone.source())).containsExactly("Shigeru Ishiba");
        assertThat(names(phone.target())).containsExactly("Anthony Albanese");
        assertThat(phone.date()).isNull();
    }

    @Test
    void statusFollowsModalityAndIntentIsCodedAsInCameo() {
        Event planned = code("Chilean President Gabriel Boric will visit Argentina next month.").get(0);
        assertThat(planned.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(planned.type()).isEqualTo(PloverType.CONSULT); // a planned visit, not an agreement
        assertThat(planned.cameo()).isEqualTo("042");
        Event agreed = code("Chile and Argentina agreed to meet in Santiago next month.").get(0);
        assertThat(agreed.type()).isEqualTo(PloverType.AGREE);
        assertThat(agreed.cameo()).isEqualTo("036");

        Event pledged = code("Norway pledged to provide humanitarian aid to Sudan.").get(0);
        assertThat(pledged.status()).isEqualTo(EventStatus.PROMISED);
        assertThat(pledged.type()).isEqualTo(PloverType.AGREE);

        Event threat = code("Serbia will impose sanctions on Kosovo, officials said.").get(0);
        assertThat(threat.type()).isEqualTo(PloverType.THREATEN);

        Event possible = code("Egypt may expel the Turkish ambassador.").get(0);
        assertThat(possible.status()).isEqualTo(EventStatus.POSSIBLE);
        assertThat(possible.type()).isEqualTo(PloverType.SANCTION);
    }

    @Test
    void negatedCooperationIsRejection() {
        Event e = code("Pakistan did not agree to the Indian proposal for talks.").get(0);
        assertThat(e.type()).isEqualTo(PloverType.REJECT);
        assertThat(e.source().get(0).country()).isEqualTo("PAK");
    }

    @Test
    void aPersonHonouredByAStatueIsNoActor() {
        List<Event> events = code("The delegation laid a wreath at the José Martí statue and visited Havana.");
        assertThat(events).noneMatch(e -> names(e.source()).contains("José Martí")
                || names(e.target()).contains("José Martí"));
    }

    @Test
    void randomNewsLikeTextNeverBreaksTheContract() {
        List<String> pieces = List.of("Vietnam", "Singapore", "Prime Minister Lawrence Wong", "met", "agreed to",
                "will visit", "did not", "condemned", "the talks", "between", "and", ",", "with", "in Hanoi",
                "on Monday", "He", "troops attacked", "protesters", "the Ho Chi Minh statue", "phone talks", "UN");
        RandomTexts.forAll(30, random -> {
            StringBuilder text = new StringBuilder();
            int n = 3 + random.nextInt(14);
            for (int i = 0; i < n; i++) {
                text.append(random.nextBoolean() ? RandomTexts.pick(random, pieces) : RandomTexts.words(random, 2))
                        .append(' ');
            }
            text.append('.');
            String body = text.toString();
            for (Event e : code(body)) {
                assertThat(e.source()).isNotEmpty();
                assertThat(CameoPlover.standard().typeOf(e.cameo())).isEqualTo(e.type());
                assertThat(body.substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().text());
                assertThat(e.evidence().text()).contains(e.trigger());
                assertThat(e.confidence()).isBetween(0.0, 1.0);
            }
        });
    }

    @Test
    void conflictTypesAndSectors() {
        Event e = code("Israeli troops shelled Palestinian positions in Gaza on Friday.").get(0);
        assertThat(e.type()).isEqualTo(PloverType.ASSAULT);
        assertThat(e.source().get(0).country()).isEqualTo("ISR");
        assertThat(e.source().get(0).sector()).isEqualTo("MIL");

        Event p = code("Thousands of Kenyan protesters demonstrated in Nairobi against new taxes.").get(0);
        assertThat(p.type()).isEqualTo(PloverType.PROTEST);
        assertThat(p.mode()).isEqualTo("demo");
    }
}
