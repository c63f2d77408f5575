package org.socialprotection.map.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The version of the front end's files: a hash of their content, so that a change is a new URL. */
@Component
public class StaticAssets {

    private final String version;

    StaticAssets() throws IOException {
        this.version = hash(new PathMatchingResourcePatternResolver().getResources("classpath:/static/frontend/**/*.*"));
    }

    public String version() {
        return version;
    }

    private static String hash(Resource[] resources) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Resource[] sorted = resources.clone();
            Arrays.sort(sorted, Comparator.comparing(StaticAssets::path));
            for (Resource resource : sorted) {
                digest.update(path(resource).getBytes());
                try (InputStream in = resource.getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
            return "v" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String path(Resource resource) {
        try {
            String url = resource.getURL().toString();
            return url.substring(url.indexOf("/static/frontend/"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
