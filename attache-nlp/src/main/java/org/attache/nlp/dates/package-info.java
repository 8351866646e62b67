/**
 * DATE mentions by pattern (calendar dates, ranges, years, weekdays, deictic and relative phrases), as exact
 * spans; resolving them to calendar intervals is a later stage. Entry point: {@link org.attache.nlp.dates.DateLayer}.
 */
package org.attache.nlp.dates;
