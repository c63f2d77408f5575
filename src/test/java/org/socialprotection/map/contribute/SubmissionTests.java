package org.socialprotection.map.contribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.atlas.Source;
import org.socialprotection.map.observation.Observation;
import org.socialprotection.map.observation.Observations;
import org.socialprotection.map.observation.Privacy;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.Fixtures;
import org.socialprotection.map.workflow.PublicationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submissions from the public, end to end on each database: the form and the API store them only when every check
 * passes (honeypot, time to fill, limits, fields, placement); the submitter follows one by its reference; the
 * contact details reach editors only and are deleted after the retention; editors accept, merge or reject.
 */
@AtlasTest
@Transactional
abstract class SubmissionTests {

    static final RequestPostProcessor EDNA = user("edna").roles("EDITOR");
    static final RequestPostProcessor RITA = user("rita").roles("RESEARCHER");
    static final String CONTACT = "amina.contact@example.org";

    /** Makola market, Accra: a valid submission from the API, with %s for more fields. */
    static final String MAKOLA = """
            {"kind": "exclusion", "group": "market_traders", "story": "Traders were refused health insurance cards.",
             "placeName": "Makola market", "lon": "-0.2085", "lat": "5.5488", "observedOn": "2025-03",
             "witnessed": true, "organisation": "Makola Traders Union", "contact": "%s", "consent": true%s}""";

