package dev.keyless.cli;

import picocli.CommandLine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The registry of verbs: adding a command means adding one line here. */
final class Verbs {

    /** Verb name → a fresh command object, in the order {@code keyless --help} lists them. */
    private static final Map<String, Supplier<Object>> VERBS = new LinkedHashMap<>();

    static {
        VERBS.put("verify", VerifyCommand::new);
        VERBS.put("check-stack", CheckStackCommand::new);
        VERBS.put("render-stack", RenderStackCommand::new);
        VERBS.put("validate-policy", ValidatePolicyCommand::new);
        VERBS.put("simulate-custom-policy", SimulateCustomPolicyCommand::new);
        VERBS.put("simulate-web-identity", SimulateWebIdentityCommand::new);
        VERBS.put("check-access-not-granted", CheckAccessNotGrantedCommand::new);
        VERBS.put("validate-account", ValidateAccountCommand::new);
        VERBS.put("verify-deployed", VerifyDeployedCommand::new);
    }

    private Verbs() {}

    static void register(CommandLine cl) {
        VERBS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
    }

    /**
     * Registers only {@code verb}, when it is one: picocli builds every command's model up front, and
     * a batch run should not pay for the other verbs' reflection and class loading.
     */
    static boolean registerOnly(CommandLine cl, String verb) {
        Supplier<Object> command = VERBS.get(verb);
        if (command == null) {
            return false;
        }
        cl.addSubcommand(verb, command.get());
        return true;
    }
}
