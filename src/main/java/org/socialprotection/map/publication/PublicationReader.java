package org.socialprotection.map.publication;

import java.util.List;
import org.socialprotection.map.atlas.InOrder;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.Page;
import org.socialprotection.map.atlas.SqlFilter;
import org.socialprotection.map.web.NotFoundException;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public reads of briefs and podcasts: published records only. */
@Service
@Transactional(readOnly = true)
public class PublicationReader {

    private final Publications publications;
    private final NamedParameterJdbcTemplate jdbc;

    PublicationReader(Publications publications, NamedParameterJdbcTemplate jdbc) {
        this.publications = publications;
        this.jdbc = jdbc;
    }

    public Page<PublicationView> find(PublicationQuery query, Language language) {
        SqlFilter filter = PublicationQueries.filter(query);
        Long matched = jdbc.queryForObject(PublicationQueries.COUNT + filter.clause(), filter.params(), Long.class);
        filter.bind("limit", query.limit()).bind("offset", query.offset());
        List<Long> ids = jdbc.queryForList(PublicationQueries.IDS + filter.clause() + PublicationQueries.ORDER_PAGE,
                filter.params(), Long.class);
        List<PublicationView> items = InOrder.of(ids, publications.findAllById(ids), Publication::getId).stream()
                .map(p -> PublicationView.of(p, language)).toList();
        return new Page<>(matched == null ? 0 : matched, query.limit(), query.offset(), items);
    }

    public PublicationView get(long id, Language language) {
        return publications.findByIdAndStatus(id, PublicationStatus.PUBLISHED)
                .map(p -> PublicationView.of(p, language))
                .orElseThrow(() -> new NotFoundException("publication", id));
    }
}
