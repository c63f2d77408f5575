package org.socialprotection.map.importer;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An import's report or refused rows as a download, for the page and the API alike. */
final class ReportFiles {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private ReportFiles() {
    }

    static ResponseEntity<byte[]> csv(HttpStatusCode status, String name, String text) {
        return csv(status, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static ResponseEntity<byte[]> csv(HttpStatusCode status, String name, byte[] bytes) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(bytes);
    }

    static ResponseEntity<byte[]> xlsx(HttpStatusCode status, byte[] bytes) {
        return ResponseEntity.status(status).contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-report.xlsx\"").body(bytes);
    }
}
