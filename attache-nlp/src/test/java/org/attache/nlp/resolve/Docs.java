package org.attache.nlp.resolve;

import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.OfficeClaim;
import org.attache.api.PublishedDate;
import org.attache.api.Resolved;
import org.attache.api.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builds hand-made annotated articles; offsets are found with indexOf. */
final class Docs {
    private final String id;
    private final String body;
    private final String published;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<OfficeClaim> claims = new ArrayList<>();

    private Docs(String id, String published, String body) {
        this.id = id;
        this.published = published;
        this.body = body;
    }

    /** The entity id that {@code r} gave the first mention spelled {@code text} (null when it names no entity). */
    static String entityIdOf(Resolved r, String text) {
        var ms = r.annotated().mentions();
        for (int i = 0; i < ms.size(); i++) {
            if (ms.get(i).text().equals(text)) {
                return r.entityId(i);
            }
        }
        throw new AssertionError("no mention " + text);
    }

    static Docs article(String id, String body) {
        return new Docs(id, null, body);
    }

    static Docs article(String id, String published, String body) {
        return new Docs(id, published, body);
    }

    /** A mention of occurrence number {@code occurrence} (0-based) of {@code text}. */
    Docs mention(MentionType type, String text, int occurrence, String canonical, String country) {
        int start = -1;
        for (int i = 0; i <= occurrence; i++) {
            start = body.indexOf(text, start + 1);
            if (start < 0) {
                throw new IllegalArgumentException("'" + text + "' occurs fewer than " + (occurrence + 1) + " times");
            }
        }
        mentions.add(new Mention(type, text, start, start + text.length(), 0, canonical, country));
        return this;
    }

    Docs mention(MentionType type, String text, String canonical, String country) {
        return mention(type, text, 0, canonical, country);
    }

    Docs person(String text, String canonical) {
        return mention(MentionType.PERSON, text, canonical, null);
    }

    Docs person(String text) {
        return person(text, text);
    }

    /** An office claim of the title's first occurrence, held by the PERSON mention spelled {@code holder}. */
    Docs office(String holder, String title, String organization, String country, boolean former) {
        int start = body.indexOf(title);
        claims.add(new OfficeClaim(-1, title, organization, country, former, start, start + title.length()));
        holderNames.add(holder);
        return this;
    }

    private final List<String> holderNames = new ArrayList<>();
    private String dateline;

    private String outlet;

    /** Sets the article's outlet (its publisher). */
    Docs outlet(String name) {
        this.outlet = name;
        return this;
    }

    /** Sets the article's dateline place. */
    Docs dateline(String place) {
        this.dateline = place;
        return this;
    }

    Annotated build() {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::start));
        List<OfficeClaim> offices = new ArrayList<>();
        for (int c = 0; c < claims.size(); c++) {
            OfficeClaim claim = claims.get(c);
            String holder = holderNames.get(c);
            int index = -1;
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i).text().equals(holder) && sorted.get(i).type() == MentionType.PERSON) {
                    index = i;
                    break;
                }
            }
            offices.add(new OfficeClaim(index, claim.title(), claim.organization(), claim.country(), claim.former(),
                    claim.start(), claim.end()));
        }
        Article article = new Article(id, "test#" + id, null, outlet, null, false, List.of(body), List.of(), null,
                dateline, published == null ? null : new PublishedDate(published, DateProvenance.META), "en", List.of(),
                null, null);
        return new Annotated(article, List.of(new Sentence(0, 0, body.length())), sorted, offices, "test");
    }
}
