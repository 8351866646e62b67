/**
 * Language identification of article text (ISO 639-1), with optimaize language-detector profiles loaded
 * once and shared; a page's declared language is preferred when the text agrees with it.
 */
package org.attache.extract.lang;
