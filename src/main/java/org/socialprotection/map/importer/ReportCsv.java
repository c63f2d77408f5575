package org.socialprotection.map.importer;

import java.io.IOException;
import java.io.StringWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.socialprotection.map.export.CsvCells;

/** An import report as CSV that Excel opens: one line a problem. */
final class ReportCsv {

    private ReportCsv() {
    }

    static String of(ImportReport report) {
        StringWriter out = new StringWriter();
        out.write("\uFEFF");
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("row", "column", "value", "reason").get())) {
            for (ImportReport.Problem p : report.problems()) {
                csv.printRecord(CsvCells.row(p.row(), p.column(), p.value(), p.reason()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

}
