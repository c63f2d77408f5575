package org.socialprotection.map.web;

import org.socialprotection.map.support.H2GisTest;

@H2GisTest
class HealthH2Tests extends HealthTests {

    @Override
    String databaseName() {
        return "H2";
    }
}
