package org.attache.nlp.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.api.MentionType.ORGANIZATION;
import static org.attache.api.MentionType.PERSON;

import org.attache.api.Resolved;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.api.registry.MergeRule;
import org.junit.jupiter.api.Test;

/** A plural or a slip of an organisation's head word joins the singular's body ({@link OrganisationHeads}). */
class OrganisationHeadsTest {
    @Test
    void theHeadWordIsSetRight() {
        assertThat(OrganisationHeads.singular(ORGANIZATION, "Reagan Administrations")).isEqualTo("Reagan Administration");
        assertThat(OrganisationHeads.singular(ORGANIZATION, "Reagan Administrtation")).isEqualTo("Reagan Administration");
        assertThat(OrganisationHeads.singular(ORGANIZATION, "Kohl Administratian")).isEqualTo("Kohl Administration");
        assertThat(OrganisationHeads.singular(ORGANIZATION, "Economic Ministries")).isEqualTo("Economic Ministry");
        // heads as written, other words, firms' own forms, one word and people stay as they are
        assertThat(OrganisationHeads.singular(ORGANIZATION, "World Health Organisation")).isEqualTo("World Health Organisation");
        assertThat(OrganisationHeads.singular(ORGANIZATION, "World Health Organization")).isEqualTo("World Health Organization");
        assertThat(OrganisationHeads.singular(ORGANIZATION, "Mitsubishi Heavy Industries"))
                .isEqualTo("Mitsubishi Heavy Industries");
        assertThat(OrganisationHeads.singular(ORGANIZATION, "Nomura Holding")).isEqualTo("Nomura Holding");
        assertThat(OrganisationHeads.singular(ORGANIZATION, "Administrations")).isEqualTo("Administrations");
        assertThat(OrganisationHeads.singular(ORGANIZATION, "Federation of Economic Organisations"))
                .isEqualTo("Federation of Economic Organisations");
        assertThat(OrganisationHeads.singular(ORGANIZATION, "Union of Farmers Associations"))
                .isEqualTo("Union of Farmers Associations");
        assertThat(OrganisationHeads.singular(PERSON, "Reagan Administrations")).isEqualTo("Reagan Administrations");
    }

    @Test
    void aPluralOrASlipJoinsTheSingularsBodyInEitherOrderRecordedAsASpellingVariant() {
        String[][] orders = {{"Reagan Administrations", "Reagan Administration"},
                {"Reagan Administration", "Reagan Administrtation"}, {"Reagan Administrtation", "Reagan Administration"}};
        for (String[] order : orders) {
            InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
            EntityResolver resolver = new EntityResolver();
            String[] ids = new String[2];
            for (int k = 0; k < 2; k++) {
                String body = "Critics said the " + order[k] + " was wrong.";
                Resolved r = resolver.resolve(Docs.article("a" + k, "1987-03-0" + (k + 1), body)
                        .mention(ORGANIZATION, order[k], null, null).build(), registry);
                ids[k] = r.entityId(0);
            }
            assertThat(ids[0]).as("%s then %s", order[0], order[1]).isEqualTo(ids[1]);
            assertThat(registry.get(ids[0]).orElseThrow().name()).isEqualTo("Reagan Administration");
            String variant = order[0].equals("Reagan Administration") ? order[1] : order[0];
            assertThat(registry.merges()).anyMatch(d -> d.alias().equals(variant) && d.rule() == MergeRule.SPELLING_VARIANT);
        }
    }
}
