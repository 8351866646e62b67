/**
 * The Code and Cluster stages' records: events coded in PLOVER (with CAMEO codes), their actors, dates
 * and evidence, and the stories that group one event's reports across outlets.
 */
package org.attache.api.events;
