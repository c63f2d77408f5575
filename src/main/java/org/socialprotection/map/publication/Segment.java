package org.socialprotection.map.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.socialprotection.map.atlas.Clock;

/** A part of a podcast episode from {@code startSeconds}, about an observation or a country (either may be absent). */
@Embeddable
public record Segment(
        @Column(name = "start_seconds", nullable = false) int startSeconds,
        @Column(name = "title", nullable = false) String title,
        @Column(name = "observation_id") Long observationId,
        @Column(name = "country_iso3") String countryIso3) {

    /** "5:12" or "1:02:03", as a listener reads a time. */
    public static String clock(int seconds) {
        return Clock.of(seconds);
    }
}
