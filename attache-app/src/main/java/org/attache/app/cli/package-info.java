/** The {@code attache} commands (picocli): one class per command, shared options as mixins. */
package org.attache.app.cli;
