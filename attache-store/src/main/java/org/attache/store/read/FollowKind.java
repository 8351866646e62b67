package org.attache.store.read;

/** What a user follows: a registry entity (key: its id) or a pair of countries (key: "SGP-VNM"). */
public enum FollowKind {
    ENTITY, PAIR
}
