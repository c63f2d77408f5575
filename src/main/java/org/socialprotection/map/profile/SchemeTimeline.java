package org.socialprotection.map.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.socialprotection.map.atlas.PartialDate;
import org.socialprotection.map.scheme.SchemeView;

/**
 * The starts and ends of a country's published schemes, earliest first. Dates are as precise as their sources
 * ("2004", "2004-08"), so a year comes before the months of that year. The atlas records no reforms: a scheme's
 * changes between its start and end are not events here.
 */
record SchemeTimeline(List<Event> events) {

    enum Kind { START, END }

    record Event(String date, Kind kind, long scheme, String name) {

        public String messageKey() {
            return kind == Kind.START ? "timeline.start" : "timeline.end";
        }
    }

    static SchemeTimeline of(List<SchemeView> schemes) {
        List<Event> events = new ArrayList<>();
        for (SchemeView s : schemes) {
            add(events, s.startDate(), Kind.START, s);
            add(events, s.endDate(), Kind.END, s);
        }
        events.sort(Comparator.comparing(Event::date).thenComparing(Event::kind).thenComparing(Event::name));
        return new SchemeTimeline(List.copyOf(events));
    }

    /** A date that is not a partial date is left out rather than put in a wrong place. */
    private static void add(List<Event> events, String date, Kind kind, SchemeView scheme) {
        if (date == null || date.isBlank()) {
            return;
        }
        try {
            events.add(new Event(PartialDate.parse(date).value(), kind, scheme.id(), scheme.name()));
        } catch (IllegalArgumentException e) {
            // not a date the timeline can place
        }
    }
}
