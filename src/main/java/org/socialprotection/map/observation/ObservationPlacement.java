package org.socialprotection.map.observation;

import org.locationtech.jts.geom.Point;
import org.socialprotection.map.atlas.Wording;
import org.socialprotection.map.country.Countries;
import org.socialprotection.map.country.CountryLocator;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;

/**
 * Puts an observation in its country. Without a country, the point decides; with one, a point that falls in
 * another country is refused with a message naming both, since a swapped latitude and longitude or a wrong country
 * code is the most common mistake in field data. The message names the countries in the reader's language: its
 * arguments are resolved when a form or an import report shows it.
 */
@Service
public class ObservationPlacement {

    private final CountryLocator locator;
    private final Countries countries;

    ObservationPlacement(CountryLocator locator, Countries countries) {
        this.locator = locator;
        this.countries = countries;
    }

    public void place(Observation observation, Point location, Privacy privacy, String givenIso3) {
        placeIn(observation, location, privacy, countryFor(location, givenIso3));
    }

    /** Places an observation in the country {@link #countryFor} has just given for this point. */
    public void placeIn(Observation observation, Point location, Privacy privacy, String iso3) {
        observation.place(location, privacy, iso3);
    }

    /** The country of a point: the given one if the point falls in it, else the point's own; refused with a reason. */
    public String countryFor(Point location, String givenIso3) {
        String found = locator.countryOf(location).orElse(null);
        double x = location.getX();
        double y = location.getY();
        if (found == null && !locator.isOnLand(location)) {
            // the commonest cause is a click beside the coast or coordinates with too few decimals
            throw new PlacementException("error.atSea", "the point (" + x + ", " + y + ") is at sea, more than about"
                    + " 3 km from any coast; check the coordinates (longitude first)", x, y);
        }
        if (givenIso3 == null) {
            if (found == null) {
                throw new PlacementException("error.placement.noCountry", "the point (" + x + ", " + y
                        + ") is in no country; give the country or check the coordinates (longitude first)", x, y);
            }
            return found;
        }
        String iso3 = givenIso3.toUpperCase();
        if (!locator.isCountry(iso3)) {
            throw new PlacementException("error.placement.unknownCountry", "unknown country code '" + givenIso3 + "'",
                    givenIso3);
        }
        if (!iso3.equals(found)) {
            if (found == null) {
                throw new PlacementException("error.placement.notIn", "the point (" + x + ", " + y
                        + ") falls in no country, not in " + describe(iso3), x, y, name(iso3));
            }
            throw new PlacementException("error.placement.otherCountry", "the point (" + x + ", " + y + ") falls in "
                    + describe(found) + ", not in " + describe(iso3), x, y, name(found), name(iso3));
        }
        return iso3;
    }

    private String describe(String iso3) {
        return countries.findById(iso3).map(c -> c.getNameEn() + " (" + iso3 + ")").orElse(iso3);
    }

    /** A country's name and code in the reader's language, resolved when the message is shown. */
    private MessageSourceResolvable name(String iso3) {
        return countries.findById(iso3)
                .map(c -> Wording.named(c.getNameEn(), c.getNameFr(), c.getNameEs(), iso3))
                .orElseGet(() -> Wording.named(iso3, iso3, iso3, iso3));
    }

    /** A placement the caller must correct; {@link #code()} names its message in the workspace's bundles. */
    public static class PlacementException extends IllegalArgumentException {
        private final String code;
        private final transient Object[] arguments;

        PlacementException(String code, String message, Object... arguments) {
            super(message);
            this.code = code;
            this.arguments = arguments;
        }

        public String code() {
            return code;
        }

        /** The message's arguments: coordinates as numbers and countries as resolvables, in any language. */
        public Object[] arguments() {
            return arguments.clone();
        }
    }
}
