package org.socialprotection.map.media;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /media/{key}: a stored file, as the type the app recognised at upload and never as HTML. Spring answers
 * Range requests (206) and If-None-Match / If-Modified-Since (304) from the headers set here; a range the file
 * cannot satisfy is answered here, 416 with bytes * /length, no body and nothing cached. A key never changes content, so a public file is cached for a year.
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
    ResponseEntity<Resource> file(@PathVariable String key, Authentication reader, HttpServletRequest request)
            throws IOException {
        MediaAccess.Visibility visibility = visibility(key, reader);
        MediaFile file = visibility == MediaAccess.Visibility.NONE ? null : library.find(key).orElse(null);
        Resource content = file == null ? null : library.content(key).orElse(null);
        if (content == null) {
            return ResponseEntity.notFound().build();
        }
        String range = request.getHeader(HttpHeaders.RANGE);
        if (range != null && !satisfiable(range, file.getSize())) {
            // Spring would answer 416 but still send the whole file under the year-long cache header
            return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header(HttpHeaders.CONTENT_RANGE, "bytes */" + file.getSize())
                    .cacheControl(CacheControl.noStore())
                    .build();
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

    /**
     * Whether a Range header asks for bytes the file has (RFC 9110 14.1.1: a first position before the end, or a
     * suffix of at least one byte). A header that cannot be parsed is refused as well, as Spring would, but here
     * without the file.
     */
    static boolean satisfiable(String header, long length) {
        List<HttpRange> ranges;
        try {
            ranges = HttpRange.parseRanges(header);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        for (HttpRange r : ranges) {
            try {
                if (r.getRangeStart(length) <= r.getRangeEnd(length) && r.getRangeStart(length) < length) {
                    return true;
                }
            } catch (IllegalArgumentException outside) {
                // this one asks for nothing the file has; another may
            }
        }
        return ranges.isEmpty();
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
