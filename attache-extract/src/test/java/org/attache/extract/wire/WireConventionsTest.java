package org.attache.extract.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WireConventionsTest {
    private final WireConventions wire = new WireConventions();

    static Stream<Arguments> datelines() throws IOException {
        try (InputStream in = WireConventionsTest.class.getResourceAsStream("/wire/datelines.tsv")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return all.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> Arguments.of((Object) l.split("\t"))).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("datelines")
    void readsDatelineForms(String[] row) {
        WireResult r = wire.apply(List.of(row[0] + " and more text follows here.", "Second paragraph."));
        Dateline d = r.dateline();
        assertThat(d).as(row[0]).isNotNull();
        assertThat(d.place()).isEqualTo(row[1].equals("-") ? null : row[1]);
        assertThat(d.agency()).isEqualTo(row[2].equals("-") ? null : row[2]);
        assertThat(d.month()).isEqualTo(Integer.parseInt(row[3]));
        assertThat(d.day()).isEqualTo(Integer.parseInt(row[4]));
        assertThat(r.paragraphs().get(0)).startsWith(row[5]);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Trump – the former president – said on Monday that he would run.",
        "The minister said: we will go on.",
        "Economy, growth - and what comes next.",
        "Breaking news from the capital.",
    })
    void ordinarySentencesAreNotDatelines(String sentence) {
        assertThat(WireConventions.dateline(sentence)).isNull();
    }

    @Test
    void trailingDashTagIsRemovedAndNamesTheAgency() {
        WireResult r = wire.apply(List.of("SEOUL — Talks resumed.", "Both sides agreed to meet again. — KNS"));
        assertThat(r.paragraphs()).containsExactly("Talks resumed.", "Both sides agreed to meet again.");
        assertThat(r.tagAgency()).isEqualTo("KNS");
        assertThat(r.agency()).isEqualTo("KNS");
    }

    @Test
    void doubleHyphenTagAndParenthesisedTag() {
        assertThat(wire.apply(List.of("It rained.", "More rain is expected. -- AP")).tagAgency()).isEqualTo("AP");
        assertThat(wire.apply(List.of("It rained on Sunday (AFP)")).tagAgency()).isNull();
        assertThat(wire.apply(List.of("It rained on Sunday. (AFP)")).tagAgency()).isEqualTo("AFP");
    }

    @Test
    void combinedTagNamesTheLastAgency() {
        WireResult r = wire.apply(List.of("The port reopened on Monday. — ABC/XYZ"));
        assertThat(r.tagAgency()).isEqualTo("XYZ");
        assertThat(r.paragraphs()).containsExactly("The port reopened on Monday.");
    }

    @Test
    void endMarkIsRemovedButTheSentenceKeepsItsPeriod() {
        WireResult r = wire.apply(List.of("BANGKOK (TNA) – Rice prices rose.", "Exports will grow this year./."));
        assertThat(r.paragraphs()).containsExactly("Rice prices rose.", "Exports will grow this year.");
        assertThat(r.agency()).isEqualTo("TNA");
        assertThat(r.tagAgency()).isNull();
    }

    @Test
    void finalReuterLineIsATagForReuters() {
        WireResult r = wire.apply(List.of("LONDON, March 3 - Shares fell.", "Dealers were cautious.", "REUTER"));
        assertThat(r.paragraphs()).containsExactly("Shares fell.", "Dealers were cautious.");
        assertThat(r.tagAgency()).isEqualTo("Reuters");
    }

    @Test
    void shortFinalWordThatIsNotAnAgencyStays() {
        WireResult r = wire.apply(List.of("The vote was close.", "Thanks"));
        assertThat(r.paragraphs()).containsExactly("The vote was close.", "Thanks");
    }

    @Test
    void reportingCreditBecomesTheByline() {
        WireResult r = wire.apply(List.of("Talks went on.",
                "They will resume in May. (Reporting by Ana Silva in Lisbon; Editing by Tom Brown)"));
        assertThat(r.byline()).isEqualTo("Ana Silva in Lisbon");
        assertThat(r.paragraphs()).containsExactly("Talks went on.", "They will resume in May.");
        WireResult line = wire.apply(List.of("Talks went on.", "(Reporting by Kim Lee; Writing by Jo Park)"));
        assertThat(line.byline()).isEqualTo("Kim Lee");
        assertThat(line.paragraphs()).containsExactly("Talks went on.");
    }

    @Test
    void leadingByLineBecomesTheByline() {
        WireResult r = wire.apply(List.of("By Maria Gonzalez and Li Wei", "MADRID — Spain said on Monday it would act."));
        assertThat(r.byline()).isEqualTo("Maria Gonzalez and Li Wei");
        assertThat(r.dateline().place()).isEqualTo("MADRID");
        assertThat(r.paragraphs()).containsExactly("Spain said on Monday it would act.");
    }

    @Test
    void datelineAloneOnItsLineIsRemoved() {
        WireResult r = wire.apply(List.of("NAIROBI —", "Kenya and Ethiopia agreed to a new border post."));
        assertThat(r.dateline().place()).isEqualTo("NAIROBI");
        assertThat(r.paragraphs()).containsExactly("Kenya and Ethiopia agreed to a new border post.");
    }

    @Test
    void datelineWithYearKeepsTheYear() {
        Dateline d = WireConventions.dateline("NEW YORK, Jan. 5, 2025 /PRNewswire/ -- Acme Corp said");
        assertThat(d.place()).isEqualTo("NEW YORK");
        assertThat(d.agency()).isEqualTo("PRNewswire");
        assertThat(d.year()).isEqualTo(2025);
    }
}
