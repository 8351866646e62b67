package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.attache.api.ContentKind;
import org.attache.api.Page;
import org.attache.api.SourceItem;
import org.attache.api.config.AttacheConfig;
import org.attache.api.config.CodingConfig;
import org.attache.api.config.PageLimits;
import org.attache.api.config.SourceConfig;
import org.attache.api.config.StoreConfig;
import org.attache.pipeline.Analysed;
import org.attache.pipeline.Outcome;
import org.junit.jupiter.api.Test;

/** What an executor ships to the driver reads back equal to what it analysed, so the driver codes the same article. */
class OutcomeCodecTest {
    private static final JobSettings SETTINGS = JobSettings.of(new AttacheConfig(SourceConfig.DEFAULTS,
            StoreConfig.at(java.nio.file.Path.of("target", "codec-test")), 1, false, CodingConfig.BUNDLED,
            PageLimits.DEFAULTS), true);

    @Test
    void analysedArticlesReadBackEqual() {
        List<String> texts = List.of(
                "<html><head><title>Japan and Indonesia sign a maritime pact</title></head><body><article>"
                        + "<p>JAKARTA, May 4 - Japanese Prime Minister Fumio Kishida and Indonesian President Joko "
                        + "Widodo signed a maritime security pact in Jakarta on Thursday, officials said.</p>"
                        + "<p>The United Nations welcomed the agreement.</p></article></body></html>",
                "<html lang=\"de\"><head><title>Scholz trifft Macron in Berlin</title></head><body><article>"
                        + "<p>Bundeskanzler Olaf Scholz hat am Montag den französischen Präsidenten Emmanuel "
                        + "Macron in Berlin empfangen.</p></article></body></html>");
        for (String html : texts) {
            Page page = new Page("test:" + texts.indexOf(html), null, "https://news.example/" + texts.indexOf(html),
                    html.getBytes(StandardCharsets.UTF_8), ContentKind.HTML, "UTF-8",
                    Instant.parse("2026-05-04T10:00:00Z"), null);
            Outcome<Analysed> analysed = CoreHolder.analyser(SETTINGS).analyse(page);
            assertThat(analysed).isInstanceOf(Outcome.Done.class);
            assertThat(((Outcome.Done<Analysed>) analysed).value().mentions()).isNotEmpty();
            if (html.contains("lang=\"de\"")) {
                // the coder tags and parses English only: nothing to carry for a German article
                assertThat(((Outcome.Done<Analysed>) analysed).value().syntax().sentences()).isEmpty();
            } else {
                // the executor's tagging and parsing travels with the record, so the driver does not redo it
                assertThat(((Outcome.Done<Analysed>) analysed).value().syntax().sentences()).isNotEmpty();
            }

            Outcome<Analysed> back = OutcomeCodec.decode(OutcomeCodec.encode(analysed));

            assertThat(back).isEqualTo(analysed);
        }
    }

    @Test
    void aRecordWithoutCarriedSyntaxReadsBackWithoutIt() throws Exception {
        // an `analysed` table written before the records carried the coder's work is still loadable
        Page page = new Page("test:old", null, "https://news.example/old", ("<html><head><title>Talks</title></head>"
                + "<body><article><p>Indian Prime Minister Narendra Modi met Bangladeshi Prime Minister Sheikh Hasina "
                + "in New Delhi on Monday and signed a river water agreement.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8), ContentKind.HTML, "UTF-8", Instant.parse("2024-06-03T10:00:00Z"),
                null);
        Analysed analysed = ((Outcome.Done<Analysed>) CoreHolder.analyser(SETTINGS).analyse(page)).value();
        assertThat(analysed.syntax()).isNotNull();
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) json.readTree(OutcomeCodec.encode(Outcome.done(analysed)));
        ((ObjectNode) tree.get("analysed")).remove("syntax");

        Outcome<Analysed> back = OutcomeCodec.decode(json.writeValueAsBytes(tree));

        assertThat(back).isEqualTo(Outcome.done(new Analysed(analysed.article(), analysed.annotated(),
                analysed.relevance(), analysed.partial())));
    }

    @Test
    void skipsReadBackWithTheirReasonAndFault() {
        Outcome<Analysed> fault = new Outcome.Skipped<>(new SourceItem.Skipped("feed.jsonl", 6, "malformed JSON: x"));
        Outcome<Analysed> notAPage = new Outcome.Skipped<>(SourceItem.Skipped.notAPage("crawl.warc#3", 0, "HTTP 404"));

        assertThat(OutcomeCodec.decode(OutcomeCodec.encode(fault))).isEqualTo(fault);
        assertThat(OutcomeCodec.decode(OutcomeCodec.encode(notAPage))).isEqualTo(notAPage);
    }
}
