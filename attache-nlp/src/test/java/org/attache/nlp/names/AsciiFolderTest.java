package org.attache.nlp.names;

import org.attache.testkit.RandomTexts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AsciiFolderTest {
    @Test
    void foldsVietnameseFrenchGermanKeepingLength() {
        assertThat(AsciiFolder.fold("Lê Hoài Trung, Nguyễn Sinh Nhật Tân, Đặng")).isEqualTo("Le Hoai Trung, Nguyen Sinh Nhat Tan, Dang");
        assertThat(AsciiFolder.fold("François Müller, Łódź, Søren")).isEqualTo("Francois Muller, Lodz, Soren");
        assertThat(AsciiFolder.fold("Straße")).isEqualTo("Straße");
    }

    @Test
    void randomTextKeepsItsLength() {
        RandomTexts.forAll(200, r -> {
            String s = RandomTexts.unicode(r, 200);
            assertThat(AsciiFolder.fold(s)).hasSameSizeAs(s);
        });
    }

    @Test
    void caseProfiles() {
        assertThat(CaseProfile.of("the prime minister of singapore met vietnamese leaders in hanoi today"))
                .isEqualTo(CaseProfile.LOWER);
        assertThat(CaseProfile.of("THE PRIME MINISTER OF SINGAPORE MET VIETNAMESE LEADERS IN HANOI"))
                .isEqualTo(CaseProfile.UPPER);
        assertThat(CaseProfile.of("The Prime Minister of Singapore met Vietnamese leaders in Hanoi."))
                .isEqualTo(CaseProfile.MIXED);
        assertThat(CaseProfile.of("ok")).isEqualTo(CaseProfile.MIXED);
    }
}
