package org.socialprotection.map.media;

import java.util.UUID;
import java.util.regex.Pattern;

/** The names files are stored under: a random UUID and the extension of the kind the app recognised. */
public final class MediaKey {

    private static final Pattern FORM = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
            + "\\.(pdf|mp3|m4a|ogg|png)");

    private MediaKey() {
    }

    static String newKey(MediaKind kind) {
        return UUID.randomUUID() + "." + kind.extension();
    }

    public static boolean valid(String key) {
        return key != null && FORM.matcher(key).matches();
    }

    /** A store is handed keys the app made; anything else is a programming error, never a path to follow. */
    static void require(String key) {
        if (!valid(key)) {
            throw new IllegalArgumentException("not a media key: '" + key + "'");
        }
    }
}
