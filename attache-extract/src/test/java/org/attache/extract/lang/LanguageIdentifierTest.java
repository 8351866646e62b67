package org.attache.extract.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private static final LanguageIdentifier LANG = LanguageIdentifier.shared();
    private static final String EN = "The foreign ministers of the two countries met on Monday to discuss trade, "
            + "security and the situation in the region, and agreed to meet again next year.";
    private static final String FR = "Les ministres des affaires étrangères des deux pays se sont réunis lundi pour "
            + "discuter du commerce, de la sécurité et de la situation dans la région.";
    private static final String VI = "Bộ trưởng Ngoại giao hai nước đã hội đàm vào thứ Hai để thảo luận về thương mại, "
            + "an ninh và tình hình khu vực, đồng thời nhất trí gặp lại vào năm tới.";

    @Test
    void identifiesCommonLanguages() {
        assertThat(LANG.identify(EN, null)).isEqualTo("en");
        assertThat(LANG.identify(FR, null)).isEqualTo("fr");
        assertThat(LANG.identify(VI, null)).isEqualTo("vi");
    }

    @Test
    void tooShortIsUnknownUnlessDeclared() {
        assertThat(LANG.identify("Hello there", null)).isNull();
        assertThat(LANG.identify("Hello there", "en-GB")).isEqualTo("en");
        assertThat(LANG.identify(null, null)).isNull();
    }

    @Test
    void declaredLanguageWinsWhenConsistentAndLosesWhenContradicted() {
        assertThat(LANG.identify(EN, "EN_us")).isEqualTo("en");
        assertThat(LANG.identify(FR, "en")).isEqualTo("fr");
        assertThat(LanguageIdentifier.normalise("zh-Hant-TW")).isEqualTo("zh");
        assertThat(LanguageIdentifier.normalise("x")).isNull();
    }

    @Test
    void sharedInstanceGivesStableAnswersAcrossThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = pool.invokeAll(java.util.Collections.nCopies(40,
                    () -> LANG.identify(EN, null) + LANG.identify(FR, null)));
            for (Future<String> f : results) {
                assertThat(f.get()).isEqualTo("enfr");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
