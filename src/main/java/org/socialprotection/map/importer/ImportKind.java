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
     * Every key by which two rows describe the same record (the same place, date and title, or the same survey id),
     * each with the field the report names for it (null for the row as a whole).
     */
    default List<Key> duplicateKeys(F form) {
        return List.of(new Key(duplicateKey(form), null));
    }

    /** A key of {@link #duplicateKeys} and the field it comes from. */
    record Key(String value, String field) {
    }

    /** What became of a valid row. */
    /** {@code PROPOSED}: an update of a published record, stored as a new version that waits for review. */
    enum Outcome { CREATED, UPDATED, PROPOSED, UNCHANGED }

    /** The record a valid row created, updated or left as it was. */
    record Saved(long id, Outcome outcome) {
    }

    /**
     * One import's view of what is stored, read once before the first row so that a large file does not ask the
     * database about every row. By default every valid row creates a new draft.
     */
    default Run<F> begin(Reasons reasons, String username) {
        return (form, errors) -> {
            Long id = save(form, errors, username);
            return id == null ? null : new Saved(id, Outcome.CREATED);
        };
    }

    /** What one import does with its valid rows. */
    interface Run<F> {
        /** The stored record a new row repeats, said for the report; checked before anything is saved. */
        default Optional<String> repeats(F form) {
            return Optional.empty();
        }

        /** Creates or updates the row's record; null when {@code errors} says what is wrong. */
        Saved save(F form, Errors errors);
    }

    /** A better reason where the kind knows one (swapped coordinates, say). */
    default String reason(String formField, String message, F form, Reasons reasons) {
        return message;
    }

    /** Checks that the table as a whole can be read, before any row. */
    default void checkColumns(Map<String, String> columnOf, List<ImportReport.Problem> problems, Reasons reasons) {
    }
}
