package org.socialprotection.map.history;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialprotection.map.scheme.Branch;
import org.socialprotection.map.scheme.Scheme;
import org.socialprotection.map.scheme.SchemeEditor;
import org.socialprotection.map.scheme.Schemes;
import org.socialprotection.map.support.AtlasTest;
import org.socialprotection.map.support.StoredSession;
import org.socialprotection.map.workflow.PublicationStatus;
import org.socialprotection.map.workspace.RecordTypes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


/**
 * The history page and the restore form: who may see and do what; run on both databases. Users come with each
 * request, so that the records made before it are by their creator.
 */
@AtlasTest
abstract class HistoryPageTests {

    @Autowired MockMvc mvc;
    @Autowired SessionRepository<?> sessions;
    @Autowired RecordHistory history;
    @Autowired RecordTypes types;
    @Autowired Schemes schemes;
    @Autowired EntityManager entityManager;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    HistoryRecords records;
    long id;
    long created;
    String page;

    /** A scheme created by dana, then renamed and given a second branch. */
    @BeforeEach
    void schemeWithTwoRevisions() {
        records = new HistoryRecords(transactions, entityManager, jdbc);
        id = records.scheme("dana").getId();
        created = history.of(SchemeEditor.TYPE, id).latestRevision();
        records.commit(() -> {
            Scheme scheme = schemes.findById(id).orElseThrow();
            scheme.setNames("Renamed <b>scheme</b>", null, null);
            scheme.getBranches().add(Branch.SICKNESS);
            scheme.updatedBy("dana");
        });
        page = "/workspace/history/schemes/" + id;
    }

    @AfterEach
    void deleteRecords() {
        records.deleteAll();
    }

    @Test
    void aResearcherSeesWhoChangedWhatOfTheirOwnDraftWithoutRestoreForms() throws Exception {
        mvc.perform(get(page).with(user("dana").roles("RESEARCHER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("History of History test scheme"),
                        // each revision is numbered once, by its place in this record's history
                        containsString(">Revision 1</h2>"),
                        containsString(">Revision 2</h2>"),
                        containsString("Changed by dana"),
                        containsString("Created by dana"),
                        containsString("<th scope=\"row\">Name in English</th>"),
                        // text from the database is escaped
                        containsString("Renamed &lt;b&gt;scheme&lt;/b&gt;"),
                        // labels, not codes
                        containsString("Medical care, Sickness"),
                        not(containsString("medical_care")),
                        // a draft has no public page to link to
                        not(containsString("Public page")),
                        not(containsString("Restore this version")))));
    }

