/** The runnable distribution: the {@code attache} command line, wiring the stages together. */
package org.attache.app;
