package org.socialprotection.map.publication;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.Page;
import org.socialprotection.map.atlas.PagedSql;
import org.socialprotection.map.atlas.NotFoundException;
import org.socialprotection.map.translation.Texts;
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
    private final PublicationTexts texts;

    PublicationReader(Publications publications, NamedParameterJdbcTemplate jdbc, PublicationTexts texts) {
        this.publications = publications;
        this.jdbc = jdbc;
        this.texts = texts;
    }

    public Page<PublicationView> find(PublicationQuery query, Language language) {
        Page<Publication> page = PagedSql.find(jdbc, PublicationQueries.COUNT, PublicationQueries.IDS,
                PublicationQueries.ORDER_PAGE, PublicationQueries.filter(query), query.limit(), query.offset(),
                publications::findAllById, Publication::getId);
        Set<Long> shown = publishedSegmentObservations(page.items());
        Map<Long, Texts> byId = texts.of(page.items());
        return new Page<>(page.numberMatched(), page.limit(), page.offset(),
                page.items().stream().map(p -> PublicationView.of(p, byId.get(p.getId()), language, shown)).toList());
    }

    /** Per country (ISO alpha-3), how many published briefs and podcasts speak of it, by type code. */
    public Map<String, Map<String, Long>> countsByCountry() {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (Object[] row : publications.countsByCountry(PublicationStatus.PUBLISHED)) {
            counts.computeIfAbsent((String) row[0], k -> new HashMap<>())
                    .put(((PublicationType) row[1]).code(), ((Number) row[2]).longValue());
        }
        return counts;
    }

    public PublicationView get(long id, Language language) {
        return publications.findByIdAndStatus(id, PublicationStatus.PUBLISHED)
                .map(p -> PublicationView.of(p, texts.of(List.of(p)).get(p.getId()), language,
                        publishedSegmentObservations(List.of(p))))
                .orElseThrow(() -> new NotFoundException("publication", id));
    }

    /**
     * The observations the episodes' segments name that are published: a segment naming a draft keeps its moment
     * and title but no link, so that the public learns nothing of the draft.
     */
    private Set<Long> publishedSegmentObservations(Collection<Publication> episodes) {
        Set<Long> named = episodes.stream().flatMap(p -> p.getSegments().stream()).map(Segment::observationId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        if (named.isEmpty()) {
            return Set.of();
        }
        return jdbc.queryForList(PublicationQueries.PUBLISHED_OBSERVATIONS,
                Map.of("ids", named, "published", PublicationStatus.PUBLISHED.name()), Long.class).stream()
                .collect(Collectors.toSet());
    }
}
