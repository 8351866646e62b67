package org.attache.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.api.RailLink;
import org.junit.jupiter.api.Test;

class TextSegmenterTest {
    private final TextSegmenter segmenter = new TextSegmenter();

    @Test
    void railsAreLinksWithHeadingTimeDateAndCategory() {
        TextSegmentation s = segmenter.segment(Fixtures.text("/text/agency_dump_with_rails.txt"), null);
        assertThat(s.links()).extracting(RailLink::rail)
                .containsExactly("Most Read", "Most Read", "Editor's Picks", "Editor's Picks", "Editor's Picks");
        assertThat(s.links().get(0)).isEqualTo(new RailLink("Most Read", "Cambodia opens new dry port in Kampong Speu",
                "09:05", "2025-03-02", "Economy", null));
        assertThat(String.join("\n", s.paragraphs())).doesNotContain("Most Read", "Editor's Picks", "Thai rice",
                "Follow us", "09:05");
    }

    @Test
    void captionsLoseTheirCreditAndLeaveTheBody() {
        TextSegmentation s = segmenter.segment(Fixtures.text("/text/agency_dump_with_rails.txt"), null);
        assertThat(s.captions()).containsExactly("Ministers sign the memorandum in Vientiane on March 3",
                "A cargo vessel on the Mekong river near the border");
        assertThat(String.join("\n", s.paragraphs())).doesNotContain("Photo");
    }

    @Test
    void captionCreditForms() {
        assertThat(Captions.caption("Leaders at the summit (Photo: AFP/Getty)")).isEqualTo("Leaders at the summit");
        assertThat(Captions.caption("Leaders at the summit (Ảnh: TTXVN)")).isEqualTo("Leaders at the summit");
        assertThat(Captions.caption("Leaders at the summit [Image: Reuters]")).isEqualTo("Leaders at the summit");
        assertThat(Captions.caption("Leaders at the summit. Photo: Jane Doe")).isEqualTo("Leaders at the summit");
        assertThat(Captions.caption("Leaders at the summit (Photo courtesy of the ministry)")).isEqualTo("Leaders at the summit");
        assertThat(Captions.caption("(Photo: AP)")).isEmpty();
        assertThat(Captions.caption("He took a photo of the ministers and left.")).isNull();
        assertThat(Captions.caption("The GDP grew 7% (Source: statistics office).")).isNull();
    }

    @Test
    void firstShortLineIsTheHeadline() {
        TextSegmentation s = segmenter.segment(Fixtures.text("/text/agency_dump_with_rails.txt"), null);
        assertThat(s.title()).isEqualTo("Lao and Cambodian ministers agree to expand river transport links");
        assertThat(s.paragraphs().get(0)).startsWith("VIENTIANE (KPL) – Transport ministers");
    }

    @Test
    void datelineParagraphIsNotAHeadline() {
        TextSegmentation s = segmenter.segment(Fixtures.text("/text/ap_like.txt"), null);
        assertThat(s.title()).isNull();
        assertThat(s.paragraphs()).hasSize(3);
    }

    @Test
    void sentenceFirstLineIsNotAHeadline() {
        TextSegmentation s = segmenter.segment("The cabinet met on Monday.\nIt approved the plan.", null);
        assertThat(s.title()).isNull();
        assertThat(s.paragraphs()).containsExactly("The cabinet met on Monday.", "It approved the plan.");
    }

    @Test
    void hintTitleRepeatedOnTheFirstLineLeavesTheBody() {
        TextSegmentation s = segmenter.segment("Ad sales boost profit.\n\nProfits rose 76% in the quarter.", "Ad sales boost profit");
        assertThat(s.title()).isEqualTo("Ad sales boost profit.");
        assertThat(s.paragraphs()).containsExactly("Profits rose 76% in the quarter.");
    }

