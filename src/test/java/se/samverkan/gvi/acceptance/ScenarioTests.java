package se.samverkan.gvi.acceptance;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every scenario under {@code features/} against the rule folder (glue and plugins:
 * {@code src/test/resources/junit-platform.properties}).
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
class ScenarioTests {
}
