package org.socialprotection.map.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.socialprotection.map.atlas.PartialDate;
import org.socialprotection.map.scheme.SchemeView;

/**
 * The starts and ends of a country's published schemes, earliest first. Dates are as precise as their sources
 * ("2004", "2004-08"), so a year comes before the months of that year. Reforms are the changes researchers
 * recorded between a scheme's start and end, each with what changed.
 */
record SchemeTimeline(List<Event> events) {

    enum Kind { START, REFORM, END }

    /**
     * {@code detail} is what a reform changed, null for starts and ends; {@code detailLanguage} the language it is
     * shown in (the reader's when translated, else the original's).
     */
    record Event(String date, Kind kind, long scheme, String name, String detail, String detailLanguage) {

        /** Whether the detail is shown in another language than the reader's, so marked with its own. */
        public boolean fallback(String readerLanguage) {
            return detailLanguage != null && !detailLanguage.equals(readerLanguage);
        }

        public String messageKey() {
            return switch (kind) {
                case START -> "timeline.start";
                case REFORM -> "timeline.reform";
                case END -> "timeline.end";
            };
        }
    }

    static SchemeTimeline of(List<SchemeView> schemes) {
        List<Event> events = new ArrayList<>();
        for (SchemeView s : schemes) {
            add(events, s.startDate(), Kind.START, s, null, null);
            s.reforms().forEach(r -> add(events, r.date(), Kind.REFORM, s, r.description(),
                    r.descriptionLanguage()));
            add(events, s.endDate(), Kind.END, s, null, null);
        }
        events.sort(Comparator.comparing(Event::date).thenComparing(Event::kind).thenComparing(Event::name));
        return new SchemeTimeline(List.copyOf(events));
    }

    /** A date that is not a partial date is left out rather than put in a wrong place. */
    private static void add(List<Event> events, String date, Kind kind, SchemeView scheme, String detail,
                            String detailLanguage) {
        if (date == null || date.isBlank()) {
            return;
        }
        try {
            events.add(new Event(PartialDate.parse(date).value(), kind, scheme.id(), scheme.name(), detail,
                    detailLanguage));
        } catch (IllegalArgumentException e) {
            // not a date the timeline can place
        }
    }
}
