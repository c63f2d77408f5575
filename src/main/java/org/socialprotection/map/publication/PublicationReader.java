package org.socialprotection.map.publication;

import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.Page;
import org.socialprotection.map.atlas.PagedSql;
import org.socialprotection.map.atlas.NotFoundException;
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
        Page<Publication> page = PagedSql.find(jdbc, PublicationQueries.COUNT, PublicationQueries.IDS,
                PublicationQueries.ORDER_PAGE, PublicationQueries.filter(query), query.limit(), query.offset(),
                publications::findAllById, Publication::getId);
        return new Page<>(page.numberMatched(), page.limit(), page.offset(),
                page.items().stream().map(p -> PublicationView.of(p, language)).toList());
    }

    public PublicationView get(long id, Language language) {
        return publications.findByIdAndStatus(id, PublicationStatus.PUBLISHED)
                .map(p -> PublicationView.of(p, language))
                .orElseThrow(() -> new NotFoundException("publication", id));
    }
}
