package org.socialprotection.map.atlas;

/** A record that does not exist, or is not public: answered as a 404 problem. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super("No " + what + " with id '" + id + "'");
    }
}
