package org.socialprotection.map.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.publication.Publication;
import org.socialprotection.map.publication.Publications;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.support.FormTestSupport;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collections curated in the workspace, by the form and by the JSON API: a researcher's draft, every mistake named
 * on its field, the draft rule for what it links, review and publication (a source first), and the public outputs
 * showing only the published collection's published members.
 */
@AtlasTest
@Transactional
abstract class CollectionFormTests extends FormTestSupport {

    /** A collection on Fiji, with %s for more fields; the observations, schemes and publications by id. */
    static final String FIJI = """
            {"titleEn": "Markets of Fiji", "titleFr": "Marchés des Fidji", "introductionEn": "Vendors at Suva [1].",
             "west": "177", "south": "-19,5", "east": "180", "north": "-16",
             "observations": %s, "schemes": %s, "publications": %s %s}""";

    static final String SOURCES = ", \"sources\": \"WIEGO: markets of Fiji | https://example.org/fiji | 2026-11-28\"";

    @Autowired Collections collections;
    @Autowired Observations observations;
    @Autowired Publications publications;
    @Autowired Fixtures fixtures;

    static String fiji(Object observations, Object schemes, Object publications, String more) {
        return FIJI.formatted(observations, schemes, publications, more);
    }

    @Test
    void aCollectionCreatedThroughTheApiIsAResearchersDraftAndNotPublic() throws Exception {
        Observation suva = fixtures.suvaMarket(PublicationStatus.PUBLISHED);
        Scheme scheme = fixtures.scheme("test-fiji-scheme", "FJI", Branch.CHILD_CARE, PublicationStatus.PUBLISHED);
        Publication brief = fixtures.brief("test-fiji-brief", PublicationStatus.PUBLISHED, java.util.List.of());
        long id = create("collections", ALICE, fiji("[" + suva.getId() + "]", "[" + scheme.getId() + "]",
                "[" + brief.getId() + "]", SOURCES));
        Collection c = collections.findById(id).orElseThrow();
        assertThat(c.getSlug()).matches("markets-of-fiji-[0-9a-f]{6}");
        assertThat(c.getCreatedBy()).isEqualTo("alice");
        assertThat(c.getStatus()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(c.isDemo()).isFalse();
        assertThat(c.extent()).containsExactly(177, -19.5, 180, -16);
        assertThat(c.title(org.socialprotection.map.atlas.Language.FR)).isEqualTo("Marchés des Fidji");
        assertThat(c.getObservations()).containsExactly(suva);
        assertThat(c.getSchemes()).containsExactly(scheme);
        assertThat(c.getPublications()).containsExactly(brief);
        assertThat(c.getSources()).hasSize(1);
        mvc.perform(get("/api/collections/" + c.getSlug())).andExpect(status().isNotFound());
        mvc.perform(get("/collections/" + c.getSlug())).andExpect(status().isNotFound());
        mvc.perform(get("/api/collections")).andExpect(jsonPath("$.items[*].slug", not(hasItem(c.getSlug()))));
        // its researcher finds it among their unpublished records
        mvc.perform(get("/workspace").with(ALICE))
                .andExpect(content().string(containsString("/workspace/collections/" + id + "/edit")));
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsSaved() throws Exception {
        long before = collections.count();
        mvc.perform(post("/api/collections").with(ALICE).contentType(MediaType.APPLICATION_JSON).content("""
                        {"slug": "Not A Slug", "titleEn": " ", "introductionEn": "", "west": "200", "south": "x",
                         "east": "10", "north": "-95", "observations": [999999], "schemes": [999999],
                         "publications": [999999], "sources": "| https://example.org"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.slug").exists())
                .andExpect(jsonPath("$.errors.titleEn").exists())
                .andExpect(jsonPath("$.errors.introductionEn").exists())
                .andExpect(jsonPath("$.errors.west").exists())
                .andExpect(jsonPath("$.errors.south").exists())
                .andExpect(jsonPath("$.errors.north").exists())
                .andExpect(jsonPath("$.errors.observations").exists())
                .andExpect(jsonPath("$.errors.schemes").exists())
                .andExpect(jsonPath("$.errors.publications").exists())
                .andExpect(jsonPath("$.errors['sources[0].title']").exists());
        // west of east, south of north; a slug another collection has
        mvc.perform(post("/api/collections").with(ALICE).contentType(MediaType.APPLICATION_JSON).content(
                        fiji("[]", "[]", "[]", ", \"slug\": \"child-care-in-markets\"").replace("\"180\"", "\"170\"")
                                .replace("\"-16\"", "\"-20\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.slug").exists())
                .andExpect(jsonPath("$.errors.east").exists())
                .andExpect(jsonPath("$.errors.north").exists())
                .andExpect(jsonPath("$.errors.west").doesNotExist());
        // the observations' extent needs observations
        mvc.perform(post("/api/collections").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content(fiji("[]", "[]", "[]", ", \"extentFromObservations\": true")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.extentFromObservations").exists());
        // another researcher's draft cannot be linked, and answers as a missing record
        long bobs = create("observations", BOB, ACCRA.formatted("\"sources\": \"\""));
        mvc.perform(post("/api/collections").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content(fiji("[" + bobs + "]", "[]", "[]", "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.observations").value("a linked record does not exist"));
        // JSON that is not a collection is a bad request, not a server error
        mvc.perform(post("/api/collections").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"observations\": \"all\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/collections").with(ALICE).contentType(MediaType.APPLICATION_JSON).content("{"))
                .andExpect(status().isBadRequest());
        assertThat(collections.count()).isEqualTo(before);
    }

    @Test
    void theExtentCanBeTakenFromItsObservations() throws Exception {
        Observation suva = fixtures.suvaMarket(PublicationStatus.PUBLISHED);
        Observation accra = observations.findBySlug("accra-market-childcare-guidelines").orElseThrow();
        long id = create("collections", ALICE, fiji("[" + suva.getId() + ", " + accra.getId() + "]", "[]", "[]",
                ", \"extentFromObservations\": true"));
        double[] extent = collections.findById(id).orElseThrow().extent();
        double[] expected = {accra.getPublicLocation().getX() - 0.5, suva.getPublicLocation().getY() - 0.5,
                suva.getPublicLocation().getX() + 0.5, accra.getPublicLocation().getY() + 0.5};
        for (int i = 0; i < 4; i++) {
            assertThat(extent[i]).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(0.0001));
        }
    }

    @Test
    void publishingNeedsASourceAndThePublicSeesOnlyPublishedMembers() throws Exception {
        Observation shown = fixtures.suvaMarket(PublicationStatus.PUBLISHED);
        long alicesDraft = create("observations", ALICE, ACCRA.formatted("\"sources\": \"A source\""));
        long id = create("collections", ALICE, fiji("[" + shown.getId() + ", " + alicesDraft + "]", "[]", "[]", ""));
        String slug = collections.findById(id).orElseThrow().getSlug();
        // no source: neither review nor publication
        mvc.perform(post("/api/collections/" + id + "/submit").with(ALICE))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("at least one source")));
        mvc.perform(put("/api/collections/" + id).with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content(fiji("[" + shown.getId() + ", " + alicesDraft + "]", "[]", "[]",
                                SOURCES + ", \"version\": 0, \"slug\": \"test-markets-of-fiji\"")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        move("collections", id, "submit", ALICE, null);
        mvc.perform(get("/workspace/review").with(EDNA))
                .andExpect(content().string(containsString("Markets of Fiji")));
        // a draft member would vanish from the public page without a word: publishing is refused, naming it
        mvc.perform(post("/api/collections/" + id + "/publish").with(EDNA))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("Crèche at the market")));
        move("observations", alicesDraft, "submit", ALICE, null);
        move("observations", alicesDraft, "publish", EDNA, null);
        move("collections", id, "publish", EDNA, null);
        // a member unpublished later leaves the collection's public outputs, the rest stays
        move("observations", alicesDraft, "unpublish", EDNA, "Checking the date");
        mvc.perform(get("/api/collections/test-markets-of-fiji"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.demo").value(false))
                .andExpect(jsonPath("$.observations[*].slug", containsInAnyOrder("test-suva-market")))
                .andExpect(jsonPath("$.sources[0].url").value("https://example.org/fiji"));
        mvc.perform(get("/collections/test-markets-of-fiji?lang=en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Markets of Fiji"),
                        containsString("Fixture test-suva-market"), not(containsString("Crèche at the market")))));
        mvc.perform(get("/api/collections"))
                .andExpect(jsonPath("$.items[?(@.slug == 'test-markets-of-fiji')].observations").value(hasItem(1)));
        assertThat(slug).isNotEqualTo("test-markets-of-fiji");
        // a published collection is an editor's to change; unpublished, it leaves every public output
        mvc.perform(put("/api/collections/" + id).with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content(fiji("[]", "[]", "[]", SOURCES + ", \"version\": 3")))
                .andExpect(status().isForbidden());
        move("collections", id, "unpublish", EDNA, "Needs a second source");
        mvc.perform(get("/api/collections/test-markets-of-fiji")).andExpect(status().isNotFound());
    }

    @Test
    void theFormWorksWithoutScriptAndShowsEachMistakeBesideItsField() throws Exception {
        Observation suva = fixtures.suvaMarket(PublicationStatus.PUBLISHED);
        mvc.perform(get("/workspace/collections/new?lang=fr").with(ALICE))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"collection-form\""),
                        containsString("Nouvelle collection"), containsString("lang=\"es\""),
                        containsString("name=\"_csrf\""), containsString("Fixture test-suva-market"),
                        containsString("Emprise de la carte"))));
        mvc.perform(post("/workspace/collections").with(ALICE).with(csrf())
                        .param("titleEn", "Markets of Fiji").param("introductionEn", "Vendors at Suva [1].")
                        .param("west", "177").param("south", "-19.5").param("east", "180").param("north", "-16")
                        .param("observations", String.valueOf(suva.getId())).param("sources[0].title", "WIEGO").param("sources[0].url", "https://example.org"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/workspace/collections/*/edit"));
        Collection saved = collections.findAll().stream().filter(c -> "alice".equals(c.getCreatedBy()))
                .findFirst().orElseThrow();
        mvc.perform(get("/workspace/collections/" + saved.getId() + "/edit").with(ALICE))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Markets of Fiji\""),
                        containsString("/workspace/history/collections/" + saved.getId()),
                        containsString("/workspace/collections/" + saved.getId() + "/submit"))));
        // another researcher's collection draft is not found
        mvc.perform(get("/workspace/collections/" + saved.getId() + "/edit").with(BOB))
                .andExpect(status().isNotFound());
        mvc.perform(post("/workspace/collections/" + saved.getId()).with(ALICE).with(csrf())
                        .param("id", String.valueOf(saved.getId())).param("version", "0").param("lang", "es")
                        .param("titleEn", "").param("introductionEn", "x").param("west", "10").param("south", "0")
                        .param("east", "5").param("north", "1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"error-summary\""),
                        containsString("href=\"#titleEn\""), containsString("id=\"titleEn-error\""),
                        containsString("id=\"east-error\""),
                        containsString("El borde este debe estar al este del borde oeste."),
                        containsString("aria-invalid=\"true\""))));
        // a form without its CSRF token is refused
        mvc.perform(post("/workspace/collections").with(ALICE).param("titleEn", "No token"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDemoCollectionIsMarkedDemoAndEditableByAnEditorOnly() throws Exception {
        Collection demo = collections.findBySlug(CollectionTests.CHILD_CARE).orElseThrow();
        assertThat(demo.isDemo()).isTrue();
        assertThat(demo.isPublished()).isTrue();
        mvc.perform(get("/workspace/collections/" + demo.getId() + "/edit").with(EDNA))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Child care in markets: Accra, Durban and Kigali")));
        // its history starts with its loading, by the loader
        mvc.perform(get("/workspace/history/collections/" + demo.getId() + "?lang=en").with(EDNA))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Created by"), containsString("Title in English"),
                        containsString("Briefs and podcasts"))));
        mvc.perform(put("/api/collections/" + demo.getId()).with(ALICE).contentType(MediaType.APPLICATION_JSON)
                        .content(fiji("[]", "[]", "[]", SOURCES + ", \"version\": 0")))
                .andExpect(status().isForbidden());
    }
}
