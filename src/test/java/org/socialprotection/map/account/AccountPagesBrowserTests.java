package org.socialprotection.map.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.socialprotection.map.support.BrowserTest;

/**
 * The account pages in a browser, at a phone's width: the password page says what a password must be and why one
 * is refused, an admin gives a user a new one-time password, and a throttled sign-in says to wait.
 */
class AccountPagesBrowserTests extends BrowserTest {

    /** Whether anything of the page's own content is wider than the screen (the site's header is the layout's). */
    boolean overflows() {
        return (Boolean) script("return [...document.querySelectorAll('main, main *')]"
                + ".some(e => e.getBoundingClientRect().right > window.innerWidth + 1)");
    }

    @Test
    void thePasswordPageExplainsTheRulesAndRefusesACommonPassword() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            signIn("page-reader", Role.RESEARCHER);
            open("/account/password?lang=fr");
            assertThat(waitFor("#password-hint").getText()).contains("72 octets");
            driver.findElement(By.name("current")).sendKeys(PASSWORD);
            driver.findElement(By.name("password")).sendKeys("Password1234!");
            driver.findElement(By.name("confirmation")).sendKeys("Password1234!");
            driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            assertThat(waitFor(".field-error").getText()).contains("mots de passe les plus courants");
            assertThat(overflows()).isFalse();
            assertThat(seriousAccessibilityViolations()).isEmpty();
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void anAdminGivesAUserANewOneTimePassword() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            signIn("page-user", Role.RESEARCHER);
            driver.manage().deleteAllCookies();
            signIn("page-admin", Role.ADMIN);
            open("/admin/users?lang=es");
            click("form[action$='/password'] button", null);
            assertThat(waitFor(".notice").getText()).contains("Nueva contraseña de un solo uso");
            assertThat(driver.findElement(By.id("one-time-password")).getText()).matches("[A-Za-z0-9_-]{24}");
            assertThat(overflows()).isFalse();
            assertThat(seriousAccessibilityViolations()).isEmpty();
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void aThrottledSignInSaysToWait() {
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES; i++) {
            open("/login");
            driver.findElement(By.name("username")).sendKeys("nobody-at-all");
            driver.findElement(By.name("password")).sendKeys("guess number " + i);
            driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            waitFor("p.error");
        }
        assertThat(driver.findElement(By.cssSelector("p.error")).getText())
                .isEqualTo("Too many failed sign-ins with this name from your address. Wait a little and try again.");
    }
}
