package org.socialprotection.map.atlas;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Puts records loaded by id back in the order a query chose for the ids. */
public final class InOrder {

    private InOrder() {
    }

    public static <T> List<T> of(List<Long> ids, List<T> records, Function<T, Long> idOf) {
        Map<Long, T> byId = records.stream().collect(Collectors.toMap(idOf, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
