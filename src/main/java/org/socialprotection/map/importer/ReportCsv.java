package org.socialprotection.map.importer;

import java.io.IOException;
import java.io.StringWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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
                csv.printRecord(p.row(), p.column(), p.value(), p.reason());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    static final String TEMPLATE = "\uFEFFtitle,kind,narrative,place_name,place_type,privacy,country,latitude,longitude,"
            + "groups,components,observed_from,observed_to,source_title,source_url\r\n"
            + "Crèche run by traders' association,inclusion,\"Traders run a crèche in the market, open 6am-6pm.\","
            + "Makola Market,market,approximate,GHA,5.5490,-0.2106,market_traders;street_vendors,delivery,2019,,"
            + "WIEGO Child Care in Markets,https://www.wiego.org/child-care-markets\r\n";
}
