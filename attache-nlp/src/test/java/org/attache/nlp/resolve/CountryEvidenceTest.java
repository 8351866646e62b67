package org.attache.nlp.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.api.MentionType.ORGANIZATION;
import static org.attache.api.MentionType.PERSON;

import org.attache.api.Resolved;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.junit.jupiter.api.Test;

class CountryEvidenceTest {
    private final InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
    private final EntityResolver resolver = new EntityResolver();

    private String country(Resolved r, String text) {
        var ms = r.annotated().mentions();
        for (int i = 0; i < ms.size(); i++) {
            if (ms.get(i).text().equals(text)) {
                return registry.get(r.entityId(i)).orElseThrow().country();
            }
        }
        throw new AssertionError("no mention " + text);
    }

    @Test
    void personTakesTheCountryOfTheOrganisationInsideTheirOfficeEvenWhenMentionedFirst() {
        String body = "Karl Meyer, Chairman of Nordhafen Shipping, spoke. Norway's Nordhafen Shipping grew.";
        Resolved r = resolver.resolve(Docs.article("a1", body).person("Karl Meyer")
                .mention(ORGANIZATION, "Nordhafen Shipping", 0, null, null)
                .mention(ORGANIZATION, "Nordhafen Shipping", 1, null, "NOR")
                .office("Karl Meyer", "Chairman of Nordhafen Shipping", "Nordhafen Shipping", null, false).build(), registry);
        assertThat(country(r, "Karl Meyer")).isEqualTo("NOR");
    }

    @Test
    void organisationCountryFromAnEarlierArticleReachesTheOfficeHolder() {
        resolver.resolve(Docs.article("a1", "Kenya's Savanna Rail expanded.")
                .mention(ORGANIZATION, "Savanna Rail", null, "KEN").build(), registry);
        Resolved r = resolver.resolve(Docs.article("a2", "Director of Savanna Rail Ruth Wanjiru spoke.")
                .person("Ruth Wanjiru").mention(ORGANIZATION, "Savanna Rail", null, null)
                .office("Ruth Wanjiru", "Director of Savanna Rail", "Savanna Rail", null, false).build(), registry);
        assertThat(country(r, "Ruth Wanjiru")).isEqualTo("KEN");
    }

    @Test
    void vietnameseNameShapeIsAWeakDefault() {
        Resolved r = resolver.resolve(Docs.article("a1", "Nguyễn Văn Bình met René Lévesque and Peter Hall.")
                .person("Nguyễn Văn Bình").person("René Lévesque").person("Peter Hall").build(), registry);
        assertThat(country(r, "Nguyễn Văn Bình")).isEqualTo("VNM");
        assertThat(country(r, "René Lévesque")).isNull();
        assertThat(country(r, "Peter Hall")).isNull();
    }

    @Test
    void datelineGivesPeopleAndOrganisationsWithoutEvidenceTheirCountry() {
        Resolved r = resolver.resolve(Docs.article("a1", "Peter Hall of Orbis Labs met Anna Berg of Chile.")
                .dateline("KUALA LUMPUR").person("Peter Hall").mention(ORGANIZATION, "Orbis Labs", null, null)
                .mention(PERSON, "Anna Berg", null, "CHL").build(), registry);
        assertThat(country(r, "Peter Hall")).isEqualTo("MYS");
        assertThat(country(r, "Orbis Labs")).isEqualTo("MYS");
        assertThat(country(r, "Anna Berg")).isEqualTo("CHL");
    }

    @Test
    void datelineNeverOverridesAnExistingCountryNorBlocksAMerge() {
        Resolved first = resolver.resolve(Docs.article("a1", "Peter Hall arrived.")
                .mention(PERSON, "Peter Hall", null, "GBR").build(), registry);
        Resolved second = resolver.resolve(Docs.article("a2", "Peter Hall spoke.").dateline("Hanoi")
                .person("Peter Hall").build(), registry);
        assertThat(second.entityId(0)).isEqualTo(first.entityId(0));
        assertThat(country(second, "Peter Hall")).isEqualTo("GBR");
    }

    @Test
    void weakDatelineCountryOfAnOrganisationIsNotPassedToItsOfficeHolder() {
        Resolved r = resolver.resolve(Docs.article("a1", "Director of Orbis Labs Peter Hall spoke.").dateline("Singapore")
                .person("Peter Hall").mention(ORGANIZATION, "Orbis Labs", null, null)
                .office("Peter Hall", "Director of Orbis Labs", "Orbis Labs", "NOR", false).build(), registry);
        assertThat(country(r, "Orbis Labs")).isEqualTo("SGP");
        assertThat(country(r, "Peter Hall")).isEqualTo("NOR");
    }

    @Test
    void weakCountryOfAnOrganisationNamedByTheClaimIsNoEvidenceEither() {
        Resolved r = resolver.resolve(Docs.article("a1", "Orbis Council met. Secretary of the Orbis Council "
                        + "Trần Văn Hùng is visiting.").dateline("SINGAPORE")
                .mention(ORGANIZATION, "Orbis Council", null, null).person("Trần Văn Hùng")
                .office("Trần Văn Hùng", "Secretary of the Orbis Council", "Orbis Council", null, false).build(), registry);
        assertThat(country(r, "Orbis Council")).isEqualTo("SGP");
        assertThat(country(r, "Trần Văn Hùng")).isEqualTo("VNM");
    }

    @Test
    void datelinePlaces() {
        DatelineCountry d = DatelineCountry.standard();
        assertThat(d.of("SINGAPORE")).isEqualTo("SGP");
        assertThat(d.of("Hanoi")).isEqualTo("VNM");
        assertThat(d.of("KUALA LUMPUR, Jan 5")).isEqualTo("MYS");
        assertThat(d.of("Ho Chi Minh City (VNA)")).isEqualTo("VNM");
        assertThat(d.of("Vietnamese")).isNull();
        assertThat(d.of("Atlantis")).isNull();
        assertThat(d.of(null)).isNull();
    }
}
