/**
 * The JSON API under {@code /api}, documented by {@code org/attache/web/openapi.yaml} (served at
 * {@code /api/openapi.yaml}): route handlers, parameter checks that name the parameter at fault, and
 * JSON errors.
 */
package org.attache.web.api;
