package dev.keyless.cli;

import picocli.CommandLine;

/** The registry of verbs: adding a command means adding one line here. */
final class Verbs {

    private Verbs() {}

    static void register(CommandLine cl) {
        cl.addSubcommand("render-stack", new RenderStackCommand());
        cl.addSubcommand("verify", new VerifyCommand());
        cl.addSubcommand("check-stack", new CheckStackCommand());
        cl.addSubcommand(new ValidatePolicyCommand());
        cl.addSubcommand(new SimulateCustomPolicyCommand());
        cl.addSubcommand(new SimulateWebIdentityCommand());
        cl.addSubcommand(new CheckAccessNotGrantedCommand());
        cl.addSubcommand(new VerifyDeployedCommand());
    }
}
