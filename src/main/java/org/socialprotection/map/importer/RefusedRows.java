package org.socialprotection.map.importer;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.socialprotection.map.export.CsvCells;

/**
 * The rows an import refused, as the file had them plus an {@code error} column saying why: corrected and imported
 * again, they are read with the same columns (the error column is ignored).
 */
final class RefusedRows {

    static final String ERROR = "error";
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d+,\\d+");

    private RefusedRows() {
    }

    /** As the export's cells, except that a decimal comma number ("-0,2106") stays a number to import again. */
    private static String cell(String value) {
        return value != null && DECIMAL_COMMA.matcher(value).matches() ? value : CsvCells.text(value);
    }

    static byte[] csv(Table table, ImportReport report) {
        Map<Integer, List<String>> why = new LinkedHashMap<>();
        for (ImportReport.Problem p : report.problems()) {
            why.computeIfAbsent(p.row(), r -> new ArrayList<>())
                    .add((p.column() == null ? "" : p.column() + ": ") + p.reason());
        }
        List<String> header = new ArrayList<>(table.columns());
        header.add(ERROR);
        StringWriter out = new StringWriter();
        out.write("\uFEFF");
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (Table.Row row : table.rows()) {
                List<String> reasons = why.get(row.number());
                if (reasons == null) {
                    continue;
                }
                Object[] cells = new Object[header.size()];
                for (int c = 0; c < table.columns().size(); c++) {
                    cells[c] = cell(row.get(table.columns().get(c)));
                }
                cells[cells.length - 1] = CsvCells.text(String.join("; ", reasons));
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
