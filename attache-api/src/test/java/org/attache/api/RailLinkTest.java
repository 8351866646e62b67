package org.attache.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RailLinkTest {
    private static String url(String given) {
        return new RailLink("Related News", "Headline", null, null, null, given).url();
    }

    @Test
    void scriptAndInlineSchemesAreDroppedHoweverTheyAreSpelt() {
        assertThat(url("javascript:alert(1)")).isNull();
        assertThat(url("  JavaScript:alert(1)")).isNull();
        assertThat(url("java\tscript:alert(1)")).isNull();
        assertThat(url("\u0001javascript:alert(1)")).isNull();
        assertThat(url("vbscript:msgbox(1)")).isNull();
        assertThat(url("data:text/html;base64,PHNjcmlwdD4=")).isNull();
        assertThat(url("   ")).isNull();
    }

    @Test
    void ordinaryLinksAreKept() {
        assertThat(url("https://vietnamplus.vn/a.html")).isEqualTo("https://vietnamplus.vn/a.html");
        assertThat(url("/politics/a.html")).isEqualTo("/politics/a.html");
        assertThat(url("a.html?next=javascript:x")).isEqualTo("a.html?next=javascript:x");
        assertThat(url("mailto:desk@example.org")).isEqualTo("mailto:desk@example.org");
        assertThat(url(null)).isNull();
    }
}