    @Test
    void visibleDateLineUnderTheHeadline() {
        TextSegmentation s = segmenter.segment(Fixtures.text("/text/visible_date_dump.txt"), null);
        assertThat(s.dateLine()).isEqualTo("Updated: 10:16 | 03/02/2025");
        assertThat(s.paragraphs()).hasSize(2).noneMatch(p -> p.contains("Updated"));
        assertThat(s.links()).hasSize(2);
        TextSegmentation named = segmenter.segment(Fixtures.text("/text/named_date_dump.txt"), null);
        assertThat(named.dateLine()).isEqualTo("January 7, 2025");
        assertThat(named.title()).isEqualTo("Fishermen rescued after three days adrift");
    }

    @Test
    void hardWrappedLinesAreJoinedAndIndentStartsAParagraph() {
        TextSegmentation s = segmenter.segment(Fixtures.text("/text/reuters_like.txt"), null);
        assertThat(s.title()).isNull();
        assertThat(s.paragraphs()).containsExactly(
                "OSLO, April 14 - Norway's central bank left its key lending rate unchanged at 14.5 pct on Tuesday, "
                        + "saying that pressure on the crown had eased since the start of the month.",
                "The bank said in a statement that it would continue to watch currency flows closely and was ready "
                        + "to act if the crown came under renewed pressure in the weeks ahead.",
                "Bankers said the decision had been widely expected after the government's revised budget was "
                        + "presented to parliament.",
                "REUTER");
    }

    @Test
    void blankLineSeparatedParagraphs() {
        TextSegmentation s = segmenter.segment("First paragraph here.\n\nSecond   paragraph\there.\n\n\nThird.", null);
        assertThat(s.paragraphs()).containsExactly("First paragraph here.", "Second paragraph here.", "Third.");
    }

    @Test
    void onePerLineParagraphsAreNotJoined() {
        String text = "Ministers met in Hanoi on Monday to discuss the new trade agreement between the countries.\n"
                + "They agreed to cut tariffs on farm goods and to open new border gates for trucks next year.\n"
                + "Officials said the deal would be signed in June at the summit in the capital of the region.";
        assertThat(segmenter.segment(text, null).paragraphs()).hasSize(3);
    }

    @Test
    void sentencesGluedByTheDumpAreSplit() {
        assertThat(Paragraphs.splitGlued("The talks took place on April 29.On behalf of the party, he spoke at length."))
                .containsExactly("The talks took place on April 29.", "On behalf of the party, he spoke at length.");
        assertThat(Paragraphs.splitGlued("He met Mr.Smith and the U.S.Navy chief at the port on Friday."))
                .hasSize(1);
    }

    @Test
    void railsNeedAtLeastTwoItems() {
        String text = "Budget passes\n\nThe parliament approved the budget on Monday after a long debate in the chamber.\n"
                + "Related\nOne linked story\n10:00 | 01/02/2025 News\n";
        TextSegmentation s = segmenter.segment(text, null);
        assertThat(s.links()).isEmpty();
    }

    @Test
    void titleDerivedFromFirstSentence() {
        assertThat(TitleDeriver.derive("Lawmakers approved the budget. Then they left.")).isEqualTo("Lawmakers approved the budget");
        assertThat(TitleDeriver.derive("One two three four five six seven eight nine ten eleven twelve thirteen fourteen."))
                .isEqualTo("One two three four five six seven eight nine ten eleven twelve…");
        assertThat(TitleDeriver.derive("  ")).isNull();
    }

    @Test
    void railMetadataForms() {
        assertThat(Rails.metadata("10:16 | 27/08/2024 Import-Export"))
                .isEqualTo(new Rails.Metadata("10:16", "27/08/2024", "Import-Export"));
        assertThat(Rails.metadata("Jan 7, 2025 - World")).isEqualTo(new Rails.Metadata(null, "Jan 7, 2025", "World"));
        assertThat(Rails.metadata("2025-01-07 · 09:30")).isEqualTo(new Rails.Metadata("09:30", "2025-01-07", null));
        assertThat(Rails.metadata("The minister arrived on Monday.")).isNull();
        assertThat(List.of()).isEmpty();
    }
}
