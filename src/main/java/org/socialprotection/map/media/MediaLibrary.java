package org.socialprotection.map.media;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.InputStreamSource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores files the app recognised and remembers what they are; the one way into {@link MediaStore}. */
@Service
@Transactional
public class MediaLibrary {

    private final MediaStore store;
    private final MediaFiles files;
    private final MediaSettings settings;

    MediaLibrary(MediaStore store, MediaFiles files, MediaSettings settings) {
        this.store = store;
        this.files = files;
        this.settings = settings;
    }

    /**
     * Recognises an upload by its first bytes, checks it is one of the kinds allowed and within the size limit,
     * and stores it under a new key. The name is only kept, sanitised, to name a download.
     */
    public MediaFile upload(InputStreamSource content, long size, String name, Set<MediaKind> allowed, String user) {
        MediaKind kind = sniff(content).filter(allowed::contains).orElseThrow(() -> new MediaRejected(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media.error.type", "this file is not "
                        + String.join(" or ", allowed.stream().map(k -> k.name()).sorted().toList())
                        + " (the atlas looks at its content, not its name)"));
        long limit = settings.limitFor(kind).toBytes();
        if (size > limit) {
            throw new MediaRejected(HttpStatus.CONTENT_TOO_LARGE, "media.error.size",
                    "the file is larger than " + settings.limitFor(kind).toMegabytes() + " MB");
        }
        if (kind == MediaKind.PDF && !pdfIsWhole(content, size)) {
            throw new MediaRejected(HttpStatus.UNPROCESSABLE_CONTENT, "media.error.pdf",
                    "this PDF does not open (is it damaged or protected by a password?)");
        }
        try (InputStream in = content.getInputStream()) {
            return store(in, kind, FileNames.sanitise(name, kind), user);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores what the app made itself, such as a thumbnail. */
    public MediaFile save(byte[] content, MediaKind kind, String name, String user) {
        try {
            return store(new ByteArrayInputStream(content), kind, FileNames.sanitise(name, kind), user);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(readOnly = true)
    public Optional<MediaFile> find(String key) {
        return MediaKey.valid(key) ? files.findById(key) : Optional.empty();
    }

    public Optional<Resource> content(String key) {
        return store.get(key);
    }

    /** Removes a file that was stored but is not used after all (e.g. a PDF that would not open). */
    public void discard(String key) {
        try {
            store.delete(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.deleteById(key);
    }

    private MediaFile store(InputStream in, MediaKind kind, String name, String user) throws IOException {
        String key = MediaKey.newKey(kind);
        MessageDigest sha = sha256();
        CountingStream counted = new CountingStream(new DigestInputStream(in, sha));
        store.put(key, counted);
        return files.save(new MediaFile(key, kind, counted.count, name, HexFormat.of().formatHex(sha.digest()),
                user));
    }

    private static boolean pdfIsWhole(InputStreamSource content, long size) {
        try {
            return PdfStructure.whole(content, size);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Optional<MediaKind> sniff(InputStreamSource content) {
        try (InputStream in = content.getInputStream()) {
            return MediaKind.sniff(in.readNBytes(MediaKind.HEAD));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
