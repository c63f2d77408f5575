package org.socialprotection.map.workspace;

import org.socialprotection.map.workflow.AtlasRecord;
import org.springframework.security.core.Authentication;

/** Who is acting, and whether they may act as an editor (role hierarchy: admins are editors too). */
public record Actor(String username, boolean editor) {

    public static Actor of(Authentication authentication) {
        boolean editor = authentication.getAuthorities().stream().anyMatch(a ->
                a.getAuthority().equals("ROLE_EDITOR") || a.getAuthority().equals("ROLE_ADMIN"));
        return new Actor(authentication.getName(), editor);
    }

    /** Whether this actor may see the record: editors every record, researchers published records and their own. */
    public boolean maySee(AtlasRecord record) {
        return editor || record.isPublished() || username.equals(record.getCreatedBy());
    }

    /** A researcher writing through a tool such as the importer: the rules of a researcher's own drafts. */
    public static Actor researcher(String username) {
        return new Actor(username, false);
    }
}
