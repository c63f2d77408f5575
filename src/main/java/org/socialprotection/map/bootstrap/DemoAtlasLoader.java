package org.socialprotection.map.bootstrap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.PartialDate;
import org.socialprotection.map.atlas.Source;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.country.Countries;
import org.socialprotection.map.geo.GeoJsonDecoder;
import org.socialprotection.map.indicator.Indicator;
import org.socialprotection.map.indicator.IndicatorValue;
import org.socialprotection.map.indicator.IndicatorValues;
import org.socialprotection.map.indicator.Indicators;
import org.socialprotection.map.observation.Component;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.ObservationPlacement;
import org.socialprotection.map.observation.ObservationTexts;
import org.socialprotection.map.publication.PublicationTexts;
import org.socialprotection.map.translation.TranslationDesk;
import org.socialprotection.map.workspace.Actor;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.observation.PlaceType;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.publication.Publication;
import org.socialprotection.map.publication.PublicationFiles;
import org.socialprotection.map.publication.PublicationType;
import org.socialprotection.map.publication.Publications;
import org.socialprotection.map.publication.Segment;
import org.socialprotection.map.scheme.BenefitForm;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.CoverageFigure;
import org.socialprotection.map.scheme.SchemeReform;
import org.socialprotection.map.scheme.CoverageStatus;
import org.socialprotection.map.scheme.Participation;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.scheme.SchemeStatus;
import org.socialprotection.map.scheme.SchemeType;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.workflow.AtlasRecord;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.socialprotection.map.bootstrap.DemoFiles.*;

/**
 * Loads data/demo, the published demo atlas, in one transaction: all of it or, with a message naming the file,
 * the record and the field, nothing. Records go through the same rules as a researcher's (a source on every record,
 * a point inside its country).
 */
@Service
class DemoAtlasLoader {

    static final String DATASET = "demo";
    static final String LOADER = "atlas-loader";
    private static final Logger log = LoggerFactory.getLogger(DemoAtlasLoader.class);

    private final DataLoads loads;
    private final Countries countries;
    private final Schemes schemes;
    private final Observations observations;
    private final ObservationPlacement placement;
    private final Publications publications;
    private final PublicationFiles files;
    private final Indicators indicators;
    private final IndicatorValues indicatorValues;
    private final TranslationDesk translations;
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    DemoAtlasLoader(DataLoads loads, Countries countries, Schemes schemes, Observations observations,
                    ObservationPlacement placement, Publications publications, PublicationFiles files,
                    Indicators indicators, IndicatorValues indicatorValues, TranslationDesk translations) {
        this.translations = translations;
        this.loads = loads;
        this.countries = countries;
        this.schemes = schemes;
        this.observations = observations;
        this.placement = placement;
        this.publications = publications;
        this.files = files;
        this.indicators = indicators;
        this.indicatorValues = indicatorValues;
    }

    @Transactional
    public void loadIfMissing() {
        if (!loads.loaded(DATASET)) {
            load();
        }
    }

    /** Runs inside the caller's transaction, so that a mistake anywhere leaves nothing behind. */
    void load() {
        byte[] schemeFile = loads.read("demo/schemes.json");
        byte[] observationFile = loads.read("demo/observations.geojson");
        byte[] publicationFile = loads.read("demo/publications.json");
        byte[] indicatorFile = loads.read("demo/indicators.json");

        Map<String, Scheme> schemesByKey = new HashMap<>();
        for (SchemeEntry entry : json.readValue(schemeFile, new TypeReference<List<SchemeEntry>>() { })) {
            schemesByKey.put(entry.key(), schemes.save(within("schemes.json", entry.key(), () -> scheme(entry))));
        }
        Map<String, Observation> observationsByKey = new HashMap<>();
        for (GeoJsonDecoder.Feature feature : features(observationFile)) {
            ObservationProperties properties = json.treeToValue(feature.properties(), ObservationProperties.class);
            Observation saved = observations.save(within("observations.geojson", properties.key(),
                    () -> observation(feature, properties, schemesByKey)));
            observationsByKey.put(properties.key(), saved);
            within("observations.geojson", properties.key(), () -> translate(saved, properties.translations()));
        }
        List<PublicationEntry> publicationEntries = json.readValue(publicationFile,
                new TypeReference<List<PublicationEntry>>() { });
        List<byte[]> audioFiles = new ArrayList<>();
        for (PublicationEntry entry : publicationEntries) {
            Publication saved = publications.save(within("publications.json", entry.key(),
                    () -> publication(entry, schemesByKey, observationsByKey)));
            within("publications.json", entry.key(), () -> translate(saved, entry.translations()));
            if (entry.audio() != null) {
                byte[] audio = loads.read(entry.audio());
                audioFiles.add(audio);
                within("publications.json", entry.key(), () -> files.attach(saved.getId(),
                        new ByteArrayResource(audio), audio.length, entry.audio(), "demo"));
            }
        }
        IndicatorFile indicatorEntries = json.readValue(indicatorFile, IndicatorFile.class);
        indicatorEntries.indicators().forEach(i -> indicators.save(new Indicator(i.code(), i.names().get("en"),
                i.names().get("fr"), i.names().get("es"), i.unit(), i.description())));
        indicators.flush();
        for (ValueEntry v : indicatorEntries.values()) {
            indicatorValues.save(within("indicators.json", v.country() + "/" + v.indicator() + "/" + v.year(),
                    () -> indicatorValue(v)));
        }
        int records = schemesByKey.size() + observationsByKey.size() + publicationEntries.size()
                + indicatorEntries.values().size();
        List<byte[]> dataset = new ArrayList<>(List.of(schemeFile, observationFile, publicationFile, indicatorFile));
        dataset.addAll(audioFiles);
        loads.record(DATASET, DataLoads.checksum(dataset), records);
        log.info("Loaded the demo atlas: {} schemes, {} observations, {} publications, {} indicator values",
                schemesByKey.size(), observationsByKey.size(), publicationEntries.size(),
                indicatorEntries.values().size());
    }

