package org.attache.api;

/** The kinds of text span the Annotate stage marks. */
public enum MentionType {
    PERSON, ORGANIZATION, LOCATION, DATE, TITLE, EVENT, MISC;

    /** True for the types that become entities in the registry (not DATE or TITLE). */
    public boolean isEntity() {
        return this != DATE && this != TITLE;
    }
}
