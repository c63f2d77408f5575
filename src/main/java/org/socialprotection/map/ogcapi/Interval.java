package org.socialprotection.map.ogcapi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The {@code datetime} parameter: an RFC 3339 date-time (an instant), or an interval {@code start/end} whose open end
 * is {@code ..} or empty. A date (YYYY-MM-DD) stands for its whole day in UTC. Null ends are open.
 */
record Interval(Instant start, Instant end) {

    /** Parses the parameter; the message of the exception says what is wrong. */
    static Interval parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length == 1) {
            if (open(parts[0])) {
                throw new IllegalArgumentException("'..' is an open end and needs an interval such as "
                        + "../2020-12-31T23:59:59Z");
            }
            return new Interval(instant(parts[0], false), instant(parts[0], true));
        }
        if (parts.length > 2) {
            throw new IllegalArgumentException("expected a date-time or an interval start/end, got "
                    + parts.length + " parts");
        }
        Instant start = open(parts[0]) ? null : instant(parts[0], false);
        Instant end = open(parts[1]) ? null : instant(parts[1], true);
        if (start == null && end == null) {
            throw new IllegalArgumentException("an interval needs at least one end");
        }
        if (start != null && end != null && start.isAfter(end)) {
            throw new IllegalArgumentException("the interval ends before it starts");
        }
        return new Interval(start, end);
    }

    /** The year, in UTC, the interval starts in; null when open. */
    Integer startYear() {
        return start == null ? null : start.atOffset(ZoneOffset.UTC).getYear();
    }

    Integer endYear() {
        return end == null ? null : end.atOffset(ZoneOffset.UTC).getYear();
    }

    private static boolean open(String part) {
        return part.isBlank() || part.trim().equals("..");
    }

    private static Instant instant(String part, boolean endOfDay) {
        // RFC 3339 allows a lower-case t and z; a '+' of an offset arrives as a space when the client did not encode it
        String value = part.trim().toUpperCase(Locale.ROOT).replace(' ', '+');
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(value);
                return endOfDay ? day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1)
                        : day.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + part.trim() + "' is not an RFC 3339 date-time such as "
                    + "2019-06-01T00:00:00Z (or a date such as 2019-06-01)");
        }
    }
}
