package org.attache.nlp.offices;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.Sentence;
import org.attache.testkit.RandomTexts;
import org.attache.nlp.coref.CorefLayer;
import org.attache.nlp.dates.DateLayer;
import org.attache.nlp.gazetteer.OrganizationCountryLayer;
import org.junit.jupiter.api.Test;

/** Seeded random inputs: the layers never throw and every span stays exact. */
class LayersRandomTest {
    private static final List<String> PIECES = List.of("Minister of Foreign Affairs ", "former ", "Prime Minister ",
            "Director and CEO of the ", "head of the ", "Singaporean ", ", who is also ", "Anna Berg", "Berg",
            "Lê Hoài Trung", "Trung", " (UN) ", "United Nations", "April 29, 2025", " 2025 ", " on Friday ",
            "last week", ", ", ". ", "\n\n", "’s ", "(", ")", "ex-", " and ", " of ", "WHO ", "CPV (Communist ",
            "Norway’s ruling ", "the Chilean state ", "Bank of Fiji ", "Singapore-based ");

    private final OfficeLayer offices = new OfficeLayer();
    private final OrganizationCountryLayer orgCountries = new OrganizationCountryLayer();
    private final CorefLayer coref = new CorefLayer();
    private final DateLayer dates = new DateLayer();

    @Test
    void layersNeverThrowAndKeepOffsetsExact() {
        RandomTexts.forAll(300, random -> {
            StringBuilder sb = new StringBuilder();
            int parts = random.nextInt(30);
            for (int i = 0; i < parts; i++) {
                sb.append(switch (random.nextInt(4)) {
                    case 0 -> RandomTexts.words(random, 4) + " ";
                    case 1 -> RandomTexts.wellFormed(random, 6);
                    default -> RandomTexts.pick(random, PIECES);
                });
            }
            Annotated in = randomAnnotated(random, sb.toString());
            Annotated out = dates.apply(coref.apply(orgCountries.apply(offices.apply(in))));
            Docs.assertExact(out);
            Docs.assertExact(dates.apply(coref.apply(orgCountries.apply(offices.apply(out)))));
        });
    }

    private static Annotated randomAnnotated(Random random, String text) {
        Article a = new Article("r", "random", null, null, null, false, List.of(text), List.of(), null, null, null,
                null, List.of(), null, null);
        String body = a.bodyText();
        List<Mention> ms = new ArrayList<>();
        int n = body.isEmpty() ? 0 : random.nextInt(8);
        MentionType[] types = {MentionType.PERSON, MentionType.ORGANIZATION, MentionType.LOCATION, MentionType.MISC};
        for (int i = 0; i < n; i++) {
            int s = random.nextInt(body.length());
            int e = Math.min(body.length(), s + 1 + random.nextInt(20));
            ms.add(new Mention(types[random.nextInt(types.length)], body.substring(s, e), s, e, 0, null, null));
        }
        ms.sort(java.util.Comparator.comparingInt(Mention::start));
        List<Sentence> sentences = body.isEmpty() ? List.of() : List.of(new Sentence(0, 0, body.length()));
        return new Annotated(a, sentences, ms, List.of(), "random");
    }
}
