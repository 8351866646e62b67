package org.attache.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrainEventsCommandTest {
    @Test
    void sharesCarryTheirWilsonInterval() {
        assertThat(TrainEventsCommand.share(31, 100)).isEqualTo("31/100 31% (23-41)");
        assertThat(TrainEventsCommand.share(10, 10)).isEqualTo("10/10 100% (72-100)");
        assertThat(TrainEventsCommand.share(0, 0)).isEqualTo("-");
    }
}
