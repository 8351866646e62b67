package org.attache.store.events;

/** What the nodes of the "who met whom" graph are: registry persons, or countries. */
public enum GraphLevel {
    PERSON, COUNTRY
}
