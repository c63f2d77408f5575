package org.socialprotection.map.translation;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialprotection.map.atlas.Language;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published translations of many records in one query, for lists that read flat rows: no entity is loaded,
 * and a page of records costs one more query whatever its size.
 */
@Service
@Transactional(readOnly = true)
public class TranslationReader {

    private static final String PUBLISHED = """
            SELECT record_id, language, field, published_text FROM translation
            WHERE record_type = :type AND record_id IN (:ids) AND published_text IS NOT NULL""";

    private final NamedParameterJdbcTemplate jdbc;

    TranslationReader(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** By record id: its published translations by language and field. Records without any are left out. */
    public Map<Long, Map<Language, Map<String, String>>> published(String recordType, Collection<Long> ids) {
        Map<Long, Map<Language, Map<String, String>>> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<Long> all = List.copyOf(ids);
        // a bound list per statement stays well under what drivers allow for one IN (...)
        for (int from = 0; from < all.size(); from += 1000) {
            MapSqlParameterSource params = new MapSqlParameterSource("type", recordType)
                    .addValue("ids", all.subList(from, Math.min(all.size(), from + 1000)));
            jdbc.query(PUBLISHED, params, rs -> {
                Language language = Language.of(rs.getString(2)).orElse(null);
                if (language != null) {
                    found.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Language.class))
                            .computeIfAbsent(language, k -> new HashMap<>()).put(rs.getString(3), rs.getString(4));
                }
            });
        }
        return found;
    }

    /** One record's published translations. */
    public Map<Language, Map<String, String>> published(String recordType, long id) {
        return published(recordType, List.of(id)).getOrDefault(id, Map.of());
    }
}
