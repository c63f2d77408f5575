package org.socialprotection.map.media;

import java.text.Normalizer;

/** A user's file name made safe to keep and to show: no folders, no control or quoting characters, short. */
public final class FileNames {

    private static final int MAX = 120;

    private FileNames() {
    }

    public static String sanitise(String name, MediaKind kind) {
        String base = name == null ? "" : name;
        base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
        base = Normalizer.normalize(base, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        base = base.replaceAll("[^A-Za-z0-9._ -]", "_").replaceAll("\\.{2,}", ".").replaceAll("^[. _-]+", "")
                .trim();
        String ext = "." + kind.extension();
        if (base.toLowerCase().endsWith(ext)) {
            base = base.substring(0, base.length() - ext.length());
        }
        base = base.replaceAll("[. ]+$", "");
        if (base.isEmpty()) {
            base = "file";
        }
        if (base.length() > MAX) {
            base = base.substring(0, MAX);
        }
        return base + ext;
    }
}
