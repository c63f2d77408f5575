package org.socialprotection.map.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.springframework.core.io.Resource;

/** Where uploaded files live. Keys are made by the caller from {@link MediaKey}, never from a user's file name. */
public interface MediaStore {

    /** Stores the stream under the key; refuses a key that is not one the app makes. */
    void put(String key, InputStream content) throws IOException;

    Optional<Resource> get(String key);

    void delete(String key) throws IOException;
}
