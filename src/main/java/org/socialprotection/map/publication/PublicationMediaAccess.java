package org.socialprotection.map.publication;

import java.util.List;
import java.util.Map;
import org.socialprotection.map.media.MediaAccess;
import org.socialprotection.map.workspace.Actor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The files of briefs and podcasts: public once the record is published; before that only its author and editors
 * may read them, as they may read the draft.
 */
@Component
class PublicationMediaAccess implements MediaAccess {

    private static final String OWNERS = "SELECT status, created_by FROM publication"
            + " WHERE file_path = :key OR thumbnail_path = :key";

    private final NamedParameterJdbcTemplate jdbc;

    PublicationMediaAccess(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Visibility visibility(String key, Authentication reader) {
        List<Map<String, Object>> rows = jdbc.queryForList(OWNERS, Map.of("key", key));
        if (rows.stream().anyMatch(r -> "PUBLISHED".equals(r.get("status")))) {
            return Visibility.PUBLIC;
        }
        if (reader == null || reader instanceof AnonymousAuthenticationToken || !reader.isAuthenticated()) {
            return Visibility.NONE;
        }
        // the draft rule of Actor.maySee, on the rows that hold the file
        Actor actor = Actor.of(reader);
        return rows.stream().anyMatch(r -> actor.editor() || actor.username().equals(r.get("created_by")))
                ? Visibility.PRIVATE : Visibility.NONE;
    }
}
