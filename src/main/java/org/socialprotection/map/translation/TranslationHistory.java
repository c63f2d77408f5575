package org.socialprotection.map.translation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes Envers recorded to a record's translations, newest first, for its history page: who changed which
 * language of which field, from what to what, and what its status became.
 */
@Service
@Transactional(readOnly = true)
public class TranslationHistory {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private static final String REVISIONS = """
            SELECT t.id, t.rev, t.language, t.field, t.working_text, t.published_text, t.status, r.revised_at,
                   r.username
            FROM translation_aud t JOIN revision r ON r.id = t.rev
            WHERE t.record_type = :type AND t.record_id = :id ORDER BY t.rev, t.id""";

    private final NamedParameterJdbcTemplate jdbc;

    TranslationHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One change of one translation: a status code ("published") and the working text before and after. */
    public record Change(long revision, Instant at, String username, String language, String field, String status,
                         String before, String after, boolean published) {

        public String utc() {
            return UTC.format(at);
        }

        /** A numbered field ("reform.2") by its number, the record's other rows being unknown here ("Reform 3"). */
        public Translatable.Label label() {
            return Translatable.Label.of(field, null);
        }
    }

    public List<Change> of(String recordType, long id) {
        Map<Long, String[]> previous = new HashMap<>();
        List<Change> changes = new ArrayList<>();
        jdbc.query(REVISIONS, new MapSqlParameterSource("type", recordType).addValue("id", id), rs -> {
            long translation = rs.getLong("id");
            String text = rs.getString("working_text");
            String published = rs.getString("published_text");
            String[] before = previous.getOrDefault(translation, new String[] {null, null});
            previous.put(translation, new String[] {text, published});
            Timestamp at = rs.getTimestamp("revised_at");
            changes.add(new Change(rs.getLong("rev"), at == null ? null : at.toInstant(), rs.getString("username"),
                    rs.getString("language"), rs.getString("field"), rs.getString("status") == null ? null
                    : rs.getString("status").toLowerCase(java.util.Locale.ROOT), before[0], text,
                    published != null && !Objects.equals(published, before[1])));
        });
        java.util.Collections.reverse(changes);
        return changes;
    }
}
