package org.socialprotection.map.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompoundsTests {

    @Test
    void bothSpellingsOfACompoundBecomeOneWord() {
        assertThat(Search.words("Child care in markets")).containsExactly("childcare", "in", "markets");
        assertThat(Search.words("child-care")).containsExactly("childcare");
        assertThat(Compounds.join("child+care in markets")).isEqualTo("childcare in markets");
        assertThat(Search.words("childcare")).containsExactly("childcare");
        assertThat(Search.words("children care")).containsExactly("children", "care");
    }

    @Test
    void aSnippetMarksTheCompoundHoweverItIsWritten() {
        List<SearchHit.Part> parts = Search.snippet("Markets need child care centres.", Search.words("childcare"));
        assertThat(parts).contains(new SearchHit.Part("child care", true), new SearchHit.Part("Markets need ", false));
        assertThat(Search.snippet("Pensions for vendors", Search.words("pension")))
                .startsWith(new SearchHit.Part("Pensions", true));
    }
}
