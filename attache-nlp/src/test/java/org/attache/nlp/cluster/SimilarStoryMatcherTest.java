package org.attache.nlp.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.attache.api.Evidence;
import org.attache.api.events.DatePrecision;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventDate;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PartialDate;
import org.attache.api.events.PloverType;
import org.attache.api.events.StoryCandidate;
import org.attache.testkit.RandomTexts;
import org.junit.jupiter.api.Test;

class SimilarStoryMatcherTest {
    private final SimilarStoryMatcher matcher = new SimilarStoryMatcher();
    private static final LocalDate MON = LocalDate.of(2025, 3, 10);

    private static final String VNA = "Prime Minister Pham Minh Chinh held talks with his Singaporean counterpart "
            + "Lawrence Wong in Hanoi on Monday, agreeing to expand cooperation in digital economy and green energy.";
    private static final String STRAITS = "Singapore Prime Minister Lawrence Wong and Vietnamese Prime Minister "
            + "Pham Minh Chinh met in Hanoi, where the two leaders discussed green energy and the digital economy.";
    private static final String OTHER_MEETING = "Defence Minister Ng Eng Hen received Vietnamese Deputy Defence "
            + "Minister Hoang Xuan Chien in Singapore to discuss maritime security and training exchanges.";

    private static Event event(PloverType type, String sentence, EventDate date) {
        return new Event("e" + sentence.hashCode(), "art-new", type, "040", "in_person", "diplomatic",
                EventStatus.OCCURRED, "held talks", List.of(new EventActor(null, "Vietnam", "VNM", "GOV")),
                List.of(new EventActor(null, "Singapore", "SGP", "GOV")), "Hanoi", date,
                new Evidence("art-new", 0, sentence.length(), sentence), 0.8, null);
    }

    private static StoryCandidate story(String id, LocalDate first, LocalDate last, String... evidence) {
        return new StoryCandidate(id, PloverType.CONSULT, Set.of("VNM", "SGP"), first, last, List.of(evidence),
                Set.of("VNA"));
    }

    @Test
    void twoOutletsReportingOneMeetingJoin() {
        assertThat(SimilarStoryMatcher.similarity(VNA, STRAITS)).isGreaterThanOrEqualTo(SimilarStoryMatcher.TEXT_THRESHOLD);
        assertThat(matcher.match(event(PloverType.CONSULT, STRAITS, null), MON.plusDays(1),
                List.of(story("s1", MON, MON, VNA)))).contains("s1");
    }

    @Test
    void aDifferentMeetingOfTheSameDyadInTheSameWeekStaysApart() {
        assertThat(SimilarStoryMatcher.similarity(VNA, OTHER_MEETING)).isLessThan(SimilarStoryMatcher.TEXT_THRESHOLD);
        assertThat(matcher.match(event(PloverType.CONSULT, OTHER_MEETING, null), MON.plusDays(2),
                List.of(story("s1", MON, MON, VNA)))).isEmpty();
    }

    @Test
    void wireCopiesJoinEvenWithoutDatesButSimilarTextWithoutDatesDoesNot() {
        assertThat(matcher.match(event(PloverType.CONSULT, VNA, null), null, List.of(story("s1", MON, MON, VNA))))
                .contains("s1");
        assertThat(matcher.match(event(PloverType.CONSULT, STRAITS, null), null, List.of(story("s1", MON, MON, VNA))))
                .isEmpty();
        assertThat(matcher.match(event(PloverType.CONSULT, VNA, null), MON, List.of(story("s1", null, null, VNA))))
                .contains("s1");
    }

    @Test
    void dateWindowIsThreeDaysAroundTheStory() {
        List<StoryCandidate> stories = List.of(story("s1", MON, MON.plusDays(1), VNA));
        assertThat(matcher.match(event(PloverType.CONSULT, VNA, null), MON.plusDays(4), stories)).contains("s1");
        assertThat(matcher.match(event(PloverType.CONSULT, VNA, null), MON.plusDays(5), stories)).isEmpty();
        assertThat(matcher.match(event(PloverType.CONSULT, VNA, null), MON.minusDays(3), stories)).contains("s1");
        assertThat(matcher.match(event(PloverType.CONSULT, VNA, null), MON.minusDays(4), stories)).isEmpty();
        // a complete date interval counts as a whole: a six-day visit ending three days before the story joins it
        EventDate visit = new EventDate(PartialDate.of(MON.minusDays(8)), PartialDate.of(MON.minusDays(3)),
                DatePrecision.DAY, "from March 2-7");
        assertThat(matcher.match(event(PloverType.CONSULT, VNA, visit), MON.minusDays(8), stories)).contains("s1");
        assertThat(matcher.match(event(PloverType.CONSULT, VNA, null), MON.minusDays(8), stories)).isEmpty();
    }

