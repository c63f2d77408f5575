package org.socialprotection.map.workspace;

import java.util.Locale;
import org.socialprotection.map.atlas.BadRequestException;
import org.socialprotection.map.atlas.Coded;
import org.socialprotection.map.workflow.PublicationStatus;

/**
 * The filters of the workspace's record list, checked once: a type (null for every type), a status, a country and
 * words of the title, and a page of {@link #SIZE} rows.
 */
record RecordQuery(RecordType type, PublicationStatus status, String country, String text, int page) {

    static final int SIZE = 25;
    static final int MAX_TEXT = 200;

    /** From the query string as typed; blank means "any"; a value that cannot be read is a 400 naming it. */
    static RecordQuery parse(RecordTypes types, String type, String status, String country, String text, String page) {
        RecordType recordType = blank(type) ? null : types.of(type.trim())
                .orElseThrow(() -> new BadRequestException("type", "error.records.type",
                        "no record type '" + type.trim() + "'", type.trim()));
        PublicationStatus publication = blank(status) ? null : Coded.find(PublicationStatus.class, status)
                .orElseThrow(() -> new BadRequestException("status", "error.records.status", "a status is one of "
                        + Coded.codes(PublicationStatus.class), Coded.codes(PublicationStatus.class)));
        String iso3 = blank(country) ? null : country.trim().toUpperCase(Locale.ROOT);
        if (iso3 != null && !iso3.matches("[A-Z]{3}")) {
            throw new BadRequestException("country", "error.records.country",
                    "a country is an ISO 3166 three-letter code such as GHA");
        }
        String words = blank(text) ? null : text.trim();
        if (words != null && (words.length() > MAX_TEXT || !FieldChecks.printable(words))) {
            throw new BadRequestException("q", "error.records.text",
                    "the text to find is plain text of at most " + MAX_TEXT + " characters", String.valueOf(MAX_TEXT));
        }
        int number;
        try {
            number = blank(page) ? 1 : Integer.parseInt(page.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException("page", "error.records.page", "a page is a number from 1");
        }
        if (number < 1 || number > 100_000) {
            throw new BadRequestException("page", "error.records.page", "a page is a number from 1");
        }
        return new RecordQuery(recordType, publication, iso3, words, number);
    }

    int offset() {
        return (page - 1) * SIZE;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