    private Scheme scheme(SchemeEntry e) {
        Scheme s = new Scheme(e.key(), country(e.country()), e.officialName());
        Map<String, String> names = e.names() == null ? Map.of() : e.names();
        s.setNames(names.get("en"), names.get("fr"), names.get("es"));
        s.setAcronym(e.acronym());
        s.setDescription(e.description());
        s.getBranches().addAll(codes(e.branches(), Branch.class, "branches"));
        s.setType(code(e.type(), SchemeType.class, "type"));
        s.setParticipation(code(e.participation(), Participation.class, "participation"));
        s.getBenefitForms().addAll(codes(e.benefitForms(), BenefitForm.class, "benefitForms"));
        for (CoverageEntry c : list(e.coverage())) {
            s.setCoverage(code(c.group(), WorkerGroup.class, "coverage.group"),
                    code(c.status(), CoverageStatus.class, "coverage.status"), c.reason());
        }
        for (FigureEntry f : list(e.effectiveCoverage())) {
            s.getCoverageFigures().add(new CoverageFigure(f.value(), f.unit(), f.year(),
                    code(f.group(), WorkerGroup.class, "effectiveCoverage.group"), f.sourceTitle(), f.sourceUrl()));
        }
        for (ReformEntry r : list(e.reforms())) {
            PartialDate date = PartialDate.parse(r.date());
            s.getReforms().add(new SchemeReform(date.value(), date.year(), r.description(),
                    code(r.group(), WorkerGroup.class, "reforms.group"),
                    code(r.before(), CoverageStatus.class, "reforms.before"), r.sourceTitle(), r.sourceUrl()));
        }
        SchemeStatus status = code(e.status(), SchemeStatus.class, "status");
        s.setSchemeStatus(status == null ? SchemeStatus.ACTIVE : status);
        s.setPeriod(PartialDate.parse(e.startDate()), PartialDate.parse(e.endDate()));
        s.setInstitution(e.institution());
        s.setLegalBasis(e.legalBasis());
        s.setNote(e.note());
        s.getSources().addAll(sources(e.sources()));
        return published(s, e.demo());
    }

    private static List<GeoJsonDecoder.Feature> features(byte[] collection) {
        try {
            return GeoJsonDecoder.features(collection);
        } catch (GeoJsonDecoder.InvalidGeoJson e) {
            throw new IllegalStateException("data/demo/observations.geojson: " + e.getMessage(), e);
        }
    }

    private Observation observation(GeoJsonDecoder.Feature feature, ObservationProperties p,
                                    Map<String, Scheme> schemesByKey) {
        Geometry geometry;
        try {
            geometry = feature.geometry();
        } catch (GeoJsonDecoder.InvalidGeoJson e) {
            throw new IllegalArgumentException("geometry: " + e.getMessage(), e);
        }
        if (!(geometry instanceof Point point)) {
            throw new IllegalArgumentException("geometry: expected a Point [longitude, latitude]");
        }
        Observation o = new Observation(p.key(), required(code(p.kind(), Kind.class, "kind"), "kind"), p.title());
        o.setNarrative(p.narrative());
        o.setPlaceName(p.placeName());
        PlaceType placeType = code(p.placeType(), PlaceType.class, "placeType");
        o.setPlaceType(placeType == null ? PlaceType.OTHER : placeType);
        Privacy privacy = code(p.privacy(), Privacy.class, "privacy");
        placement.place(o, point, privacy == null ? Privacy.EXACT : privacy, p.country());
        o.getGroups().addAll(codes(p.groups(), WorkerGroup.class, "groups"));
        o.getComponents().addAll(codes(p.components(), Component.class, "components"));
        o.getBranches().addAll(codes(p.branches(), Branch.class, "branches"));
        for (String key : list(p.schemes())) {
            o.getSchemes().add(lookup(schemesByKey, key, "schemes"));
        }
        o.setObserved(PartialDate.parse(p.observedFrom()), PartialDate.parse(p.observedTo()));
        o.getSources().addAll(sources(p.sources()));
        return published(o, p.demo());
    }

