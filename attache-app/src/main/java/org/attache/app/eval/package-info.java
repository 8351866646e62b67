/** Baselines and harness pieces for the {@code attache eval} commands. */
package org.attache.app.eval;
