package org.socialprotection.map.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.atlas.PartialDate;
import org.socialprotection.map.publication.Publication;
import org.socialprotection.map.publication.PublicationType;
import org.socialprotection.map.publication.Publications;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Uploading a brief's PDF or an episode's audio from the workspace, and serving it at /media/{key}. */
@AtlasTest
@Transactional
@TestPropertySource(properties = {"spmap.media.location=target/test-media", "spmap.media.max-pdf-size=200KB",
        "spmap.media.max-audio-size=1MB"})
public abstract class MediaTests {

    @Autowired protected MockMvc mvc;
    @Autowired protected Fixtures fixtures;
    @Autowired protected Publications publications;
    @Autowired protected MediaLibrary library;
    @Autowired MediaFiles mediaFiles;

    @Test
    void aPdfGivesPagesTextAndAThumbnail() throws Exception {
        Publication brief = fixtures.brief("test-media-brief", PublicationStatus.DRAFT, List.of());
        upload(brief, "file", "brief.pdf", SyntheticMedia.pdf(3), "test")
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "workspace.saved"));
        Publication stored = publications.findById(brief.getId()).orElseThrow();
        assertThat(MediaKey.valid(stored.getFilePath())).isTrue();
        assertThat(stored.getFilePath()).endsWith(".pdf");
        assertThat(stored.getFileType()).isEqualTo("application/pdf");
        assertThat(stored.getPageCount()).isEqualTo(3);
        assertThat(stored.getExtractedText()).contains("Synthetic test brief, page 2");
        MediaFile thumbnail = library.find(stored.getThumbnailPath()).orElseThrow();
        assertThat(thumbnail.getKind()).isEqualTo(MediaKind.PNG);
        try (InputStream in = library.content(thumbnail.getKey()).orElseThrow().getInputStream()) {
            BufferedImage image = ImageIO.read(in);
            assertThat(image.getWidth()).isBetween(299, 301);
        }
    }

    @Test
    void refusesAFileByItsContentNotItsName() throws Exception {
        Publication brief = fixtures.brief("test-media-html", PublicationStatus.DRAFT, List.of());
        upload(brief, "file", "brief.pdf", "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                "test").andExpect(flash().attribute("fileError", containsString("not PDF")));
        upload(brief, "file", "episode.pdf", SyntheticMedia.mp3(3), "test")
                .andExpect(flash().attribute("fileError", containsString("not PDF")));
        assertThat(publications.findById(brief.getId()).orElseThrow().getFilePath()).isNull();
        Publication episode = podcast("test-media-pdf-episode", PublicationStatus.DRAFT);
        upload(episode, "file", "episode.mp3", SyntheticMedia.pdf(1), "test")
                .andExpect(flash().attribute("fileError", containsString("not M4A or MP3 or OGG")));
    }

    /** PDFBox repairs much; a file cut off in the middle, or with its end replaced, is refused all the same. */
    @Test
    void refusesATruncatedOrCorruptPdf() throws Exception {
        Publication brief = fixtures.brief("test-media-truncated", PublicationStatus.DRAFT, List.of());
        byte[] pdf = SyntheticMedia.pdf(2);
        byte[] half = Arrays.copyOf(pdf, pdf.length / 2);
        byte[] noEnd = Arrays.copyOf(pdf, pdf.length - 40);
        byte[] garbage = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1), 2000);
        for (byte[] broken : List.of(half, noEnd, garbage)) {
            long files = mediaFiles.count();
            upload(brief, "file", "brief.pdf", broken, "test")
                    .andExpect(flash().attribute("fileError", containsString("does not open")));
            assertThat(mediaFiles.count()).isEqualTo(files);
        }
        assertThat(publications.findById(brief.getId()).orElseThrow().getFilePath()).isNull();
        upload(brief, "file", "brief.pdf", pdf, "test").andExpect(status().is3xxRedirection());
    }

    @Test
    void refusesAFileOverTheLimitWithTheLimit() throws Exception {
        Publication brief = fixtures.brief("test-media-large", PublicationStatus.DRAFT, List.of());
        byte[] large = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 300 * 1024);
        upload(brief, "file", "large.pdf", large, "test")
                .andExpect(flash().attribute("fileError", containsString("larger than")));
        assertThat(publications.findById(brief.getId()).orElseThrow().getFilePath()).isNull();
    }

    @Test
    void keepsOnlyASafeNameAndNamesTheDownloadWithIt() throws Exception {
        Publication brief = fixtures.brief("test-media-traversal", PublicationStatus.PUBLISHED, List.of());
        upload(brief, "file", "../../etc/passwd.pdf", SyntheticMedia.pdf(1), "test-editor", "EDITOR")
                .andExpect(status().is3xxRedirection());
        String key = publications.findById(brief.getId()).orElseThrow().getFilePath();
        assertThat(library.find(key).orElseThrow().getOriginalName()).isEqualTo("passwd.pdf");
        mvc.perform(get("/media/" + key))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"passwd.pdf\""));
    }

    @Test
    void onlyTheAuthorOfADraftOrAnEditorUploads() throws Exception {
        Publication brief = fixtures.brief("test-media-others", PublicationStatus.DRAFT, List.of());
        upload(brief, "file", "brief.pdf", SyntheticMedia.pdf(1), "someone-else").andExpect(status().isNotFound());
        Publication review = fixtures.brief("test-media-review", PublicationStatus.IN_REVIEW, List.of());
        upload(review, "file", "brief.pdf", SyntheticMedia.pdf(1), "test").andExpect(status().isForbidden());
        mvc.perform(multipart("/workspace/publications/" + brief.getId() + "/file")
                        .file(new MockMultipartFile("file", "brief.pdf", "application/pdf", SyntheticMedia.pdf(1)))
                        .with(user("test").roles("RESEARCHER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void servesPublishedAudioWithRangesAndCaching() throws Exception {
        Publication episode = podcast("test-media-range", PublicationStatus.PUBLISHED);
        byte[] audio = SyntheticMedia.mp3(4);
        upload(episode, "file", "episode.mp3", audio, "test-editor", "EDITOR").andExpect(status().is3xxRedirection());
        Publication stored = publications.findById(episode.getId()).orElseThrow();
        assertThat(stored.getFileType()).isEqualTo("audio/mpeg");
        assertThat(stored.getFileSize()).isEqualTo(audio.length);
        String url = "/media/" + stored.getFilePath();
        String etag = mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "audio/mpeg"))
                .andExpect(header().longValue("Content-Length", audio.length))
                .andExpect(header().string("Accept-Ranges", "bytes"))
                .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("Last-Modified"))
                .andExpect(content().bytes(audio))
                .andReturn().getResponse().getHeader("ETag");
        assertThat(etag).startsWith("\"");
        mvc.perform(get(url).header("Range", "bytes=0-9"))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 0-9/" + audio.length))
                .andExpect(content().bytes(Arrays.copyOfRange(audio, 0, 10)));
        mvc.perform(get(url).header("Range", "bytes=100-"))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 100-" + (audio.length - 1) + "/" + audio.length))
                .andExpect(content().bytes(Arrays.copyOfRange(audio, 100, audio.length)));
        mvc.perform(get(url).header("Range", "bytes=-5"))
                .andExpect(status().isPartialContent())
                .andExpect(content().bytes(Arrays.copyOfRange(audio, audio.length - 5, audio.length)));
        for (String unsatisfiable : List.of("bytes=" + (audio.length + 10) + "-", "bytes=999999999-",
                "bytes=" + audio.length + "-" + (audio.length + 5), "bytes=-0", "bytes=abc", "items=0-9")) {
            var refused = mvc.perform(get(url).header("Range", unsatisfiable))
                    .andExpect(status().isRequestedRangeNotSatisfiable())
                    .andExpect(header().string("Content-Range", "bytes */" + audio.length))
                    .andReturn().getResponse();
            assertThat(refused.getContentAsByteArray()).as(unsatisfiable).isEmpty();
            assertThat(refused.getHeader("Cache-Control")).doesNotContain("immutable").contains("no-store");
        }
        mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isNotModified());
    }

    @Test
    void servesADraftsFileToItsAuthorOnly() throws Exception {
        Publication episode = podcast("test-media-draft", PublicationStatus.DRAFT);
        upload(episode, "file", "episode.ogg", SyntheticMedia.ogg(), "test").andExpect(status().is3xxRedirection());
        String url = "/media/" + publications.findById(episode.getId()).orElseThrow().getFilePath();
        mvc.perform(get(url)).andExpect(status().isNotFound());
        mvc.perform(get(url).with(user("someone-else").roles("RESEARCHER"))).andExpect(status().isNotFound());
        mvc.perform(get(url).with(user("test").roles("RESEARCHER")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "audio/ogg"))
                .andExpect(header().string("Cache-Control", startsWith("no-store")));
        mvc.perform(get("/media/not-a-key.html")).andExpect(status().isNotFound());
        mvc.perform(get("/media/00000000-0000-0000-0000-000000000000.pdf")).andExpect(status().isNotFound());
    }

    @Test
    void thePagesShowTheFile() throws Exception {
        Publication episode = podcast("test-media-page", PublicationStatus.PUBLISHED);
        upload(episode, "file", "episode.mp3", SyntheticMedia.mp3(2), "test-editor", "EDITOR");
        String key = publications.findById(episode.getId()).orElseThrow().getFilePath();
        mvc.perform(get("/podcasts/" + episode.getId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<audio controls preload=\"none\"")))
                .andExpect(content().string(containsString("src=\"/media/" + key + "\"")));
        Publication brief = fixtures.brief("test-media-brief-page", PublicationStatus.PUBLISHED, List.of());
        upload(brief, "file", "brief.pdf", SyntheticMedia.pdf(2), "test-editor", "EDITOR");
        Publication stored = publications.findById(brief.getId()).orElseThrow();
        mvc.perform(get("/briefs/" + brief.getId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/media/" + stored.getThumbnailPath())))
                .andExpect(content().string(containsString("href=\"/media/" + stored.getFilePath() + "\"")))
                .andExpect(content().string(containsString("2 ")));
        mvc.perform(get("/workspace/publications/" + brief.getId() + "/edit").with(user("test-editor").roles("EDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    protected org.springframework.test.web.servlet.ResultActions upload(Publication p, String part, String name,
            byte[] bytes, String username, String... roles) throws Exception {
        return mvc.perform(multipart("/workspace/publications/" + p.getId() + "/file")
                .file(new MockMultipartFile(part, name, "application/octet-stream", bytes))
                .with(user(username).roles(roles.length == 0 ? new String[] {"RESEARCHER"} : roles))
                .with(csrf()));
    }

    protected Publication podcast(String slug, PublicationStatus status) {
        Publication p = new Publication(slug, PublicationType.PODCAST, "Synthetic episode " + slug, "en");
        p.setUrl("https://example.org/" + slug);
        p.setPublishedOn(new PartialDate("2024"));
        p.setStatus(status);
        p.createdBy("test");
        return publications.saveAndFlush(p);
    }
}
