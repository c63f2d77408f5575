package org.socialprotection.map.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The record of which datasets were loaded, and access to their files. */
@Component
class DataLoads {

    private final JdbcTemplate jdbc;
    private final ResourceLoader resources;
    private final DataSettings settings;

    DataLoads(JdbcTemplate jdbc, ResourceLoader resources, DataSettings settings) {
        this.jdbc = jdbc;
        this.resources = resources;
        this.settings = settings;
    }

    boolean loaded(String dataset) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM data_load WHERE dataset = ?", Integer.class, dataset);
        return n != null && n > 0;
    }

    void record(String dataset, String checksum, int records) {
        jdbc.update("INSERT INTO data_load (dataset, checksum, records, loaded_at) VALUES (?, ?, ?, ?)",
                dataset, checksum, records, Timestamp.from(Instant.now()));
    }

    byte[] read(String path) {
        Resource resource = resources.getResource(settings.location() + path);
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the data file " + settings.location() + path
                    + ": " + e.getMessage(), e);
        }
    }

    static String checksum(List<byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach(digest::update);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
