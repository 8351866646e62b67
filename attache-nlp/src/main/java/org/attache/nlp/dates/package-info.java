/**
 * Dates: DATE mentions by pattern (calendar dates, ranges, years, weekdays, deictic and relative phrases), as
 * exact spans ({@link org.attache.nlp.dates.DateLayer}), and their resolution into event date intervals against
 * the article's own publication day ({@link org.attache.nlp.dates.EventDateResolver}).
 */
package org.attache.nlp.dates;
