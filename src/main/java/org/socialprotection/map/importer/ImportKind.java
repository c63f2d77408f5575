package org.socialprotection.map.importer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * One kind of record a table can be imported as: its columns (with the other names they go by), how a row becomes
 * the record's form, and how the form is saved through the same checks as the workspace's forms.
 *
 * @param <F> the form the row fills
 */
interface ImportKind<F> {

    /** The path segment: observations, schemes, publications, indicators. */
    String name();

    /** Field → the column names it may have, ours first. */
    Map<String, List<String>> columns();

    /** Fields without which no row can be read. */
    List<String> required();

    /** An example file: the header and one row. */
    String template();

    F form(Table.Row row, Map<String, String> columnOf, List<ImportReport.Problem> problems, Reasons reasons);

    /** Saves a new draft; null when {@code errors} says what is wrong. Returns the new record's id. */
    Long save(F form, Errors errors, String username);

    /** The form field an error names → the field of {@link #columns()} it came from. */
    default String fieldOf(String formField) {
        return formField;
    }

    /** A key that two rows share when they describe the same record. */
    String duplicateKey(F form);

    /**
     * What is stored already, read once before the first row so that a large file does not ask the database about
     * every row: says which existing record a newly created one probably repeats.
     */
    default Existing<F> existing(Reasons reasons) {
        return (form, id, row) -> Optional.empty();
    }

    /** The records stored before an import began, and those the import has made so far. */
    interface Existing<F> {
        /**
         * The record that the new record {@code id}, made from {@code form} at {@code row}, probably repeats (a stored
         * one, or an earlier row's), for the report.
         */
        Optional<String> repeatedBy(F form, long id, int row);
    }

    /** A better reason where the kind knows one (swapped coordinates, say). */
    default String reason(String formField, String message, F form, Reasons reasons) {
        return message;
    }

    /** Checks that the table as a whole can be read, before any row. */
    default void checkColumns(Map<String, String> columnOf, List<ImportReport.Problem> problems, Reasons reasons) {
    }
}
