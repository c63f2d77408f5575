package org.socialprotection.map.workspace;

import org.springframework.security.core.Authentication;

/** Who is acting, and whether they may act as an editor (role hierarchy: admins are editors too). */
record Actor(String username, boolean editor) {

    static Actor of(Authentication authentication) {
        boolean editor = authentication.getAuthorities().stream().anyMatch(a ->
                a.getAuthority().equals("ROLE_EDITOR") || a.getAuthority().equals("ROLE_ADMIN"));
        return new Actor(authentication.getName(), editor);
    }
}
