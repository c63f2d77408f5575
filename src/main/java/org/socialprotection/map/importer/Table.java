package org.socialprotection.map.importer;

import java.util.List;
import java.util.Map;

/**
 * The rows of an uploaded file as text by column name, whatever the format. {@code number} is the row as the
 * researcher sees it in their spreadsheet (the header is row 1), or the feature's position in a GeoJSON file.
 */
record Table(List<String> columns, List<Row> rows) {

    record Row(int number, Map<String, String> values) {
        String get(String column) {
            return column == null ? null : values.get(column);
        }
    }
}