    @Test
    void aStoryCoversAWeekAtMostSoSimilarDailyReportsDoNotChain() {
        // Monday to Saturday already: Sunday still fits the week, the Tuesday after would stretch it to nine days
        List<StoryCandidate> week = List.of(story("s1", MON, MON.plusDays(5), VNA));
        assertThat(matcher.match(event(PloverType.CONSULT, VNA, null), MON.plusDays(6), week)).contains("s1");
        assertThat(matcher.match(event(PloverType.CONSULT, VNA, null), MON.plusDays(8), week))
                .as("within three days of the story's last day, but past its week").isEmpty();
        assertThat(matcher.match(event(PloverType.CONSULT, VNA, null), MON.minusDays(2), week)).isEmpty();
        // an event whose own dates are long brings its window with it: a ten-day visit joins its story
        EventDate visit = new EventDate(PartialDate.of(MON.minusDays(4)), PartialDate.of(MON.plusDays(5)),
                DatePrecision.DAY, "from March 6 to 15");
        assertThat(matcher.match(event(PloverType.CONSULT, VNA, visit), MON, week)).contains("s1");
    }

    @Test
    void eventsWithoutCountriesJoinOnlyNearCopies() {
        String payout = "Medco Containment Services said its board declared an initial quarterly payout of 12 cts "
                + "a share, payable April 15 to holders of record March 31.";
        String otherPayout = "Universal Health Realty said its board declared an initial quarterly payout of 45 cts "
                + "a share, payable April 10 to holders of record March 20.";
        assertThat(SimilarStoryMatcher.similarity(payout, otherPayout))
                .isBetween(SimilarStoryMatcher.TEXT_THRESHOLD, SimilarStoryMatcher.COPY_THRESHOLD);
        StoryCandidate companies = new StoryCandidate("s7", PloverType.SUPPORT, Set.of(), MON, MON, List.of(payout),
                Set.of("Reuters"));
        assertThat(matcher.match(companyEvent(otherPayout), MON, List.of(companies))).isEmpty();
        assertThat(matcher.match(companyEvent(payout), MON.plusDays(1), List.of(companies))).contains("s7");
    }

    private static Event companyEvent(String sentence) {
        return new Event("e" + sentence.hashCode(), "art-new", PloverType.SUPPORT, "050", null, "economic",
                EventStatus.OCCURRED, "declared", List.of(new EventActor(null, "the board", null, null)), List.of(),
                null, null, new Evidence("art-new", 0, sentence.length(), sentence), 0.5, null);
    }

    @Test
    void typeAndDyadMustAgreeAndTheMostSimilarStoryWins() {
        assertThat(matcher.match(event(PloverType.AGREE, VNA, null), MON, List.of(story("s1", MON, MON, VNA))))
                .isEmpty();
        StoryCandidate otherDyad = new StoryCandidate("s9", PloverType.CONSULT, Set.of("VNM", "LAO"), MON, MON,
                List.of(VNA), Set.of());
        assertThat(matcher.match(event(PloverType.CONSULT, VNA, null), MON, List.of(otherDyad))).isEmpty();
        assertThat(matcher.match(event(PloverType.CONSULT, STRAITS, null), MON,
                List.of(story("weak", MON, MON, OTHER_MEETING, VNA.substring(0, 60)), story("strong", MON, MON,
                        OTHER_MEETING, VNA)))).contains("strong");
        assertThat(matcher.match(event(PloverType.CONSULT, VNA, null), MON, List.of())).isEmpty();
    }

    @Test
    void similarityIsSymmetricBoundedAndFoldsCaseAndDiacritics() {
        assertThat(SimilarStoryMatcher.similarity("Lê Hoài Trung met Vivian Balakrishnan",
                "LE HOAI TRUNG MET VIVIAN BALAKRISHNAN.")).isEqualTo(1.0);
        RandomTexts.forAll(200, random -> {
            String a = "Reuters " + random.nextInt(1000) + " " + VNA.substring(random.nextInt(40));
            String b = STRAITS.substring(random.nextInt(40)) + " " + random.nextInt(1000);
            double ab = SimilarStoryMatcher.similarity(a, b);
            assertThat(ab).isEqualTo(SimilarStoryMatcher.similarity(b, a)).isBetween(0.0, 1.0);
            assertThat(SimilarStoryMatcher.similarity(a, a)).isEqualTo(1.0);
        });
    }
}
