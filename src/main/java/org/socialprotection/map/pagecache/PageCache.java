package org.socialprotection.map.pagecache;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Rendered pages in memory, least recently read first out, bounded in count and in bytes. */
@Component
class PageCache {

    /**
     * A page as it was built, its CSP nonce replaced by {@link PageCacheFilter#NONCE_MARK}.
     *
     * @param version the atlas's version read before the page was built
     * @param headers the response headers worth replaying (type, language, the language cookie)
     */
    record Page(String version, Instant built, String etag, int status, List<Map.Entry<String, String>> headers,
                String body) {
        long bytes() {
            return body.length() * 2L;
        }
    }

    record Key(String path, String query, String language) {
    }

    private final PageCacheSettings settings;
    private final LinkedHashMap<Key, Page> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    PageCache(PageCacheSettings settings) {
        this.settings = settings;
    }

    /** The page kept for this key while the atlas is at this version and the page is young enough; else null. */
    synchronized Page get(Key key, String version, Instant now) {
        Page page = pages.get(key);
        if (page == null) {
            return null;
        }
        if (!page.version().equals(version) || page.built().plus(settings.maxAge()).isBefore(now)) {
            remove(key);
            return null;
        }
        return page;
    }

    synchronized void put(Key key, Page page) {
        if (page.bytes() > settings.maxBytes() / 4) {
            return;
        }
        remove(key);
        pages.put(key, page);
        bytes += page.bytes();
        var eldest = pages.entrySet().iterator();
        while ((pages.size() > settings.maxEntries() || bytes > settings.maxBytes()) && eldest.hasNext()) {
            bytes -= eldest.next().getValue().bytes();
            eldest.remove();
        }
    }

    synchronized int size() {
        return pages.size();
    }

    synchronized void clear() {
        pages.clear();
        bytes = 0;
    }

    private void remove(Key key) {
        Page old = pages.remove(key);
        if (old != null) {
            bytes -= old.bytes();
        }
    }
}
