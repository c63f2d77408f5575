package org.socialprotection.map.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.locationtech.jts.geom.Point;
import org.socialprotection.map.geo.GeoJsonDecoder;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import tools.jackson.databind.JsonNode;

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
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableException("the file is not UTF-8 text: save it as \"CSV UTF-8\"");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String header = text.lines().findFirst().orElse("");
        char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
        int lastRow = 1;
        try (Reader reader = new StringReader(text);
             CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                     .setTrim(true).get().parse(reader)) {
            List<String> columns = null;
            Map<String, Integer> index = null;
            List<Table.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = header(record);
                    index = Table.index(columns);
                    continue;
                }
                String[] cells = new String[columns.size()];
                for (int c = 0; c < cells.length && c < record.size(); c++) {
                    cells[c] = record.get(c);
                }
                lastRow = (int) record.getRecordNumber();
                rows.add(new Table.Row(lastRow, index, cells));
            }
            if (columns == null) {
                throw new UnreadableException("the file is empty: the first row must name the columns");
            }
            return new Table(columns, rows);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv's own message names its tokens; what a person can look for is an unclosed quote
            throw new UnreadableException("row " + (lastRow + 1) + " cannot be read: a cell that starts with a"
                    + " double quote must end with one, and a double quote inside it is written twice (\"\")");
        }
    }

    /** The first row: every column named (a name given twice means its first column). */
    private static List<String> header(CSVRecord record) {
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < record.size(); c++) {
            String name = record.get(c);
            if (name.isEmpty()) {
                throw new UnreadableException("column " + (c + 1) + " of the first row has no name: the first row"
                        + " must name every column");
            }
            columns.add(name);
        }
        return columns;
    }

    /**
     * The first sheet, read as a stream of rows (POI's event API): the whole-workbook model holds every cell as an
     * object and needs about a gigabyte for 100,000 rows. Values are formatted as Excel shows them.
     */
    static Table xlsx(byte[] bytes) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableException("the workbook has no sheet");
            }
            SheetRows handler = new SheetRows();
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                        new ReadOnlySharedStringsTable(pkg), handler, new DataFormatter(Locale.ROOT), false));
                xml.parse(new InputSource(sheet));
            }
            if (handler.columns == null) {
                throw new UnreadableException("the first sheet is empty");
            }
            return new Table(handler.columns, handler.rows);
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof UnreadableException u) {
                throw u;
            }
            // POI's message names its classes and the workbook's inner parts: say what a person can check
            throw new UnreadableException("the spreadsheet cannot be read: it is not an Excel workbook (.xlsx), or"
                    + " it is damaged or protected by a password; save it again from Excel or as CSV UTF-8");
        }
    }

    /** Collects a sheet's rows as they stream past: the first non-empty row is the header. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        List<String> columns;
        Map<String, Integer> index;
        final List<Table.Row> rows = new ArrayList<>();
        private final Map<Integer, String> cells = new HashMap<>();

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            String text = value == null ? "" : value.trim();
            if (!text.isEmpty() && reference != null) {
                cells.put((int) new CellReference(reference).getCol(), text);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.isEmpty()) {
                return;
            }
            if (columns == null) {
                int width = cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
                columns = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    // a blank header cell is named after its spreadsheet column, so that it can still be chosen
                    columns.add(cells.getOrDefault(c, "(column " + CellReference.convertNumToColString(c) + ")"));
                }
                index = Table.index(columns);
                return;
            }
            String[] values = new String[columns.size()];
            cells.forEach((c, v) -> {
                if (c < values.length) {
                    values[c] = v;
                }
            });
            rows.add(new Table.Row(rowNum + 1, index, values));
        }
    }

    /**
     * A GeoJSON FeatureCollection of points: the point becomes the longitude and latitude columns. A feature whose
     * geometry is refused (out of range, not valid) keeps its properties and carries the reason to the report.
     */
    static Table geojson(byte[] bytes) {
        List<GeoJsonDecoder.Feature> features;
        try {
            features = GeoJsonDecoder.features(bytes);
        } catch (GeoJsonDecoder.InvalidGeoJson e) {
            throw new UnreadableException(e.getMessage());
        }
        List<String> columns = new ArrayList<>(List.of("longitude", "latitude"));
        List<Map<String, String>> values = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (GeoJsonDecoder.Feature feature : features) {
            Map<String, String> row = new LinkedHashMap<>();
            String reason = null;
            try {
                if (feature.geometry() instanceof Point point) {
                    row.put("longitude", BigDecimal.valueOf(point.getX()).toPlainString());
                    row.put("latitude", BigDecimal.valueOf(point.getY()).toPlainString());
                }
            } catch (GeoJsonDecoder.InvalidGeoJson e) {
                reason = e.getMessage();
            }
            for (var property : feature.properties().properties()) {
                JsonNode value = property.getValue();
                if (value.isObject() || value.isArray() && value.valueStream().anyMatch(JsonNode::isContainer)) {
                    reason = "the property '" + property.getKey() + "' holds an object; give a text, a number or"
                            + " a list of them";
                    continue;
                }
                String text = value.isArray() ? join(value) : value.isNull() ? null : value.asString();
                row.put(property.getKey(), text);
                if (!columns.contains(property.getKey())) {
                    columns.add(property.getKey());
                }
            }
            values.add(row);
            refused.add(reason);
        }
        Map<String, Integer> index = Table.index(columns);
        List<Table.Row> rows = new ArrayList<>();
        for (int f = 0; f < values.size(); f++) {
            String[] cells = new String[columns.size()];
            values.get(f).forEach((column, value) -> cells[index.get(column)] = value);
            rows.add(new Table.Row(f + 1, index, cells, refused.get(f)));
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
