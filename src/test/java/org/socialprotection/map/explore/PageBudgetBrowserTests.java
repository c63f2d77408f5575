package org.socialprotection.map.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.socialprotection.map.support.BrowserTest;

/**
 * The first view of the map on the demo atlas, in a browser with an empty cache, weighs at most 300 KB on the wire.
 * Also takes the screenshot of the map shown in the README.
 */
class PageBudgetBrowserTests extends BrowserTest {

    static final long BUDGET_BYTES = 300 * 1024;

    @Test
    void theFirstViewFitsTheBudget() throws Exception {
        WebDriver fresh = newDriver();
        try {
            fresh.get(url("/"));
            new org.openqa.selenium.support.ui.WebDriverWait(fresh, java.time.Duration.ofSeconds(20)).until(d ->
                    !d.findElements(org.openqa.selenium.By.cssSelector(".spmap-cluster")).isEmpty());
            Thread.sleep(500);
            Number bytes = (Number) ((org.openqa.selenium.JavascriptExecutor) fresh).executeScript("""
                    const nav = performance.getEntriesByType('navigation').map(e => e.transferSize);
                    const res = performance.getEntriesByType('resource').map(e => e.transferSize);
                    return nav.concat(res).reduce((a, b) => a + b, 0);""");
            String detail = String.valueOf(((org.openqa.selenium.JavascriptExecutor) fresh).executeScript("""
                    return performance.getEntriesByType('resource')
                      .map(e => e.transferSize + ' ' + e.name.replace(location.origin, '')).join('\\n');"""));
            System.out.printf("First view of / transferred %,d bytes (budget %,d):%n%s%n", bytes.longValue(),
                    BUDGET_BYTES, detail);
            assertThat(bytes.longValue()).isPositive().isLessThanOrEqualTo(BUDGET_BYTES);

            Path shot = ((TakesScreenshot) fresh).getScreenshotAs(OutputType.FILE).toPath();
            Path docs = Path.of("docs");
            if (Files.isDirectory(docs)) {
                Files.copy(shot, docs.resolve("map.png"), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            fresh.quit();
        }
    }
}
