package dev.keyless.cli;

import dev.keyless.UserError;
import dev.keyless.gate.BlockingTypes;
import dev.keyless.gate.WaiverFile;
import dev.keyless.gate.Waivers;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The gate's options, shared by every verb that judges a stack: what blocks, and what is excused. */
public final class GateOptions {

    static final String EXCEPTIONS_FILE = "compliance-exceptions.yaml";

    @Option(names = "--treat-finding-type-as-blocking", paramLabel = "TYPES", defaultValue = "ERROR,SECURITY_WARNING",
            description = "finding types that block, comma-separated: ERROR, SECURITY_WARNING, WARNING, SUGGESTION "
                    + "or NONE (default: ${DEFAULT-VALUE}, as AWS's policy validators)")
    String blockingTypes = "ERROR,SECURITY_WARNING";

    @Option(names = "--exceptions", paramLabel = "FILE",
            description = "justified exceptions (default: " + EXCEPTIONS_FILE + " of the checkout, if present)")
    Path exceptions;

    BlockingTypes blocking() {
        return BlockingTypes.parse(blockingTypes);
    }

    private Waivers waivers;

    /**
     * The exceptions as of today (UTC), read once; a file named with --exceptions must exist. Verbs
     * read them before rendering or loading a stack, so a bad file is refused at once.
     */
    Waivers waivers() {
        if (waivers == null) {
            Path file = exceptions != null ? exceptions : relative(Home.dir().resolve(EXCEPTIONS_FILE));
            if (exceptions != null && Files.notExists(exceptions, LinkOption.NOFOLLOW_LINKS)) {
                throw new UserError("--exceptions: " + exceptions + ": file not found (check the path)");
            }
            waivers = WaiverFile.read(file, LocalDate.now(ZoneOffset.UTC), exceptions != null ? "--exceptions" : "the exceptions file");
        }
        return waivers;
    }

    /** Reports name the file as the user would type it from the checkout. */
    private static Path relative(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        return file.toAbsolutePath().startsWith(cwd) ? cwd.relativize(file.toAbsolutePath()) : file;
    }
}
