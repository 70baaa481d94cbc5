package se.samverkan.gvi.ui;

import java.time.Duration;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Waiting in the browser tests for the page a click loads. */
final class PageLoads {

    private PageLoads() {}

    /**
     * Waits until the page a click loaded has replaced the one {@code old} stands on, so that what the
     * test reads next is the new page's. While Chromium swaps the documents it reports an element of
     * the old page either as stale or as a node that "does not belong to the document"; both mean
     * the old page is gone ({@code ExpectedConditions.stalenessOf} knows only the first).
     */
    static void awaitReplaced(WebDriver browser, WebElement old) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException swapping) {
                String message = swapping.getMessage();
                if (message != null && message.contains("does not belong to the document")) {
                    return true;
                }
                throw swapping;
            }
        });
    }
}
