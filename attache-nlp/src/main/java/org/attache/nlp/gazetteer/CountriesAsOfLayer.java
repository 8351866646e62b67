package org.attache.nlp.gazetteer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.OfficeClaim;
import org.attache.nlp.annotate.MentionLayer;

/**
 * Puts the countries of an annotation as of the article's day: every mention's and office claim's country is
 * replaced by the state that held it then ({@link CountryHistory}): "Moscow" and "Soviet Foreign Minister …" in
 * a 1987 article are SUN, "Russian" in 1987 is SUN, "Moscow" in 1995 is RUS; a place the history lists by name
 * ("Leipzig") is of its former state while that existed. An undated article keeps current codes. Run last, after
 * the layers that give countries. Stateless; thread-safe.
 */
public final class CountriesAsOfLayer implements MentionLayer {
    private final CountryHistory history;

    /** A layer over the bundled history. */
    public CountriesAsOfLayer() {
        this(CountryHistory.standard());
    }

    public CountriesAsOfLayer(CountryHistory history) {
        this.history = history;
    }

    @Override
    public Annotated apply(Annotated in) {
        LocalDate day = dayOf(in.article());
        if (day == null) {
            return in;
        }
        List<Mention> mentions = new ArrayList<>(in.mentions().size());
        boolean changed = false;
        for (Mention m : in.mentions()) {
            String country = m.type() == MentionType.LOCATION
                    ? history.placeAsOf(m.text(), m.country(), day) : history.asOf(m.country(), day);
            if (country != null && !country.equals(m.country())) {
                m = new Mention(m.type(), m.text(), m.start(), m.end(), m.sentence(), m.canonical(), country);
                changed = true;
            }
            mentions.add(m);
        }
        List<OfficeClaim> claims = new ArrayList<>(in.offices().size());
        for (OfficeClaim c : in.offices()) {
            String country = history.asOf(c.country(), day);
            if (country != null && !country.equals(c.country())) {
                c = new OfficeClaim(c.holder(), c.title(), c.organization(), country, c.former(), c.start(), c.end());
                changed = true;
            }
            claims.add(c);
        }
        return changed ? new Annotated(in.article(), in.sentences(), mentions, claims, in.pipelineVersion()) : in;
    }

    /** The article's publication day, or null when it has none. */
    public static LocalDate dayOf(Article article) {
        if (article.published() == null || article.published().value() == null) {
            return null;
        }
        String v = article.published().value();
        if (v.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(v.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
