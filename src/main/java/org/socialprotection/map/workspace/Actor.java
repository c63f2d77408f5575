package org.socialprotection.map.workspace;

import org.springframework.security.core.Authentication;

/** Who is acting, and whether they may act as an editor (role hierarchy: admins are editors too). */
public record Actor(String username, boolean editor) {

    public static Actor of(Authentication authentication) {
        boolean editor = authentication.getAuthorities().stream().anyMatch(a ->
                a.getAuthority().equals("ROLE_EDITOR") || a.getAuthority().equals("ROLE_ADMIN"));
        return new Actor(authentication.getName(), editor);
    }

    /** A researcher writing through a tool such as the importer: the rules of a researcher's own drafts. */
    public static Actor researcher(String username) {
        return new Actor(username, false);
    }
}
