package org.socialprotection.map.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.DatabaseMetaData;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files in the database (table media_content: a large object each on PostgreSQL, a BLOB on H2), so that every app
 * node on the same database serves a file uploaded through any of them, with no shared disk. A file is written in
 * the uploader's transaction: it exists exactly when its media_file row does.
 * <p>
 * Reading a large object needs a transaction and a connection for as long as the reader takes, and audio is read in
 * ranges, again and again, by players on slow networks. So the first read on a node copies the file into
 * {@code spmap.media.location}/db-copies and serves it from there. Keys are never reused (a random UUID per upload),
 * so a copy is never out of date; a removed file is no longer listed in media_file, which is asked first.
 */
@Component
@ConditionalOnProperty(name = "spmap.media.store", havingValue = "database")
class DatabaseMediaStore implements MediaStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate reading;
    private final Path copies;
    /** Files uploaded while the store was a folder are still served from it. */
    private final LocalMediaStore folder;
    private final boolean postgres;

    DatabaseMediaStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, MediaSettings settings) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.copies = settings.location().toAbsolutePath().normalize().resolve("db-copies");
        this.folder = new LocalMediaStore(settings);
        String product = jdbc.execute((ConnectionCallback<String>) c -> {
            DatabaseMetaData meta = c.getMetaData();
            return meta.getDatabaseProductName();
        });
        this.postgres = product != null && product.toLowerCase(Locale.ROOT).contains("postgres");
    }

    @Override
    public void put(String key, InputStream content) {
        MediaKey.require(key);
        // setBlob streams the content into a new large object (PostgreSQL) or BLOB (H2) without holding it whole
        transaction.executeWithoutResult(status -> jdbc.update(
                "INSERT INTO media_content (media_key, content) VALUES (?, ?)", ps -> {
                    ps.setString(1, key);
                    ps.setBlob(2, content);
                }));
    }

    @Override
    public Optional<Resource> get(String key) {
        if (!MediaKey.valid(key)) {
            return Optional.empty();
        }
        Path copy = copies.resolve(key);
        if (Files.isRegularFile(copy)) {
            return Optional.of(new FileSystemResource(copy));
        }
        Boolean found = reading.execute(status ->
                jdbc.query("SELECT content FROM media_content WHERE media_key = ?", rs -> {
                    if (!rs.next()) {
                        return false;
                    }
                    Blob blob = rs.getBlob(1);
                    try (InputStream in = blob.getBinaryStream()) {
                        NodeCopies.write(in, copies, copy);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } finally {
                        blob.free();
                    }
                    return true;
                }, key));
        return Boolean.TRUE.equals(found) ? Optional.of(new FileSystemResource(copy)) : folder.get(key);
    }

    @Override
    public void delete(String key) throws IOException {
        MediaKey.require(key);
        transaction.executeWithoutResult(status -> {
            if (postgres) {
                // a large object outlives the row that names it unless it is unlinked
                jdbc.query("SELECT lo_unlink(content) FROM media_content WHERE media_key = ?", rs -> { }, key);
            }
            jdbc.update("DELETE FROM media_content WHERE media_key = ?", key);
        });
        Files.deleteIfExists(copies.resolve(key));
        folder.delete(key);
    }
}
