package org.socialprotection.map.bootstrap;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialprotection.map.country.Country;
import org.socialprotection.map.geo.GeoJsonDecoder;
import org.socialprotection.map.geo.Geometries;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads data/boundaries: every ISO 3166-1 country with its names, boundary, display geometry and label point. */
@Component
class BoundaryLoader {

    static final String DATASET = "boundaries";
    private static final Logger log = LoggerFactory.getLogger(BoundaryLoader.class);

    private final DataLoads loads;
    private final EntityManager entityManager;

    BoundaryLoader(DataLoads loads, EntityManager entityManager) {
        this.loads = loads;
        this.entityManager = entityManager;
    }

    @Transactional
    public void loadIfMissing() {
        if (loads.loaded(DATASET)) {
            return;
        }
        byte[] csv = loads.read("boundaries/countries.csv");
        byte[] display = loads.read("boundaries/display.geojson");
        byte[] precise = loads.read("boundaries/boundaries.geojson");
        Map<String, MultiPolygon> displayGeometries = geometries(display, "display.geojson");
        Map<String, MultiPolygon> boundaries = geometries(precise, "boundaries.geojson");
        int count = 0;
        for (CSVRecord row : rows(csv)) {
            String iso3 = row.get("iso3");
            Country country = new Country(iso3, blank(row.get("iso2")), blank(row.get("numeric")), row.get("name_en"),
                    row.get("name_fr"), row.get("name_es"), blank(row.get("region")), blank(row.get("subregion")));
            Point label = row.get("label_lon").isBlank() ? null
                    : Geometries.point(Double.parseDouble(row.get("label_lon")), Double.parseDouble(row.get("label_lat")));
            country.setGeometries(boundaries.get(iso3), displayGeometries.getOrDefault(iso3, boundaries.get(iso3)),
                    label);
            entityManager.persist(country);
            count++;
        }
        entityManager.flush();
        loads.record(DATASET, DataLoads.checksum(List.of(csv, display, precise)), count);
        log.info("Loaded {} countries and territories from data/boundaries", count);
    }

    private List<CSVRecord> rows(byte[] csv) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException("countries.csv: " + e.getMessage(), e);
        }
    }

    private Map<String, MultiPolygon> geometries(byte[] geojson, String file) {
        Map<String, MultiPolygon> result = new HashMap<>();
        try {
            for (GeoJsonDecoder.Feature feature : GeoJsonDecoder.features(geojson)) {
                String iso3 = feature.properties().path("iso3").asString(String.valueOf(feature.number()));
                try {
                    result.put(iso3, Geometries.multiPolygon(feature.geometry()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(file + ", feature " + iso3 + ": " + e.getMessage(), e);
                }
            }
        } catch (GeoJsonDecoder.InvalidGeoJson e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
        return result;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