    /** The demo's translations are published with the records: the demo shows what readers get. */
    private Observation translate(Observation o, Map<String, Map<String, String>> byLanguage) {
        if (byLanguage == null) {
            return o;
        }
        observations.flush();
        publishTranslations(ObservationTexts.TYPE, ObservationTexts.FIELDS, o.getId(), byLanguage);
        return o;
    }

    /** Saves and publishes a record's translations of the given fields, language by language. */
    private void publishTranslations(String type, List<String> fields, long id,
                                     Map<String, Map<String, String>> byLanguage) {
        Actor loader = new Actor(LOADER, true);
        byLanguage.forEach((code, texts) -> {
            Language language = Language.of(code).orElseThrow(() ->
                    new IllegalArgumentException("translations: no language '" + code + "'"));
            if (!fields.containsAll(texts.keySet())) {
                throw new IllegalArgumentException("translations." + code + ": only " + fields);
            }
            translations.save(type, id, language, texts, false, loader);
            translations.publish(type, id, language, loader);
        });
    }

    /** A brief's or podcast's translations, published with it as an observation's are. */
    private Publication translate(Publication p, Map<String, Map<String, String>> byLanguage) {
        if (byLanguage == null) {
            return p;
        }
        publications.flush();
        // and its chapters' titles, by their position ("segment.0")
        List<String> fields = new ArrayList<>(PublicationTexts.FIELDS);
        for (int i = 0; i < p.getSegments().size(); i++) {
            fields.add(PublicationTexts.segment(i));
        }
        publishTranslations(PublicationTexts.TYPE, fields, p.getId(), byLanguage);
        return p;
    }

    private Publication publication(PublicationEntry e, Map<String, Scheme> schemesByKey,
                                    Map<String, Observation> observationsByKey) {
        Publication p = new Publication(e.key(), required(code(e.type(), PublicationType.class, "type"), "type"),
                e.title(), e.language() == null ? "en" : e.language());
        p.setSummary(e.summary());
        p.setPublishedOn(PartialDate.parse(e.date()));
        p.getAuthors().addAll(list(e.authors()));
        p.setUrl(e.url());
        p.setDurationSeconds(e.durationSeconds());
        p.setTranscript(e.transcript());
        list(e.countries()).forEach(c -> p.getCountries().add(country(c)));
        list(e.observations()).forEach(k -> p.getObservations().add(lookup(observationsByKey, k, "observations")));
        list(e.schemes()).forEach(k -> p.getSchemes().add(lookup(schemesByKey, k, "schemes")));
        for (DemoFiles.SegmentEntry g : list(e.segments())) {
            Long observation = g.observation() == null ? null
                    : lookup(observationsByKey, g.observation(), "segments").getId();
            p.getSegments().add(new Segment(g.start(), g.title(), observation,
                    g.country() == null ? null : country(g.country())));
        }
        if (p.getUrl() == null && e.audio() == null) {
            throw new IllegalArgumentException("url: a demo publication must point at the real document, or be a"
                    + " synthetic episode with its own audio");
        }
        return published(p, e.demo());
    }

    private IndicatorValue indicatorValue(ValueEntry v) {
        if (!indicators.existsById(v.indicator())) {
            throw new IllegalArgumentException("indicator: unknown indicator '" + v.indicator() + "'");
        }
        return published(new IndicatorValue(country(v.country()), v.indicator(), v.year(), v.value(), v.unit(),
                v.sourceTitle(), v.sourceUrl()), v.demo());
    }

    private <R extends AtlasRecord> R published(R record, boolean demo) {
        record.setDemo(demo);
        record.setStatus(PublicationStatus.PUBLISHED);
        record.createdBy(LOADER);
        return record;
    }

    private String country(String iso3) {
        if (iso3 == null || !countries.existsById(iso3.toUpperCase())) {
            throw new IllegalArgumentException("country: unknown ISO 3166-1 alpha-3 code '" + iso3 + "'");
        }
        return iso3.toUpperCase();
    }

    private static List<Source> sources(List<SourceEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw new IllegalArgumentException("sources: every record needs at least one source");
        }
        List<Source> result = new ArrayList<>();
        for (SourceEntry s : entries) {
            if (s.title() == null || s.title().isBlank()) {
                throw new IllegalArgumentException("sources: a source needs a title");
            }
            result.add(new Source(s.title(), s.url(), s.accessed()));
        }
        return result;
    }

    private static <E extends Enum<E> & Coded> E code(String value, Class<E> type, String field) {
        if (value == null) {
            return null;
        }
        return Coded.find(type, value).orElseThrow(() -> new IllegalArgumentException(field + ": unknown value '"
                + value + "'; expected one of " + Coded.codes(type)));
    }

    private static <E extends Enum<E> & Coded> List<E> codes(List<String> values, Class<E> type, String field) {
        return list(values).stream().map(v -> code(v, type, field)).toList();
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": required");
        }
        return value;
    }

    private static <T> T lookup(Map<String, T> byKey, String key, String field) {
        T value = byKey.get(key);
        if (value == null) {
            throw new IllegalArgumentException(field + ": no record with key '" + key + "'");
        }
        return value;
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static <T> T within(String file, String key, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("data/demo/" + file + ", record '" + key + "': " + e.getMessage(), e);
        }
    }
}
