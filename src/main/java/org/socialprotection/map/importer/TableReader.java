package org.socialprotection.map.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads CSV (UTF-8 with or without BOM, comma or semicolon), XLSX and GeoJSON into a {@link Table}. The format is
 * told by the content, not the file name: a renamed file is read for what it is.
 */
final class TableReader {

    enum Format { CSV, XLSX, GEOJSON }

    /** A file that cannot be read at all, with the reason. */
    static class UnreadableException extends IllegalArgumentException {
        UnreadableException(String message) {
            super(message);
        }
    }

    private TableReader() {
    }

    static Format detect(byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return Format.XLSX;
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).replace("\uFEFF", "")
                .stripLeading();
        return start.startsWith("{") ? Format.GEOJSON : Format.CSV;
    }

    static Table read(byte[] bytes) {
        return switch (detect(bytes)) {
            case XLSX -> xlsx(bytes);
            case GEOJSON -> geojson(bytes);
            case CSV -> csv(bytes);
        };
    }

    static Table csv(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableException("the file is not UTF-8 text: save it as \"CSV UTF-8\"");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String header = text.lines().findFirst().orElse("");
        char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
        try (Reader reader = new java.io.StringReader(text);
             CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader()
                     .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
            List<String> columns = new ArrayList<>(parser.getHeaderNames());
            List<Table.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                for (String column : columns) {
                    values.put(column, record.isSet(column) ? record.get(column) : null);
                }
                rows.add(new Table.Row((int) record.getRecordNumber() + 1, values));
            }
            return new Table(columns, rows);
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            throw new UnreadableException("the CSV cannot be read: " + e.getMessage());
        }
    }

    static Table xlsx(byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            List<String> columns = new ArrayList<>();
            var header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw new UnreadableException("the first sheet is empty");
            }
            for (Cell cell : header) {
                columns.add(formatter.formatCellValue(cell).trim());
            }
            List<Table.Row> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                boolean empty = true;
                for (int c = 0; c < columns.size(); c++) {
                    Cell cell = row.getCell(c);
                    String value = cell == null ? null : formatter.formatCellValue(cell).trim();
                    empty &= value == null || value.isEmpty();
                    values.put(columns.get(c), value);
                }
                if (!empty) {
                    rows.add(new Table.Row(r + 1, values));
                }
            }
            return new Table(columns, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableException u) {
                throw u;
            }
            throw new UnreadableException("the spreadsheet cannot be read: " + e.getMessage());
        }
    }

    /** A GeoJSON FeatureCollection of points: the point becomes the longitude and latitude columns. */
    static Table geojson(byte[] bytes) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(bytes);
        } catch (RuntimeException e) {
            throw new UnreadableException("the GeoJSON cannot be read: " + e.getMessage());
        }
        if (!"FeatureCollection".equals(root.path("type").asString(""))) {
            throw new UnreadableException("expected a GeoJSON FeatureCollection");
        }
        List<String> columns = new ArrayList<>(List.of("longitude", "latitude"));
        List<Table.Row> rows = new ArrayList<>();
        int n = 0;
        for (JsonNode feature : root.path("features")) {
            n++;
            Map<String, String> values = new LinkedHashMap<>();
            JsonNode geometry = feature.path("geometry");
            if ("Point".equals(geometry.path("type").asString("")) && geometry.path("coordinates").size() >= 2) {
                values.put("longitude", geometry.path("coordinates").get(0).asString());
                values.put("latitude", geometry.path("coordinates").get(1).asString());
            }
            for (var property : feature.path("properties").properties()) {
                JsonNode value = property.getValue();
                String text = value.isArray() ? join(value) : value.isNull() ? null : value.asString();
                values.put(property.getKey(), text);
                if (!columns.contains(property.getKey())) {
                    columns.add(property.getKey());
                }
            }
            rows.add(new Table.Row(n, values));
        }
        return new Table(columns, rows);
    }

    private static String join(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(v -> parts.add(v.asString()));
        return String.join(";", parts);
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }
}
