package org.socialprotection.map.atlas;

import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A filtered list read in two steps: SQL counts the matches and picks one page of ids in order (where the filters
 * and the spatial index are), then JPA loads those records, put back in that order.
 */
public final class PagedSql {

    private PagedSql() {
    }

    /**
     * @param count     SELECT COUNT(*) … up to where the filter's WHERE clause goes
     * @param ids       SELECT id … up to the same place
     * @param orderPage the ORDER BY and the :limit / :offset that follow the clause
     */
    public static <E> Page<E> find(NamedParameterJdbcTemplate jdbc, String count, String ids, String orderPage,
                                   SqlFilter filter, int limit, int offset,
                                   Function<List<Long>, List<E>> load, Function<E, Long> idOf) {
        Long matched = jdbc.queryForObject(count + filter.clause(), filter.params(), Long.class);
        filter.bind("limit", limit).bind("offset", offset);
        List<Long> page = jdbc.queryForList(ids + filter.clause() + orderPage, filter.params(), Long.class);
        return new Page<>(matched == null ? 0 : matched, limit, offset, InOrder.of(page, load.apply(page), idOf));
    }
}
