package org.attache.extract.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Cleaning and folding of page text: what is dropped, what is unified, and that clean text is not copied. */
class TextNormalizerTest {
    @Test
    void cleanTextComesBackAsItIs() {
        String text = "Le président a déclaré :\n\t« Nous verrons. » 東京"; // (surrogate pairs go through the careful path)
        assertSame(text, TextNormalizer.clean(text));
    }

    @Test
    void lineEndsAreUnifiedAndControlsDropped() {
        assertEquals("a\nb\nc\nd\ne", TextNormalizer.clean("a\r\nb\rc\u2028d\u0085e"));
        assertEquals("ab😀c", TextNormalizer.clean("a\u0000b\uFEFF\uD83D\uDE00\uD83Dc\uDE00\u0007"));
        assertEquals("Zürich", TextNormalizer.clean("Zu\u0308rich\r")
                .replace("\n", ""));
    }

    @Test
    void collapseFoldsEveryKindOfSpaceRun() {
        assertEquals("Gaza , 3 mars 2024 — Kyiv", TextNormalizer.collapse(" \tGaza\u00A0,\r\n 3\u202Fmars\u2007 2024\u200B— Kyiv \n"));
        assertEquals("", TextNormalizer.collapse(" \u00A0 "));
    }
}
