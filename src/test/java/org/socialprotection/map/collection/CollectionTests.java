package org.socialprotection.map.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.publication.Publication;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Collections on the demo atlas: the child-care collection, drafts kept out, and the reader's language. */
@AtlasTest
@Transactional
abstract class CollectionTests {

    static final String CHILD_CARE = "child-care-in-markets";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Collections collections;
    @Autowired Observations observations;

    @Test
    void theDemoCollectionLoadsWithItsObservationsPublicationsAndSources() throws Exception {
        mvc.perform(get("/api/collections"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].slug", hasItem(CHILD_CARE)));
        mvc.perform(get("/api/collections/" + CHILD_CARE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Child care in markets: Accra, Durban and Kigali"))
                .andExpect(jsonPath("$.demo").value(true))
                .andExpect(jsonPath("$.extent", containsInAnyOrder(-1.0, -30.5, 31.5, 6.5)))
                .andExpect(jsonPath("$.observations[*].slug", containsInAnyOrder(
                        "accra-market-childcare-guidelines", "accra-covid-traders-childcare",
                        "durban-warwick-child-care-pilots", "durban-silindokuhle-childcare-lockdown",
                        "durban-covid-traders-childcare", "kigali-wiego-childcare-markets",
                        "kigali-sytrieci-childcare-savings")))
                .andExpect(jsonPath("$.observations[*].country", everyItem(in(List.of("GHA", "ZAF", "RWA")))))
                .andExpect(jsonPath("$.publications[*].slug", hasItem("ebook-child-care-in-markets")))
                .andExpect(jsonPath("$.publications[*].slug", hasItem("podcast-43-child-care-markets")))
                .andExpect(jsonPath("$.sources", hasSize(7)))
                .andExpect(jsonPath("$.sources[0].url").value("https://www.wiego.org/child-care-markets"))
                .andExpect(jsonPath("$.mapUrl", startsWith("/?collection=" + CHILD_CARE + "&lat=")));
    }

    /** The map preset shows the collection's observations: the API, the map page's list and its exports filter by it. */
    @Test
    void theMapPresetFiltersTheMapListAndExportsToTheCollectionsObservations() throws Exception {
        List<String> members = List.of("accra-market-childcare-guidelines", "accra-covid-traders-childcare",
                "durban-warwick-child-care-pilots", "durban-silindokuhle-childcare-lockdown",
                "durban-covid-traders-childcare", "kigali-wiego-childcare-markets", "kigali-sytrieci-childcare-savings");
        mvc.perform(get("/api/observations?collection=" + CHILD_CARE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(members.size()))
                .andExpect(jsonPath("$.features[*].properties.slug", containsInAnyOrder(members.toArray())));
        // with another filter: the collection's exclusions only
        mvc.perform(get("/api/observations?collection=" + CHILD_CARE + "&country=ZAF"))
                .andExpect(jsonPath("$.features[*].properties.country", everyItem(in(List.of("ZAF")))))
                .andExpect(jsonPath("$.numberMatched").value(3));
        mvc.perform(get("/api/observations/clusters?collection=" + CHILD_CARE + "&zoom=2"))
                .andExpect(status().isOk());
        var started = mvc.perform(get("/api/observations/export?format=csv&collection=" + CHILD_CARE))
                .andExpect(status().isOk()).andReturn();
        String csv = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .asyncDispatch(started)).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().count()).isEqualTo(members.size() + 1);
        mvc.perform(get("/?collection=" + CHILD_CARE + "&lang=en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("7 observations match")))
                .andExpect(content().string(containsString(
                        "name=\"collection\" value=\"" + CHILD_CARE + "\" checked")))
                .andExpect(content().string(containsString(
                        "Only the observations of the collection “Child care in markets: Accra, Durban and Kigali”")))
                .andExpect(content().string(containsString("collection=" + CHILD_CARE + "&amp;from")));
    }

    @Test
    void aFilterByADraftOrUnknownCollectionIsRefusedNotAnEmptyMap() throws Exception {
        Collection c = collections.findBySlug(CHILD_CARE).orElseThrow();
        c.setStatus(PublicationStatus.DRAFT);
        collections.saveAndFlush(c);
        for (String path : List.of("/api/observations", "/api/observations/clusters?zoom=2&",
                "/api/observations/export?format=csv&")) {
            String url = path.contains("?") ? path + "collection=" + CHILD_CARE : path + "?collection=" + CHILD_CARE;
            mvc.perform(get(url)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(
                            "Parameter 'collection': no published collection '" + CHILD_CARE + "'"));
        }
        mvc.perform(get("/api/observations?collection=Not a slug")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("collection"));
        // the page drops it and says so, as it does for any filter it cannot use
        mvc.perform(get("/?collection=" + CHILD_CARE + "&lang=en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Some filters were not understood")))
                .andExpect(content().string(not(containsString("name=\"collection\""))));
    }

    /** Every sentence of the demo introduction, in every language, ends with a reference to one of its sources. */
    @Test
    void everyStatementOfTheDemoIntroductionNamesItsSource() {
        Collection c = collections.findBySlug(CHILD_CARE).orElseThrow();
        int sources = c.getSources().size();
        for (Language language : Language.values()) {
            assertThat(c.introductionLanguage(language)).isEqualTo(language);
            String text = c.introduction(language);
            for (String sentence : text.split("(?<=[.;])\\s+")) {
                assertThat(sentence).as(language + ": " + sentence).matches("(?s).*(\\[\\d+])+\\s?[.;]$");
            }
            Matcher reference = Pattern.compile("\\[(\\d+)]").matcher(text);
            while (reference.find()) {
                assertThat(Integer.parseInt(reference.group(1))).isBetween(1, sources);
            }
        }
    }

    @Test
    void theCollectionPageShowsItsTextsMapLinksAndSources() throws Exception {
        mvc.perform(get("/collections/" + CHILD_CARE + "?lang=en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Child care in markets: Accra, Durban and Kigali")))
                .andExpect(content().string(containsString("data-collection=\"" + CHILD_CARE + "\"")))
                .andExpect(content().string(containsString("/pages/collection-map.js\"></script>")))
                .andExpect(content().string(containsString("class=\"button open-on-map\" href=\"/?collection=" + CHILD_CARE + "&amp;lat=")))
                .andExpect(content().string(containsString("Child-care guidelines for Accra&#39;s markets")))
                .andExpect(content().string(containsString("#43 Workers-led Delivery of Child Care in Markets")))
                .andExpect(content().string(containsString("https://aet.org.za/projects/childcare/")))
                .andExpect(content().string(not(containsString("style=\""))));
        mvc.perform(get("/collections?lang=en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/collections/" + CHILD_CARE + "\"")))
                .andExpect(content().string(containsString("7 observations, no schemes, 5 briefs and podcasts")));
        mvc.perform(get("/?lang=en"))
                .andExpect(content().string(containsString("href=\"/collections\"")));
    }

    @Test
    void draftsAreNeverPublicNorAreTheDraftRecordsOfAPublishedCollection() throws Exception {
        Collection draft = collection("test-draft-collection", PublicationStatus.DRAFT);
        mvc.perform(get("/api/collections/" + draft.getSlug())).andExpect(status().isNotFound());
        mvc.perform(get("/collections/" + draft.getSlug())).andExpect(status().isNotFound());
        mvc.perform(get("/api/collections"))
                .andExpect(jsonPath("$.items[*].slug", not(hasItem(draft.getSlug()))));

        Collection published = collection("test-published-collection", PublicationStatus.PUBLISHED);
        Observation shown = fixtures.suvaMarket(PublicationStatus.PUBLISHED);
        Observation hidden = fixtures.lakebaVillage(PublicationStatus.DRAFT);
        Scheme shownScheme = fixtures.scheme("test-collection-scheme", "FJI", Branch.CHILD_CARE,
                PublicationStatus.PUBLISHED);
        Scheme hiddenScheme = fixtures.scheme("test-collection-draft-scheme", "FJI", Branch.CHILD_CARE,
                PublicationStatus.DRAFT);
        Publication hiddenBrief = fixtures.brief("test-collection-draft-brief", PublicationStatus.DRAFT, List.of());
        published.getObservations().addAll(List.of(shown, hidden));
        published.getSchemes().addAll(List.of(shownScheme, hiddenScheme));
        published.getPublications().add(hiddenBrief);
        collections.saveAndFlush(published);
        mvc.perform(get("/api/collections/" + published.getSlug()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.observations[*].slug", containsInAnyOrder("test-suva-market")))
                .andExpect(jsonPath("$.schemes[*].slug", containsInAnyOrder("test-collection-scheme")))
                .andExpect(jsonPath("$.publications", hasSize(0)));
        mvc.perform(get("/api/collections"))
                .andExpect(jsonPath("$.items[?(@.slug == 'test-published-collection')].observations")
                        .value(hasItem(1)));
        mvc.perform(get("/collections/" + published.getSlug() + "?lang=en"))
                .andExpect(content().string(containsString("Fixture scheme test-collection-scheme")))
                .andExpect(content().string(not(containsString("test-lakeba"))))
                .andExpect(content().string(not(containsString("Fixture test-lakeba"))))
                .andExpect(content().string(not(containsString("test-collection-draft-brief"))));
    }

    @Test
    void anObservationsPageNamesThePublishedCollectionsThatHoldIt() throws Exception {
        Observation accra = observations.findBySlug("accra-market-childcare-guidelines").orElseThrow();
        mvc.perform(get("/observations/" + accra.getId() + "?lang=fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dans ces collections")))
                .andExpect(content().string(containsString("<a href=\"/collections/" + CHILD_CARE
                        + "\">La garde d’enfants dans les marchés : Accra, Durban et Kigali</a>")));
        Collection draft = collection("test-draft-holding-accra", PublicationStatus.DRAFT);
        draft.getObservations().add(accra);
        collections.saveAndFlush(draft);
        mvc.perform(get("/observations/" + accra.getId()))
                .andExpect(content().string(not(containsString("test-draft-holding-accra"))));
        Observation lima = observations.findBySlug("lima-covid-cash-grants").orElseThrow();
        mvc.perform(get("/observations/" + lima.getId() + "?lang=en"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("In these collections"))));
    }

    @Test
    void textsAreInTheReadersLanguageWithEnglishWhereATranslationIsMissing() throws Exception {
        mvc.perform(get("/api/collections/" + CHILD_CARE + "?lang=fr"))
                .andExpect(jsonPath("$.title").value("La garde d’enfants dans les marchés : Accra, Durban et Kigali"))
                .andExpect(jsonPath("$.introductionLanguage").value("fr"))
                .andExpect(jsonPath("$.introduction", startsWith("À Accra, Durban et Kigali")));
        mvc.perform(get("/api/collections/" + CHILD_CARE + "?lang=es"))
                .andExpect(jsonPath("$.title").value("Cuidado infantil en los mercados: Accra, Durban y Kigali"));

        Collection partly = collection("test-partly-translated", PublicationStatus.PUBLISHED);
        partly.setTitles("Collection de test", null);
        partly.setIntroductions("Only in English.", null, "  ");
        collections.saveAndFlush(partly);
        mvc.perform(get("/api/collections/test-partly-translated?lang=fr"))
                .andExpect(jsonPath("$.title").value("Collection de test"))
                .andExpect(jsonPath("$.titleLanguage").value("fr"))
                .andExpect(jsonPath("$.introduction").value("Only in English."))
                .andExpect(jsonPath("$.introductionLanguage").value("en"));
        mvc.perform(get("/api/collections/test-partly-translated?lang=es"))
                .andExpect(jsonPath("$.title").value("Test collection"))
                .andExpect(jsonPath("$.titleLanguage").value("en"))
                .andExpect(jsonPath("$.introductionLanguage").value("en"));
        mvc.perform(get("/collections/test-partly-translated?lang=fr"))
                .andExpect(content().string(containsString("<p lang=\"en\">Only in English.</p>")))
                .andExpect(content().string(containsString("il est affiché en anglais")))
                .andExpect(content().string(containsString("<h1>Collection de test</h1>")));
    }

    @Test
    void theApiDocumentDescribesBothRoutesWithExamples() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/collections'].get").exists())
                .andExpect(jsonPath("$.paths['/api/collections/{slug}'].get.parameters[0].example").value(CHILD_CARE))
                .andExpect(jsonPath("$.paths['/api/collections/{slug}'].get.responses['200'].content['*/*']"
                        + ".example.slug").value(CHILD_CARE));
    }

    @Test
    void unknownOrMalformedSlugsAreNotFound() throws Exception {
        mvc.perform(get("/api/collections/no-such-collection"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("no-such-collection")));
        mvc.perform(get("/api/collections/Bad_Slug!")).andExpect(status().isNotFound());
        mvc.perform(get("/collections/no-such-collection")).andExpect(status().isNotFound());
        mvc.perform(get("/api/collections/" + CHILD_CARE + "?lang=de")).andExpect(status().isBadRequest());
    }

    private Collection collection(String slug, PublicationStatus status) {
        Collection c = new Collection(slug, "Test collection");
        c.setExtent(177, -19, 180, -17);
        c.getSources().add(Fixtures.TEST_SOURCE);
        c.setStatus(status);
        c.createdBy("test");
        return collections.saveAndFlush(c);
    }
}
