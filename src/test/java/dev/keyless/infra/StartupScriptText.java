package dev.keyless.infra;

/** The VM's startup script as the program ships it, for the end-to-end tests that run it. */
public final class StartupScriptText {

    private StartupScriptText() {}

    public static String shipped() {
        return StartupScript.text();
    }
}
