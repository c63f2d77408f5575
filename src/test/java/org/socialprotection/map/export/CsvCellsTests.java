package org.socialprotection.map.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The one cell escaper of every CSV the atlas writes (OWASP "CSV Injection"). */
class CsvCellsTests {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
            "\tDDE", "\r=1", "\uFF1D1+1", "-", "=", "-3.5 km", "+33 1 23 45"})
    void aTextASpreadsheetWouldRunGetsALeadingQuote(String text) {
        assertThat(CsvCells.text(text)).isEqualTo("'" + text);
        assertThat(CsvCells.cell(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-3.5", "-12", "+7", "-0.2057", "-1e-3", "Crèche at the market", "a=b", " =1", "",
            "3-4 days"})
    void numbersAndOrdinaryTextsStayAsTheyAre(String text) {
        assertThat(CsvCells.text(text)).isEqualTo(text);
    }

    @Test
    void numbersAndBooleansAreNeverTurnedIntoText() {
        assertThat(CsvCells.row(-3.5, -12, true, null, "=1")).containsExactly(-3.5, -12, true, null, "'=1");
    }
}
