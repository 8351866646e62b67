/**
 * Publication dates read from the article itself, with their provenance: parsing of printed and ISO
 * dates at the precision printed, detection of a page's day/month order, and the choice between
 * candidate dates. Stateless and thread-safe.
 */
package org.attache.extract.date;
