package org.socialprotection.map;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The features reach each other only through their public types, and without cycles. */
class ModularityTests {

    @Test
    void featuresFormNoCycles() {
        ApplicationModules.of(MapApplication.class).verify();
    }
}
