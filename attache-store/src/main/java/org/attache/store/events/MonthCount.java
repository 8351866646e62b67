package org.attache.store.events;

import org.attache.api.events.PloverType;

/**
 * How many events of one type a month holds, for the relations timeline.
 *
 * @param month "2025-01"; "--04" when the year is unknown; "2025" for events dated to a year only
 * @param type  the PLOVER type
 * @param count events of that type in that month
 */
public record MonthCount(String month, PloverType type, int count) {
}
