package org.attache.store.index;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FoldingAnalyzerTest {
    private final FoldingAnalyzer analyzer = new FoldingAnalyzer();

    @Test
    void foldsVietnameseDiacriticsCaseAndDStroke() throws IOException {
        assertThat(tokens("Lê Hoài Trung, Việt Nam – ĐẠI SỨ đường")).containsExactly(
                "le", "hoai", "trung", "viet", "nam", "dai", "su", "duong");
    }

    @Test
    void foldsOtherScriptsAndWidths() throws IOException {
        assertThat(tokens("Straße ＡＢＣ Ærø")).containsExactly("strasse", "abc", "aero");
    }

    @Test
    void foldsKeywords() {
        assertThat(analyzer.foldKeyword(" Tuổi Trẻ ")).isEqualTo("tuoi tre");
        assertThat(analyzer.foldKeyword("VNA")).isEqualTo("vna");
    }

    private List<String> tokens(String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(term.toString());
            }
            ts.end();
        }
        return tokens;
    }

}
