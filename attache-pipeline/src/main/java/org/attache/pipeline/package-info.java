/**
 * The analysis core: {@link org.attache.pipeline.ArticleAnalyser} turns one page into an
 * {@link org.attache.pipeline.Analysed} article without touching a database, and
 * {@link org.attache.pipeline.RegistryStep} is the cross-article step a store runs against its entity registry.
 * Ingest, reprocess and the upload API call both; they know nothing of how their caller stores or schedules.
 */
package org.attache.pipeline;
