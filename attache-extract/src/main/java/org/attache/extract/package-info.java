/**
 * The extract stage, {@code Page → Article}: {@link org.attache.extract.DefaultArticleExtractor} assembles
 * the chain from the sub-packages (charset, html, text, wire, date, lang), and
 * {@link org.attache.extract.ArticleIds} gives articles their stable ids.
 */
package org.attache.extract;
