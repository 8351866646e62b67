package org.attache.nlp.offices;

import java.util.ArrayList;
import java.util.List;

import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.OfficeClaim;
import org.attache.api.Sentence;

/** Hand-built {@link Annotated} inputs for the layer tests: spans found with indexOf, never typed in. */
public final class Docs {
    private final String text;
    private final List<Mention> mentions = new ArrayList<>();

    private Docs(String text) {
        this.text = text;
    }

    public static Docs of(String text) {
        return new Docs(text);
    }

    /** Marks every whole-word occurrence of {@code surface} as {@code type}. */
    public Docs mark(MentionType type, String surface) {
        for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
            int e = i + surface.length();
            boolean left = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean right = e == text.length() || !Character.isLetterOrDigit(text.charAt(e));
            if (left && right) {
                mentions.add(new Mention(type, surface, i, e, 0, null, null));
            }
        }
        return this;
    }

    /** Marks only the {@code nth} (0-based) occurrence of {@code surface}. */
    public Docs markNth(MentionType type, String surface, int nth) {
        int i = text.indexOf(surface);
        for (int k = 0; k < nth && i >= 0; k++) {
            i = text.indexOf(surface, i + 1);
        }
        mentions.add(new Mention(type, surface, i, i + surface.length(), 0, null, null));
        return this;
    }

    public Docs person(String... names) {
        for (String n : names) {
            mark(MentionType.PERSON, n);
        }
        return this;
    }

    public Docs org(String... names) {
        for (String n : names) {
            mark(MentionType.ORGANIZATION, n);
        }
        return this;
    }

    public Docs loc(String... names) {
        for (String n : names) {
            mark(MentionType.LOCATION, n);
        }
        return this;
    }

    public Annotated build() {
        Article a = new Article("t", "test", null, null, null, false, List.of(text), List.of(), null, null, null,
                "en", List.of(), null, null);
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(java.util.Comparator.comparingInt(Mention::start));
        return new Annotated(a, List.of(new Sentence(0, 0, text.length())), sorted, List.of(), "test");
    }

    /** "holder|title|organization|country|former" for each claim, for compact assertions. */
    public static List<String> claims(Annotated a) {
        List<String> out = new ArrayList<>();
        for (OfficeClaim c : a.offices()) {
            out.add(a.mentions().get(c.holder()).text() + "|" + c.title() + "|" + c.organization() + "|"
                    + c.country() + "|" + c.former());
        }
        return out;
    }

    /** Checks every mention's text is exactly its span and claims point at PERSON mentions and exact titles. */
    public static void assertExact(Annotated a) {
        String body = a.article().bodyText();
        for (Mention m : a.mentions()) {
            if (!body.substring(m.start(), m.end()).equals(m.text())) {
                throw new AssertionError("inexact mention " + m);
            }
        }
        for (OfficeClaim c : a.offices()) {
            if (a.mentions().get(c.holder()).type() != MentionType.PERSON
                    || !body.substring(c.start(), c.end()).equals(c.title())) {
                throw new AssertionError("bad claim " + c);
            }
        }
    }
}
