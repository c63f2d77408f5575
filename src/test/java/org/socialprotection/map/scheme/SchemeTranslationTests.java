package org.socialprotection.map.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.atlas.Language;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.translation.Translatable;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schemes in English, French and Spanish: a description, note or coverage reason translated and published on its
 * own reaches readers of that language on the scheme's page, the country page, the API and the CSV export; the
 * others get the original, marked with its language. On both databases.
 */
@AtlasTest
@Transactional
abstract class SchemeTranslationTests {

    static final RequestPostProcessor ALICE = user("alice").roles("RESEARCHER");
    static final RequestPostProcessor EDNA = user("edna").roles("EDITOR");

    static final String DESCRIPTION = "Market traders pay a yearly premium for medical care.";
    static final String DESCRIPTION_FR = "Les commerçants paient une prime annuelle pour les soins médicaux.";
    static final String REASON = "Street vendors are not employees under the act.";
    static final String REASON_FR = "Les vendeurs de rue ne sont pas des salariés au sens de la loi.";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Schemes schemes;

    Scheme scheme;

    @BeforeEach
    void scheme() {
        scheme = fixtures.scheme("zt-scheme-translated", "GHA", Branch.MEDICAL_CARE, PublicationStatus.PUBLISHED);
        scheme.setDescription(DESCRIPTION);
        scheme.setNote("The premium of 2025 is not confirmed.");
        scheme.setCoverage(WorkerGroup.STREET_VENDORS, CoverageStatus.EXCLUDED, REASON);
        scheme.setCoverage(WorkerGroup.MARKET_TRADERS, CoverageStatus.VOLUNTARY, null);
        scheme = schemes.saveAndFlush(scheme);
    }

    @Test
    void aPublishedFrenchDescriptionReachesFrenchReadersAndSpanishReadersGetTheEnglishMarked() throws Exception {
        save("fr", ALICE, "submit", DESCRIPTION_FR, REASON_FR)
                .andExpect(flash().attribute("message", "translation.done.submit"));
        // in review: readers still get the original
        mvc.perform(get("/api/schemes/" + scheme.getId() + "?lang=fr"))
                .andExpect(jsonPath("$.description").value(DESCRIPTION))
                .andExpect(jsonPath("$.descriptionLanguage").value("en"))
                .andExpect(jsonPath("$.languages", contains("en")));
        mvc.perform(get("/workspace/review").with(EDNA))
                .andExpect(content().string(containsString("/workspace/schemes/" + scheme.getId() + "/translations")));
        save("fr", EDNA, "publish", DESCRIPTION_FR, REASON_FR)
                .andExpect(flash().attribute("message", "translation.done.publish"));

        mvc.perform(get("/api/schemes/" + scheme.getId() + "?lang=fr"))
                .andExpect(jsonPath("$.description").value(DESCRIPTION_FR))
                .andExpect(jsonPath("$.descriptionLanguage").value("fr"))
                .andExpect(jsonPath("$.noteLanguage").value("en"))
                .andExpect(jsonPath("$.originalLanguage").value("en"))
                .andExpect(jsonPath("$.languages", contains("en", "fr")))
                .andExpect(jsonPath("$.coverage[?(@.group == 'street_vendors')].reason", contains(REASON_FR)))
                .andExpect(jsonPath("$.coverage[?(@.group == 'street_vendors')].reasonLanguage", contains("fr")))
                .andExpect(jsonPath("$.texts.en.description").value(DESCRIPTION))
                .andExpect(jsonPath("$.texts.fr['reason.street_vendors']").value(REASON_FR));
        mvc.perform(get("/api/schemes/" + scheme.getId() + "?lang=es"))
                .andExpect(jsonPath("$.description").value(DESCRIPTION))
                .andExpect(jsonPath("$.descriptionLanguage").value("en"));

        mvc.perform(get("/schemes/" + scheme.getId() + "?lang=fr"))
                .andExpect(content().string(containsString("<p>" + DESCRIPTION_FR + "</p>")))
                .andExpect(content().string(containsString(REASON_FR)))
                // the note has no French: it is shown in English, and said so
                .andExpect(content().string(containsString("<span lang=\"en\">The premium of 2025 is not confirmed.</span>")))
                .andExpect(content().string(containsString("Pas disponible en français\u00a0; affiché en anglais.")));
        mvc.perform(get("/schemes/" + scheme.getId() + "?lang=es"))
                .andExpect(content().string(containsString("<p lang=\"en\">" + DESCRIPTION + "</p>")))
                .andExpect(content().string(containsString("No disponible en español; se muestra en inglés.")))
                .andExpect(content().string(not(containsString(DESCRIPTION_FR))));
        mvc.perform(get("/schemes/" + scheme.getId() + "?lang=en"))
                .andExpect(content().string(containsString("<p>" + DESCRIPTION + "</p>")))
                .andExpect(content().string(not(containsString("Not available in"))));

        // the country page's scheme cards give the coverage reasons by the same rule
        mvc.perform(get("/countries/GHA?lang=fr"))
                .andExpect(content().string(containsString(REASON_FR)));
        mvc.perform(get("/countries/GHA?lang=es"))
                .andExpect(content().string(containsString("<span class=\"reason\" lang=\"en\">" + REASON + "</span>")))
                .andExpect(content().string(containsString("(en inglés)")));

        Scheme after = schemes.findById(scheme.getId()).orElseThrow();
        assertThat(after.getDescription()).isEqualTo(DESCRIPTION);
        assertThat(after.getVersion()).isEqualTo(scheme.getVersion());
    }

