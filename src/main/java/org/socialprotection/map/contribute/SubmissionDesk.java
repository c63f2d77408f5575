package org.socialprotection.map.contribute;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.locationtech.jts.geom.Point;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.NotFoundException;
import org.socialprotection.map.atlas.PartialDate;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.country.CountryLocator;
import org.socialprotection.map.geo.Geometries;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.ObservationPlacement;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.workspace.FieldChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Receives submissions: every field checked as the observation editor checks its own (the same limits, the same
 * placement on land and in the country), each mistake reported on its field, and nothing stored until all pass.
 * Also empties the contact details once the retention has passed.
 */
@Service
@Transactional
class SubmissionDesk {

    private static final Logger log = LoggerFactory.getLogger(SubmissionDesk.class);
    static final int STORY = 4000;
    static final int CONTACT = 400;
    /** 20 characters of 32 letters and digits: 100 bits, not guessable, and easy to read out on the phone. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int REFERENCE_LENGTH = 20;

    private final Submissions submissions;
    private final ObservationPlacement placement;
    private final CountryLocator locator;
    private final ContributeSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    SubmissionDesk(Submissions submissions, ObservationPlacement placement, CountryLocator locator,
                   ContributeSettings settings) {
        this(submissions, placement, locator, settings, Clock.systemUTC());
    }

    SubmissionDesk(Submissions submissions, ObservationPlacement placement, CountryLocator locator,
                   ContributeSettings settings, Clock clock) {
        this.submissions = submissions;
        this.placement = placement;
        this.locator = locator;
        this.settings = settings;
        this.clock = clock;
    }

    /** Checks and stores a submission; null when {@code errors} says what to correct. */
    Submission receive(SubmissionForm form, Errors errors, String channel, Language language) {
        Kind kind = FieldChecks.code(form.getKind(), Kind.class, "kind", errors);
        WorkerGroup group = FieldChecks.code(form.getGroup(), WorkerGroup.class, "group", errors);
        String story = FieldChecks.required(form.getStory(), "story", STORY, errors);
        String placeName = FieldChecks.optional(form.getPlaceName(), "placeName", FieldChecks.NAME, errors);
        Privacy privacy = privacy(form.getPrivacy(), errors);
        PartialDate observed = observedOn(form.getObservedOn(), errors);
        String scheme = FieldChecks.optional(form.getSchemeName(), "schemeName", FieldChecks.NAME, errors);
        String source = FieldChecks.optional(form.getSource(), "source", FieldChecks.SOURCE_TITLE, errors);
        String sourceUrl = FieldChecks.url(form.getSourceUrl(), "sourceUrl", errors);
        if (source == null && sourceUrl == null && !form.isWitnessed() && !errors.hasFieldErrors("source")
                && !errors.hasFieldErrors("sourceUrl")) {
            errors.rejectValue("source", "contribute.error.source",
                    "give a source, or tick 'witnessed by our organisation'");
        }
        String organisation = FieldChecks.required(form.getOrganisation(), "organisation", FieldChecks.NAME, errors);
        String contact = FieldChecks.optional(form.getContact(), "contact", CONTACT, errors);
        if (!form.isConsent()) {
            errors.rejectValue("consent", "contribute.error.consent",
                    "an editor may only publish it with your consent: tick the box");
        }
        String country = FieldChecks.upper(form.getCountry());
        Point point = point(form, errors);
        if (point != null) {
            try {
                country = placement.countryFor(point, country);
            } catch (ObservationPlacement.PlacementException e) {
                boolean atSea = e.code().equals("error.atSea");
                errors.rejectValue(atSea || country == null ? "lat" : "country",
                        atSea ? e.code() : "contribute.error.placement", e.getMessage());
            }
        } else if (!errors.hasFieldErrors("lat") && !errors.hasFieldErrors("lon")) {
            if (placeName == null && !errors.hasFieldErrors("placeName")) {
                errors.rejectValue("placeName", "contribute.error.where",
                        "say where: click the map, find a place, or type the place and its country");
            }
            if (country == null) {
                errors.rejectValue("country", "contribute.error.country",
                        "without coordinates, choose the country");
            } else if (!country.matches("[A-Z]{3}") || !locator.isCountry(country)) {
                errors.rejectValue("country", "forms.error.country", "no country has the code '" + country + "'");
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        Submission s = new Submission(newReference(), clock.instant(), channel, language.code());
        s.describe(kind, group, story, observed.value(), scheme);
        s.place(placeName, country, point == null ? null : point.getX(), point == null ? null : point.getY(), privacy);
        s.attribute(organisation, contact, source, sourceUrl, form.isWitnessed());
        return submissions.save(s);
    }

    /** The submission a reference names: 404 for any other text, with the same words for all. */
    @Transactional(readOnly = true)
    Submission byReference(String reference) {
        String normal = reference == null ? "" : reference.trim().toUpperCase(Locale.ROOT);
        if (!normal.matches("[" + ALPHABET + "]{" + REFERENCE_LENGTH + "}")) {
            throw new NotFoundException("submission", reference);
        }
        return submissions.findByReference(normal).orElseThrow(() -> new NotFoundException("submission", reference));
    }

    /** Runs every hour: contact details older than the retention are emptied. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void forgetOldContacts() {
        int forgotten = forgetContacts();
        if (forgotten > 0) {
            log.info("Deleted the contact details of {} submissions older than {} days", forgotten,
                    settings.retentionDays());
        }
    }

    /** Empties the contact details received longer ago than the retention; returns how many. */
    int forgetContacts() {
        Instant now = clock.instant();
        return submissions.forgetContactsReceivedBefore(now.minus(settings.contactRetention()), now);
    }

    private String newReference() {
        StringBuilder reference = new StringBuilder(REFERENCE_LENGTH);
        for (int i = 0; i < REFERENCE_LENGTH; i++) {
            reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    /** Approximate (the default) or city: a submission never asks for its exact site to be shown. */
    private static Privacy privacy(String text, Errors errors) {
        String value = FieldChecks.blankToNull(text);
        if (value == null) {
            return Privacy.APPROXIMATE;
        }
        Privacy privacy = Coded.find(Privacy.class, value).orElse(null);
        if (privacy != Privacy.APPROXIMATE && privacy != Privacy.CITY) {
            errors.rejectValue("privacy", "contribute.error.privacy", "choose approximate or city");
            return null;
        }
        return privacy;
    }

    private PartialDate observedOn(String text, Errors errors) {
        if (FieldChecks.blankToNull(text) == null) {
            errors.rejectValue("observedOn", "error.required", "required");
            return null;
        }
        PartialDate date = FieldChecks.date(text, "observedOn", errors);
        if (date != null && date.value().compareTo(LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString()
                .substring(0, date.value().length())) > 0) {
            errors.rejectValue("observedOn", "contribute.error.future", "this date is in the future");
            return null;
        }
        return date;
    }

    /** The point, when coordinates are given: both or neither. */
    private static Point point(SubmissionForm form, Errors errors) {
        boolean hasLon = FieldChecks.blankToNull(form.getLon()) != null;
        boolean hasLat = FieldChecks.blankToNull(form.getLat()) != null;
        if (!hasLon && !hasLat) {
            return null;
        }
        Double lon = coordinate(form.getLon(), "lon", 180, errors);
        Double lat = coordinate(form.getLat(), "lat", 90, errors);
        return lon == null || lat == null ? null : Geometries.point(lon, lat);
    }

    private static Double coordinate(String text, String field, double limit, Errors errors) {
        Double value = FieldChecks.number(text, field, errors);
        if (value != null && Math.abs(value) > limit) {
            errors.rejectValue(field, "error.range", new Object[] {String.valueOf(-limit), String.valueOf(limit)},
                    "must be within " + -limit + ".." + limit);
            return null;
        }
        return value;
    }
}
