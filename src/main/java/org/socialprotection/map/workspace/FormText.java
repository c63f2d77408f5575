package org.socialprotection.map.workspace;

import java.util.Collection;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.Errors;

/**
 * The floor under every editor's own checks, applied before a form reaches its editor from any entry point: no text
 * of the form, however deep (a scheme's coverage rows), holds a control character such as NUL, and none is longer
 * than the longest text a record holds ({@link FieldChecks#TRANSCRIPT}). A field an editor forgets can then still
 * never reach the database as a 500, nor as megabytes written to the history.
 */
final class FormText {

    /** Deep enough for a form's nested rows; a form is a tree of a few levels, never a cycle. */
    private static final int DEPTH = 3;

    private FormText() {
    }

    /** Reports each refused text on its field; true when there was none. */
    static boolean check(Object form, Errors errors) {
        int before = errors.getErrorCount();
        walk(form, "", errors, 0);
        return errors.getErrorCount() == before;
    }

    private static void walk(Object bean, String prefix, Errors errors, int depth) {
        BeanWrapperImpl wrapper = new BeanWrapperImpl(bean);
        for (var property : wrapper.getPropertyDescriptors()) {
            if (property.getReadMethod() == null || property.getName().equals("class")) {
                continue;
            }
            Object value = wrapper.getPropertyValue(property.getName());
            String path = prefix + property.getName();
            if (value instanceof String text) {
                text(text, path, errors);
            } else if (value instanceof Collection<?> items) {
                int i = 0;
                for (Object item : items) {
                    String itemPath = path + "[" + i++ + "]";
                    if (item instanceof String text) {
                        text(text, itemPath, errors);
                    } else if (item != null && depth < DEPTH && isRow(item)) {
                        walk(item, itemPath + ".", errors, depth + 1);
                    }
                }
            }
        }
    }

    /** A nested row of the form (a class of this application), not a number or a date. */
    private static boolean isRow(Object item) {
        return item.getClass().getName().startsWith("org.socialprotection.map.");
    }

    private static void text(String text, String field, Errors errors) {
        if (text.length() > FieldChecks.TRANSCRIPT) {
            errors.rejectValue(field, "error.tooLong", new Object[] {String.valueOf(FieldChecks.TRANSCRIPT)},
                    "at most " + FieldChecks.TRANSCRIPT + " characters");
        } else if (!FieldChecks.printable(text)) {
            FieldChecks.controlCharacter(field, errors);
        }
    }
}
