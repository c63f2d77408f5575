package org.socialprotection.map.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.publication.Publications;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The server-rendered pages: readable without JavaScript, in three languages, with sharing metadata. */
@AtlasTest
abstract class PagesTests {

    @Autowired MockMvc mvc;
    @Autowired Schemes schemes;
    @Autowired Publications publications;
    @Autowired Observations observations;
    @Autowired Fixtures fixtures;

    private String html(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /**
     * A country page lists its first observations and links to the rest, so that it weighs the same in any atlas
     * (listing them all, India's page was 280 KB at 100,000 points).
     */
    @Test
    void aCountryPageListsItsFirstObservationsAndLinksToAllOfThemInTheMapsList() throws Exception {
        int before = count(observationsOf(html("/countries/GHA")), "class=\"kind-badge");
        assertThat(before).isPositive().isLessThan(CountryProfileController.LISTED_OBSERVATIONS);
        int added = CountryProfileController.LISTED_OBSERVATIONS + 5 - before;
        try {
            for (int i = 0; i < added; i++) {
                fixtures.observation("test-many-" + i, Kind.INCLUSION, -0.19, 5.6, "GHA", Privacy.EXACT,
                        PublicationStatus.PUBLISHED);
            }
            // and a draft, which is neither listed nor counted
            fixtures.observation("test-many-draft", Kind.INCLUSION, -0.19, 5.6, "GHA", Privacy.EXACT,
                    PublicationStatus.DRAFT);
            int total = CountryProfileController.LISTED_OBSERVATIONS + 5;
            String page = observationsOf(html("/countries/GHA"));
            assertThat(count(page, "class=\"kind-badge")).isEqualTo(CountryProfileController.LISTED_OBSERVATIONS);
            assertThat(page).contains("The first 50 of " + total + " observations.")
                    .contains("href=\"/?country=GHA&amp;view=list\"").contains("All of them in the map&#39;s list");
            assertThat(observationsOf(html("/countries/GHA?lang=fr")))
                    .contains("Les 50 premières des " + total + " observations.");
            assertThat(observationsOf(html("/countries/GHA?lang=es")))
                    .contains("Las 50 primeras de " + total + " observaciones.");
        } finally {
            for (int i = 0; i < added; i++) {
                fixtures.deleteBySlug("test-many-" + i);
            }
            fixtures.deleteBySlug("test-many-draft");
        }
        // all of them listed, no link, when they fit
        assertThat(observationsOf(html("/countries/GHA"))).doesNotContain("view=list").doesNotContain("The first");
    }

    private static String observationsOf(String page) {
        return page.substring(page.indexOf("id=\"observations-title\""), page.indexOf("id=\"publications-title\""));
    }

    @Test
    void aSchemeOfSeveralBranchesIsShownOnceWithItsBranches() throws Exception {
        String page = html("/countries/ZAF");
        long uif = schemes.findBySlug("zaf-uif-domestic").orElseThrow().getId();
        String schemesSection = page.substring(page.indexOf("id=\"schemes-title\""), page.indexOf("id=\"timeline-title\""));
        assertThat(count(schemesSection, "href=\"/schemes/" + uif + "\"")).as("UIF once").isEqualTo(1);
        assertThat(count(schemesSection, "class=\"scheme-card\"")).as("ZAF's four schemes, once each").isEqualTo(4);
        assertThat(schemesSection).contains("Branches").contains("Unemployment").contains("Sickness")
                .contains("Maternity").contains("Survivors");
    }

    @Test
    void noSeparatorIsLeftWhereAValueIsMissing() throws Exception {
        // Kenya's Mbao pension has no scheme type but a participation: it read "· Voluntary"
        Pattern stray = Pattern.compile(">\\s*·|·\\s*<|'· '");
        for (String url : new String[] {"/countries/KEN", "/countries/ZAF", "/countries/GHA", "/briefs", "/podcasts",
                "/countries/KEN?lang=fr"}) {
            Matcher m = stray.matcher(html(url));
            assertThat(m.find()).as(url + (m.hitEnd() ? "" : ": " + m.group())).isFalse();
        }
        assertThat(html("/countries/KEN")).contains("class=\"meta dots\"");
    }

    @Test
    void downloadLinksAreSeparateAndSayWhatTheyGive() throws Exception {
        String country = html("/countries/GHA");
        assertThat(country).contains("Observations: CSV (spreadsheet)").contains("Observations: GeoJSON (web maps)")
                .contains("Observations: GeoPackage (GIS software)").contains("Schemes: CSV (spreadsheet)");
        assertThat(count(country, "/api/observations/export?format=")).isEqualTo(3);
        String map = html("/?country=GHA");
        String downloads = map.substring(map.indexOf("id=\"downloads\""), map.indexOf("</nav>", map.indexOf("id=\"downloads\"")));
        assertThat(count(downloads, "<li>")).isEqualTo(3);
        assertThat(downloads).doesNotContain("</a><a").contains(">GeoJSON</a>").contains(">GeoPackage</a>")
                .contains("title=\"GeoPackage: a layer for GIS software such as QGIS\"");
    }

    @Test
    void theEpisodePageSaysItsDurationLanguageAndWhatItsChaptersLinkTo() throws Exception {
        long episode = publications.findBySlug("demo-episode-synthetic-voice").orElseThrow().getId();
        long childCare = observations.findBySlug("accra-market-childcare-guidelines").orElseThrow().getId();
        String page = html("/podcasts/" + episode);
        assertThat(page).contains(">58 s</time>").doesNotContain("0 min").contains("<dd>English</dd>")
                .doesNotContain("<dd>en</dd>").doesNotContain("(#")
                .contains("Country profile: Ghana")
                .contains("href=\"/observations/" + childCare + "\">Observation: ");
        String chapters = page.substring(page.indexOf("id=\"segments\""), page.indexOf("</section>", page.indexOf("id=\"segments\"")));
        assertThat(count(chapters, "Ghana")).as("the chapter 'Ghana' is its country link, not 'Ghana Ghana'")
                .isEqualTo(1);
        assertThat(html("/podcasts/" + episode + "?lang=fr")).contains("<dd>Anglais</dd>").contains(">58\u00a0s</time>");
        assertThat(html("/podcasts/" + episode + "?lang=es")).contains("<dd>Inglés</dd>");
    }

    @Test
    void theListsCountryMenusOfferOnlyCountriesWithSomethingPublished() throws Exception {
        String briefs = html("/briefs");
        String menu = briefs.substring(briefs.indexOf("<select"), briefs.indexOf("</select>"));
        assertThat(menu).contains("value=\"GHA\"").doesNotContain("value=\"FRA\"").doesNotContain("value=\"AFG\"");
        assertThat(count(menu, "<option")).isLessThan(30);
        assertThat(briefs).contains("<label for=\"country-filter\"");
        String podcasts = html("/podcasts");
        String podcastMenu = podcasts.substring(podcasts.indexOf("<select"), podcasts.indexOf("</select>"));
        assertThat(podcastMenu).contains("value=\"GHA\"").doesNotContain("value=\"FRA\"");
    }

    @Test
    void theAboutPageExplainsTheAtlasInThreeLanguages() throws Exception {
        assertThat(html("/about")).contains("<h1>About the atlas</h1>").contains("class=\"site-header\"")
                .contains("Inclusion").contains("Exclusion").contains("Natural Earth").contains("GeoNames")
                .contains("i18n-iso-countries").contains("Leaflet").contains("Demo").contains("Street vendors")
                .contains("Old age").contains("hreflang=\"fr\"");
        assertThat(html("/about?lang=fr")).contains("<h1>À propos de l&#39;atlas</h1>");
        assertThat(html("/about?lang=es")).contains("<h1>Acerca del atlas</h1>");
        assertThat(html("/")).contains("href=\"/about\"").contains("href=\"/countries\"");
    }

    @Test
    void theCountriesIndexListsCountriesWithContentFirstAndFiltersByRegion() throws Exception {
        String index = html("/countries");
        int withContent = index.indexOf("id=\"with-content-title\"");
        int others = index.indexOf("id=\"others-title\"");
        assertThat(withContent).isPositive().isLessThan(others);
        assertThat(index.indexOf("href=\"/countries/GHA\"")).isBetween(withContent, others);
        assertThat(index.indexOf("href=\"/countries/FRA\"")).isGreaterThan(others);
        assertThat(index).contains("<h1>Countries</h1>").contains("value=\"africa\"");
        String asia = html("/countries?region=asia");
        assertThat(asia).contains("href=\"/countries/IND\"").doesNotContain("href=\"/countries/GHA\"");
        assertThat(html("/countries?lang=fr")).contains("<h1>Pays</h1>").contains("Afrique");
        mvc.perform(get("/countries?region=<b>nowhere"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("&lt;b&gt;nowhere")))
                .andExpect(content().string(containsString("href=\"/countries/GHA\"")));
    }

    @Test
    void aMissingRecordsPageHasTheSiteHeaderAndALanguageSwitchToItself() throws Exception {
        mvc.perform(get("/countries/XXX?lang=fr")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("class=\"site-header\"")))
                .andExpect(content().string(containsString("/countries/XXX?lang=es\" hreflang=\"es\"")))
                .andExpect(content().string(containsString("href=\"/about\"")));
    }

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
                .andExpect(content().string(containsString("Afrique du Sud\u202f: profil de protection sociale")))
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
