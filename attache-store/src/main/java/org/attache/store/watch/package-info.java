/** The state {@code attache watch} keeps between runs: schedules, validators, listed pages, host errors. */
package org.attache.store.watch;
