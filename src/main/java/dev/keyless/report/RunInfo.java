package dev.keyless.report;

import java.util.List;
import java.util.Optional;

/**
 * What every report says about the run on top: the verb, the mode (offline or live), the stack and
 * where it came from, the tool and IAM-catalog versions, which finding types block, the exceptions
 * file, and the exit code the run ends with.
 */
public record RunInfo(String verb, String mode, String project, String stack, String stackSource,
                      String toolVersion, String catalogVersion, List<String> blockingTypes,
                      Optional<String> exceptionsFile, int exitCode) {

    public RunInfo {
        blockingTypes = List.copyOf(blockingTypes);
    }

    public String stackName() {
        return project + "/" + stack;
    }

    public String verdict() {
        return exitCode == 0 ? "COMPLIANT" : exitCode == 2 ? "VIOLATIONS" : "TOOL ERROR";
    }
}
