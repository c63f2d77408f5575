package org.socialprotection.map.media;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The media store could not be reached or did not answer in time: the server's passing failure, not the request's.
 * Answered 503 with {@code Retry-After} (a problem document from the API and /media, the 503 page for a form), with
 * a message that names the store and never its address or keys.
 */
public class MediaUnavailable extends ResponseStatusException {

    static final String MESSAGE = "The file store cannot be reached just now. Try again in a minute.";
    private static final int RETRY_AFTER_SECONDS = 30;

    MediaUnavailable(Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, MESSAGE, cause);
    }

    @Override
    public HttpHeaders getHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        return headers;
    }
}
