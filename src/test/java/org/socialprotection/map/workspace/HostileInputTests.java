package org.socialprotection.map.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile-input battery: a few hundred inputs a careless script, a broken survey export or an attacker sends to
 * the JSON write API, the workspace forms and the importer. Each refused one is a 4xx, never a 5xx, says what is
 * wrong without quoting a library's internals, and leaves every record table and the history as they were.
 * Script and SQL-looking text is legitimate text (a researcher may quote a message or write about SQL): it is
 * stored verbatim, and the pages escape it. Run on both databases by the subclasses; the PostGIS one in CI.
 */
@AtlasTest
@Transactional
abstract class HostileInputTests {

    static final RequestPostProcessor ALICE = user("alice").roles("RESEARCHER");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> TABLES = List.of("observation", "scheme", "publication", "indicator_value",
            "observation_aud", "scheme_aud", "publication_aud", "indicator_value_aud", "revision");
    /** What a response must never quote: a library's or Java's own words. */
    static final List<String> INTERNALS = List.of("tools.jackson", "com.fasterxml", "org.apache", "org.hibernate",
            "java.lang", "Exception", "org.locationtech", "at [Source");

    /** Stands for half a surrogate pair, which the JSON cases send as the escape \\ud800. */
    static final String LONE = "\ud800";
    static final List<String> CONTROL = List.of("a\u0000b", "\u0000", "bell\u0007", "esc\u001b[31m", "del\u007f",
            "half " + LONE + " pair");
    static final List<String> XSS = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>", "javascript:alert(1)", "<iframe srcdoc='<script>alert(1)</script>'>",
            "'';!--\"<XSS>=&{()}", "<a href=\"javascript:alert(1)\">x</a>", "{{7*7}}[[${7*7}]]");
    static final List<String> SQL = List.of("'; DROP TABLE observation; --", "1 OR 1=1", "\" OR \"\"=\"",
            "Robert'); DELETE FROM scheme;--", "%' UNION SELECT username, password_hash FROM app_user --",
            "1; SELECT pg_sleep(10)");

    static final Map<String, Object> OBSERVATION = Map.of("title", "Crèche at the market", "kind", "inclusion",
            "lon", "-0.2057", "lat", "5.5513", "placeType", "market", "privacy", "approximate",
            "groups", List.of("market_traders"), "sources", "WIEGO | https://www.wiego.org");
    static final Map<String, Object> SCHEME = Map.of("country", "GHA", "officialName", "Hostile test scheme",
            "branches", List.of("old_age"), "schemeStatus", "active", "participation", "unknown",
            "sources", "ILO | https://www.ilo.org");
    static final Map<String, Object> BRIEF = Map.of("type", "brief", "title", "Hostile test brief", "language", "en",
            "date", "2025", "url", "https://example.org/brief");
    static final Map<String, Object> PODCAST = Map.of("type", "podcast", "title", "Hostile test episode",
            "language", "en", "date", "2025", "url", "https://example.org/episode", "duration", "30:00");
    static final Map<String, Object> VALUE = Map.of("country", "GHA", "indicator", "sdg_1_3_1", "year", "2023",
            "value", "50", "unit", "", "sourceTitle", "ILO", "sourceUrl", "https://www.ilo.org");

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("SELECT COUNT(*) FROM " + t, Long.class)));
        return counts;
    }

    /** Sends it, and checks the answer is a 4xx in plain words and that nothing was stored. */
    MockHttpServletResponse refused(RequestBuilder request) throws Exception {
        Map<String, Long> before = counts();
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("status").isBetween(400, 499);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(INTERNALS).as("a library's words in: " + body).noneMatch(body::contains);
        assertThat(counts()).as("rows and history").isEqualTo(before);
        return response;
    }

    // ---- the JSON write API

    static Arguments json(String type, Map<String, Object> base, String field, Object value) {
        Map<String, Object> body = new LinkedHashMap<>(base);
        body.put(field, value);
        String shown = String.valueOf(value);
        shown = shown.length() > 40 ? shown.substring(0, 40) + "… (" + shown.length() + ")" : shown;
        // Jackson would write the lone surrogate as bytes that UTF-8 cannot hold; a script sends the escape
        return Arguments.of(type, field + " = " + shown, JSON.writeValueAsString(body).replace(LONE, "\\ud800"));
    }

    static Stream<Arguments> hostileJson() {
        List<Arguments> cases = new ArrayList<>();
        for (String coordinate : List.of("lon", "lat")) {
            String outside = coordinate.equals("lon") ? "180.0001" : "90.0001";
            for (Object v : List.<Object>of("NaN", "Infinity", "-Infinity", "1e999", "-1e999", "nan", outside,
                    "-" + outside, "abc", "1;DROP TABLE observation", "", " ", Map.of("$ne", 1), List.of("1"))) {
                cases.add(json("observations", OBSERVATION, coordinate, v));
            }
        }
        for (String field : List.of("title", "narrative", "placeName", "sources", "country", "kind", "placeType",
                "privacy", "observedFrom", "observedTo")) {
            CONTROL.forEach(v -> cases.add(json("observations", OBSERVATION, field, v)));
        }
        cases.add(json("observations", OBSERVATION, "title", "t".repeat(401)));
        cases.add(json("observations", OBSERVATION, "narrative", "n".repeat(20_001)));
        cases.add(json("observations", OBSERVATION, "placeName", "p".repeat(401)));
        cases.add(json("observations", OBSERVATION, "sources", "s".repeat(20_001)));
        cases.add(json("observations", OBSERVATION, "sources", "s".repeat(1001) + " | https://a.org"));
        cases.add(json("observations", OBSERVATION, "sources", "https://a.org/" + "u".repeat(2000)));
        cases.add(json("observations", OBSERVATION, "sources", "WIEGO | https://a.org/" + "u".repeat(2000)));
        cases.add(json("observations", OBSERVATION, "sources", "S | https://a.org\n".repeat(101)));
        cases.add(json("observations", OBSERVATION, "country", "G".repeat(1000)));
        cases.add(json("observations", OBSERVATION, "kind", "k".repeat(10_000)));
        cases.add(json("observations", OBSERVATION, "observedFrom", "2".repeat(300)));
        cases.add(json("observations", OBSERVATION, "title", Map.of("a", 1)));
        cases.add(json("observations", OBSERVATION, "title", List.of("x")));
        cases.add(json("observations", OBSERVATION, "groups", "market_traders"));
        cases.add(json("observations", OBSERVATION, "groups", List.of(Map.of("a", 1))));
        cases.add(json("observations", OBSERVATION, "schemes", List.of("abc")));
        cases.add(json("observations", OBSERVATION, "schemes", "1"));
        cases.add(json("observations", OBSERVATION, "schemes", List.of(999_999_999L)));
        cases.add(json("observations", OBSERVATION, "kind", 12));
        cases.add(json("observations", OBSERVATION, "version", "abc"));
        cases.add(json("observations", OBSERVATION, "version", 1e30));
        cases.add(json("observations", OBSERVATION, "id", Map.of("a", 1)));
        cases.add(json("observations", OBSERVATION, "groups", List.of("farmers' OR 1=1")));

        for (String field : List.of("officialName", "description", "note", "institution", "legalBasis", "acronym",
                "sources", "coverageFigures", "country", "nameFr")) {
            cases.add(json("schemes", SCHEME, field, "x\u0000y"));
            cases.add(json("schemes", SCHEME, field, "x\u0007y"));
        }
        for (var tooLong : Map.of("officialName", 401, "description", 20_001, "note", 2001, "legalBasis", 1001,
                "institution", 401, "acronym", 41, "nameEn", 401, "coverageFigures", 20_001).entrySet()) {
            cases.add(json("schemes", SCHEME, tooLong.getKey(), "x".repeat(tooLong.getValue())));
        }
        cases.add(json("schemes", SCHEME, "coverage", List.of(Map.of("group", "street_vendors", "status",
                "excluded", "reason", "r".repeat(2001)))));
        cases.add(json("schemes", SCHEME, "coverage", List.of(Map.of("group", "street_vendors", "status",
                "excluded", "reason", "nul\u0000"))));
        cases.add(json("schemes", SCHEME, "coverage", List.of(Map.of("group", "street\u0000vendors", "status",
                "excluded"))));
        for (String figure : List.of("NaN", "Infinity", "1e999", "-5")) {
            cases.add(json("schemes", SCHEME, "coverageFigures", figure + " | percent | 2022 |  | ILO"));
        }
        cases.add(json("schemes", SCHEME, "coverageFigures", "12 | percent | 2022 |  | " + "t".repeat(1001)));
        cases.add(json("schemes", SCHEME, "reforms", "2010 | a reform as text"));
        cases.add(json("schemes", SCHEME, "reforms", List.of(Map.of("date", "2010", "change", "nul\u0000",
                "source", Map.of("title", "ILO")))));
        cases.add(json("schemes", SCHEME, "reforms", List.of(Map.of("date", "2010", "change", "c".repeat(2001),
                "source", Map.of("title", "ILO")))));
        cases.add(json("schemes", SCHEME, "reforms", List.of(Map.of("date", "2010", "change", "x",
                "statusBefore", "covered", "source", Map.of("title", "ILO")))));
        cases.add(json("schemes", SCHEME, "reforms", List.of(Map.of("date", "2010", "change", "x",
                "source", "ILO"))));
        cases.add(json("schemes", SCHEME, "sources", List.of(Map.of("title", "ILO", "url", "ftp://x"))));
        cases.add(json("schemes", SCHEME, "coverageFigures", List.of(Map.of("value", "12", "year", "2022",
                "unit", "percent", "source", Map.of("title", "t".repeat(1001))))));
        cases.add(json("schemes", SCHEME, "branches", "old_age"));
        cases.add(json("schemes", SCHEME, "coverage", "all"));

        for (String field : List.of("title", "summary", "authors", "url", "language", "date")) {
            cases.add(json("publications", BRIEF, field, "x\u0000y"));
        }
        cases.add(json("publications", BRIEF, "title", "t".repeat(401)));
        cases.add(json("publications", BRIEF, "summary", "s".repeat(20_001)));
        cases.add(json("publications", BRIEF, "authors", "a".repeat(201)));
        cases.add(json("publications", BRIEF, "authors", "a\n".repeat(10_001)));
        cases.add(json("publications", BRIEF, "url", "javascript:alert(1)"));
        cases.add(json("publications", BRIEF, "countries", List.of("G\u0000H")));
        cases.add(json("publications", PODCAST, "transcript", "t".repeat(200_001)));
        cases.add(json("publications", PODCAST, "transcript", "t\u0000"));
        cases.add(json("publications", PODCAST, "segments",
                List.of(Map.of("start", "5:12", "title", "t".repeat(401), "country", "GHA"))));
        cases.add(json("publications", PODCAST, "segments",
                List.of(Map.of("start", "5:12", "title", "title", "observation", "#99999999999999999999999"))));
        cases.add(json("publications", PODCAST, "segments",
                List.of(Map.of("start", "5:12", "title", "ti\u0000tle", "country", "GHA"))));
        cases.add(json("publications", PODCAST, "segments", List.of(Map.of("start", "99999999999", "title", "t"))));
        cases.add(json("publications", PODCAST, "segments", List.of(Map.of("start", "5:12", "country", "G\u0000H"))));
        // the text of lines the form took before segments had rows: refused as a list is expected
        cases.add(json("publications", PODCAST, "segments", "5:12 | title | GHA"));
        cases.add(json("publications", PODCAST, "segments", List.of("5:12 | title | GHA")));
        cases.add(json("publications", PODCAST, "duration", "NaN"));
        cases.add(json("publications", PODCAST, "duration", "99999999999"));

        for (String v : List.of("NaN", "Infinity", "-Infinity", "1e999", "abc", "")) {
            cases.add(json("indicators", VALUE, "value", v));
        }
        for (String v : List.of("NaN", "99999999999", "2023.5", "\u0000")) {
            cases.add(json("indicators", VALUE, "year", v));
        }
        cases.add(json("indicators", VALUE, "sourceTitle", "ILO\u0000"));
        cases.add(json("indicators", VALUE, "sourceTitle", "s".repeat(1001)));
        cases.add(json("indicators", VALUE, "unit", "u".repeat(21)));
        cases.add(json("indicators", VALUE, "unit", "%\u0000"));
        cases.add(json("indicators", VALUE, "sourceUrl", "javascript:alert(1)"));
        cases.add(json("indicators", VALUE, "country", "G\u0000H"));
        return cases.stream();
    }

    @ParameterizedTest(name = "[{index}] POST /api/{0} with {1}")
    @MethodSource("hostileJson")
    void theJsonApiRefusesIt(String type, String what, String body) throws Exception {
        refused(post("/api/" + type).with(ALICE).contentType(MediaType.APPLICATION_JSON)
                .content(body.getBytes(StandardCharsets.UTF_8)));
    }

    static Stream<Arguments> malformedBodies() {
        byte[] badUtf8 = "{\"title\": \"caf\u00e9\"}".getBytes(StandardCharsets.UTF_8);
        badUtf8[badUtf8.length - 3] = (byte) 0xC3;
        badUtf8[badUtf8.length - 4] = (byte) 0xFF;
        byte[] rawNul = "{\"title\": \"a\u0000b\"}".getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("unclosed object", "{".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("empty body", new byte[0]),
                Arguments.of("an array", "[]".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a string", "\"just text\"".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a number", "123".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("cut off", "{\"title\":".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("bare NaN", "{\"lon\": NaN, \"lat\": 5}".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("bare Infinity", "{\"lat\": Infinity}".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("trailing garbage", "{\"title\": \"a\"} x".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("bad UTF-8", badUtf8),
                Arguments.of("raw NUL in a string", rawNul),
                Arguments.of("single quotes", "{'title': 'a'}".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("deep nesting", ("{\"groups\":" + "[".repeat(5000) + "]".repeat(5000) + "}")
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("comment", "{/* x */ \"title\": \"a\"}".getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "[{index}] POST /api/observations: {0}")
    @MethodSource("malformedBodies")
    void aBodyThatIsNotJsonIsA400InPlainWords(String what, byte[] body) throws Exception {
        var response = refused(post("/api/observations").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                .content(body));
        assertThat(response.getStatus()).isEqualTo(400);
    }

    @Test
    void aWrongTypeIsNamedByItsField() throws Exception {
        var response = refused(post("/api/observations").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                .content(json("observations", OBSERVATION, "groups", "market_traders").get()[2].toString()));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("'groups'").contains("expected a list");
        response = refused(post("/api/observations").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"a\", \"lon\": 1,}"));
        assertThat(response.getContentAsString()).contains("not valid JSON").contains("line 1, column");
    }

    @Test
    void notANumberAndNulAreNamedByTheirField() throws Exception {
        var nan = refused(post("/api/observations").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                .content(json("observations", OBSERVATION, "lon", "NaN").get()[2].toString()));
        assertThat(nan.getStatus()).isEqualTo(422);
        assertThat(nan.getContentAsString()).contains("\"lon\":\"not a number\"");
        var nul = refused(post("/api/observations").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                .content(json("observations", OBSERVATION, "narrative", "a\u0000b").get()[2].toString()));
        assertThat(nul.getStatus()).isEqualTo(422);
        assertThat(nul.getContentAsString()).contains("\"narrative\":\"contains a control character");
        var longNarrative = refused(post("/api/observations").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                .content(json("observations", OBSERVATION, "narrative", "n".repeat(20_001)).get()[2].toString()));
        assertThat(longNarrative.getContentAsString()).contains("\"narrative\":\"at most 20000 characters\"");
    }

    /** The 60 MB narrative of the hostile test: refused before anything reads it, so never stored nor in history. */
    @Test
    void aBodyOverTheLimitIsA413BeforeAnythingReadsIt() throws Exception {
        String huge = "{\"title\": \"t\", \"narrative\": \"" + "n".repeat(60 * 1024 * 1024) + "\"}";
        var response = refused(post("/api/observations").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                .content(huge.getBytes(StandardCharsets.US_ASCII)));
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("larger than 2 MB");
        byte[] form = ("title=t&narrative=" + "n".repeat(3 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII);
        assertThat(refused(post("/workspace/observations").with(ALICE).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form)).getStatus()).isEqualTo(413);
    }

    // ---- the workspace forms

    static Arguments form(String type, Map<String, String> base, String field, String value) {
        Map<String, String> params = new LinkedHashMap<>(base);
        params.put(field, value);
        String shown = value.length() > 40 ? value.substring(0, 40) + "… (" + value.length() + ")" : value;
        return Arguments.of(type, field + " = " + shown, params);
    }

    static final Map<String, String> OBSERVATION_FORM = Map.of("title", "Crèche at the market", "kind", "inclusion",
            "lon", "-0.2057", "lat", "5.5513", "placeType", "market", "privacy", "approximate",
            "groups", "market_traders", "sources[0].title", "WIEGO", "sources[0].url", "https://www.wiego.org");
    static final Map<String, String> SCHEME_FORM = Map.of("country", "GHA", "officialName", "Hostile form scheme",
            "branches", "family", "schemeStatus", "active", "participation", "unknown");
    static final Map<String, String> BRIEF_FORM = Map.of("type", "brief", "title", "Hostile form brief",
            "language", "en", "url", "https://example.org/b");
    static final Map<String, String> VALUE_FORM = Map.of("country", "GHA", "indicator", "sdg_1_3_1", "year", "2023",
            "value", "50", "sourceTitle", "ILO");

    static Stream<Arguments> hostileForms() {
        List<Arguments> cases = new ArrayList<>();
        for (String field : List.of("title", "narrative", "placeName", "sources[0].title", "sources[0].url")) {
            CONTROL.forEach(v -> cases.add(form("observations", OBSERVATION_FORM, field, v)));
        }
        for (String coordinate : List.of("lon", "lat")) {
            for (String v : List.of("NaN", "Infinity", "-Infinity", "1e999", coordinate.equals("lon") ? "181" : "91",
                    "1,2,3")) {
                cases.add(form("observations", OBSERVATION_FORM, coordinate, v));
            }
        }
        cases.add(form("observations", OBSERVATION_FORM, "title", "t".repeat(401)));
        cases.add(form("observations", OBSERVATION_FORM, "narrative", "n".repeat(20_001)));
        cases.add(form("observations", OBSERVATION_FORM, "placeName", "p".repeat(401)));
        cases.add(form("observations", OBSERVATION_FORM, "sources[0].title", "s".repeat(1001)));
        cases.add(form("observations", OBSERVATION_FORM, "sources[0].url", "https://a.org/" + "u".repeat(2000)));
        cases.add(form("observations", OBSERVATION_FORM, "sources[0].url", "javascript:alert(1)"));
        cases.add(form("observations", OBSERVATION_FORM, "sources[0].accessed", "2026-02-30"));
        cases.add(form("observations", OBSERVATION_FORM, "sources", "WIEGO | https://www.wiego.org"));
        cases.add(form("observations", OBSERVATION_FORM, "sources[100000].title", "a row far beyond the form's"));
        cases.add(form("observations", OBSERVATION_FORM, "sources[0].remove", "maybe"));
        cases.add(form("observations", OBSERVATION_FORM, "schemes", "abc"));
        cases.add(form("observations", OBSERVATION_FORM, "kind", "<script>alert(1)</script>"));
        cases.add(form("observations", OBSERVATION_FORM, "version", "abc"));
        cases.add(form("observations", OBSERVATION_FORM, "id", "1 OR 1=1"));
        cases.add(form("schemes", SCHEME_FORM, "officialName", "x\u0000y"));
        cases.add(form("schemes", SCHEME_FORM, "description", "d".repeat(20_001)));
        cases.add(form("schemes", SCHEME_FORM, "note", "n\u0000"));
        cases.add(form("schemes", SCHEME_FORM, "coverageFigures[0].value", "NaN"));
        cases.add(form("schemes", SCHEME_FORM, "coverageFigures[0].value", "1e999"));
        cases.add(form("schemes", SCHEME_FORM, "coverageFigures[0].year", "9".repeat(30)));
        cases.add(form("schemes", SCHEME_FORM, "coverageFigures[0].source.title", "x\u0000y"));
        cases.add(form("schemes", SCHEME_FORM, "reforms[0].date", "2021-02-30"));
        cases.add(form("schemes", SCHEME_FORM, "reforms[0].change", "c".repeat(2001)));
        cases.add(form("schemes", SCHEME_FORM, "reforms[0].statusBefore", "<script>alert(1)</script>"));
        cases.add(form("schemes", SCHEME_FORM, "reforms[0].source.url", "x\u0000y"));
        cases.add(form("schemes", SCHEME_FORM, "reforms[0].source", "a text where an object goes"));
        cases.add(form("schemes", SCHEME_FORM, "branches", "'; DROP TABLE scheme; --"));
        cases.add(form("schemes", SCHEME_FORM, "coverage[100000].reason", "a row far beyond the form's"));
        cases.add(form("schemes", SCHEME_FORM, "coverage[-1].reason", "a negative row"));
        cases.add(form("schemes", SCHEME_FORM, "coverage[x].reason", "not a row"));
        cases.add(form("observations", OBSERVATION_FORM, "groups[100000]", "market_traders"));
        cases.add(form("publications", BRIEF_FORM, "title", "x\u0000y"));
        cases.add(form("publications", BRIEF_FORM, "summary", "s".repeat(20_001)));
        cases.add(form("publications", BRIEF_FORM, "observations", "1 OR 1=1"));
        cases.add(form("indicators", VALUE_FORM, "value", "NaN"));
        cases.add(form("indicators", VALUE_FORM, "value", "Infinity"));
        cases.add(form("indicators", VALUE_FORM, "sourceTitle", "ILO\u0000"));
        return cases.stream();
    }

    @ParameterizedTest(name = "[{index}] POST /workspace/{0} with {1}")
    @MethodSource("hostileForms")
    void theFormsRefuseIt(String type, String what, Map<String, String> params) throws Exception {
        MockHttpServletRequestBuilder request = post("/workspace/" + type).with(ALICE).with(csrf());
        params.forEach(request::param);
        // 422 with the form and its errors; 400 for a field no form has (a row beyond the form's)
        assertThat(refused(request).getStatus()).isIn(400, 422);
    }

    // ---- imports

    static final String HEADER = "title,kind,narrative,place_name,country,latitude,longitude,source_title\n";

    static Arguments csv(String what, String row) {
        return Arguments.of(what, "rows.csv", (HEADER + row + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static Arguments file(String what, String name, byte[] bytes) {
        return Arguments.of(what, name, bytes);
    }

    static Stream<Arguments> hostileImports() throws Exception {
        List<Arguments> cases = new ArrayList<>();
        Function<String, String> row = cells -> cells;
        for (String lat : List.of("NaN", "Infinity", "-Infinity", "1e999", "nan", "95", "-90.5", "abc")) {
            cases.add(csv("latitude " + lat, row.apply("Hostile,inclusion,,,GHA," + lat + ",-0.2,WIEGO")));
        }
        cases.add(csv("longitude NaN", "Hostile,inclusion,,,GHA,5.5,NaN,WIEGO"));
        cases.add(csv("longitude -200", "Hostile,inclusion,,,GHA,5.5,-200,WIEGO"));
        cases.add(csv("NUL in title", "Host\u0000ile,inclusion,,,GHA,5.5,-0.2,WIEGO"));
        cases.add(csv("control in narrative", "Hostile,inclusion,a\u0007b,,GHA,5.5,-0.2,WIEGO"));
        cases.add(csv("over-long narrative", "Hostile,inclusion," + "n".repeat(20_001) + ",,GHA,5.5,-0.2,WIEGO"));
        cases.add(csv("over-long title", "t".repeat(401) + ",inclusion,,,GHA,5.5,-0.2,WIEGO"));
        cases.add(csv("over-long place", "Hostile,inclusion,," + "p".repeat(401) + ",GHA,5.5,-0.2,WIEGO"));
        cases.add(csv("over-long source", "Hostile,inclusion,,,GHA,5.5,-0.2," + "s".repeat(1001)));
        cases.add(csv("SQL in kind", "Hostile,'; DROP TABLE observation; --,,,GHA,5.5,-0.2,WIEGO"));
        cases.add(csv("unclosed quote", "\"Hostile,inclusion,,,GHA,5.5,-0.2,WIEGO"));
        cases.add(csv("text after a closing quote", "\"Host\"ile,inclusion,,,GHA,5.5,-0.2,WIEGO"));
        byte[] badUtf8 = (HEADER + "Caf\u00e9,inclusion,,,GHA,5.5,-0.2,WIEGO\n").getBytes(StandardCharsets.UTF_8);
        badUtf8[HEADER.length() + 3] = (byte) 0xFF;
        cases.add(file("bad UTF-8 bytes", "rows.csv", badUtf8));
        cases.add(file("Latin-1 text", "rows.csv", (HEADER + "Caf\u00e9,inclusion,,,GHA,5.5,-0.2,WIEGO\n")
                .getBytes(StandardCharsets.ISO_8859_1)));
        cases.add(file("a header with a blank name", "rows.csv", ("title,,kind\nHostile,x,inclusion\n")
                .getBytes(StandardCharsets.UTF_8)));
        cases.add(file("NUL bytes only", "rows.csv", new byte[64]));
        cases.add(file("binary garbage", "rows.csv", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2, (byte) 0x80}));
        byte[] zipHeaderOnly = new byte[300];
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, zipHeaderOnly, 0, 4);
        cases.add(file("a broken XLSX", "rows.xlsx", zipHeaderOnly));
        cases.add(file("a zip that is not a workbook", "rows.xlsx", zip("hello.txt", "hello")));
        cases.add(file("a workbook with broken XML", "rows.xlsx", zip("[Content_Types].xml", "<Types><oops")));
        cases.add(file("GeoJSON with NaN", "rows.geojson", geojson("[NaN, 5.5]", "\"Hostile\"")));
        cases.add(file("GeoJSON latitude 95", "rows.geojson", geojson("[-0.2, 95]", "\"Hostile\"")));
        cases.add(file("GeoJSON longitude 1e999", "rows.geojson", geojson("[1e999, 5.5]", "\"Hostile\"")));
        cases.add(file("GeoJSON coordinates as text", "rows.geojson", geojson("[\"-0.2\", \"5.5\"]", "\"H\"")));
        cases.add(file("GeoJSON NUL in a title", "rows.geojson", geojson("[-0.2, 5.5]", "\"Host\\u0000ile\"")));
        cases.add(file("GeoJSON title as an object", "rows.geojson", geojson("[-0.2, 5.5]", "{\"a\": 1}")));
        cases.add(file("GeoJSON cut off", "rows.geojson", "{\"type\": \"FeatureCollection\", \"features\": ["
                .getBytes(StandardCharsets.UTF_8)));
        cases.add(file("GeoJSON that is not a collection", "rows.geojson", "{\"type\": \"Point\"}"
                .getBytes(StandardCharsets.UTF_8)));
        return cases.stream();
    }

    static byte[] geojson(String coordinates, String title) {
        return ("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geometry\": "
                + "{\"type\": \"Point\", \"coordinates\": " + coordinates + "}, \"properties\": {\"title\": " + title
                + ", \"kind\": \"inclusion\", \"country\": \"GHA\", \"source_title\": \"WIEGO\"}}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(String entry, String content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @ParameterizedTest(name = "[{index}] import of {0}")
    @MethodSource("hostileImports")
    void theImporterRefusesIt(String what, String name, byte[] bytes) throws Exception {
        refused(multipart("/api/imports/observations").file(new MockMultipartFile("file", name, null, bytes))
                .param("dryRun", "false").with(ALICE));
    }

    @Test
    void aBrokenFileIsDescribedInTheUsersTerms() throws Exception {
        var csv = refused(multipart("/api/imports/observations").file(new MockMultipartFile("file", "x.csv", null,
                (HEADER + "Fine,inclusion,,,GHA,5.5,-0.2,WIEGO\n\"Broken,inclusion\n").getBytes(StandardCharsets.UTF_8)))
                .with(ALICE));
        assertThat(csv.getContentAsString()).contains("row 3 cannot be read").contains("double quote");
        byte[] zipHeaderOnly = new byte[300];
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, zipHeaderOnly, 0, 4);
        var xlsx = refused(multipart("/api/imports/observations").file(new MockMultipartFile("file", "x.xlsx", null,
                zipHeaderOnly)).with(ALICE));
        assertThat(xlsx.getContentAsString()).contains("not an Excel workbook");
        var geojson = refused(multipart("/api/imports/observations").file(new MockMultipartFile("file", "x.geojson",
                null, geojson("[NaN, 5.5]", "\"H\""))).with(ALICE));
        assertThat(geojson.getContentAsString()).contains("not valid JSON").contains("line 1, column");
        var nan = refused(multipart("/api/imports/observations").file(new MockMultipartFile("file", "x.csv", null,
                (HEADER + "Hostile,inclusion,,,GHA,NaN,-0.2,WIEGO\n").getBytes(StandardCharsets.UTF_8))).with(ALICE));
        assertThat(nan.getStatus()).isEqualTo(422);
        assertThat(nan.getContentAsString()).contains("\"column\":\"latitude\"").contains("\"value\":\"NaN\"");
        // a report quotes a cell, it does not carry it: 200 characters, and no NUL
        var quoted = refused(multipart("/api/imports/observations").file(new MockMultipartFile("file", "x.csv", null,
                (HEADER + "Hostile,inclusion," + "n".repeat(30_000) + "\u0000,,GHA,5.5,-0.2,WIEGO\n")
                        .getBytes(StandardCharsets.UTF_8))).with(ALICE));
        var problem = JSON.readTree(quoted.getContentAsString()).get("problems").get(0);
        assertThat(problem.get("column").asString()).isEqualTo("narrative");
        assertThat(problem.get("value").asString()).hasSize(201).endsWith("…").doesNotContain("\u0000");
    }

    // ---- review comments and query parameters

    @ParameterizedTest(name = "[{index}] a review comment: {0}")
    @MethodSource("hostileComments")
    void aReviewCommentIsTextWithinItsLimit(String what, String comment) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(OBSERVATION);
        var created = mvc.perform(post("/api/observations").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))).andReturn().getResponse();
        long id = JSON.readTree(created.getContentAsString()).get("id").asLong();
        long comments = jdbc.queryForObject("SELECT COUNT(*) FROM review_comment", Long.class);
        refused(post("/api/observations/" + id + "/submit").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("comment", comment))));
        // the page's buttons go back to the form, which shows the reason
        var page = mvc.perform(post("/workspace/observations/" + id + "/submit").with(ALICE).with(csrf())
                .param("comment", comment)).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(302);
        assertThat(page.getFlashMap().get("error")).asString().contains("plain text of at most 4000 characters");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_comment", Long.class)).isEqualTo(comments);
        assertThat(jdbc.queryForObject("SELECT status FROM observation WHERE id = ?", String.class, id))
                .isEqualTo("DRAFT");
    }

    static Stream<Arguments> hostileComments() {
        return Stream.of(Arguments.of("NUL", "please\u0000check"), Arguments.of("escape", "clear\u001b[2J"),
                Arguments.of("4,001 characters", "c".repeat(4001)));
    }

    static Stream<String> hostileParameters() {
        return Stream.of("/api/observations?country=%00", "/api/observations?kind=%00", "/api/schemes?country=%00",
                "/api/search?q=%00", "/api/search?q=a%00b", "/search?q=%00", "/api/places?q=%00",
                "/api/observations?bbox=NaN,NaN,NaN,NaN", "/api/observations?bbox=-Infinity,0,Infinity,1",
                "/api/observations?limit=NaN", "/api/observations/export?country=%00",
                "/ogcapi/collections/observations/items?bbox=NaN,0,1,1", "/ogcapi/collections/observations/items?bbox=1e999,0,1,1");
    }

    @ParameterizedTest(name = "[{index}] GET {0}")
    @MethodSource("hostileParameters")
    void aHostileQueryParameterIsNeverA500(String url) throws Exception {
        int status = mvc.perform(get(url)).andReturn().getResponse().getStatus();
        assertThat(status).as(url).isLessThan(500);
    }

    // ---- text that looks like script or SQL is text

    static Stream<String> scriptAndSql() {
        return Stream.concat(XSS.stream(), SQL.stream());
    }

    @ParameterizedTest(name = "[{index}] stored verbatim: {0}")
    @MethodSource("scriptAndSql")
    void scriptAndSqlLookingTextIsStoredVerbatimAndEscapedOnThePage(String text) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(OBSERVATION);
        body.put("title", text);
        body.put("narrative", text);
        body.put("placeName", text);
        var created = mvc.perform(post("/api/observations").with(ALICE).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        long id = JSON.readTree(created.getContentAsString()).get("id").asLong();
        Map<String, Object> stored = jdbc.queryForMap("SELECT title, narrative, place_name FROM observation"
                + " WHERE id = ?", id);
        assertThat(stored.values()).containsOnly(text);
        String page = mvc.perform(get("/workspace/observations/" + id + "/edit").with(ALICE)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        if (text.contains("<") || text.contains("\"")) {
            assertThat(page).doesNotContain(text);
        }
        assertThat(page).contains(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;"));
    }
}
