package org.socialprotection.map.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** Recognising files by content, safe names and keys that cannot leave the store's folder. */
class MediaKindTests {

    @TempDir Path folder;

    @Test
    void recognisesKindsByTheirFirstBytes() throws Exception {
        assertThat(MediaKind.sniff(SyntheticMedia.pdf(1))).contains(MediaKind.PDF);
        assertThat(MediaKind.sniff(SyntheticMedia.mp3(1))).contains(MediaKind.MP3);
        assertThat(MediaKind.sniff(new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64})).contains(MediaKind.MP3);
        assertThat(MediaKind.sniff(SyntheticMedia.ogg())).contains(MediaKind.OGG);
        byte[] m4a = new byte[16];
        System.arraycopy("\0\0\0\u0018ftypM4A ".getBytes(StandardCharsets.ISO_8859_1), 0, m4a, 0, 12);
        assertThat(MediaKind.sniff(m4a)).contains(MediaKind.M4A);
        assertThat(MediaKind.sniff("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(MediaKind.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isEmpty();
        assertThat(MediaKind.sniff(new byte[0])).isEmpty();
    }

    @Test
    void keepsOnlyTheSafeLastPartOfAName() {
        assertThat(FileNames.sanitise("../../etc/passwd.pdf", MediaKind.PDF)).isEqualTo("passwd.pdf");
        assertThat(FileNames.sanitise("..\\..\\boot.ini", MediaKind.PDF)).isEqualTo("boot.ini.pdf");
        assertThat(FileNames.sanitise("Résumé \"final\"<x>.PDF", MediaKind.PDF)).isEqualTo("Resume _final__x_.pdf");
        assertThat(FileNames.sanitise("...", MediaKind.MP3)).isEqualTo("file.mp3");
        assertThat(FileNames.sanitise(null, MediaKind.OGG)).isEqualTo("file.ogg");
    }

    @Test
    void storesUnderAppKeysInsideItsFolderOnly() throws Exception {
        LocalMediaStore store = new LocalMediaStore(new MediaSettings(folder.resolve("media"), DataSize.ofMegabytes(1),
                DataSize.ofMegabytes(1), MediaSettings.Store.FOLDER, null));
        String key = MediaKey.newKey(MediaKind.PDF);
        store.put(key, new java.io.ByteArrayInputStream(SyntheticMedia.pdf(1)));
        assertThat(store.get(key)).isPresent();
        assertThat(folder.resolve("media").resolve(key)).exists();
        assertThatThrownBy(() -> store.put("../escape.pdf", java.io.InputStream.nullInputStream()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.get("../../etc/passwd")).isEmpty();
        assertThat(folder.resolve("escape.pdf")).doesNotExist();
        store.delete(key);
        assertThat(store.get(key)).isEmpty();
    }
}
