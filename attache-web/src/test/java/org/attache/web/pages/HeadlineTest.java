package org.attache.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineTest {
    @Test
    void tickerCodesAreDroppedForDisplay() {
        assertThat(Pages.headline("Japan Air <JAPN.T> to buy four jets")).isEqualTo("Japan Air to buy four jets");
        assertThat(Pages.headline("NATIONAL WESTMINSTER <NWBL.L> AND BARCLAYS <BCS> CUT RATES"))
                .isEqualTo("NATIONAL WESTMINSTER AND BARCLAYS CUT RATES");
        assertThat(Pages.headline("HSBC <0005.HK>, Citi <C.N> report")).isEqualTo("HSBC, Citi report");
        assertThat(Pages.headline("Siemens <SIEGn.DE> wins order")).isEqualTo("Siemens wins order");
        // angle brackets that are not tickers stay, and so does a headline of tickers only
        assertThat(Pages.headline("Prices rise <sic> again")).isEqualTo("Prices rise <sic> again");
        assertThat(Pages.headline("<IBM>")).isEqualTo("<IBM>");
        assertThat(Pages.headline("Vietnam, Singapore pledge closer ties")).isEqualTo("Vietnam, Singapore pledge closer ties");
        assertThat(Pages.title(null)).isEqualTo("Untitled article");
    }

    @Test
    void followedPairsAreNamedInReasons() {
        assertThat(Pages.reasons(List.of("Vivian Balakrishnan", "JPN-USA")))
                .containsExactly("Vivian Balakrishnan", "Japan – United States");
    }
}
