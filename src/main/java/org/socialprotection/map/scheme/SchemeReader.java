package org.socialprotection.map.scheme;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.socialprotection.map.atlas.InOrder;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.Page;
import org.socialprotection.map.atlas.SqlFilter;
import org.socialprotection.map.web.NotFoundException;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public reads of schemes: published records only. */
@Service
@Transactional(readOnly = true)
public class SchemeReader {

    private final Schemes schemes;
    private final NamedParameterJdbcTemplate jdbc;

    SchemeReader(Schemes schemes, NamedParameterJdbcTemplate jdbc) {
        this.schemes = schemes;
        this.jdbc = jdbc;
    }

    public Page<SchemeView> find(SchemeQuery query, Language language) {
        SqlFilter filter = SchemeQueries.filter(query);
        Long matched = jdbc.queryForObject(SchemeQueries.COUNT + filter.clause(), filter.params(), Long.class);
        filter.bind("limit", query.limit()).bind("offset", query.offset());
        List<Long> ids = jdbc.queryForList(SchemeQueries.IDS + filter.clause() + SchemeQueries.ORDER_PAGE,
                filter.params(), Long.class);
        List<SchemeView> items = InOrder.of(ids, schemes.findAllById(ids), Scheme::getId).stream()
                .map(s -> SchemeView.of(s, language)).toList();
        return new Page<>(matched == null ? 0 : matched, query.limit(), query.offset(), items);
    }

    /** How many published schemes match the filters in each country: the choropleth's "matching schemes". */
    public Map<String, Long> countByCountry(SchemeQuery query) {
        SqlFilter filter = SchemeQueries.filter(query);
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query(SchemeQueries.COUNT_BY_COUNTRY + filter.clause() + SchemeQueries.GROUP_BY_COUNTRY, filter.params(),
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    public SchemeView get(long id, Language language) {
        return schemes.findByIdAndStatus(id, PublicationStatus.PUBLISHED).map(s -> SchemeView.of(s, language))
                .orElseThrow(() -> new NotFoundException("scheme", id));
    }
}
