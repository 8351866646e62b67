/**
 * Attaché on Apache Spark: {@code attache batch} runs the analysis core per partition and the cross-article step in
 * input order, writing Parquet tables; {@code attache load} puts a batch's output into a store.
 */
package org.attache.spark;
