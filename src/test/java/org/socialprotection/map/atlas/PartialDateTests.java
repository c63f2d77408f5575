package org.socialprotection.map.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartialDateTests {

    @Test
    void keepsThePrecisionOfItsSource() {
        assertThat(PartialDate.parse("2004").year()).isEqualTo(2004);
        assertThat(PartialDate.parse("2021-08").value()).isEqualTo("2021-08");
        assertThat(PartialDate.parse(" 2021-08-26 ").year()).isEqualTo(2021);
        assertThat(PartialDate.parse("  ")).isNull();
    }

    @Test
    void refusesWhatIsNotADate() {
        assertThatThrownBy(() -> PartialDate.parse("26/08/2021")).hasMessageContaining("expected YYYY");
        assertThatThrownBy(() -> PartialDate.parse("2021-13")).hasMessageContaining("not a calendar date");
        assertThatThrownBy(() -> PartialDate.parse("2021-02-30")).hasMessageContaining("not a calendar date");
    }
}