    @Test
    void anEditOfTheDescriptionMarksItsTranslationOutOfDate() throws Exception {
        save("es", EDNA, "publish", "Los comerciantes pagan una prima anual.", null);
        assertThat(translations()).doesNotContain("Out of date").contains("Reason of the legal coverage: street vendors")
                // a group without a reason has nothing to translate
                .doesNotContain("Reason of the legal coverage: market traders");
        scheme.setDescription("Market traders pay a premium twice a year.");
        schemes.saveAndFlush(scheme);
        assertThat(translations()).contains("Out of date: the original has changed since");
        // readers keep the published translation until a new one is published
        mvc.perform(get("/api/schemes/" + scheme.getId() + "?lang=es"))
                .andExpect(jsonPath("$.description").value("Los comerciantes pagan una prima anual."));
    }

    @Test
    void theOriginalsLanguageIsChosenInTheFormAndTheFallbackNamesIt() throws Exception {
        String form = mvc.perform(get("/workspace/schemes/" + scheme.getId() + "/edit").with(EDNA))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).containsPattern("value=\"en\" id=\"originalLanguage\\d\" name=\"originalLanguage\" checked")
                .contains("/workspace/schemes/" + scheme.getId() + "/translations");
        scheme.setOriginalLanguage(Language.FR);
        schemes.saveAndFlush(scheme);
        mvc.perform(get("/schemes/" + scheme.getId() + "?lang=en"))
                .andExpect(content().string(containsString("<p lang=\"fr\">" + DESCRIPTION + "</p>")))
                .andExpect(content().string(containsString("Not available in English; shown in French.")));
        // French is the original: it is edited in the scheme's own form
        save("fr", EDNA, "save", DESCRIPTION_FR, null).andExpect(status().isBadRequest());
    }

    @Test
    void theCsvExportHasTheOriginalAndAColumnPerLanguage() throws Exception {
        save("fr", EDNA, "publish", DESCRIPTION_FR, REASON_FR);
        MvcResult started = mvc.perform(get("/api/schemes/export?format=csv&country=GHA&lang=es"))
                .andExpect(status().isOk()).andReturn();
        String text = new String(mvc.perform(asyncDispatch(started)).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows.get(0).getParser().getHeaderNames()).contains("description", "original_language",
                "description_en", "description_fr", "description_es", "note_fr", "note_es");
        CSVRecord row = rows.stream().filter(r -> r.get("id").equals(String.valueOf(scheme.getId()))).findFirst()
                .orElseThrow();
        assertThat(row.get("description")).isEqualTo(DESCRIPTION);
        assertThat(row.get("original_language")).isEqualTo("en");
        assertThat(row.get("description_fr")).isEqualTo(DESCRIPTION_FR);
        assertThat(row.get("description_es")).isEmpty();
        assertThat(row.get("note_en")).isEqualTo("The premium of 2025 is not confirmed.");
    }

    static final String REFORM = "Street vendors were brought under the act.";
    static final String REFORM_FR = "Les vendeurs de rue ont été placés sous la loi.";
    static final String OLDER_REFORM = "The premium was halved for members over sixty.";

    /** Two reforms, the later one first in the scheme's list: its field is "reform.0", the older one's "reform.1". */
    private void reforms() {
        scheme.getReforms().add(new SchemeReform("2018-07", 2018, REFORM, null, null, "Act 2018", null));
        scheme.getReforms().add(new SchemeReform("2010", 2010, OLDER_REFORM, null, null, "Act 2010", null));
        scheme = schemes.saveAndFlush(scheme);
    }

    @Test
    void aPublishedFrenchReformReachesFrenchReadersAndAnUntranslatedOneIsMarkedEnglish() throws Exception {
        reforms();
        // the translations page labels a reform by its date, never by its field's name
        assertThat(translations()).contains("Reform of 2018-07: what changed").contains("Reform of 2010: what changed")
                .doesNotContain("reform.0</").doesNotContain("??");
        mvc.perform(post("/workspace/schemes/" + scheme.getId() + "/translations/fr").with(EDNA).with(csrf())
                .param("reform.0", REFORM_FR).param("action", "publish"))
                .andExpect(flash().attribute("message", "translation.done.publish"));

        mvc.perform(get("/api/schemes/" + scheme.getId() + "?lang=fr"))
                .andExpect(jsonPath("$.reforms[?(@.date == '2018-07')].description", contains(REFORM_FR)))
                .andExpect(jsonPath("$.reforms[?(@.date == '2018-07')].descriptionLanguage", contains("fr")))
                .andExpect(jsonPath("$.reforms[?(@.date == '2010')].description", contains(OLDER_REFORM)))
                .andExpect(jsonPath("$.reforms[?(@.date == '2010')].descriptionLanguage", contains("en")))
                .andExpect(jsonPath("$.texts.fr['reform.0']").value(REFORM_FR))
                .andExpect(jsonPath("$.texts.en['reform.1']").value(OLDER_REFORM));
        mvc.perform(get("/api/schemes/" + scheme.getId() + "?lang=es"))
                .andExpect(jsonPath("$.reforms[?(@.date == '2018-07')].description", contains(REFORM)))
                .andExpect(jsonPath("$.reforms[?(@.date == '2018-07')].descriptionLanguage", contains("en")));

        mvc.perform(get("/schemes/" + scheme.getId() + "?lang=fr"))
                .andExpect(content().string(containsString("<span>" + REFORM_FR + "</span>")))
                .andExpect(content().string(containsString("<span lang=\"en\">" + OLDER_REFORM + "</span>")))
                .andExpect(content().string(containsString("Pas disponible en français\u00a0; affiché en anglais.")));
        mvc.perform(get("/schemes/" + scheme.getId() + "?lang=en"))
                .andExpect(content().string(containsString("<span>" + REFORM + "</span>")))
                .andExpect(content().string(not(containsString(REFORM_FR))));
        // the country page's timeline: the French reform in the sentence, the English one marked with its language
        mvc.perform(get("/countries/GHA?lang=fr"))
                .andExpect(content().string(containsString(REFORM_FR)))
                .andExpect(content().string(containsString("<span lang=\"en\">" + OLDER_REFORM + "</span>")))
                .andExpect(content().string(not(containsString(REFORM + "<"))));
    }

    @Test
    void anEditOfAReformMarksItsTranslationOutOfDate() throws Exception {
        reforms();
        mvc.perform(post("/workspace/schemes/" + scheme.getId() + "/translations/fr").with(EDNA).with(csrf())
                .param("reform.0", REFORM_FR).param("action", "publish"));
        assertThat(translations()).doesNotContain("Out of date");
        // the history page, which knows no dates, labels a reform's translation by its number ("Reform 1")
        assertThat(Translatable.Label.of("reform.0", null))
                .isEqualTo(new Translatable.Label("field.reform.numbered", "1"));
        assertThat(Translatable.Label.of("reason.street_vendors", null))
                .isEqualTo(new Translatable.Label("field.reason.street_vendors", null));
        scheme.getReforms().set(0, new SchemeReform("2018-07", 2018, "Street vendors and hawkers were brought under "
                + "the act.", null, null, "Act 2018", null));
        scheme = schemes.saveAndFlush(scheme);
        assertThat(translations()).contains("Out of date: the original has changed since");
        // readers keep the published translation until a new one is published
        mvc.perform(get("/api/schemes/" + scheme.getId() + "?lang=fr"))
                .andExpect(jsonPath("$.reforms[?(@.date == '2018-07')].description", contains(REFORM_FR)));
    }

    @Test
    void aTranslationOfAReformTheSchemeDoesNotHaveIsRefused() throws Exception {
        reforms();
        String path = "/api/schemes/" + scheme.getId() + "/translations/fr";
        mvc.perform(put(path).with(ALICE).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"texts\": {\"reform.2\": \"Une réforme inventée.\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("reform.2")));
        mvc.perform(put(path).with(ALICE).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"texts\": {\"reform.1\": \"La prime a été réduite de moitié.\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fields['reform.1'].working").value("La prime a été réduite de moitié."));
        // no longer than what a reform changed may be
        mvc.perform(put(path).with(ALICE).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"texts\": {\"reform.0\": \"" + "é".repeat(SchemeRowChecks.REFORM_CHANGE + 1)
                                + "\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("reform.0")));
    }

    private ResultActions save(String lang, RequestPostProcessor who, String action, String description,
                               String reason) throws Exception {
        MockHttpServletRequestBuilder request = post("/workspace/schemes/" + scheme.getId() + "/translations/" + lang)
                .with(who).with(csrf()).param("description", description).param("action", action);
        if (reason != null) {
            request.param("reason.street_vendors", reason);
        }
        return mvc.perform(request);
    }

    private String translations() throws Exception {
        return mvc.perform(get("/workspace/schemes/" + scheme.getId() + "/translations").with(ALICE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
