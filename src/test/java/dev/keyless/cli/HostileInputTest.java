package dev.keyless.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile input is normal input: every input of every verb, given each kind of bad file, ends in
 * exit 1 with one line on stderr that names the input and the problem, no stack trace, within a
 * bounded time (a FIFO without a writer included) and a bounded allocation on the thread that ran it.
 * Two documented exceptions: validate-policy answers a defect inside the policy (a duplicate member,
 * too deep a nesting, text that is not JSON) with an ERROR finding and exit 0, as ValidatePolicy does;
 * {@code --batch} answers a bad line with an error line (naming the problem) and still exits 1.
 */
class HostileInputTest {

    /** Far above any single refusal: a refused file is not read, an oversized one not past its limit. */
    private static final long MAX_ALLOCATED = 64L << 20;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Set<String> VERBS_SEEN = new HashSet<>();
    private static long slowest;
    private static long mostAllocated;
    private static long cases;

    enum Kind {
        MISSING("file not found"), DIRECTORY("is a directory"), FIFO("device, FIFO or socket"),
        DEVICE("device, FIFO or socket"), EMPTY("is empty"), BOM("byte order mark"), INVALID_UTF8("is not UTF-8"),
        OVERSIZED("larger than the|more than the"),
        // A verb refuses the first defect it meets: deep nesting where a request object or claims were due is that.
        DEEP_NESTING("(?i)nesting depth|(be|is not) a JSON object|neither a JSON object|JSON_SYNTAX_ERROR"),
        DUPLICATE_KEYS("(?i)duplicate|appears twice"),
        YAML_ANCHORS("anchor &|not valid JSON|Unrecognized token|Unexpected character|neither a JSON object|JSON_SYNTAX_ERROR");

        final String problem;

        Kind(String problem) {
            this.problem = problem;
        }

        boolean insideTheDocument() {
            return this == DEEP_NESTING || this == DUPLICATE_KEYS || this == YAML_ANCHORS;
        }
    }

    static Stream<Arguments> cases() {
        return HostileSlot.all().stream().flatMap(s -> Arrays.stream(Kind.values()).map(k -> Arguments.of(s, k)));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("cases")
    void every_input_of_every_verb_refuses_hostile_input_in_one_line(HostileSlot slot, Kind kind, @TempDir Path dir)
            throws Exception {
        for (String[] f : HostileSlot.VALID_FILES) {
            Files.writeString(dir.resolve(f[0]), f[1]);
        }
        Path hostile = make(slot, kind, dir.resolve("hostile"));
        List<String> args = slot.args().apply(hostile, dir);
        VERBS_SEEN.add(args.get(0));
        Result r = assertTimeoutPreemptively(TIMEOUT, () -> run(args.toArray(String[]::new)));

        String all = r.out + r.err;
        // AWS's own error codes (ValidationException) are answers; a Java class name is a leak
        assertThat(all).as("no stack trace").doesNotContain("\tat ").doesNotContain("internal error")
                .doesNotContainPattern("(java|javax|dev|com|org)\\.[\\w.$]+(Exception|Error)\\b");
        assertThat(r.allocated).as("bytes allocated by %s", slot).isLessThan(MAX_ALLOCATED);
        if (slot.defectsAreFindings() && kind.insideTheDocument()) {
            assertThat(r.exit).isEqualTo(ExitCode.OK);
            assertThat(r.out).containsAnyOf("\"issueCode\": \"DUPLICATE_KEY\"", "\"issueCode\": \"JSON_SYNTAX_ERROR\"");
            assertThat(r.out).containsPattern(kind.problem);
            return;
        }
        assertThat(r.exit).as(all).isEqualTo(ExitCode.TOOL_ERROR);
        List<String> lines = r.err.lines().toList();
        assertThat(lines).as("one line on stderr").hasSize(1);
        String problem = slot.perLine() && kind.ordinal() >= Kind.BOM.ordinal() ? r.out : lines.get(0);
        assertThat(problem).as("names the problem").containsPattern(kind.problem);
        if (!slot.perLine() || kind.ordinal() < Kind.BOM.ordinal()) {
            assertThat(lines.get(0)).as("names the input").containsPattern(slot.inputName());
        }
    }

    @Test
    void the_suite_covers_every_verb() {
        Set<String> verbs = new HashSet<>(Main.commandLine().getSubcommands().keySet());
        verbs.remove("help");
        assertThat(HostileSlot.all().stream().map(s -> s.args().apply(Path.of("f"), Path.of("d")).get(0)).toList())
                .containsAll(verbs);
    }

    @AfterAll
    static void figures() {
        System.out.printf("hostile input: %d cases over %d verbs; slowest %d ms, most allocated %.1f MiB%n", cases,
                VERBS_SEEN.size(), slowest, mostAllocated / 1048576.0);
    }

    private record Result(int exit, String out, String err, long allocated) {}

    /** Runs in-process: stdout (which --batch writes as bytes) and stderr are captured; allocations counted on this thread. */
    private static Result run(String... args) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintStream original = System.out;
        int exit;
        synchronized (HostileInputTest.class) {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            try {
                var cl = Main.commandLine();
                cl.setOut(new PrintWriter(out, true));
                cl.setErr(new PrintWriter(err, true));
                exit = cl.execute(args);
            } finally {
                System.setOut(original);
            }
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        synchronized (HostileInputTest.class) {
            cases++;
            slowest = Math.max(slowest, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            mostAllocated = Math.max(mostAllocated, allocated);
        }
        return new Result(exit, out + bytes.toString(StandardCharsets.UTF_8), err.toString(), allocated);
    }

    private static Path make(HostileSlot slot, Kind kind, Path file) throws IOException, InterruptedException {
        switch (kind) {
            case MISSING:
                return file;
            case DIRECTORY:
                return Files.createDirectory(file);
            case FIFO:
                Process p = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
                assertThat(p.waitFor()).isZero();
                return file;
            case DEVICE:
                return Path.of("/dev/zero");
            case EMPTY:
                return Files.write(file, new byte[0]);
            case BOM:
                return Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, slot.bytes(slot.valid())));
            case INVALID_UTF8:
                return Files.write(file, concat(slot.bytes(slot.valid().strip()), new byte[] {(byte) 0xC3, 0x28, '\n'}));
            case OVERSIZED:
                // sparse: one byte past the limit, without writing it
                try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                    f.setLength(slot.limit().maxBytes() + 1L);
                }
                return file;
            case DEEP_NESTING:
                return Files.writeString(file, slot.deep());
            case DUPLICATE_KEYS:
                return Files.writeString(file, slot.duplicate());
            default:
                return Files.writeString(file, slot.anchored());
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
