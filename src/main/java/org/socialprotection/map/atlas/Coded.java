package org.socialprotection.map.atlas;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enumeration whose values travel as lowercase codes (in the API, the data files and the URLs) while Java and
 * the database use the constant names.
 */
public interface Coded {

    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The message key of the value's label ("placeType.market"): the type's name with a lower-case first letter,
     * unless the type names a shorter prefix the pages already use (see {@link #labelPrefix}).
     */
    default String labelKey() {
        return labelPrefix() + "." + code();
    }

    /** The prefix of the labels of this type's values in the message bundles. */
    default String labelPrefix() {
        String simple = getClass().isEnum() ? getClass().getSimpleName()
                : getClass().getSuperclass().getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(wanted)).findFirst();
    }

    /** The codes a caller may use, for error messages. */
    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
