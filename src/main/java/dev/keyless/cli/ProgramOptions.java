package dev.keyless.cli;

import dev.keyless.UserError;
import dev.keyless.infra.FederationSettings;
import dev.keyless.infra.InvalidSettingsException;
import dev.keyless.infra.StackConfigFile;
import dev.keyless.io.InputFile;
import dev.keyless.io.InputLimit;
import dev.keyless.stack.MockedStack;
import dev.keyless.stack.StackSnapshot;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The options that choose which program to render under mocks: settings file and stack name. */
final class ProgramOptions {

    private static final Pattern STACK_FILE = Pattern.compile("Pulumi\\.([^/]+)\\.ya?ml");
    /** Pulumi stack names: letters, digits, '-', '_' and '.', at most 100 characters. */
    private static final Pattern STACK_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

    @Option(names = "--config", paramLabel = "Pulumi.<stack>.yaml",
            description = "Settings from this stack config file (default: the declared defaults, "
                    + "gcp:project=" + FederationSettings.EXAMPLE_GCP_PROJECT + ", aws:region="
                    + FederationSettings.EXAMPLE_AWS_REGION + ").")
    Path config;

    @Option(names = "--stack", paramLabel = "NAME",
            description = "Stack name in the URNs (default: from the config file name, else " + MockedStack.DEFAULT_STACK + ").")
    String stack;

    /** The program rendered under mocks with the chosen settings. */
    StackSnapshot render() {
        FederationSettings settings = settings();
        try {
            return MockedStack.render(settings, stackName());
        } catch (InvalidSettingsException e) {
            throw new UserError(e.getMessage());
        }
    }

    String stackName() {
        String name = stack;
        if (name == null && config != null && config.getFileName() != null) {
            Matcher m = STACK_FILE.matcher(config.getFileName().toString());
            name = m.matches() ? m.group(1) : null;
        }
        if (name == null) {
            name = MockedStack.DEFAULT_STACK;
        }
        if (!STACK_NAME.matcher(name).matches()) {
            throw new UserError("--stack: '" + name + "' is not a Pulumi stack name (letters, digits, '-', '_', '.')");
        }
        return name;
    }

    private FederationSettings settings() {
        if (config == null) {
            return FederationSettings.defaults();
        }
        try {
            return StackConfigFile.parse(InputFile.read(config, InputLimit.STACK_CONFIG, "--config"), config.toString());
        } catch (InvalidSettingsException e) {
            throw new UserError("--config: " + e.getMessage());
        }
    }
}
