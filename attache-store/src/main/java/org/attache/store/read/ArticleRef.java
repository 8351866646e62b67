package org.attache.store.read;

/**
 * What a list shows of an article: enough to link to it.
 *
 * @param id        article id
 * @param title     title as stored, or null
 * @param outlet    outlet as stored, or null
 * @param published publication day ({@code yyyy-MM-dd}, the first ten characters of the stored value), or
 *                  null when the article prints no date
 * @param dateline  dateline as printed ("SINGAPORE"), or null
 */
public record ArticleRef(String id, String title, String outlet, String published, String dateline) {
    /** The day of a stored publication value ("2025-01-07T10:16" → "2025-01-07"), or null. */
    public static String day(String publishedValue) {
        if (publishedValue == null) {
            return null;
        }
        return publishedValue.length() > 10 ? publishedValue.substring(0, 10) : publishedValue;
    }
}
