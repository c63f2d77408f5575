package org.socialprotection.map.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socialprotection.map.atlas.WorkerGroup;
import org.socialprotection.map.observation.Kind;
import org.socialprotection.map.observation.PlaceType;
import org.socialprotection.map.scheme.Branch;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The labels of the pages' own bundles, in any of their spellings, read back into codes. */
class LabelsTests {

    final Labels labels = new Labels(bundles());

    static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void aGroupIsReadFromItsLabelInThreeLanguagesWhateverItsCaseAccentsAndNumber() {
        for (String text : new String[] {"street vendors", "Street vendor", "STREET_VENDORS", "street-vendors",
                "vendeurs de rue", "Vendeur de rue", "vendedores ambulantes", "Vendedor ambulante"}) {
            assertThat(labels.code(WorkerGroup.class, text)).as(text).isEqualTo("street_vendors");
        }
        assertThat(labels.codes(WorkerGroup.class, "Commerçants des marchés; commercants des marches|Market traders"))
                .containsExactly("market_traders");
        assertThat(labels.codes(WorkerGroup.class, "street_vendors market_traders"))
                .as("a survey's multiple choice: codes separated by spaces")
                .containsExactly("street_vendors", "market_traders");
    }

    @Test
    void kindsBranchesAndPlaceTypesToo() {
        assertThat(labels.code(Kind.class, "Exclusión")).isEqualTo("exclusion");
        assertThat(labels.code(Branch.class, "Garde d'enfants")).isEqualTo("child_care");
        assertThat(labels.code(Branch.class, "Cuidado infantil")).isEqualTo("child_care");
        assertThat(labels.code(PlaceType.class, "Marché")).isEqualTo("market");
        assertThat(labels.code(PlaceType.class, "Centro de cuidado infantil")).isEqualTo("child_care_centre");
    }

    @Test
    void anUnknownLabelIsKeptForTheFormToRefuseByName() {
        assertThat(labels.code(WorkerGroup.class, "Farmers")).isEqualTo("farmers");
        assertThat(labels.codes(WorkerGroup.class, "street vendors, farmers"))
                .containsExactly("street_vendors", "farmers");
    }
}
