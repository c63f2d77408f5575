package org.socialprotection.map.coverage;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.socialprotection.map.coverage.CoverageMatrix.Cell;
import org.socialprotection.map.coverage.CoverageMatrix.Row;
import org.socialprotection.map.export.CsvCells;

/**
 * The matrix as CSV, one line per country as the table shows it: for each group its status code, the schemes
 * behind it (with the group their entry names, so that "informal_workers" shows where the status comes from the
 * general entry) and the effective coverage figures. Excel opens it as UTF-8 thanks to the byte order mark.
 */
final class CoverageCsv {

    static final String BOM = "\uFEFF";

    private CoverageCsv() {
    }

    static String write(CoverageMatrix matrix) throws IOException {
        List<String> header = new ArrayList<>(List.of("iso3", "country", "region", "subregion"));
        for (String group : matrix.groups()) {
            header.add(group);
            header.add(group + "_schemes");
            header.add(group + "_effective_coverage");
        }
        StringWriter out = new StringWriter();
        out.write(BOM);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        for (Row row : matrix.countries()) {
            List<Object> values = new ArrayList<>(List.of(row.iso3(), row.name(), nullToEmpty(row.region()),
                    nullToEmpty(row.subregion())));
            for (String group : matrix.groups()) {
                Cell cell = row.cells().get(group);
                values.add(cell.status());
                values.add(cell.schemes().stream().map(s -> s.name() + (s.status() == null ? ""
                        : " [" + s.status() + (s.group().equals(group) ? "" : ", " + s.group()) + "]"))
                        .collect(Collectors.joining("; ")));
                values.add(cell.effectiveCoverage().stream().map(f -> plain(f.value()) + " " + f.unit() + " ("
                        + f.year() + (f.group() == null ? "" : ", " + f.group()) + ")")
                        .collect(Collectors.joining("; ")));
            }
            csv.printRecord(CsvCells.row(values.toArray()));
        }
        csv.flush();
        return out.toString();
    }

    static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.valueOf(value);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
