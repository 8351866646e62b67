package org.attache.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A search that tries an alternation of words only where one can open finds what {@code Matcher.find} finds. */
class LiteralOpeningsTest {
    private static final Pattern CUES = Pattern.compile(
            "(?:ver(?:ö|oe)ffentlicht|published|publié|mis en ligne|publicado|opublikowano|опубликовано|发布时间|公開日|게시일)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.end() + ":" + m.group());
        }
        return out;
    }

    private static List<String> matches(LiteralOpenings o, String text) {
        List<String> out = new ArrayList<>();
        LiteralOpenings.Search s = o.matcher(text);
        while (s.find()) {
            out.add((s.end() - s.group().length()) + ":" + s.end() + ":" + s.group());
        }
        return out;
    }

    @Test
    void findsTheCuesOfSeveralLanguagesInAnyCase() {
        LiteralOpenings o = new LiteralOpenings(CUES);
        String text = "VERÖFFENTLICHT am 3. Mai 2022. Publié le 4 mai. ОПУБЛИКОВАНО 5 мая; 发布时间：2022年5月6日 "
                + "Mis En Ligne le 7 mai, veroeffentlicht, PUBLISHED: May 8, opublikowano 9 maja, 公開日 게시일";
        List<String> expected = matches(CUES, text);
        assertEquals(10, expected.size());
        assertEquals(expected, matches(o, text));
        assertEquals(List.of(), matches(o, "Nothing announced here, only a date: 3 May 2022"));
    }

    @Test
    void agreesWithTheExpressionOnRandomText() {
        LiteralOpenings o = new LiteralOpenings(CUES);
        Random random = new Random(15);
        String[] pieces = {"pub", "lish", "ed", "ver", "öff", "oeff", "entlicht", "PUBLI", "é", "É", "mis", " en",
            " ligne", "опубл", "ИКОВАНО", "发布", "时间", "公開", "日", "게시", "일", " ", "x", "cado", "o", "p"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            assertEquals(matches(CUES, text), matches(o, text), text);
        }
    }

    @Test
    void anAlternationWithoutPlainOpeningsIsSearchedWhole() {
        LiteralOpenings o = new LiteralOpenings(Pattern.compile("(?:\\d+ days ago|published)"));
        assertEquals(List.of("0:10:3 days ago", "12:21:published"), matches(o, "3 days ago, published"));
    }
}
