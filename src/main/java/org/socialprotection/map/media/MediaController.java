package org.socialprotection.map.media;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /media/{key}: a stored file, as the type the app recognised at upload and never as HTML. Spring answers
 * Range requests (206, or 416 with bytes * /length) and If-None-Match / If-Modified-Since (304) from the
 * headers set here. A key never changes content, so a public file is cached for a year.
 */
@RestController
class MediaController {

    private final MediaLibrary library;
    private final List<MediaAccess> access;

    MediaController(MediaLibrary library, List<MediaAccess> access) {
        this.library = library;
        this.access = access;
    }

    @GetMapping("/media/{key}")
    ResponseEntity<Resource> file(@PathVariable String key, Authentication reader) throws IOException {
        MediaAccess.Visibility visibility = visibility(key, reader);
        MediaFile file = visibility == MediaAccess.Visibility.NONE ? null : library.find(key).orElse(null);
        Resource content = file == null ? null : library.content(key).orElse(null);
        if (content == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.getKind().contentType()))
                .eTag("\"" + file.getSha256() + "\"")
                .lastModified(file.getCreatedAt())
                .cacheControl(visibility == MediaAccess.Visibility.PUBLIC
                        ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
                        : CacheControl.noStore().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(file.getOriginalName()).build().toString())
                .body(content);
    }

    private MediaAccess.Visibility visibility(String key, Authentication reader) {
        if (!MediaKey.valid(key)) {
            return MediaAccess.Visibility.NONE;
        }
        MediaAccess.Visibility best = MediaAccess.Visibility.NONE;
        for (MediaAccess a : access) {
            MediaAccess.Visibility v = a.visibility(key, reader);
            if (v == MediaAccess.Visibility.PUBLIC) {
                return v;
            }
            if (v == MediaAccess.Visibility.PRIVATE) {
                best = v;
            }
        }
        return best;
    }
}
