package org.socialprotection.map.profile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The server-rendered pages: readable without JavaScript, in three languages, with sharing metadata. */
@AtlasTest
abstract class PagesTests {

    @Autowired MockMvc mvc;
    @Autowired Schemes schemes;

    @Test
    void countryProfileGroupsSchemesByBranchWithCoverageIndicatorsAndLinks() throws Exception {
        mvc.perform(get("/countries/KEN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Kenya: social protection profile</h1>")))
                .andExpect(content().string(containsString("Medical care")))
                .andExpect(content().string(containsString("Old age")))
                .andExpect(content().string(containsString("Informal employment")))
                .andExpect(content().string(containsString("<rect class=\"bar\"")))
                .andExpect(content().string(containsString("property=\"og:title\"")))
                .andExpect(content().string(containsString("Eastern Africa")));
    }

    @Test
    void pagesFollowTheChosenLanguageAndRememberIt() throws Exception {
        mvc.perform(get("/countries/ZAF?lang=fr"))
                .andExpect(content().string(containsString("Afrique du Sud : profil de protection sociale")))
                .andExpect(content().string(containsString("Afrique australe")))
                .andExpect(cookie().value("spmap-lang", "fr"));
        mvc.perform(get("/countries/ZAF").cookie(new Cookie("spmap-lang", "es")))
                .andExpect(content().string(containsString("Sudáfrica: perfil de protección social")));
        mvc.perform(get("/countries/ZAF").header("Accept-Language", "fr-CA,fr;q=0.9"))
                .andExpect(content().string(containsString("lang=\"fr\"")));
        mvc.perform(get("/countries/ZAF?lang=de"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("South Africa: social protection profile")));
    }

    @Test
    void theMapPageRendersFiltersAndTheListWithoutScripts() throws Exception {
        mvc.perform(get("/?kind=exclusion&country=GHA"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"filters\"")))
                .andExpect(content().string(containsString("3 observations match")))
                .andExpect(content().string(containsString("class=\"result exclusion\"")))
                .andExpect(content().string(not(containsString("class=\"result inclusion\""))))
                .andExpect(content().string(containsString("\"clusterMaxZoom\":6")))
                .andExpect(content().string(containsString("type=\"importmap\"")));
        mvc.perform(get("/?kind=sideways&limit=-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Some filters were not understood")));
    }

    @Test
    void observationSchemeAndPublicationPages() throws Exception {
        mvc.perform(get("/observations/1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"minimap\"")))
                .andExpect(content().string(containsString("Sources")));
        long nhis = schemes.findBySlug("gha-nhis").orElseThrow().getId();
        mvc.perform(get("/schemes/" + nhis))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("National Health Insurance Scheme")))
                .andExpect(content().string(containsString("Informal workers in general")));
        mvc.perform(get("/briefs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Briefs</h1>")));
        mvc.perform(get("/podcasts?country=ZAF")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Podcasts</h1>")));
    }

    @Test
    void missingRecordsArePages404InTheReadersLanguage() throws Exception {
        mvc.perform(get("/countries/XXX?lang=es")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("No encontrado")));
        mvc.perform(get("/observations/99999")).andExpect(status().isNotFound());
        mvc.perform(get("/observations/abc")).andExpect(status().isNotFound());
        mvc.perform(get("/schemes/99999")).andExpect(status().isNotFound());
    }
}
