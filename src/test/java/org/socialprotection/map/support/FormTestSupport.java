package org.socialprotection.map.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the tests of the scheme, publication and indicator value forms share: the people and the workflow moves. */
public abstract class FormTestSupport {

    protected static final RequestPostProcessor ALICE = user("alice").roles("RESEARCHER");
    protected static final RequestPostProcessor BOB = user("bob").roles("RESEARCHER");
    protected static final RequestPostProcessor EDNA = user("edna").roles("EDITOR");

    /** An observation at Accra's Makola market, with %s for more fields (its sources). */
    public static final String ACCRA = """
            {"title": "Crèche at the market", "kind": "inclusion", "lon": "-0.2057", "lat": "5.5513",
             "placeType": "market", "privacy": "approximate", "groups": ["market_traders"], %s}""";

    @Autowired protected MockMvc mvc;

    /** Creates a record through the JSON API and returns its id; it starts as a draft at version 0. */
    protected long create(String type, RequestPostProcessor who, String json) throws Exception {
        String body = mvc.perform(post("/api/" + type).with(who).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("draft"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** A workflow button of the record's form: posts to /workspace/{type}/{id}/{move}, back to the form. */
    protected void move(String type, long id, String move, RequestPostProcessor who, String comment) throws Exception {
        var request = post("/workspace/" + type + "/" + id + "/" + move).with(who).with(csrf());
        if (comment != null) {
            request.param("comment", comment);
        }
        mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/workspace/" + type + "/" + id + "/edit"))
                .andExpect(flash().attribute("message", "workflow.done." + move));
    }

    /** Draft → in review (by its researcher) → published (by an editor). */
    protected void submitAndPublish(String type, long id) throws Exception {
        move(type, id, "submit", ALICE, null);
        move(type, id, "publish", EDNA, null);
    }
}
