package org.socialprotection.map.media;

import org.springframework.security.core.Authentication;

/** Told by the feature that owns a file whether the reader may have it: what a published record holds is public. */
public interface MediaAccess {

    enum Visibility { PUBLIC, PRIVATE, NONE }

    /** PUBLIC for everyone, PRIVATE for this signed-in reader only, NONE when this feature does not let them have it. */
    Visibility visibility(String key, Authentication reader);
}
