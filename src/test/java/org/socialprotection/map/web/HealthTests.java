package org.socialprotection.map.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.socialprotection.map.support.AtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * /actuator/health tells everyone whether the atlas is up; what it runs on (database, disk path, free space) only
 * to an admin.
 */
@AtlasTest
abstract class HealthTests {

    @Autowired MockMvc mvc;

    abstract String databaseName();

    @Test
    void anyoneSeesTheStatusOnly() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist())
                .andExpect(jsonPath("$.details").doesNotExist());
        mvc.perform(get("/actuator/health/diskSpace")).andExpect(jsonPath("$.details").doesNotExist());
        mvc.perform(get("/actuator/health/db")).andExpect(jsonPath("$.details").doesNotExist());
    }

    @Test
    void anEditorSeesTheStatusOnly() throws Exception {
        mvc.perform(get("/actuator/health").with(user("editor").roles("EDITOR", "RESEARCHER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void anAdminSeesTheDatabaseAndTheDisk() throws Exception {
        mvc.perform(get("/actuator/health").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details.database").value(databaseName()))
                .andExpect(jsonPath("$.components.diskSpace.details.path").exists())
                .andExpect(jsonPath("$.components.diskSpace.details.free").isNumber());
    }
}
