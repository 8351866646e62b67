package org.attache.nlp.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.api.MentionType;
import org.attache.api.Resolved;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.junit.jupiter.api.Test;

class TimeZoneAbbreviationsTest {
    @Test
    void zonesOfSeveralRegionsAreKnown() {
        for (String zone : new String[] {"GMT", "EST", "EDT", "CET", "AEST", "NZDT", "SGT", "UTC"}) {
            assertThat(TimeZoneAbbreviations.isTimeZone(MentionType.MISC, zone)).as(zone).isTrue();
        }
        assertThat(TimeZoneAbbreviations.isTimeZone(MentionType.ORGANIZATION, "GMT")).isTrue();
    }

    @Test
    void namesAndPlacesAreNotZones() {
        assertThat(TimeZoneAbbreviations.isTimeZone(MentionType.LOCATION, "ACT")).isFalse();
        assertThat(TimeZoneAbbreviations.isTimeZone(MentionType.ORGANIZATION, "PT")).isFalse();
        assertThat(TimeZoneAbbreviations.isTimeZone(MentionType.ORGANIZATION, "IBM")).isFalse();
        assertThat(TimeZoneAbbreviations.isTimeZone(MentionType.ORGANIZATION, "Gmt Holdings")).isFalse();
    }

    @Test
    void aClocksZoneIsNoEntity() {
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        Resolved r = new EntityResolver().resolve(Docs.article("t1", "The talks open at 1400 GMT in Nairobi; Kestrel AG said so.")
                .mention(MentionType.MISC, "GMT", "GMT", null)
                .mention(MentionType.ORGANIZATION, "Kestrel AG", "Kestrel AG", null).build(), registry);
        assertThat(r.entityId(0)).isNull();
        assertThat(r.entityId(1)).isNotNull();
        assertThat(registry.entities()).noneMatch(e -> e.name().equals("GMT"));
    }
}
