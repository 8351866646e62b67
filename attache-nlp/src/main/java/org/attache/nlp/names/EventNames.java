package org.attache.nlp.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.api.MentionType;

/**
 * Names of events: the CoNLL models have no event class and tag "the ASEAN Summit", "the Shangri-La
 * Dialogue" or "the 13th National Congress" as MISC or ORGANIZATION. A span whose last word is an event
 * head ("Summit", "Dialogue", "Forum", "Conference", "Games", "Olympics", "Expo", "War", "Talks") becomes
 * EVENT; a sitting of a body ("Congress", "Session", "Plenum", "Meeting") only with an ordinal ("13th
 * National Congress"), so that a party called "National Congress" stays an organisation. A year directly
 * after the span ("… Dialogue 2025") is taken in. Stateless and thread-safe.
 */
public final class EventNames {
    private static final Set<String> HEADS = Set.of("summit", "dialogue", "forum", "conference", "games", "olympics",
            "expo", "festival", "war", "talks", "symposium", "convention", "championship", "championships", "cup");
    private static final Set<String> SITTINGS = Set.of("congress", "session", "plenum", "meeting", "assembly");

    /** Spans with event names retyped (and an ordinal before or year after taken in); sorted as the input. */
    public List<NameSpan> apply(TokenizedText text, List<NameSpan> spans) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            NameSpan s = spans.get(i);
            if (s.type() != MentionType.MISC && s.type() != MentionType.ORGANIZATION) {
                out.add(s);
                continue;
            }
            String head = text.token(s.end() - 1).toLowerCase(Locale.ROOT);
            int first = s.first();
            boolean ordinal = isOrdinal(text.token(first));
            if (!ordinal && first > 0 && isOrdinal(text.token(first - 1))
                    && (out.isEmpty() || out.getLast().end() < first)) {
                first--;
                ordinal = true;
            }
            boolean event = HEADS.contains(head) || SITTINGS.contains(head) && ordinal;
            if (!event) {
                out.add(s);
                continue;
            }
            int end = s.end();
            if (end < text.size() && text.token(end).matches("(?:19|20)\\d\\d")
                    && (i + 1 >= spans.size() || spans.get(i + 1).first() > end)) {
                end++;
            }
            out.add(new NameSpan(MentionType.EVENT, SITTINGS.contains(head) ? first : s.first(), end, s.country()));
        }
        return out;
    }

    private static boolean isOrdinal(String token) {
        return token.matches("\\d+(?:st|nd|rd|th)") || Set.of("first", "second", "third", "fourth", "fifth", "sixth",
                "seventh", "eighth", "ninth", "tenth").contains(token.toLowerCase(Locale.ROOT));
    }
}
