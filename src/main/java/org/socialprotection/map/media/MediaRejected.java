package org.socialprotection.map.media;

import org.springframework.http.HttpStatus;

/** An upload the atlas does not take, with the label of the reason and a plain-English default. */
public class MediaRejected extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public MediaRejected(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public HttpStatus status() { return status; }
    public String code() { return code; }
}
