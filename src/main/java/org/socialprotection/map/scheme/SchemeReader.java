package org.socialprotection.map.scheme;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.Page;
import org.socialprotection.map.atlas.PagedSql;
import org.socialprotection.map.atlas.SqlFilter;
import org.socialprotection.map.atlas.NotFoundException;
import org.socialprotection.map.translation.Texts;
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
    private final SchemeTexts texts;

    SchemeReader(Schemes schemes, NamedParameterJdbcTemplate jdbc, SchemeTexts texts) {
        this.schemes = schemes;
        this.jdbc = jdbc;
        this.texts = texts;
    }

    public Page<SchemeView> find(SchemeQuery query, Language language) {
        Page<Scheme> page = PagedSql.find(jdbc, SchemeQueries.COUNT, SchemeQueries.IDS, SchemeQueries.ORDER_PAGE,
                SchemeQueries.filter(query), query.limit(), query.offset(), schemes::findAllById, Scheme::getId);
        Map<Long, Texts> byId = texts.of(page.items());
        return new Page<>(page.numberMatched(), page.limit(), page.offset(),
                page.items().stream().map(s -> SchemeView.of(s, byId.get(s.getId()), language)).toList());
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
        return schemes.findByIdAndStatus(id, PublicationStatus.PUBLISHED)
                .map(s -> SchemeView.of(s, texts.of(List.of(s)).get(s.getId()), language))
                .orElseThrow(() -> new NotFoundException("scheme", id));
    }
}
