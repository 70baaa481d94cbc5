package se.samverkan.gvi.acceptance;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every common scenario under {@code features/} against the rule folder's common rules with the
 * sites' promises the scenarios name, such as {@code rules/sites/huddinge/promises/huddinge-2024.yaml} (glue and plugins: {@code src/test/resources/junit-platform.properties}).
 * A site's own scenarios ({@code features/sites/<site>/}) need that site's rule set: the rule check
 * runs them ({@code RuleCheckTests}).
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories({"features/sv", "features/en"})
class ScenarioTests {}
