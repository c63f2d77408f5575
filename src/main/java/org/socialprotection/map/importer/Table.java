package org.socialprotection.map.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of an uploaded file as text by column name, whatever the format. {@code number} is the row as the
 * researcher sees it in their spreadsheet (the header is row 1), or the feature's position in a GeoJSON file.
 * A row holds its cells in an array that shares the table's column index: a file of 100,000 rows is read whole,
 * and a map per row would cost several times the file's size.
 */
record Table(List<String> columns, List<Row> rows) {

    /** The position of each column, shared by every row of a table. */
    static Map<String, Integer> index(List<String> columns) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.putIfAbsent(columns.get(i), i);
        }
        return Map.copyOf(index);
    }

    /** {@code refused} is why the row's geometry could not be read, for the report; null when it could. */
    record Row(int number, Map<String, Integer> index, String[] cells, String refused) {
        Row(int number, Map<String, Integer> index, String[] cells) {
            this(number, index, cells, null);
        }

        String get(String column) {
            Integer i = column == null ? null : index.get(column);
            return i == null || i >= cells.length ? null : cells[i];
        }
    }
}
