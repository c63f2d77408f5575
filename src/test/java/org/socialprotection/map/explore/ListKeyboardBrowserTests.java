package org.socialprotection.map.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.socialprotection.map.support.BrowserTest;

/** The list view is the accessible alternative to the map: arrows move through it, Enter opens an item. */
class ListKeyboardBrowserTests extends BrowserTest {

    private String focusedHref() {
        return (String) script("return document.activeElement && document.activeElement.getAttribute('href')");
    }

    /** Read in one script: the scripts re-render the list after the server's first rendering. */
    @SuppressWarnings("unchecked")
    private List<String> hrefs() {
        return (List<String>) script("return [...document.querySelectorAll('#results > li a')]"
                + ".map(a => a.getAttribute('href'))");
    }

    /** Keys go to whatever has the focus, as a person's would: no element reference to go stale on a redraw. */
    private void press(Keys key) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
    }

    @Test
    void arrowsMoveThroughTheListAndEnterOpensAnItem() {
        open("/");
        waitForAll(".spmap-cluster");
        waitUntil(d -> hrefs().size() >= 35);
        List<String> hrefs = hrefs();
        script("document.querySelector('#results > li a').focus()");
        waitUntil(d -> hrefs.get(0).equals(focusedHref()));
        press(Keys.ARROW_DOWN);
        waitUntil(d -> hrefs.get(1).equals(focusedHref()));
        press(Keys.ARROW_UP);
        waitUntil(d -> hrefs.get(0).equals(focusedHref()));
        press(Keys.END);
        String last = hrefs.get(hrefs.size() - 1);
        waitUntil(d -> last.equals(focusedHref()));
        press(Keys.ENTER);
        waitUntil(d -> d.getCurrentUrl().endsWith(last));
    }
}
