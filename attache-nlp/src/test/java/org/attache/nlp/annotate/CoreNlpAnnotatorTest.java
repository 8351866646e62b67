package org.attache.nlp.annotate;

import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.testkit.RandomTexts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CoreNlpAnnotatorTest {
    private static CoreNlpAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = TestAnnotators.defaults();
    }

    static Article article(String... paragraphs) {
        return new Article("t", "test", null, null, null, false, List.of(paragraphs), List.of(), null, null, null,
                "en", List.of(), null, null);
    }

    static Annotated annotate(String... paragraphs) {
        Annotated a = annotator.annotate(article(paragraphs));
        assertExactOffsets(a);
        return a;
    }

    static void assertExactOffsets(Annotated a) {
        String body = a.article().bodyText();
        int last = -1;
        for (Mention m : a.mentions()) {
            assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text());
            assertThat(m.start()).isGreaterThanOrEqualTo(last);
            assertThat(m.sentence()).isBetween(0, Math.max(0, a.sentences().size() - 1));
            last = m.start();
        }
        for (int i = 0; i < a.sentences().size(); i++) {
            assertThat(a.sentences().get(i).index()).isEqualTo(i);
            assertThat(a.sentences().get(i).end()).isLessThanOrEqualTo(body.length());
        }
    }

    static Set<String> texts(Annotated a, MentionType type) {
        return a.mentions().stream().filter(m -> m.type() == type).map(Mention::text).collect(Collectors.toSet());
    }

    static Set<String> countries(Annotated a) {
        return a.mentions().stream().map(Mention::country).filter(c -> c != null).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void vietnameseNamesKeepEverySyllable() {
        Annotated a = annotate("Party General Secretary Tô Lâm received Deputy Minister Nguyễn Sinh Nhật Tân "
                + "and Lê Hoài Trung in Hà Nội on Monday.");
        assertThat(texts(a, MentionType.PERSON)).contains("Tô Lâm", "Nguyễn Sinh Nhật Tân", "Lê Hoài Trung");
        assertThat(a.mentions()).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Hà Nội");
            assertThat(m.type()).isEqualTo(MentionType.LOCATION);
            assertThat(m.country()).isEqualTo("VNM");
        });
    }

    @Test
    void namesWithoutDiacriticsToo() {
        Annotated a = annotate("Deputy Prime Minister Pham Binh Minh and Vice President Vo Thi Anh Xuan met reporters.");
        assertThat(texts(a, MentionType.PERSON)).contains("Pham Binh Minh", "Vo Thi Anh Xuan");
    }

    @Test
    void frenchGermanChineseArabicNames() {
        Annotated a = annotate("French President François Mitterrand welcomed German Chancellor Helmut Köhler. "
                + "Chinese Foreign Minister Wang Yi later spoke with Premier Li Qiang. "
                + "Egyptian President Abdel Fattah al-Sisi met King Abdullah in Amman.");
        assertThat(texts(a, MentionType.PERSON)).contains("François Mitterrand", "Helmut Köhler", "Wang Yi",
                "Li Qiang");
        assertThat(countries(a)).contains("FRA", "DEU", "CHN", "EGY", "JOR");
    }

    @Test
    void officeWordsAreNeverPartOfAPerson() {
        Annotated a = annotate("Minister of Education Ahmad Zahid Hamidi and Chairman Kim Jong Ho met Prime Minister "
                + "Anwar Ibrahim. Anwar Ibrahim, Malaysia's prime minister, said the talks went well.");
        for (String p : texts(a, MentionType.PERSON)) {
            assertThat(p).doesNotContain("Minister", "Chairman", "Education");
        }
        assertThat(texts(a, MentionType.PERSON)).contains("Anwar Ibrahim", "Kim Jong Ho");
    }

    @Test
    void personSwallowedByAnOrganisationAfterAnOfficePhraseIsSplit() {
        Annotated a = annotate("Head of the Central Commission for External Relations Pham Quang Vinh "
                + "held talks in Vientiane on Tuesday.");
        assertThat(texts(a, MentionType.PERSON)).contains("Pham Quang Vinh");
        assertThat(a.mentions()).noneSatisfy(m -> {
            assertThat(m.type()).isEqualTo(MentionType.ORGANIZATION);
            assertThat(m.text()).contains("Vinh");
        });
    }

    @Test
    void countryNamesAndDemonymsCarryTheirCode() {
        Annotated a = annotate("Việt Nam and Singapore signed a deal. Viet Nam is growing fast, and Vietnam exports rice.",
                "Vietnamese officials and Singaporean diplomats recalled the Soviet Union and West Germany.");
        for (String vn : List.of("Việt Nam", "Viet Nam", "Vietnam")) {
            assertThat(a.mentions()).anySatisfy(m -> {
                assertThat(m.text()).isEqualTo(vn);
                assertThat(m.type()).isEqualTo(MentionType.LOCATION);
                assertThat(m.country()).isEqualTo("VNM");
            });
        }
        assertThat(a.mentions()).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Vietnamese");
            assertThat(m.type()).isEqualTo(MentionType.MISC);
            assertThat(m.country()).isEqualTo("VNM");
        });
        assertThat(countries(a)).contains("SGP", "SUN", "DEU");
        assertThat(texts(a, MentionType.PERSON)).doesNotContain("Việt Nam", "Viet Nam");
    }

    @Test
    void lowerAndUpperCaseCopyYieldTheSamePeopleAndCountries() {
        String text = "Singaporean Prime Minister Lawrence Wong met Vietnamese leader Tô Lâm in Hà Nội on Friday. "
                + "Wong said Singapore and Vietnam would deepen trade ties with Japan and Indonesia.";
        Annotated mixed = annotate(text);
        Annotated lower = annotate(text.toLowerCase(Locale.ROOT));
        Annotated upper = annotate(text.toUpperCase(Locale.ROOT));
        assertThat(countries(lower)).isEqualTo(countries(mixed));
        assertThat(countries(upper)).isEqualTo(countries(mixed));
        assertThat(lowerCased(texts(lower, MentionType.PERSON))).contains("lawrence wong", "tô lâm");
        assertThat(lowerCased(texts(upper, MentionType.PERSON))).contains("lawrence wong", "tô lâm");
    }

    private static Set<String> lowerCased(Set<String> s) {
        return s.stream().map(x -> x.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    @Test
    void layersRunInOrderAfterTheRecogniser() {
        List<String> calls = new ArrayList<>();
        MentionLayer first = in -> {
            calls.add("first:" + in.mentions().size());
            return in;
        };
        MentionLayer second = in -> {
            calls.add("second");
            return new Annotated(in.article(), in.sentences(), List.of(), in.offices(), in.pipelineVersion());
        };
        CoreNlpAnnotator withLayers = annotator.withLayers(List.of(first, second));
        Annotated a = withLayers.annotate(article("Japan and China met in Tokyo."));
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).isNotEqualTo("first:0");
        assertThat(a.mentions()).isEmpty();
        assertThat(a.offices()).isEmpty();
        assertThat(a.pipelineVersion()).isEqualTo(CoreNlpAnnotator.PIPELINE_VERSION);
    }

    @Test
    void emptyBodyGivesEmptyAnnotation() {
        Annotated a = annotator.annotate(article());
        assertThat(a.sentences()).isEmpty();
        assertThat(a.mentions()).isEmpty();
    }

    @Test
    void randomTextNeverThrowsAndOffsetsStayExact() {
        String names = "Lê Hoài Trung Việt Nam Hà Nội Minister of Foreign Affairs VIET NAM u.s. U.S. Commission ";
        RandomTexts.forAll(60, random -> {
            String text = switch (random.nextInt(3)) {
                case 0 -> RandomTexts.unicode(random, 300);
                case 1 -> RandomTexts.wellFormed(random, 300);
                default -> RandomTexts.fromAlphabet(random, names + "\n\n.,-'()", 400);
            };
            assertExactOffsets(annotator.annotate(article(text, RandomTexts.fromAlphabet(random, names, 200))));
        });
    }

    @Test
    void oneAnnotatorServesManyThreads() throws Exception {
        List<String> texts = List.of("Vivian Balakrishnan visited Hà Nội and met Lê Hoài Trung.",
                "THE SOVIET UNION AND EAST GERMANY SIGNED A TREATY IN MOSCOW, TASS SAID.",
                "indonesian president joko widodo flew to beijing to meet xi jinping.");
        List<Annotated> sequential = texts.stream().map(t -> annotator.annotate(article(t))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Annotated>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String t : texts) {
                    futures.add(pool.submit(() -> annotator.annotate(article(t))));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % texts.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
