package org.socialprotection.map.publication;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.socialprotection.map.media.MediaFile;
import org.socialprotection.map.media.MediaKind;
import org.socialprotection.map.media.MediaLibrary;
import org.socialprotection.map.media.MediaRejected;
import org.socialprotection.map.atlas.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.core.io.InputStreamSource;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stores the file of a brief (a PDF) or a podcast episode (MP3, M4A or OGG), recognised by its content. For a PDF
 * it keeps the page count, the text and a first-page thumbnail. Who may upload is the caller's to check. A replaced
 * file stays in the store: the record's history still names it.
 */
@Service
@Transactional
public class PublicationFiles {

    private static final Set<MediaKind> BRIEF = Set.of(MediaKind.PDF);
    private static final Set<MediaKind> PODCAST = Set.of(MediaKind.MP3, MediaKind.M4A, MediaKind.OGG);

    private final Publications publications;
    private final MediaLibrary library;

    PublicationFiles(Publications publications, MediaLibrary library) {
        this.publications = publications;
        this.library = library;
    }

    public Publication attach(long id, MultipartFile upload, String user) {
        if (upload == null || upload.isEmpty()) {
            throw new MediaRejected(HttpStatus.BAD_REQUEST, "media.error.empty", "choose a file to upload");
        }
        return attach(id, upload, upload.getSize(), upload.getOriginalFilename(), user);
    }

    /** A file from elsewhere than a form (the demo atlas's audio), through the same checks as an upload. */
    public Publication attach(long id, InputStreamSource content, long size, String name, String user) {
        Publication p = publications.findById(id).orElseThrow(() -> new NotFoundException("publication", id));
        MediaFile file = library.upload(content, size, name, p.getType() == PublicationType.BRIEF ? BRIEF : PODCAST,
                user);
        if (file.getKind() != MediaKind.PDF) {
            p.attachFile(file.getKey(), file.getKind().contentType(), file.getSize(), null, null, null);
        } else {
            PdfFacts facts;
            try (InputStream in = content.getInputStream()) {
                facts = PdfFacts.read(in);
            } catch (IOException e) {
                library.discard(file.getKey());
                throw new MediaRejected(HttpStatus.UNPROCESSABLE_CONTENT, "media.error.pdf",
                        "this PDF does not open (is it damaged or protected by a password?)");
            }
            String thumbnail = facts.thumbnail() == null ? null : library.save(facts.thumbnail(), MediaKind.PNG,
                    file.getOriginalName().replaceAll("\\.pdf$", "") + "-page-1", user).getKey();
            p.attachFile(file.getKey(), file.getKind().contentType(), file.getSize(), facts.pages(), thumbnail,
                    facts.text());
        }
        p.updatedBy(user);
        return publications.saveAndFlush(p);
    }
}
