package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.nlp.events.CodedText.countries;
import static org.attache.nlp.events.CodedText.of;

import java.util.List;
import org.attache.api.events.Event;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PloverType;
import org.junit.jupiter.api.Test;

/**
 * Trigger words that report no act between parties ({@link UnstatedActs}) and the status of acts not done
 * ({@link Modality}): what is said to the reporter, questions, agreeing with a view, counterfactual wishes, forecasts
 * that an act will not happen, commerce, describing participles; acts that failed, are hypothetical, are agreed to be
 * made or are the scene of something to come; a conditional agreement that threatens. Beside each, sentences where
 * the act is real and must stay. Sentences written for these tests (English: the coder's lexicon is English), through
 * the real annotator chain and the shipped coder.
 */
class UnstatedActsTest {
    private static List<Event> code(String... paragraphs) {
        return CodedText.code("1987-04-20", paragraphs);
    }

    @Test
    void refusingToTellIsNoRejection() {
        assertThat(of(code("West German Finance Minister Gerhard Stoltenberg declined to comment on the dollar."),
                PloverType.REJECT)).isEmpty();
        assertThat(of(code("A U.S. official, who declined to be identified, said Japan would join the bank."),
                PloverType.REJECT)).isEmpty();
        assertThat(of(code("The Israeli minister declined to give details of the talks with Egypt."),
                PloverType.REJECT)).isEmpty();
    }

    @Test
    void anActInsideWhatWasNotToldIsNoAct() {
        // the resistance is what the official would not talk about, not an act the story reports
        assertThat(of(code("Trade Representative Clayton Yeutter declined to say what action the United States "
                + "would take if Japan continues to resist U.S. demands on semiconductors."), PloverType.REJECT))
                .isEmpty();
        // a comma ends what was not told: the rejection after it is reported
        assertThat(of(code("The minister declined to say when the talks would resume, but Japan rejected the U.S. "
                + "demands on Monday."), PloverType.REJECT)).isNotEmpty();
    }

    @Test
    void aRealRefusalStays() {
        List<Event> met = of(code("Iran declined to meet the United Nations envoy on Monday."), PloverType.REJECT);
        assertThat(met).isNotEmpty();
        assertThat(countries(met.get(0).source())).containsExactly("IRN");
        assertThat(of(code("Japan refused to give aid to Vietnam."), PloverType.REJECT)).isNotEmpty();
        assertThat(of(code("Britain rejected the Soviet proposal for talks."), PloverType.REJECT)).isNotEmpty();
    }

    @Test
    void aReportersQuestionIsNoRequest() {
        List<Event> asked = code("Asked by reporters if Indonesia would support an extension of the agreement, "
                + "Indonesian minister Subroto said no one would propose that.");
        assertThat(of(asked, PloverType.REQUEST)).isEmpty();
        assertThat(of(asked, PloverType.AGREE)).isEmpty(); // the support is asked about, not reported
    }

    @Test
    void aRealRequestStays() {
        List<Event> open = of(code("The Soviet Union asked Japan to open its market to Soviet timber."),
                PloverType.REQUEST);
        assertThat(open).isNotEmpty();
        assertThat(countries(open.get(0).target())).containsExactly("JPN");
        assertThat(of(code("Egypt asked for aid from the United States."), PloverType.REQUEST)).isNotEmpty();
    }

    @Test
    void agreeingWithAViewIsNoAgreementButAgreeingWithAPartyIs() {
        assertThat(code("The Kuwaiti oil minister, Sheikh Ali al-Khalifa al-Sabah, agreed.")).isEmpty();
        assertThat(code("Saudi Arabia's oil minister agreed with the traders' outlook for OPEC prices.")).isEmpty();
        assertThat(code("Japanese Finance Minister Kiichi Miyazawa agreed with the analysts' view of the dollar."))
                .isEmpty();
        List<Event> pact = of(code("The United States agreed with Japan on a new semiconductor pact."),
                PloverType.AGREE);
        assertThat(pact).isNotEmpty();
        assertThat(countries(pact.get(0).target())).containsExactly("JPN");
        assertThat(of(code("Iran and Iraq agreed to meet in Geneva."), PloverType.AGREE)).isNotEmpty();
    }

    @Test
    void aCounterfactualWishOrAForecastThatItWillNotHappenIsNoAct() {
        assertThat(code("Der Spiegel said Chancellor Helmut Kohl would have preferred to offer the post to a member "
                + "of his Christian Democratic Union.")).isEmpty();
        assertThat(code("Despite Moscow's presence, however, the Asian Development Bank is not expected to change "
                + "its Vietnam policy.")).isEmpty();
    }

    @Test
    void tenderBidsAreNoAgreement() {
        assertThat(code("The Dutch Finance Ministry said it accepted bids totalling 3.25 billion guilders on its "
                + "bond.")).isEmpty();
        assertThat(code("The EC Commission cereals management committee rejected all bids for licences to export "
                + "Spanish barley, trade sources said.")).isEmpty();
    }

