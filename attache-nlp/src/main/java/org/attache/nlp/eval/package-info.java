/**
 * Evaluation and measurement of the Annotate stage: CoNLL-2003 entity scoring with conlleval semantics
 * ({@link org.attache.nlp.eval.ConllEvaluator}) and throughput ({@link org.attache.nlp.eval.AnnotateBenchmark}).
 */
package org.attache.nlp.eval;
