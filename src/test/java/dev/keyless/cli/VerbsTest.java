package dev.keyless.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** The command list of {@code keyless --help} reads as a menu: every verb says in one sentence what it does. */
class VerbsTest {

    @Test
    void every_verb_has_a_one_sentence_header_for_the_command_list() {
        CommandLine main = Main.commandLine();
        assertThat(main.getSubcommands()).containsKeys("verify", "check-stack", "render-stack", "validate-policy",
                "simulate-custom-policy", "simulate-web-identity", "check-access-not-granted", "verify-deployed", "validate-account");
        main.getSubcommands().forEach((name, verb) -> {
            if (name.equals("help")) {
                return;
            }
            String[] header = verb.getCommandSpec().usageMessage().header();
            assertThat(header).as(name).hasSize(1);
            assertThat(header[0]).as(name).endsWith(".").hasSizeLessThan(100);
        });
    }

    @Test
    void help_never_breaks_a_word_and_an_unknown_verb_lists_the_verbs() {
        CommandLine main = Main.commandLine();
        main.getSubcommands().forEach((name, verb) -> {
            String help = verb.getUsageMessage(CommandLine.Help.Ansi.OFF);
            assertThat(help.lines()).as(name).noneMatch(l -> l.stripTrailing().endsWith("file:") || l.strip().startsWith("//"));
        });
        CliRun bogus = CliRun.of("bogus-verb");
        assertThat(bogus.exitCode()).isEqualTo(ExitCode.TOOL_ERROR);
        assertThat(bogus.err()).startsWith("keyless: unknown command 'bogus-verb'; the commands are: verify, check-stack,")
                .contains("validate-policy").hasLineCount(2);
    }

    @Test
    void only_the_verb_being_run_is_built() {
        CommandLine main = Main.commandLine(new String[] {"validate-policy", "--help"});
        assertThat(main.getSubcommands()).containsOnlyKeys("help", "validate-policy");
    }
}
