/** Typed configuration records, one per component, with their defaults in one place. */
package org.attache.api.config;
