package org.socialprotection.map.account;

import org.socialprotection.map.atlas.Coded;

/** Each role can do what the one before it can. */
public enum Role implements Coded {
    /** Creates and edits drafts, submits them for review. */
    RESEARCHER,
    /** Reviews, publishes, unpublishes and edits anything. */
    EDITOR,
    /** Manages users and their roles. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
