package org.socialprotection.map.contribute;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.socialprotection.map.export.CsvCells;

/**
 * The submissions as CSV for editors. The contact column is there only when the editor asks for it: a file
 * travels further than a page, and most uses of the export (counting, mapping, reporting) need no one's address.
 */
final class SubmissionCsv {

    static final List<String> COLUMNS = List.of("reference", "status", "received_at", "channel", "language", "kind",
            "group", "organisation", "story", "place_name", "country", "lon", "lat", "privacy", "observed_on",
            "scheme_name", "source", "source_url", "witnessed", "decided_at", "decided_by", "public_reason",
            "observation_id");

    private SubmissionCsv() {
    }

    static void write(List<Submission> submissions, boolean withContact, OutputStream out) throws IOException {
        List<String> header = new ArrayList<>(COLUMNS);
        if (withContact) {
            header.add("contact");
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // Excel reads a CSV as UTF-8 only with a byte order mark
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new))
                .get());
        for (Submission s : submissions) {
            List<Object> row = new ArrayList<>(List.of(s.getReference(), s.getStatus().code(),
                    s.getReceivedAt().toString(), s.getChannel(), s.getLanguage(), s.getKind().code(),
                    s.getGroup().code(), s.getOrganisation(), s.getStory()));
            row.add(s.getPlaceName());
            row.add(s.getCountryIso3());
            row.add(s.getLon());
            row.add(s.getLat());
            row.add(s.getPrivacy().code());
            row.add(s.getObservedOn());
            row.add(s.getSchemeName());
            row.add(s.getSourceTitle());
            row.add(s.getSourceUrl());
            row.add(s.isWitnessed());
            row.add(s.getDecidedAt() == null ? null : s.getDecidedAt().toString());
            row.add(s.getDecidedBy());
            row.add(s.getPublicReason());
            row.add(s.getObservationId());
            if (withContact) {
                row.add(s.getContact());
            }
            csv.printRecord(CsvCells.row(row.toArray()));
        }
        csv.flush();
    }
}
