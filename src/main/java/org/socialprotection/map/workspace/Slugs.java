package org.socialprotection.map.workspace;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Slugs of new records: readable words from the name and a short random suffix, so that two schemes of the same
 * name never collide and a slug says nothing that a later rename would make false about the record's order.
 */
public final class Slugs {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Slugs() {
    }

    /** E.g. "gha-livelihood-empowerment-against-poverty-3f9a1c" for prefix "gha" and that name. */
    public static String of(String prefix, String name) {
        String words = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (words.length() > 60) {
            words = words.substring(0, 60).replaceAll("-+$", "");
        }
        byte[] suffix = new byte[3];
        RANDOM.nextBytes(suffix);
        StringBuilder slug = new StringBuilder();
        if (prefix != null && !prefix.isBlank()) {
            slug.append(prefix.toLowerCase(Locale.ROOT)).append('-');
        }
        if (!words.isEmpty()) {
            slug.append(words).append('-');
        }
        return slug.append(HexFormat.of().formatHex(suffix)).toString();
    }
}
