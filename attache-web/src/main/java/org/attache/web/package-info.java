/**
 * The reading room's server: {@link org.attache.web.WebServer} (Javalin, security headers, JSON errors,
 * static files), {@link org.attache.web.WebConfig} (bind, port, data folder, token mode) and
 * {@link org.attache.web.WebAuth} (who may write: everyone on loopback, the token holder otherwise).
 */
package org.attache.web;