    @Test
    void anEditorSeesARestoreFormForEachEarlierRevision() throws Exception {
        mvc.perform(get(page + "?lang=fr").with(user("eve").roles("EDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Historique de History test scheme"),
                        containsString("Restaurer cette version"),
                        containsString("name=\"revision\" value=\"" + created + "\""),
                        containsString("name=\"_csrf\""))));
    }

    @Test
    void enumeratedValuesReadAsLabelsInTheReadersLanguage() throws Exception {
        records.commit(() -> schemes.findById(id).orElseThrow().setStatus(PublicationStatus.IN_REVIEW));
        mvc.perform(get(page + "?lang=fr").with(user("eve").roles("EDITOR")))
                .andExpect(content().string(allOf(containsString("<td>Brouillon</td>"),
                        containsString("<td>En relecture</td>"), containsString("Maladie, Soins médicaux"),
                        containsString(">Révision 3</h2>"), not(containsString("in_review")),
                        not(containsString("sickness")))));
        mvc.perform(get(page + "?lang=es").with(user("eve").roles("EDITOR")))
                .andExpect(content().string(allOf(containsString("<td>En revisión</td>"),
                        containsString("Asistencia médica, Enfermedad"), not(containsString("in_review")))));
        // the restore outcome names the revision by the same number as its heading
        Cookie restored = StoredSession.withFlash(sessions, Map.of("outcome", "restored", "outcomeRevision", created));
        mvc.perform(get(page).with(user("eve").roles("EDITOR")).cookie(restored))
                .andExpect(content().string(containsString("Revision 1 is restored")));
        StoredSession.delete(jdbc, restored);
    }

    @Test
    void anotherResearchersDraftIsNotFoundUntilPublished() throws Exception {
        mvc.perform(get(page).with(user("rita").roles("RESEARCHER")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(not(containsString("Renamed")), not(containsString("History test")))));
        records.commit(() -> schemes.findById(id).orElseThrow().setStatus(PublicationStatus.PUBLISHED));
        mvc.perform(get(page).with(user("rita").roles("RESEARCHER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Renamed &lt;b&gt;scheme&lt;/b&gt;")));
    }

    @Test
    void aDeletedDraftsHistoryIsItsCreatorsAndTheEditors() throws Exception {
        records.commit(() -> schemes.delete(schemes.findById(id).orElseThrow()));
        mvc.perform(get(page).with(user("rita").roles("RESEARCHER"))).andExpect(status().isNotFound());
        mvc.perform(get(page).with(user("dana").roles("RESEARCHER"))).andExpect(status().isOk());
        mvc.perform(get(page).with(user("eve").roles("EDITOR"))).andExpect(status().isOk());
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void restoreIsForEditorsAndNeedsTheCsrfToken() throws Exception {
        mvc.perform(post(page + "/restore").param("revision", String.valueOf(created))
                        .with(user("rita").roles("RESEARCHER")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/restore").param("revision", String.valueOf(created))
                        .with(user("eve").roles("EDITOR")))
                .andExpect(status().isForbidden());
        assertThat(schemes.findById(id).orElseThrow().getNameEn()).isEqualTo("Renamed <b>scheme</b>");

        mvc.perform(post(page + "/restore").param("revision", String.valueOf(created))
                        .with(user("eve").roles("EDITOR")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("outcome", "restored"));
        assertThat(schemes.findById(id).orElseThrow().getNameEn()).isNull();
        RecordHistory.Entry restore = history.of(SchemeEditor.TYPE, id).entries().get(0);
        assertThat(restore.username()).isEqualTo("eve");
    }

    @Test
    void anAdminMayRestoreAndAStaleVersionIsRefusedWithAMessage() throws Exception {
        long version = schemes.findById(id).orElseThrow().getVersion();
        mvc.perform(post(page + "/restore").param("revision", String.valueOf(created))
                        .param("version", String.valueOf(version - 1))
                        .with(user("ada").roles("ADMIN")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("outcome", "conflict"));
        Cookie conflict = StoredSession.withFlash(sessions, Map.of("outcome", "conflict", "outcomeRevision", created));
        mvc.perform(get(page).with(user("ada").roles("ADMIN")).cookie(conflict))
                .andExpect(content().string(containsString("Someone changed the record meanwhile")))
                .andExpect(content().string(containsString("Restore this version")));
        StoredSession.delete(jdbc, conflict);
    }

    @Test
    void anUnknownRecordOrTypeIsNotFound() throws Exception {
        mvc.perform(get("/workspace/history/schemes/999999999").with(user("rita").roles("RESEARCHER")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/workspace/history/planets/" + id).with(user("rita").roles("RESEARCHER")))
                .andExpect(status().isNotFound());
    }

    /** A collection's edit through the JSON API shows on its history page, field by field, with the fields' labels. */
    @Test
    void aCollectionsChangesShowWithTheirFieldLabels() throws Exception {
        long collection = records.collection("dana").getId();
        String accra = "accra-market-childcare-guidelines";
        long observation = jdbc.queryForObject("SELECT id FROM observation WHERE slug = ?", Long.class, accra);
        mvc.perform(put("/api/collections/" + collection).with(user("dana").roles("RESEARCHER"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"version": 0, "titleEn": "History test collection", "titleFr": "Collection d’essai",
                                 "introductionEn": "An introduction [1].", "west": "-3.5", "south": "4.7",
                                 "east": "1.2", "north": "11.2", "observations": [%d],
                                 "sources": "History test source | https://example.org/history"}"""
                                .formatted(observation)))
                .andExpect(status().isOk());
        mvc.perform(get("/workspace/history/collections/" + collection + "?lang=en")
                        .with(user("dana").roles("RESEARCHER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("History of History test collection"),
                        containsString("Collection"), containsString("Changed by dana"),
                        containsString("Title in French"), containsString("Collection d’essai"),
                        containsString("West edge of the map"), containsString("-3.5"),
                        containsString("Observations"), containsString(accra))));
        // another researcher sees nothing of the draft
        mvc.perform(get("/workspace/history/collections/" + collection).with(user("rita").roles("RESEARCHER")))
                .andExpect(status().isNotFound());
    }

    /** Reforms and sources edited as rows of the scheme form show on the history page, under their labels. */
    @Test
    void aSchemesReformsAndSourcesEditedInTheFormShowOnItsHistory() throws Exception {
        long version = schemes.findById(id).orElseThrow().getVersion();
        mvc.perform(post("/workspace/schemes/" + id).with(user("dana").roles("RESEARCHER")).with(csrf())
                        .param("id", String.valueOf(id)).param("version", String.valueOf(version))
                        .param("country", "GHA").param("officialName", "History test scheme")
                        .param("branches", "medical_care").param("schemeStatus", "active")
                        .param("participation", "unknown")
                        .param("reforms[0].date", "2015").param("reforms[0].change", "History test reform")
                        .param("reforms[0].group", "market_traders").param("reforms[0].statusBefore", "excluded")
                        .param("reforms[0].source.title", "History reform source")
                        .param("sources[0].title", "Another history source")
                        .param("sources[0].url", "https://example.org/other"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page + "?lang=en").with(user("dana").roles("RESEARCHER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Reforms"), containsString("History test reform"),
                        containsString("Market traders"), containsString("History reform source"),
                        containsString("Another history source · https://example.org/other"))));
    }
}
