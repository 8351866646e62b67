package org.attache.nlp.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.attache.api.relevance.RelevanceLabel;
import org.junit.jupiter.api.Test;

/** The labelling rules on tag combinations of the kinds Reuters-21578 has (headlines written for this test). */
class WeakLabelsTest {
    private static Optional<WeakLabels.Weak> reuters(List<String> topics, List<String> orgs, List<String> people,
                                                     String title) {
        return WeakLabels.reuters(topics, orgs, people, title);
    }

    @Test
    void bbcSectionsAreLabels() {
        assertThat(WeakLabels.bbc("politics").label()).isEqualTo(RelevanceLabel.POLITICAL);
        assertThat(WeakLabels.bbc("tech").label()).isEqualTo(RelevanceLabel.TECHNOLOGY);
        assertThat(WeakLabels.bbc("Business").label()).isEqualTo(RelevanceLabel.BUSINESS);
        assertThatThrownBy(() -> WeakLabels.bbc("weather")).hasMessageContaining("weather");
    }

    @Test
    void intergovernmentalBodiesOfficialsAndTradePolicyArePolitical() {
        assertThat(reuters(List.of(), List.of("imf"), List.of(), "IMF TEAM ENDS TALKS IN LIMA")).get()
                .extracting(WeakLabels.Weak::rule).isEqualTo("reuters-igo");
        assertThat(reuters(List.of("money-fx"), List.of(), List.of("james-baker"), "BAKER SAYS DOLLAR TALKS GO ON"))
                .get().extracting(WeakLabels.Weak::label).isEqualTo(RelevanceLabel.POLITICAL);
        assertThat(reuters(List.of("trade"), List.of(), List.of(), "SEOUL PLEDGES TO OPEN MARKETS")).get()
                .extracting(WeakLabels.Weak::rule).isEqualTo("reuters-trade-policy");
        assertThat(reuters(List.of(), List.of(), List.of(), "GUERRILLAS ATTACK ARMY POST IN NORTH")).get()
                .extracting(WeakLabels.Weak::rule).isEqualTo("reuters-political-headline");
        assertThat(reuters(List.of("ship", "crude"), List.of(), List.of(), "GUNBOATS HIT TANKER IN GULF")).get()
                .extracting(WeakLabels.Weak::label).isEqualTo(RelevanceLabel.POLITICAL);
    }

    @Test
    void companyMarketAndStatisticsStoriesAreBusiness() {
        assertThat(reuters(List.of("earn"), List.of(), List.of(), "ACME CORP <ACM> 4TH QTR NET")).get()
                .extracting(WeakLabels.Weak::label).isEqualTo(RelevanceLabel.BUSINESS);
        assertThat(reuters(List.of("interest", "money-fx"), List.of(), List.of(), "BANK SETS MONEY MARKET AID")).get()
                .extracting(WeakLabels.Weak::rule).isEqualTo("reuters-topics");
        assertThat(reuters(List.of(), List.of(), List.of(), "ACME <ACM> FILES FOR OFFERING")).get()
                .extracting(WeakLabels.Weak::rule).isEqualTo("reuters-ticker");
        // trade figures, not trade policy
        assertThat(reuters(List.of("trade", "bop"), List.of(), List.of(), "TRADE SURPLUS WIDENS")).isEmpty();
    }

    @Test
    void ambiguousStoriesAreLeftOut() {
        assertThat(reuters(List.of("sugar"), List.of("ec"), List.of(), "EC SETS SUGAR TENDER")).isEmpty();
        assertThat(reuters(List.of("crude"), List.of("opec"), List.of(), "OPEC OUTPUT SEEN STEADY")).isEmpty();
        assertThat(reuters(List.of("interest"), List.of(), List.of("volcker"), "VOLCKER SEES RATES STEADY")).isEmpty();
        assertThat(reuters(List.of("ship"), List.of(), List.of(), "FREIGHT RATES FIRM")).isEmpty();
        assertThat(reuters(List.of(), List.of(), List.of(), "WEATHER HITS HARVEST")).isEmpty();
    }
}
