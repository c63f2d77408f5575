package org.socialprotection.map.support;

import java.util.List;
import org.socialprotection.map.atlas.Source;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.geo.Geometries;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.ObservationPlacement;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.observation.PlaceType;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.publication.Publication;
import org.socialprotection.map.publication.PublicationType;
import org.socialprotection.map.publication.Publications;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.stereotype.Component;

/** Records made for one test, inside its transaction so that they are rolled back after it. */
@Component
public class Fixtures {

    public static final Source TEST_SOURCE = new Source("Test fixture", "https://example.org/fixture", null);

    private final Observations observations;
    private final ObservationPlacement placement;
    private final Schemes schemes;
    private final Publications publications;

    Fixtures(Observations observations, ObservationPlacement placement, Schemes schemes, Publications publications) {
        this.observations = observations;
        this.placement = placement;
        this.schemes = schemes;
        this.publications = publications;
    }

    /** Suva lies at 178.44 E: just west of the antimeridian. */
    public Observation suvaMarket(PublicationStatus status) {
        return observation("test-suva-market", Kind.INCLUSION, 178.4419, -18.1416, "FJI", Privacy.EXACT, status);
    }

    /** Lakeba, in Fiji's Lau islands, lies at 178.8 W: just east of the antimeridian. */
    public Observation lakebaVillage(PublicationStatus status) {
        return observation("test-lakeba", Kind.EXCLUSION, -178.80, -18.20, "FJI", Privacy.EXACT, status);
    }

    public Observation observation(String slug, Kind kind, double lon, double lat, String iso3, Privacy privacy,
                                   PublicationStatus status) {
        Observation o = new Observation(slug, kind, "Fixture " + slug);
        o.setPlaceType(PlaceType.MARKET);
        placement.place(o, Geometries.point(lon, lat), privacy, iso3);
        o.getGroups().add(WorkerGroup.STREET_VENDORS);
        o.getSources().add(TEST_SOURCE);
        o.setStatus(status);
        o.createdBy("test");
        return observations.saveAndFlush(o);
    }

    /** Removes a record a test committed, so that other tests see the demo atlas alone. */
    public void delete(Observation observation) {
        observations.deleteById(observation.getId());
    }

    public void deleteBySlug(String slug) {
        observations.findBySlug(slug).ifPresent(o -> observations.deleteById(o.getId()));
    }

    public Scheme scheme(String slug, String iso3, Branch branch, PublicationStatus status) {
        Scheme s = new Scheme(slug, iso3, "Fixture scheme " + slug);
        s.getBranches().add(branch);
        s.getSources().add(TEST_SOURCE);
        s.setStatus(status);
        s.createdBy("test");
        return schemes.saveAndFlush(s);
    }

    public Publication brief(String slug, PublicationStatus status, List<Observation> about) {
        Publication p = new Publication(slug, PublicationType.BRIEF, "Fixture brief " + slug, "en");
        p.setUrl("https://example.org/" + slug);
        p.getObservations().addAll(about);
        p.setStatus(status);
        p.createdBy("test");
        return publications.saveAndFlush(p);
    }
}
