package org.attache.nlp.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.api.Annotated;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.nlp.coref.CorefLayer;
import org.attache.nlp.offices.Docs;
import org.junit.jupiter.api.Test;

class OrganizationCountryLayerTest {
    private final OrganizationCountryLayer layer = new OrganizationCountryLayer();

    private static String country(Annotated a, String text) {
        return a.mentions().stream().filter(m -> m.text().equals(text) && m.type() == MentionType.ORGANIZATION)
                .findFirst().orElseThrow(() -> new AssertionError("no " + text)).country();
    }

    private Annotated run(Docs d) {
        Annotated a = layer.apply(d.build());
        Docs.assertExact(a);
        return a;
    }

    @Test
    void possessiveWithAdjectiveBeforeOrganisation() {
        Annotated a = run(Docs.of("Delegates of Norway’s ruling Fjord Alliance arrived on Sunday.").org("Fjord Alliance"));
        assertThat(country(a, "Fjord Alliance")).isEqualTo("NOR");
    }

    @Test
    void demonymWithSeveralLowerCaseWordsBetween() {
        Annotated a = run(Docs.of("Shares of the Chilean state copper firm Andes Minerals rose.").org("Andes Minerals"));
        assertThat(country(a, "Andes Minerals")).isEqualTo("CHL");
    }

    @Test
    void bareCountryPossessiveAndPluralPossessive() {
        Annotated a = run(Docs.of("Kenya's Savanna Rail and the United States’ Harbor Trust signed.")
                .org("Savanna Rail", "Harbor Trust"));
        assertThat(country(a, "Savanna Rail")).isEqualTo("KEN");
        assertThat(country(a, "Harbor Trust")).isEqualTo("USA");
    }

    @Test
    void countryInsideTheNameLeftmostWins() {
        Annotated a = run(Docs.of("Staff of the Peruvian Embassy in Chile and the Reserve Bank of Fiji met.")
                .org("Peruvian Embassy in Chile", "Reserve Bank of Fiji"));
        assertThat(country(a, "Peruvian Embassy in Chile")).isEqualTo("PER");
        assertThat(country(a, "Reserve Bank of Fiji")).isEqualTo("FJI");
    }

    @Test
    void functionWordsVerbsAndSentenceEndsBlockTheContext() {
        Annotated a = run(Docs.of("He flew to Norway with Lumen Labs. Officials in Kenya said Orbis Group grew. "
                + "They left Peru. Vantor Holdings stayed.").org("Lumen Labs", "Orbis Group", "Vantor Holdings"));
        assertThat(country(a, "Lumen Labs")).isNull();
        assertThat(country(a, "Orbis Group")).isNull();
        assertThat(country(a, "Vantor Holdings")).isNull();
    }

    @Test
    void existingCountryIsKeptAndLayerIsIdempotent() {
        var in = Docs.of("Chile's Copper Board met Kenya's Tea Board.").org("Copper Board", "Tea Board").build();
        var fixed = new Mention(MentionType.ORGANIZATION, "Copper Board", in.mentions().get(0).start(),
                in.mentions().get(0).end(), 0, null, "ARG");
        var seeded = new Annotated(in.article(), in.sentences(), java.util.List.of(fixed, in.mentions().get(1)),
                in.offices(), in.pipelineVersion());
        Annotated once = layer.apply(seeded);
        assertThat(country(once, "Copper Board")).isEqualTo("ARG");
        assertThat(country(once, "Tea Board")).isEqualTo("KEN");
        assertThat(layer.apply(once)).isEqualTo(once);
    }

    @Test
    void corefPassesTheCountryToTheAcronym() {
        Annotated a = new CorefLayer().apply(run(Docs.of("Leaders of Norway’s ruling Fjord Labour Union (FLU) met. "
                + "The FLU said it would reply.").org("Fjord Labour Union")));
        assertThat(a.mentions()).filteredOn(m -> m.text().equals("FLU"))
                .isNotEmpty().allMatch(m -> "NOR".equals(m.country()));
    }
}
