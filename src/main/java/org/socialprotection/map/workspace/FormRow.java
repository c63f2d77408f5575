package org.socialprotection.map.workspace;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A repeated row of a form (a source, a coverage figure, a reform): the page shows the stored rows and an empty one
 * to fill, an "Add a row" button asks for one more without JavaScript, and a row left empty or ticked "remove" is
 * not stored.
 */
public interface FormRow {

    /** Nothing typed in any of its fields. */
    boolean blank();

    /** Ticked "remove". */
    boolean isRemove();

    /** Not stored: empty, or ticked for removal. */
    default boolean skipped() {
        return isRemove() || blank();
    }

    static boolean blank(String... texts) {
        return Stream.of(texts).allMatch(t -> FieldChecks.blankToNull(t) == null);
    }

    /** The non-blank texts of a row, one line, for the conflict box. */
    static String joined(String... texts) {
        return Stream.of(texts).map(FieldChecks::blankToNull).filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
    }

    /** Ends {@code rows} with an empty row unless it ends with one already; the list may be null. */
    static <R extends FormRow> List<R> padded(List<R> rows, Supplier<R> empty) {
        List<R> result = rows == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(rows);
        result.replaceAll(r -> r == null ? empty.get() : r);
        if (result.isEmpty() || !result.get(result.size() - 1).blank()) {
            result.add(empty.get());
        }
        return result;
    }

    /** {@code rows} without those ticked for removal, and one more empty row when {@code more}. */
    static <R extends FormRow> List<R> kept(List<R> rows, Supplier<R> empty, boolean more) {
        List<R> result = rows == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(rows);
        result.removeIf(r -> r == null || r.isRemove());
        if (more) {
            result.add(empty.get());
        }
        return result;
    }
}
