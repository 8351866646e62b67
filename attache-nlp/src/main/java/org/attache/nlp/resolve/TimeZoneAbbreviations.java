package org.attache.nlp.resolve;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.Set;
import org.attache.api.MentionType;

/**
 * Time-zone abbreviations ("GMT", "EST", "CET", "JST"-like short names), which wire copy writes after clock times
 * ("1800 GMT") and which a recogniser sometimes takes for an organisation or a MISC name: they name no entity. The
 * set is ICU's English short metazone names (standard, daylight and generic) for the English locales of the
 * countries a news desk meets, plus "UTC", and only those of three letters or more ("PT", "AT" are too often
 * something else). Places ("ACT", the Australian Capital Territory) are never dropped. Immutable; thread-safe.
 */
final class TimeZoneAbbreviations {
    private static final Set<String> ABBREVIATIONS = load();

    private TimeZoneAbbreviations() {
    }

    /** True when a mention of this type and text is a time-zone abbreviation, no name of anything. */
    static boolean isTimeZone(MentionType type, String text) {
        return (type == MentionType.MISC || type == MentionType.ORGANIZATION)
                && ABBREVIATIONS.contains(text.strip());
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        out.add("UTC");
        TimeZoneNames.NameType[] kinds = {TimeZoneNames.NameType.SHORT_STANDARD,
                TimeZoneNames.NameType.SHORT_DAYLIGHT, TimeZoneNames.NameType.SHORT_GENERIC};
        for (String locale : new String[] {"en", "en_GB", "en_AU", "en_IE", "en_IN", "en_NZ", "en_SG", "en_HK"}) {
            TimeZoneNames names = TimeZoneNames.getInstance(new ULocale(locale));
            for (String zone : names.getAvailableMetaZoneIDs()) {
                for (TimeZoneNames.NameType kind : kinds) {
                    String name = names.getMetaZoneDisplayName(zone, kind);
                    if (name != null && name.length() >= 3 && name.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                        out.add(name);
                    }
                }
            }
        }
        return Set.copyOf(out);
    }
}
