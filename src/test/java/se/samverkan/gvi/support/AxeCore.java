package se.samverkan.gvi.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.WebDriver;

/**
 * The automated accessibility check of a page: axe-core (the script Deque's Selenium binding
 * carries, injected into the page the browser shows) with its default rules. A page passes when no
 * violation is "serious" or "critical" (docs/pages.md).
 */
public final class AxeCore {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private AxeCore() {}

    /** The serious and critical violations of the page the browser shows, each with where it is. */
    public static List<String> seriousViolations(WebDriver browser) {
        Results results = new AxeBuilder().analyze(browser);
        if (results.isErrored()) {
            Assertions.fail("axe-core could not check " + browser.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(AxeCore::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at "
                + rule.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", "));
    }
}
