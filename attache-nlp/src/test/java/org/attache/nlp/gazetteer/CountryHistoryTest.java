package org.attache.nlp.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.Region;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountryHistoryTest {
    private final CountryHistory h = CountryHistory.standard();

    private static LocalDate day(String d) {
        return LocalDate.parse(d);
    }

    @Test
    void theSovietUnionHoldsRussiaUntilItsLastDay() {
        assertThat(h.asOf("RUS", day("1987-03-02"))).isEqualTo("SUN");
        assertThat(h.asOf("RUS", day("1991-12-25"))).isEqualTo("SUN");
        assertThat(h.asOf("RUS", day("1991-12-26"))).isEqualTo("RUS");
        assertThat(h.asOf("UKR", day("1990-01-01"))).isEqualTo("SUN");
        assertThat(h.asOf("RUS", null)).as("an undated article keeps current codes").isEqualTo("RUS");
        assertThat(h.asOf("RUS", day("1920-01-01"))).as("before the Soviet Union").isEqualTo("RUS");
    }

    @Test
    void theBalticStatesLeaveEarlier() {
        assertThat(h.asOf("LTU", day("1991-09-05"))).isEqualTo("SUN");
        assertThat(h.asOf("LTU", day("1991-09-06"))).isEqualTo("LTU");
    }

    @Test
    void yugoslaviaSerbiaAndMontenegroAndKosovo() {
        assertThat(h.asOf("HRV", day("1990-05-01"))).isEqualTo("YUG");
        assertThat(h.asOf("HRV", day("1992-05-01"))).isEqualTo("HRV");
        assertThat(h.asOf("SRB", day("1999-03-24"))).isEqualTo("YUG");
        assertThat(h.asOf("SRB", day("2004-01-01"))).isEqualTo("SCG");
        assertThat(h.asOf("MNE", day("2006-06-03"))).isEqualTo("MNE");
        assertThat(h.asOf("XKX", day("2007-01-01"))).isEqualTo("SRB");
        assertThat(h.asOf("XKX", day("2009-01-01"))).isEqualTo("XKX");
        assertThat(h.asOf("CZE", day("1992-12-31"))).isEqualTo("CSK");
        assertThat(h.asOf("SVK", day("1993-01-01"))).isEqualTo("SVK");
    }

    @Test
    void renamedStatesAndPlacesOfAFormerStateTheirCodeDoesNotTell() {
        assertThat(h.asOf("COD", day("1990-01-01"))).isEqualTo("ZAR");
        assertThat(h.asOf("MMR", day("1987-01-01"))).isEqualTo("BUR");
        assertThat(h.placeAsOf("Leipzig", "DEU", day("1987-01-01"))).isEqualTo("DDR");
        assertThat(h.placeAsOf("Leipzig", "DEU", day("1991-01-01"))).isEqualTo("DEU");
        assertThat(h.placeAsOf("Bonn", "DEU", day("1987-01-01"))).as("West Germany kept DEU").isEqualTo("DEU");
    }

    @Test
    void aFormerStatesOwnCodeIsNeverMovedForward() {
        assertThat(h.asOf("SUN", day("2005-01-01"))).isEqualTo("SUN");
        assertThat(h.asOf("DDR", day("2005-01-01"))).isEqualTo("DDR");
    }

    @Test
    void successorsAgreeWithCldrAsIcuShipsIt() {
        // an alpha-2 code reused (CS: Czechoslovakia, then Serbia and Montenegro) means its latest state in CLDR
        Map<String, CountryHistory.State> latest = new HashMap<>();
        for (CountryHistory.State s : h.all()) {
            if (s.isoFormer() != null) {
                latest.merge(s.isoFormer().substring(0, 2), s, (a, b) -> a.last().isAfter(b.last()) ? a : b);
            }
        }
        int checked = 0;
        for (var e : latest.entrySet()) {
            Region region;
            try {
                region = Region.getInstance(e.getKey());
            } catch (IllegalArgumentException unknown) {
                continue;
            }
            if (region.getPreferredValues() == null) {
                continue;
            }
            Set<String> cldr = new HashSet<>();
            for (Region r : region.getPreferredValues()) {
                cldr.add(Locale.of("", r.toString()).getISO3Country());
            }
            assertThat(e.getValue().successors().keySet()).as(e.getValue().name()).containsAll(cldr);
            checked++;
        }
        assertThat(checked).as("SU, YU, CS and AN are deprecated in CLDR with successors").isGreaterThanOrEqualTo(4);
    }

    @Test
    void everyCodeOfTheTableHasADisplayName() {
        for (CountryHistory.State s : h.all()) {
            assertThat(CodeNames.displayName(s.code())).as(s.code()).isNotBlank();
            for (String successor : s.successors().keySet()) {
                assertThat(CodeNames.displayName(successor)).as(successor).isNotBlank();
            }
        }
        assertThat(CodeNames.displayName("SUN")).isEqualTo("Soviet Union");
        assertThat(CodeNames.displayName("USA")).isEqualTo("United States");
        assertThat(CodeNames.displayName("XKX")).isEqualTo("Kosovo");
        assertThat(CodeNames.displayName("QQQ")).isNull();
    }
}
