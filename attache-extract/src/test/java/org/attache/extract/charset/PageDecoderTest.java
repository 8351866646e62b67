package org.attache.extract.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class PageDecoderTest {
    private final PageDecoder decoder = new PageDecoder();

    @Test
    void utf8BomIsDetectedAndStripped() {
        byte[] body = "Café talks".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        DecodedText d = decoder.decode(bytes, "ISO-8859-1");
        assertThat(d.text()).isEqualTo("Café talks");
        assertThat(d.method()).isEqualTo(DecodedText.Method.BOM);
    }

    @Test
    void utf16BomWins() {
        byte[] bytes = "\uFEFFHà Nội".getBytes(StandardCharsets.UTF_16LE);
        assertThat(decoder.decode(bytes, null).text()).isEqualTo("Hà Nội");
    }

    @Test
    void declaredCharsetIsUsed() {
        byte[] bytes = "Привет мир".getBytes(Charset.forName("windows-1251"));
        DecodedText d = decoder.decode(bytes, "windows-1251");
        assertThat(d.text()).isEqualTo("Привет мир");
        assertThat(d.method()).isEqualTo(DecodedText.Method.DECLARED);
    }

    @Test
    void metaCharsetInTheHeadIsUsed() {
        String html = "<html><head><meta charset=\"windows-1251\"></head><body>Привет</body></html>";
        DecodedText d = decoder.decode(html.getBytes(Charset.forName("windows-1251")), null);
        assertThat(d.text()).contains("Привет");
        assertThat(d.method()).isEqualTo(DecodedText.Method.META);
        String equiv = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">café";
        assertThat(decoder.decode(equiv.getBytes(StandardCharsets.ISO_8859_1), null).text()).endsWith("café");
    }

    @Test
    void validUtf8WithoutDeclarationIsUtf8() {
        DecodedText d = decoder.decode("Việt Nam – “quoted”".getBytes(StandardCharsets.UTF_8), null);
        assertThat(d.text()).isEqualTo("Việt Nam – “quoted”");
        assertThat(d.method()).isEqualTo(DecodedText.Method.STRICT_UTF8);
    }

    @Test
    void utf8MislabelledAsLatin1IsReadAsUtf8() {
        DecodedText d = decoder.decode("Zürich café".getBytes(StandardCharsets.UTF_8), "iso-8859-1");
        assertThat(d.text()).isEqualTo("Zürich café");
    }

    @Test
    void undeclaredLatin1IsSniffed() {
        String s = "Les négociateurs se sont réunis au café du Palais à Genève, a déclaré le porte-parole. "
                + "La réunion a duré trois heures et les délégués ont promis de se revoir très bientôt.";
        DecodedText d = decoder.decode(s.getBytes(StandardCharsets.ISO_8859_1), null);
        assertThat(d.text()).isEqualTo(s);
        assertThat(d.method()).isEqualTo(DecodedText.Method.SNIFFED);
    }

    @Test
    void controlCharactersAreStrippedButTabsAndNewlinesKept() {
        String raw = "a\u0000b\u0007c\td\r\ne\rf\u0085g";
        assertThat(TextNormalizer.clean(raw)).isEqualTo("abc\td\ne\nf\ng");
    }

    @Test
    void outputIsNfc() {
        String decomposed = "Vie\u0323\u0302t Nam";
        String text = decoder.decode(decomposed.getBytes(StandardCharsets.UTF_8), null).text();
        assertThat(text).isEqualTo("Việt Nam");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void unknownDeclaredCharsetIsIgnored() {
        assertThat(decoder.decode("plain".getBytes(StandardCharsets.US_ASCII), "x-no-such-charset").text()).isEqualTo("plain");
    }
}
