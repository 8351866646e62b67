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
    void tablesOfFiguresHaveNoLanguage() {
        // Regression: earnings tables in wire copy were identified as Swedish with high probability.
        String table = "Shr 61 cts vs 48 cts Net 22.4 mln vs 17.9 mln Sales 231.6 mln vs 190.2 mln "
                + "Nine mths Shr 1.52 dlrs vs 1.30 dlrs Net 60.1 mln vs 49.8 mln Sales 640.3 mln vs 571.0 mln";
        assertThat(LANG.identify(table, null)).isNull();
        assertThat(LANG.identify(table, "en")).isEqualTo("en");
    }

    @Test
    void vietnameseProseWithShortSyllablesIsStillProse() {
        String vi = "Việt Nam và Singapore đã ký kết biên bản ghi nhớ về hợp tác quản lý nguồn nước tại đồng bằng "
                + "sông Cửu Long, với chương trình kéo dài ba năm về kiểm soát xâm nhập mặn và dự báo lũ.";
        assertThat(LANG.identify(vi, null)).isEqualTo("vi");
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
