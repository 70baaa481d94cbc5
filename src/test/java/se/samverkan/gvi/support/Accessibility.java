package se.samverkan.gvi.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/** axe-core's automated accessibility check of the page a browser shows, run inside that page. */
public final class Accessibility {

    private Accessibility() {
    }

    /**
     * The violations of axe-core's rules with impact "serious" or "critical" on the page shown now,
     * each as its rule id, its help text and the elements it found; empty when there are none.
     */
    public static List<String> seriousViolations(WebDriver browser) {
        Results results = new AxeBuilder().analyze(browser);
        if (results.isErrored()) {
            throw new AssertionError("axe-core did not run on " + browser.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Accessibility::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }
}
