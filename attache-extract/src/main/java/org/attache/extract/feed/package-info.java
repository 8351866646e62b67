/**
 * Live sources' documents: feeds (RSS 0.9x/2.0, RSS 1.0, Atom through Rome), sitemaps and sitemap indexes
 * (crawler-commons) and plain URL lists, read into the links of the pages they point at.
 */
package org.attache.extract.feed;
