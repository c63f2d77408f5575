package org.socialprotection.map.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 100,000 rows, the size the programme's largest survey exports reach, through the API a script uses: in the
 * background with progress, checked as XLSX, then committed as CSV, all in a heap the large-import run limits (see
 * the pom's "large" profile), so that a file this size cannot exhaust the server's memory.
 */
@AtlasTest
@Tag("large")
abstract class LargeImportTests {

    static final int ROWS = Integer.getInteger("spmap.largeImportRows", 100_000);

    /** Places well inside their countries, so that the jitter below never crosses a border. */
    private static final Object[][] PLACES = {
            {"GHA", 5.6037, -0.1870, "Accra"}, {"KEN", -1.2864, 36.8172, "Nairobi"},
            {"IND", 23.0225, 72.5714, "Ahmedabad"}, {"PER", -12.0464, -77.0428, "Lima"},
            {"ZAF", -26.2041, 28.0473, "Johannesburg"}, {"SEN", 14.7167, -17.4677, "Dakar"},
            {"MEX", 19.4326, -99.1332, "Mexico City"}, {"THA", 13.7563, 100.5018, "Bangkok"}};

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void removeImported() {
        String titles = "Large import " + run + " %";
        List<Long> ids = jdbc.queryForList("SELECT id FROM observation WHERE title LIKE ?", Long.class, titles);
        for (List<Long> part : partition(ids, 5_000)) {
            String in = String.join(",", part.stream().map(String::valueOf).toList());
            for (String table : List.of("observation_group_aud", "observation_component_aud", "observation_branch_aud",
                    "observation_scheme_aud", "observation_source_aud")) {
                jdbc.update("DELETE FROM " + table + " WHERE observation_id IN (" + in + ")");
            }
            jdbc.update("DELETE FROM observation_aud WHERE id IN (" + in + ")");
            jdbc.update("DELETE FROM observation WHERE id IN (" + in + ")");
        }
    }

    @Test
    void aHundredThousandRowsAreCheckedThenImportedInTheBackground() throws Exception {
        List<String[]> rows = rows();
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM observation", Long.class);

        Job check = runInBackground("survey.xlsx", xlsx(rows), true);
        assertThat(check.report("$.problems.length()", Integer.class)).as("problems in the XLSX").isZero();
        assertThat(check.report("$.rows", Integer.class)).isEqualTo(ROWS);
        assertThat(check.report("$.validRows", Integer.class)).isEqualTo(ROWS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM observation", Long.class)).isEqualTo(before);

        Job commit = runInBackground("survey.csv", csv(rows), false);
        assertThat(commit.report("$.committed", Boolean.class)).as("commit of the CSV").isTrue();
        assertThat(commit.report("$.created.length()", Integer.class)).isEqualTo(ROWS);
        assertThat(commit.progress).as("progress seen between start and end").anyMatch(done -> done > 0 && done < ROWS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM observation WHERE status = 'DRAFT' AND created_by = ?"
                + " AND title LIKE ?", Long.class, "ines", "Large import " + run + " %")).isEqualTo(ROWS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM observation WHERE title LIKE ? AND country_iso3 = 'KEN'",
                Long.class, "Large import " + run + " %")).isEqualTo(ROWS / PLACES.length);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM observation", Long.class)).isEqualTo(before + ROWS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM observation_aud a JOIN observation o ON o.id = a.id"
                + " WHERE o.title LIKE ? AND a.revtype = 0", Long.class, "Large import " + run + " %"))
                .as("every imported record has its first revision in the history").isEqualTo(ROWS);
        System.out.printf(Locale.ROOT, "large import: %d rows, check %.1f s (XLSX), commit %.1f s (CSV), heap limit %d MB%n",
                ROWS, check.seconds, commit.seconds, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() >> 20);
    }

    /** Rows spread over eight countries; every other row leaves the country to the point. */
    private List<String[]> rows() {
        Random random = new Random(42);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            Object[] place = PLACES[i % PLACES.length];
            double lat = (double) place[1] + (random.nextDouble() - 0.5) * 0.02;
            double lon = (double) place[2] + (random.nextDouble() - 0.5) * 0.02;
            rows.add(new String[] {"Large import " + run + " #" + i, i % 3 == 0 ? "exclusion" : "inclusion",
                    (String) place[3], i % 2 == 0 ? (String) place[0] : "",
                    String.format(Locale.ROOT, "%.5f", lat), String.format(Locale.ROOT, "%.5f", lon),
                    i % 5 == 0 ? "street_vendors;market_traders" : "domestic_workers", String.valueOf(2015 + i % 10),
                    "Synthetic load-test row", "https://example.org/large-import"});
        }
        return rows;
    }

    private static final String[] HEADER = {"title", "kind", "place_name", "country", "latitude", "longitude", "groups",
            "observed_from", "source_title", "source_url"};

    private static byte[] csv(List<String[]> rows) {
        StringBuilder text = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (String[] row : rows) {
            text.append(String.join(",", row)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xlsx(List<String[]> rows) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("survey");
            var header = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                String[] values = rows.get(r);
                for (int c = 0; c < values.length; c++) {
                    if (c == 4 || c == 5) {
                        row.createCell(c).setCellValue(Double.parseDouble(values[c]));
                    } else if (!values[c].isEmpty()) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        }
    }

    private record Job(String json, List<Integer> progress, double seconds) {
        <T> T report(String path, Class<T> type) {
            return JsonPath.parse(json).read(path.replace("$.", "$.report."), type);
        }
    }

    private Job runInBackground(String name, byte[] bytes, boolean dryRun) throws Exception {
        long start = System.nanoTime();
        String started = mvc.perform(multipart("/api/imports/observations").file(new MockMultipartFile("file", name, null,
                        bytes)).param("async", "true").param("dryRun", String.valueOf(dryRun))
                        .with(user("ines").roles("RESEARCHER")))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(started, "$.id");
        List<Integer> progress = new ArrayList<>();
        long deadline = System.nanoTime() + 20L * 60 * 1_000_000_000;
        while (System.nanoTime() < deadline) {
            String json = mvc.perform(get("/api/imports/jobs/" + id).with(user("ines").roles("RESEARCHER")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            String state = JsonPath.read(json, "$.state");
            progress.add(JsonPath.read(json, "$.rowsDone"));
            assertThat(state).as("job %s: %s", id, json.length() > 500 ? json.substring(0, 500) : json)
                    .isNotEqualTo("FAILED");
            if (state.equals("DONE")) {
                return new Job(json, progress, (System.nanoTime() - start) / 1e9);
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("the import did not finish within 20 minutes");
    }

    private static <T> List<List<T>> partition(List<T> list, int size) {
        List<List<T>> parts = new ArrayList<>();
        for (int i = 0; i < list.size(); i += size) {
            parts.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return parts;
    }
}
