package org.socialprotection.map.export;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.GeometryType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.locationtech.jts.geom.Point;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.geo.GeoJson.Feature;
import org.socialprotection.map.observation.ObservationQuery;
import org.socialprotection.map.observation.ObservationReader;
import org.socialprotection.map.observation.ObservationView;
import org.springframework.stereotype.Service;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** Writes the observations a filter matches in each export format, streaming a batch at a time. */
@Service
class ObservationExports {

    static final int BATCH = 500;
    /** Columns the GeoPackage holds as its own key and geometry rather than as attributes. */
    private static final Set<String> GEOMETRY_OR_KEY = Set.of("id", "longitude", "latitude");
    /** Excel reads a CSV as UTF-8 only when it starts with a byte order mark. */
    static final String BOM = "\uFEFF";

    private final ObservationReader reader;
    private final JsonMapper json;

    ObservationExports(ObservationReader reader, JsonMapper json) {
        this.reader = reader;
        this.json = json;
    }

    /** Refuses filters the reader would refuse, while a 400 can still be sent: before the download starts. */
    void check(ObservationQuery query) {
        reader.check(query);
    }

    void write(ExportFormat format, ObservationQuery query, Language language, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> csv(query, language, out);
            case GEOJSON -> geojson(query, language, out);
            case GPKG -> geopackage(query, language, out);
        }
    }

    private void csv(ObservationQuery query, Language language, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(ObservationColumns.ALL.stream().map(ObservationColumns.Column::name).toArray(String[]::new))
                .get());
        reader.forEachBatch(query, language, BATCH, batch -> {
            try {
                for (Feature<ObservationView> f : batch) {
                    List<Object> row = new ArrayList<>();
                    ObservationColumns.ALL.forEach(c -> row.add(CsvCells.cell(c.value().apply(f))));
                    csv.printRecord(row);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    private void geojson(ObservationQuery query, Language language, OutputStream out) {
        try (JsonGenerator gen = json.createGenerator(out)) {
            gen.writeStartObject();
            gen.writeStringProperty("type", "FeatureCollection");
            gen.writeName("features");
            gen.writeStartArray();
            reader.forEachBatch(query, language, BATCH, batch -> batch.forEach(f -> json.writeValue(gen, f)));
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }

    private void geopackage(ObservationQuery query, Language language, OutputStream out) throws IOException {
        File file = Files.createTempFile("observations", ".gpkg").toFile();
        Files.delete(file.toPath());
        try {
            GeoPackageManager.create(file);
            GeoPackage geoPackage = GeoPackageManager.open(file);
            try {
                GeometryColumns geometry = new GeometryColumns();
                geometry.setId(new TableColumnKey("observations", "geom"));
                geometry.setGeometryType(GeometryType.POINT);
                geometry.setZ((byte) 0);
                geometry.setM((byte) 0);
                geometry.setSrsId(4326);
                List<FeatureColumn> columns = new ArrayList<>();
                for (ObservationColumns.Column c : ObservationColumns.ALL) {
                    if (!GEOMETRY_OR_KEY.contains(c.name())) {
                        columns.add(FeatureColumn.createColumn(c.name(), c.name().equals("demo")
                                ? GeoPackageDataType.BOOLEAN : GeoPackageDataType.TEXT));
                    }
                }
                columns.add(FeatureColumn.createColumn("observation_id", GeoPackageDataType.INTEGER));
                geoPackage.createFeatureTable(FeatureTableMetadata.create(geometry, columns));
                FeatureDao dao = geoPackage.getFeatureDao("observations");
                geoPackage.beginTransaction();
                reader.forEachBatch(query, language, BATCH, batch -> {
                    for (Feature<ObservationView> f : batch) {
                        FeatureRow row = dao.newRow();
                        Point p = (Point) f.geometry();
                        row.setGeometry(GeoPackageGeometryData.create(4326, new mil.nga.sf.Point(p.getX(), p.getY())));
                        for (ObservationColumns.Column c : ObservationColumns.ALL) {
                            if (!GEOMETRY_OR_KEY.contains(c.name())) {
                                Object value = c.value().apply(f);
                                row.setValue(c.name(), value instanceof Boolean || value == null ? value : String.valueOf(value));
                            }
                        }
                        row.setValue("observation_id", f.properties().id());
                        dao.create(row);
                    }
                });
                geoPackage.endTransaction(true);
            } finally {
                geoPackage.close();
            }
            Files.copy(file.toPath(), out);
        } finally {
            Files.deleteIfExists(file.toPath());
        }
    }
}