    @Test
    void aDescribingParticipleIsNoAct() {
        List<Event> backing = code("Britain and Western Europe have pledged political backing for President Hosni "
                + "Mubarak's government, committed to a multi-party political system and peace with Israel.");
        assertThat(backing).noneMatch(e -> e.trigger().equals("committed"));
    }

    @Test
    void aFailedAgreementIsDeniedAndAHardVetoPossible() {
        List<Event> failed = of(code("West German Agriculture Minister Ignaz Kiechle gave the bill top priority after "
                + "last month's failure to agree to a farm price package."), PloverType.AGREE);
        assertThat(failed).allMatch(e -> e.status() == EventStatus.DENIED);
        List<Event> veto = of(code("President Ronald Reagan would have a difficult time vetoing such a bill, "
                + "Japanese officials said."), PloverType.REJECT);
        assertThat(veto).allMatch(e -> e.status() == EventStatus.POSSIBLE);
    }

    @Test
    void aMeetingThatIsTheSceneOfSomethingToComeIsPlanned() {
        List<Event> ahead = of(code("Commerce Secretary Malcolm Baldrige said he hopes Japanese Prime Minister "
                + "Yasuhiro Nakasone will make proposals to ease trade friction at a meeting with President Reagan "
                + "this week."), PloverType.CONSULT);
        assertThat(ahead).isNotEmpty().allMatch(e -> e.status() == EventStatus.PLANNED);
        List<Event> past = of(code("Japanese Prime Minister Yasuhiro Nakasone made proposals to ease trade friction "
                + "at a meeting with President Reagan last week."), PloverType.CONSULT);
        assertThat(past).isNotEmpty().allMatch(e -> e.status() == EventStatus.OCCURRED);
    }

    @Test
    void aConditionalAgreementToPunishIsAThreat() {
        List<Event> unless = code("Last week, foreign ministers of the 12 EC nations agreed to impose tariffs on "
                + "Japanese electrical goods unless Tokyo opened its markets.");
        assertThat(of(unless, PloverType.AGREE)).isEmpty();
        List<Event> threat = of(unless, PloverType.THREATEN);
        assertThat(threat).isNotEmpty();
        assertThat(countries(threat.get(0).target())).containsExactly("JPN");
        // an agreement with no condition stays an agreement
        assertThat(of(code("The United States agreed with Japan on a new semiconductor pact."), PloverType.THREATEN))
                .isEmpty();
    }

    @Test
    void otherSensesOfFightDemonstrateAndProvidedAreNoActs() {
        assertThat(code("Local reporters said the South African minister had been fighting a very active campaign "
                + "to retain the seat for the National Party.")).isEmpty();
        assertThat(code("The ICO board session has barely touched on the quota debate, demonstrating general "
                + "unwillingness to revive talks, Brazilian delegates said.")).isEmpty();
        assertThat(of(code("Japanese brokers said Tokyo stocks should rise, provided the United States does not "
                + "raise tariffs against Japan."), PloverType.AID)).isEmpty();
        // the acts in their own sense stay
        assertThat(of(code("South African troops have been fighting Angolan rebels near the border."),
                PloverType.ASSAULT)).isNotEmpty();
        assertThat(of(code("Thousands of Korean students demonstrated against the government in Seoul."),
                PloverType.PROTEST)).isNotEmpty();
        assertThat(of(code("The United States provided arms to the Afghan rebels, Pakistan said."), PloverType.AID))
                .isNotEmpty();
    }

    @Test
    void anActYetToBeDoneIsNotOccurred() {
        List<Event> ratified = code("The agreement, which has yet to be ratified by the European Parliament, was "
                + "signed in Brussels.");
        assertThat(ratified).noneMatch(e -> e.trigger().equals("ratified") && e.status() == EventStatus.OCCURRED);
    }

    @Test
    void aMeetingWithItsOwnPastClauseIsNoFutureScene() {
        List<Event> opened = of(code("Malaysia would raise the dispute at a meeting with Thailand which opened here "
                + "today, he said."), PloverType.CONSULT);
        assertThat(opened).isNotEmpty().noneMatch(e -> e.status() == EventStatus.PLANNED);
        List<Event> ahead = of(code("Malaysia would raise the dispute at a meeting with Thailand in Bangkok, he said."),
                PloverType.CONSULT);
        assertThat(ahead).isNotEmpty().allMatch(e -> e.status() == EventStatus.PLANNED);
    }

    @Test
    void anActBelievedToHaveHappenedIsNoOccurredAct() {
        assertThat(code("Finance ministers of the Group of Five and Canada are widely believed to have agreed "
                + "exchange rate targets.")).noneMatch(e -> e.status() == EventStatus.OCCURRED);
        assertThat(of(code("Greece and Turkey agreed exchange rate targets in Paris."), PloverType.AGREE))
                .isNotEmpty().allMatch(e -> e.status() == EventStatus.OCCURRED);
    }
}
