/**
 * Publication and modification dates read from the article itself, with their provenance: on HTML pages
 * ({@link org.attache.extract.date.HtmlDates}) structured data first, then the date printed by the headline
 * in the page's language (month names from CLDR through ICU4J, {@link org.attache.extract.date.MonthNames}),
 * then the URL, never a date of a rail, a list of other posts, a comment or an embed
 * ({@code ArticleRegion}); machine timestamps kept in their own offset
 * ({@link org.attache.extract.date.Stamp}); printed dates in many languages
 * ({@link org.attache.extract.date.PrintedDates}); detection of a page's day/month order; and the choice
 * between the record's, the page's and the dateline's dates ({@link org.attache.extract.date.PublishedDateResolver}).
 * Stateless and thread-safe.
 */
package org.attache.extract.date;
