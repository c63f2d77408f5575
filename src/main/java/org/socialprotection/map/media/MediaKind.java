package org.socialprotection.map.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The kinds of file the atlas stores, recognised by their first bytes and never by their name. */
public enum MediaKind {
    PDF("application/pdf", "pdf", false),
    MP3("audio/mpeg", "mp3", true),
    M4A("audio/mp4", "m4a", true),
    OGG("audio/ogg", "ogg", true),
    /** Thumbnails the app renders; never accepted from an upload. */
    PNG("image/png", "png", false);

    /** How many first bytes {@link #sniff} needs. */
    public static final int HEAD = 16;
    private static final Set<String> M4A_BRANDS = Set.of("M4A ", "M4B ", "mp42", "mp41", "isom", "iso2", "dash");

    private final String contentType;
    private final String extension;
    private final boolean audio;

    MediaKind(String contentType, String extension, boolean audio) {
        this.contentType = contentType;
        this.extension = extension;
        this.audio = audio;
    }

    public String contentType() { return contentType; }
    public String extension() { return extension; }
    public boolean audio() { return audio; }

    /** What the first bytes of an upload say it is: PDF, MP3, M4A or OGG; empty for anything else. */
    public static Optional<MediaKind> sniff(byte[] head) {
        if (startsWith(head, 0, "%PDF-")) {
            return Optional.of(PDF);
        }
        if (startsWith(head, 0, "OggS")) {
            return Optional.of(OGG);
        }
        if (startsWith(head, 4, "ftyp") && head.length >= 12
                && M4A_BRANDS.contains(new String(head, 8, 4, StandardCharsets.ISO_8859_1))) {
            return Optional.of(M4A);
        }
        if (startsWith(head, 0, "ID3")) {
            return Optional.of(MP3);
        }
        // an MPEG audio frame: 11 sync bits, then a version, a layer and a bitrate that are not "reserved"/"bad"
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0
                && (head[1] & 0x18) != 0x08 && (head[1] & 0x06) != 0 && (head[2] & 0xF0) != 0xF0) {
            return Optional.of(MP3);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, int offset, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
        return head.length >= offset + m.length && Arrays.equals(head, offset, offset + m.length, m, 0, m.length);
    }
}
