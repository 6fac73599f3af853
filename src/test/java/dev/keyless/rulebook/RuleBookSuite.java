package dev.keyless.rulebook;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

/**
 * The rule book as a JUnit suite: {@code make test} runs every feature against the program
 * rendered under mocks (or the export named by {@code -Dkeyless.stack-export=FILE}).
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = RuleBook.GLUE)
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary, html:target/rule-book-suite.html")
public final class RuleBookSuite {
}
