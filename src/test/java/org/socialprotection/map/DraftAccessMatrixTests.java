package org.socialprotection.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.socialprotection.map.indicator.IndicatorValue;
import org.socialprotection.map.indicator.IndicatorValueEditor;
import org.socialprotection.map.indicator.IndicatorValues;
import org.socialprotection.map.media.SyntheticMedia;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.ObservationEditor;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.publication.Publication;
import org.socialprotection.map.publication.PublicationEditor;
import org.socialprotection.map.publication.Publications;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.scheme.SchemeEditor;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
import org.socialprotection.map.workspace.RecordType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who can read a draft: every GET route of the application (taken from its own mappings, so a new route is covered
 * the day it is added, with the ids, keys and types of one draft of each type filled in) and the searches, exports
 * and feeds, asked by anonymous visitors, the draft's author, another researcher, an editor and an admin. A draft is
 * its author's and the editors' until published: nobody else may learn its text, its exact point or that it exists.
 */
@AtlasTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DraftAccessMatrixTests {

    enum Who { ANONYMOUS, AUTHOR, OTHER_RESEARCHER, EDITOR, ADMIN }

    /** The author of every draft here, as Fixtures makes them. */
    static final String AUTHOR = "test";

    /** Lower case: slugs carry it, and bodies are searched case-insensitively. */
    final String marker = "zq" + UUID.randomUUID().toString().substring(0, 8);
    /** The draft observation's exact point, to the digits a leak would show. */
    static final double LON = -0.1987654;
    static final double LAT = 5.6123456;
    static final List<String> POINT_DIGITS = List.of("5.612345", "-0.198765");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Schemes schemes;
    @Autowired Observations observations;
    @Autowired Publications publications;
    @Autowired IndicatorValues indicators;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    Scheme scheme;
    Observation observation;
    Publication brief;
    Publication publishedBrief;
    IndicatorValue indicator;
    Map<RecordType, Long> drafts;
    List<String> mediaKeys;

    @BeforeAll
    void drafts() throws Exception {
        scheme = fixtures.scheme(marker + "-scheme", "GHA", Branch.MEDICAL_CARE, PublicationStatus.DRAFT);
        observation = fixtures.observation(marker + "-observation", Kind.EXCLUSION, LON, LAT, "GHA", Privacy.EXACT,
                PublicationStatus.DRAFT);
        brief = fixtures.brief(marker + "-brief", PublicationStatus.DRAFT, List.of(observation));
        // a published brief about the draft: it may be public, the draft it links may not
        publishedBrief = fixtures.brief("test-published-about-" + UUID.randomUUID(), PublicationStatus.PUBLISHED,
                List.of(observation));
        IndicatorValue value = new IndicatorValue("GHA", "sdg_1_3_1", 2031, 42.4242, "%", marker + " source",
                "https://example.org/" + marker);
        value.createdBy(AUTHOR);
        indicator = indicators.saveAndFlush(value);
        assertThat(mvc.perform(multipart("/workspace/publications/" + brief.getId() + "/file")
                        .file(new MockMultipartFile("file", marker + ".pdf", "application/pdf", SyntheticMedia.pdf(1)))
                        .with(user(AUTHOR).roles("RESEARCHER")).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        Publication stored = publications.findById(brief.getId()).orElseThrow();
        mediaKeys = new ArrayList<>(List.of(stored.getFilePath()));
        if (stored.getThumbnailPath() != null) {
            mediaKeys.add(stored.getThumbnailPath());
        }
        drafts = Map.of(SchemeEditor.TYPE, scheme.getId(), ObservationEditor.TYPE, observation.getId(),
                PublicationEditor.TYPE, brief.getId(), IndicatorValueEditor.TYPE, indicator.getId());
    }

    @AfterAll
    void deleteDrafts() {
        publications.deleteById(publishedBrief.getId());
        publications.deleteById(brief.getId());
        observations.deleteById(observation.getId());
        schemes.deleteById(scheme.getId());
        indicators.deleteById(indicator.getId());
    }

    /** Every GET route with each draft's id, key and type in its place, and the searches a visitor may try. */
    List<String> urls() {
        Set<String> urls = new LinkedHashSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            var methods = e.getKey().getMethodsCondition().getMethods();
            if (!e.getValue().getBeanType().getPackageName().startsWith("org.socialprotection.map")
                    || !(methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                continue;
            }
            for (String pattern : e.getKey().getPatternValues()) {
                for (Map.Entry<RecordType, Long> draft : drafts.entrySet()) {
                    String path = pattern.replace("{type}", draft.getKey().segment())
                            .replace("{segment}", draft.getKey().segment())
                            .replace("{id}", String.valueOf(draft.getValue()))
                            .replace("{iso3}", "GHA").replace("{code}", "sdg_1_3_1");
                    for (String key : mediaKeys) {
                        urls.add(path.replace("{key}", key).replaceAll("\\{[^}]+}", "x"));
                    }
                }
            }
        }
        // a word of the drafts' titles, not the marker: pages repeat the words searched for
        String q = "q=Fixture";
        urls.addAll(List.of("/search?" + q, "/api/observations?" + q, "/api/observations?country=GHA",
                "/api/observations?bbox=-1,5,1,7", "/api/observations/clusters?bbox=-180,-90,180,90&zoom=2",
                "/api/schemes?country=GHA", "/api/schemes?" + q, "/api/schemes/by-country",
                "/api/publications?observation=" + observation.getId(), "/api/publications?scheme=" + scheme.getId(),
                "/api/publications?country=GHA", "/api/indicators/sdg_1_3_1", "/api/indicators?country=GHA",
                "/api/observations/export?format=csv", "/api/observations/export?format=geojson",
                "/api/observations/export?format=gpkg", "/api/schemes/export?format=csv",
                "/api/publications/export?format=csv",
                "/api/indicators/export?format=csv", "/ogcapi/collections/observations/items?limit=10000",
                "/ogcapi/collections/observations/items/" + observation.getId(),
                "/ogcapi/collections/schemes/items?limit=10000", "/briefs?" + q, "/podcasts/feed.xml",
                "/countries/GHA/podcasts.xml", "/countries/GHA", "/briefs/" + marker + "-brief",
                "/observations/" + marker + "-observation", "/schemes/" + marker + "-scheme",
                "/workspace", "/workspace/review", "/workspace/observations", "/workspace/schemes",
                "/workspace/publications", "/workspace/indicators"));
        return new ArrayList<>(urls);
    }

    MockHttpServletRequestBuilder as(Who who, String url) {
        MockHttpServletRequestBuilder request = get(url);
        return switch (who) {
            case ANONYMOUS -> request;
            case AUTHOR -> request.with(user(AUTHOR).roles("RESEARCHER"));
            case OTHER_RESEARCHER -> request.with(user("rob").roles("RESEARCHER"));
            case EDITOR -> request.with(user("edna").roles("EDITOR"));
            case ADMIN -> request.with(user("ada").roles("ADMIN"));
        };
    }

    /** The pages where a draft is meant to be read: its history, its edit form, its translations and its file. */
    boolean privatePlace(String url) {
        return url.startsWith("/workspace") || url.startsWith("/media/") || url.startsWith("/account")
                || url.startsWith("/admin") || url.matches("/api/[a-z]+/\\d+/translations");
    }

    /**
     * What of the draft the body shows. The address asked is left out first: a 404 page's language links lead back to
     * it, and echoing a slug the reader typed tells them nothing they did not send.
     */
    String leak(String body, String url) {
        String text = body.toLowerCase(Locale.ROOT).replace(url.toLowerCase(Locale.ROOT), "");
        if (text.contains(marker)) {
            return "the draft's text";
        }
        return POINT_DIGITS.stream().filter(text::contains).findFirst().map(d -> "the exact point " + d).orElse(null);
    }

    @Test
    void nobodyButTheAuthorAndEditorsLearnsAnythingOfADraft() throws Exception {
        List<String> urls = urls();
        assertThat(urls).hasSizeGreaterThan(80);
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (String url : urls) {
            for (Who who : Who.values()) {
                MvcResult result = answer(as(who, url));
                requests++;
                int status = result.getResponse().getStatus();
                String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.ISO_8859_1);
                String leak = leak(body, url);
                boolean mayRead = who == Who.AUTHOR || who == Who.EDITOR || who == Who.ADMIN;
                if (status >= 500) {
                    wrong.add(url + " as " + who + ": " + status);
                } else if (leak != null && (!mayRead || !privatePlace(url))) {
                    wrong.add(url + " as " + who + " shows " + leak + " (" + status + ")");
                }
            }
        }
        assertThat(requests).isGreaterThan(400);
        assertThat(wrong).isEmpty();
    }

    @Test
    void theDraftsHistoryEditFormAndFileAreItsAuthorsAndTheEditors() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<RecordType, Long> draft : drafts.entrySet()) {
            RecordType type = draft.getKey();
            long id = draft.getValue();
            for (String url : List.of(type.historyPath(id), type.editPath(id))) {
                expect(wrong, url, Who.ANONYMOUS, 302);
                expect(wrong, url, Who.AUTHOR, 200);
                expect(wrong, url, Who.OTHER_RESEARCHER, 404);
                expect(wrong, url, Who.EDITOR, 200);
                expect(wrong, url, Who.ADMIN, 200);
            }
        }
        for (String key : mediaKeys) {
            String url = "/media/" + key;
            expect(wrong, url, Who.ANONYMOUS, 404);
            expect(wrong, url, Who.AUTHOR, 200);
            expect(wrong, url, Who.OTHER_RESEARCHER, 404);
            expect(wrong, url, Who.EDITOR, 200);
            expect(wrong, url, Who.ADMIN, 200);
        }
        assertThat(wrong).isEmpty();
    }

    private void expect(List<String> wrong, String url, Who who, int status) throws Exception {
        MvcResult result = answer(as(who, url));
        int actual = result.getResponse().getStatus();
        if (actual != status) {
            wrong.add(url + " as " + who + ": expected " + status + ", got " + actual);
        } else if (status == 302 && !String.valueOf(result.getResponse().getRedirectedUrl()).endsWith("/login")) {
            wrong.add(url + " as " + who + ": redirected to " + result.getResponse().getRedirectedUrl());
        }
    }

    /**
     * The whole answer: an export streams its body on another thread, and reading the response before that thread is
     * done raced its header writing (a ConcurrentModificationException in the mock response).
     */
    private MvcResult answer(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        return result.getRequest().isAsyncStarted()
                ? mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(result))
                        .andReturn()
                : result;
    }
}
