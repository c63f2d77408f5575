package org.socialprotection.map.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An import report as an Excel workbook: the problems one a row, as {@link ReportCsv} writes them. Cells are written
 * as text, so a value quoted from the file never becomes a formula.
 */
final class ReportXlsx {

    private ReportXlsx() {
    }

    static byte[] of(ImportReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("report");
            Row header = sheet.createRow(0);
            String[] names = {"row", "column", "value", "reason"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            int r = 1;
            for (ImportReport.Problem p : report.problems()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(p.row());
                row.createCell(1).setCellValue(p.column());
                row.createCell(2).setCellValue(p.value());
                row.createCell(3).setCellValue(p.reason());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
