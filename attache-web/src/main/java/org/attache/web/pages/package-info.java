/**
 * Server-rendered HTML pages of the reading room (home, search, article, entity, relationship, graph,
 * feed): handlers that read the store and JTE templates that escape every value by default. Scripts are
 * limited to the relationship chart and the meetings graph, served from {@code /static/}.
 */
package org.attache.web.pages;
