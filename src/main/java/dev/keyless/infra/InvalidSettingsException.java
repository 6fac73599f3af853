package dev.keyless.infra;

import java.util.List;

/**
 * Settings the program refuses to deploy. The message names every offending setting by its full
 * key ({@code keyless-federation:maxSessionDuration}) on one line, so the command line can show it
 * as a user error.
 */
public class InvalidSettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidSettingsException(List<String> problems) {
        super("invalid settings: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One entry per offending setting, each starting with the setting's key. */
    public List<String> problems() {
        return problems;
    }
}