    @Autowired MockMvc mvc;
    @Autowired SubmissionThrottle throttle;
    @Autowired FillTimer timer;
    @Autowired Submissions submissions;
    @Autowired SubmissionDesk desk;
    @Autowired Observations observations;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void freshAllowance() {
        throttle.reset();
    }

    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    /** The form as a person sends it: shown a minute ago, honeypot empty; pairs of name and value replace fields. */
    MockHttpServletRequestBuilder form(String address, String... replaced) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("started", timer.stampAt(Instant.now().minus(Duration.ofMinutes(1))));
        fields.put("website", "");
        fields.put("kind", "exclusion");
        fields.put("group", "street_vendors");
        fields.put("story", "Vendors were told they cannot register for the pension scheme.");
        fields.put("placeName", "Kejetia");
        fields.put("country", "GHA");
        fields.put("privacy", "approximate");
        fields.put("observedOn", "2024");
        fields.put("schemeName", "SSNIT informal sector fund");
        fields.put("witnessed", "true");
        fields.put("organisation", "StreetNet Ghana");
        fields.put("contact", CONTACT);
        fields.put("consent", "true");
        for (int i = 0; i < replaced.length; i += 2) {
            fields.put(replaced[i], replaced[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/contribute").with(csrf()).with(from(address));
        fields.forEach(request::param);
        return request;
    }

    String api(String json, String address) throws Exception {
        return mvc.perform(post("/api/submissions").with(from(address)).contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn().getResponse().getContentAsString();
    }

    String submitByApi(String address) throws Exception {
        String body = mvc.perform(post("/api/submissions").with(from(address))
                        .contentType(MediaType.APPLICATION_JSON).content(MAKOLA.formatted(CONTACT, "")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/submissions/")))
                .andExpect(jsonPath("$.status").value("received"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.reference");
    }

    @Test
    void theFormIsStoredAndFollowedByAnUnguessableReference() throws Exception {
        mvc.perform(get("/contribute?lang=fr")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"started\"")))
                .andExpect(content().string(containsString("name=\"website\"")))
                .andExpect(content().string(containsString("180 jours")))
                .andExpect(content().string(containsString("_csrf")));
        String location = mvc.perform(form("198.51.100.1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/contribute/status/*?lang=en"))
                .andReturn().getResponse().getRedirectedUrl();
        String reference = location.substring("/contribute/status/".length(), location.indexOf('?'));
        Submission stored = submissions.findByReference(reference).orElseThrow();
        assertThat(reference).matches("[A-Z2-9]{20}").isNotEqualTo(String.valueOf(stored.getId()));
        assertThat(stored.getPrivacy()).isEqualTo(Privacy.APPROXIMATE);
        assertThat(stored.getCountryIso3()).isEqualTo("GHA");
        assertThat(stored.getLon()).isNull();
        assertThat(stored.getChannel()).isEqualTo("form");
        // the status page: status only, never the contact, the story or the organisation
        mvc.perform(get(location.toLowerCase().replace("?lang=en", "")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Waiting for an editor")))
                .andExpect(content().string(not(containsString(CONTACT))))
                .andExpect(content().string(not(containsString("StreetNet Ghana"))))
                .andExpect(content().string(not(containsString("pension scheme"))));
        mvc.perform(get("/contribute/status").param("reference", reference))
                .andExpect(redirectedUrlPattern("/contribute/status/" + reference + "*"));
        mvc.perform(get("/contribute/status/ABCDEFGHJKLMNPQRSTUV")).andExpect(status().isNotFound());
        mvc.perform(get("/contribute/status/" + stored.getId())).andExpect(status().isNotFound());
    }

    @Test
    void theApiAnswersWithTheReferenceAndTheStatus() throws Exception {
        String reference = submitByApi("198.51.100.2");
        mvc.perform(get("/api/submissions/" + reference))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("received"))
                .andExpect(jsonPath("$.statusPage").value("/contribute/status/" + reference))
                .andExpect(content().string(not(containsString(CONTACT))));
        mvc.perform(get("/api/submissions/NOPE")).andExpect(status().isNotFound());
        // only JSON: a page on another site can post a form, not JSON, to this address
        mvc.perform(post("/api/submissions").with(from("198.51.100.2"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("story", "from another site"))
                .andExpect(status().isUnsupportedMediaType());
        Submission stored = submissions.findByReference(reference).orElseThrow();
        // the exact point is kept for the editor; the map will show it coarsened once accepted
        assertThat(stored.getLon()).isEqualTo(-0.2085);
        assertThat(stored.getCountryIso3()).isEqualTo("GHA");
        assertThat(stored.getChannel()).isEqualTo("api");
    }

    @Test
    void eachMistakeIsNamedOnItsFieldAndNothingIsStored() throws Exception {
        long before = submissions.count();
        String body = api("""
                {"kind": "rumour", "group": "", "story": " ", "lon": "-0.20", "lat": "5.50", "privacy": "exact",
                 "observedOn": "2999", "organisation": "", "consent": false}""", "198.51.100.3");
        assertThat((Map<String, String>) JsonPath.read(body, "$.errors")).containsKeys("kind", "group",
                "story", "privacy", "observedOn", "source", "organisation", "consent", "lat");
        assertThat((String) JsonPath.read(body, "$.errors.lat")).contains("at sea");
        // without coordinates: the place and its country
        body = api(MAKOLA.formatted("", "").replace("\"lon\": \"-0.2085\", \"lat\": \"5.5488\",", "")
                .replace("\"placeName\": \"Makola market\",", ""), "198.51.100.3");
        assertThat((Map<String, String>) JsonPath.read(body, "$.errors")).containsKeys("placeName",
                "country");
        // a point in another country than the one chosen
        body = api(MAKOLA.formatted("", ", \"country\": \"ZAF\""), "198.51.100.4");
        assertThat((String) JsonPath.read(body, "$.errors.country")).contains("not in South Africa");
        mvc.perform(post("/api/submissions").with(from("198.51.100.4")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"story\": ")).andExpect(status().isBadRequest());
        assertThat(submissions.count()).isEqualTo(before);
        // the form shows them again, as typed, with a 422
        mvc.perform(form("198.51.100.5", "consent", "false", "story", "<b>kept as typed</b>"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("&lt;b&gt;kept as typed&lt;/b&gt;")))
                .andExpect(content().string(containsString("tick the box")));
        assertThat(submissions.count()).isEqualTo(before);
    }

    @Test
    void theHoneypotAndTheTimeToFillStopScripts() throws Exception {
        long before = submissions.count();
        mvc.perform(form("198.51.100.6", "website", "http://spam.example"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Leave this empty")));
        mvc.perform(form("198.51.100.6", "started", timer.stamp()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("very quickly")));
        mvc.perform(form("198.51.100.6", "started", "1700000000000.forged-signature-forged-signature-forged-s"))
                .andExpect(status().isBadRequest());
        mvc.perform(form("198.51.100.6", "started",
                        timer.stampAt(Instant.now().minus(Duration.ofDays(2)))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("open too long")));
        assertThat(api(MAKOLA.formatted(CONTACT, ", \"website\": \"x\""), "198.51.100.6"))
                .contains("\"parameter\":\"website\"");
        assertThat(submissions.count()).isEqualTo(before);
    }

    @Test
    void oneAddressIsLimitedPerHourAndTheOthersAreNot() throws Exception {
        for (int i = 0; i < 5; i++) {
            submitByApi("198.51.100.7");
        }
        mvc.perform(post("/api/submissions").with(from("198.51.100.7")).contentType(MediaType.APPLICATION_JSON)
                        .content(MAKOLA.formatted(CONTACT, "")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        mvc.perform(form("198.51.100.7"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("Too many submissions")));
        submitByApi("198.51.100.8");
    }

    @Test
    void contactDetailsReachEditorsOnlyAndAreDeletedAfterTheRetention() throws Exception {
        String reference = submitByApi("198.51.100.9");
        Submission s = submissions.findByReference(reference).orElseThrow();
        mvc.perform(get("/workspace/review/submissions/" + s.getId()).with(EDNA))
                .andExpect(status().isOk()).andExpect(content().string(containsString(CONTACT)));
        mvc.perform(get("/workspace/review/submissions/" + s.getId()).with(RITA)).andExpect(status().isForbidden());
        mvc.perform(get("/workspace/review/submissions").with(RITA)).andExpect(status().isForbidden());
        for (String path : new String[] {"/contribute/status/" + reference, "/api/submissions/" + reference,
                "/search?q=amina", "/api/search?q=amina"}) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString()).as(path)
                    .doesNotContain(CONTACT);
        }
        String recent = submitByApi("198.51.100.9");
        jdbc.update("update submission set received_at = ? where reference = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(181))), reference);
        assertThat(desk.forgetContacts()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select contact from submission where reference = ?", String.class,
                reference)).isNull();
        assertThat(jdbc.queryForObject("select contact_deleted_at from submission where reference = ?",
                java.sql.Timestamp.class, reference)).isNotNull();
        assertThat(jdbc.queryForObject("select contact from submission where reference = ?", String.class,
                recent)).isEqualTo(CONTACT);
        mvc.perform(get("/workspace/review/submissions/" + s.getId()).with(EDNA))
                .andExpect(content().string(not(containsString(CONTACT))))
                .andExpect(content().string(containsString("Deleted at the end of the retention")));
    }

    @Test
    void anEditorAcceptsASubmissionIntoADraftWithItsProvenance() throws Exception {
        String reference = submitByApi("198.51.100.10");
        Submission s = submissions.findByReference(reference).orElseThrow();
        String editPage = mvc.perform(post("/workspace/review/submissions/" + s.getId() + "/accept").with(EDNA)
                        .with(csrf()).param("title", "Health insurance cards refused at Makola")
                        .param("lon", "-0.2085").param("lat", "5.5488"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(editPage.replaceAll("\\D", ""));
        Observation o = observations.findById(id).orElseThrow();
        assertThat(o.getStatus()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(o.getPrivacy()).isEqualTo(Privacy.APPROXIMATE);
        assertThat(o.getPublicLocation().getX()).isNotEqualTo(-0.2085);
        assertThat(o.getNarrative()).isEqualTo("Traders were refused health insurance cards.");
        assertThat(o.getSources()).extracting(Source::title).first().asString()
                .startsWith("Submitted by Makola Traders Union, witnessed by the organisation (submission "
                        + reference);
        // not public until an editor publishes the draft
        mvc.perform(get("/observations/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/contribute/status/" + reference))
                .andExpect(content().string(containsString("Accepted")))
                .andExpect(content().string(not(containsString("/observations/" + id))));
        // decided once
        mvc.perform(post("/workspace/review/submissions/" + s.getId() + "/reject").with(EDNA).with(csrf())
                .param("reason", "twice"));
        assertThat(submissions.findByReference(reference).orElseThrow().getStatus())
                .isEqualTo(SubmissionStatus.ACCEPTED);
    }

    @Test
    void acceptingWithoutAPointIsRefusedOnTheSubmissionsPage() throws Exception {
        String location = mvc.perform(form("198.51.100.11")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        Submission s = submissions.findByReference(location.replaceAll(".*/status/([A-Z0-9]+).*", "$1"))
                .orElseThrow();
        mvc.perform(post("/workspace/review/submissions/" + s.getId() + "/accept").with(EDNA).with(csrf())
                        .param("title", "Pension registration refused").param("lon", "").param("lat", ""))
                .andExpect(redirectedUrl("/workspace/review/submissions/" + s.getId()));
        assertThat(submissions.findById(s.getId()).orElseThrow().getStatus()).isEqualTo(SubmissionStatus.RECEIVED);
    }

    @Test
    void anEditorMergesASubmissionIntoAnObservation() throws Exception {
        Observation existing = fixtures.observation("test-merge", org.socialprotection.map.observation.Kind.EXCLUSION,
                -0.2085, 5.5488, "GHA", Privacy.APPROXIMATE, PublicationStatus.PUBLISHED);
        String reference = submitByApi("198.51.100.12");
        Submission s = submissions.findByReference(reference).orElseThrow();
        mvc.perform(post("/workspace/review/submissions/" + s.getId() + "/merge").with(EDNA).with(csrf())
                        .param("observation", String.valueOf(existing.getId())))
                .andExpect(redirectedUrl("/workspace/review/submissions"));
        assertThat(observations.findById(existing.getId()).orElseThrow().getSources()).extracting(Source::title)
                .anyMatch(t -> t.startsWith("Submitted by Makola Traders Union"))
                .contains(Fixtures.TEST_SOURCE.title());
        assertThat(submissions.findByReference(reference).orElseThrow().getStatus())
                .isEqualTo(SubmissionStatus.MERGED);
        mvc.perform(get("/api/submissions/" + reference)).andExpect(jsonPath("$.status").value("merged"));
    }

    @Test
    void aRejectionNeedsAReasonWhichTheSubmitterReads() throws Exception {
        String reference = submitByApi("198.51.100.13");
        Submission s = submissions.findByReference(reference).orElseThrow();
        mvc.perform(post("/workspace/review/submissions/" + s.getId() + "/reject").with(EDNA).with(csrf())
                .param("reason", " ")).andExpect(redirectedUrl("/workspace/review/submissions/" + s.getId()));
        assertThat(submissions.findById(s.getId()).orElseThrow().getStatus()).isEqualTo(SubmissionStatus.RECEIVED);
        mvc.perform(post("/workspace/review/submissions/" + s.getId() + "/reject").with(EDNA).with(csrf())
                        .param("reason", "We could not find a <source> for this."))
                .andExpect(redirectedUrl("/workspace/review/submissions"));
        mvc.perform(get("/contribute/status/" + reference))
                .andExpect(content().string(containsString("Not accepted")))
                .andExpect(content().string(containsString("We could not find a &lt;source&gt; for this.")))
                .andExpect(content().string(not(containsString("edna"))));
        mvc.perform(get("/api/submissions/" + reference))
                .andExpect(jsonPath("$.reason").value("We could not find a <source> for this."));
    }

    @Test
    void hostileTextIsStoredAsSentAndEscapedOnEveryPage() throws Exception {
        String xss = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        String json = MAKOLA.formatted(CONTACT, "").replace("Traders were refused health insurance cards.", xss)
                .replace("Makola Traders Union", "=HYPERLINK(\\\"http://evil\\\")");
        String body = api(json, "198.51.100.14");
        String reference = JsonPath.read(body, "$.reference");
        Submission s = submissions.findByReference(reference).orElseThrow();
        assertThat(s.getStory()).isEqualTo(xss);
        String page = mvc.perform(get("/workspace/review/submissions/" + s.getId()).with(EDNA))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<script>alert(1)").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        String queue = mvc.perform(get("/workspace/review/submissions").with(EDNA))
                .andReturn().getResponse().getContentAsString();
        assertThat(queue).doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
        String csv = mvc.perform(get("/workspace/review/submissions/export").with(EDNA))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
    }

    @Test
    void theExportLeavesContactDetailsOutUnlessTheEditorAsks() throws Exception {
        submitByApi("198.51.100.15");
        var plain = mvc.perform(get("/workspace/review/submissions/export").with(EDNA))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse();
        assertThat(plain.getContentAsString()).contains("reference,status,received_at")
                .contains("Makola Traders Union").doesNotContain(CONTACT).doesNotContain(",contact");
        String withContacts = mvc.perform(get("/workspace/review/submissions/export?contact=true").with(EDNA))
                .andReturn().getResponse().getContentAsString();
        assertThat(withContacts).contains(",contact").contains(CONTACT);
        mvc.perform(get("/workspace/review/submissions/export").with(RITA)).andExpect(status().isForbidden());
        mvc.perform(get("/workspace/review/submissions/export"))
                .andExpect(status().is3xxRedirection());
    }
}
