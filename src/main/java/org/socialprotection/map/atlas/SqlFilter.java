package org.socialprotection.map.atlas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The WHERE clause of a filtered list query, built from fixed SQL fragments with bound values only: callers
 * never splice a user's text into SQL. Enum values are bound as their names, as the tables store them.
 */
public final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final MapSqlParameterSource params = new MapSqlParameterSource();

    public SqlFilter where(String condition) {
        conditions.add(condition);
        return this;
    }

    public SqlFilter where(String condition, String name, Object value) {
        conditions.add(condition);
        params.addValue(name, bindable(value));
        return this;
    }

    /** Adds the condition only when some values are given: an empty filter matches everything. */
    public SqlFilter whereAny(Collection<?> values, String condition, String name) {
        if (values != null && !values.isEmpty()) {
            where(condition, name, values.stream().map(SqlFilter::bindable).toList());
        }
        return this;
    }

    public SqlFilter whereGiven(Object value, String condition, String name) {
        if (value != null) {
            where(condition, name, value);
        }
        return this;
    }

    public SqlFilter bind(String name, Object value) {
        params.addValue(name, bindable(value));
        return this;
    }

    public String clause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public MapSqlParameterSource params() {
        return params;
    }

    private static Object bindable(Object value) {
        return value instanceof Enum<?> e ? e.name() : value;
    }
}
