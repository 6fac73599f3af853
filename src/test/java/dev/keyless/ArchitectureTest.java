package dev.keyless;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.keyless.policy.access.CustomPolicyChecks;
import dev.keyless.policy.eval.PolicySimulator;
import dev.keyless.policy.lint.PolicyValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layers of the README and CONTRIBUTING.md, checked with ArchUnit on the compiled classes (every
 * dependency the bytecode holds, fully qualified names and static calls included, not only import
 * lines): the offline core imports no SDK and no Pulumi, only {@code aws} talks to AWS, steps ask
 * ports and never a backend, reviews know nothing of Cucumber or the command line, and the shared
 * input and output package depends on nothing of keyless.
 */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.keyless");
    }

    /** The engines behind the ports: implementations of the three port interfaces, not the interfaces. */
    private static final DescribedPredicate<JavaClass> BACKENDS = assignableTo(PolicyValidator.class)
            .or(assignableTo(PolicySimulator.class)).or(assignableTo(CustomPolicyChecks.class))
            .and(DescribedPredicate.not(JavaClass.Predicates.INTERFACES))
            .as("a backend (an implementation of PolicyValidator, PolicySimulator or CustomPolicyChecks)");

    @Test
    void the_offline_core_imports_no_sdk_no_pulumi_and_no_outer_layer() {
        check(noClasses().that().resideInAPackage("dev.keyless.policy..").should().dependOnClassesThat()
                .resideInAnyPackage("software.amazon.awssdk..", "com.pulumi..", "io.cucumber..", "dev.keyless.aws..",
                        "dev.keyless.cli..", "dev.keyless.infra..", "dev.keyless.stack..", "dev.keyless.rulebook..",
                        "dev.keyless.compliance..", "dev.keyless.gate..", "dev.keyless.report.."));
    }

    @Test
    void only_the_aws_package_talks_to_aws() {
        check(noClasses().that().resideOutsideOfPackage("dev.keyless.aws..").should().dependOnClassesThat()
                .resideInAnyPackage("software.amazon.awssdk.services..", "software.amazon.awssdk.core..",
                        "software.amazon.awssdk.auth.."));
    }

    @Test
    void steps_and_reviews_ask_ports_never_a_backend() {
        assertThat(main.that(BACKENDS).stream().map(JavaClass::getSimpleName)).as("the rule sees the engines")
                .contains("OfflineEvaluator", "OfflinePolicyValidator", "AccessAnalyzerPolicyValidator", "LivePolicySimulator");
        check(noClasses().that().resideInAnyPackage("dev.keyless.rulebook.steps..", "dev.keyless.compliance..")
                .should().dependOnClassesThat(BACKENDS));
    }

    @Test
    void the_reviews_do_not_know_about_cucumber_or_the_command_line() {
        check(noClasses().that().resideInAPackage("dev.keyless.compliance..").should().dependOnClassesThat()
                .resideInAnyPackage("io.cucumber..", "dev.keyless.cli..", "dev.keyless.rulebook..", "dev.keyless.gate..",
                        "dev.keyless.report.."));
    }

    @Test
    void the_gate_decides_and_the_reports_render_without_the_command_line() {
        check(noClasses().that().resideInAnyPackage("dev.keyless.gate..", "dev.keyless.report..").should()
                .dependOnClassesThat().resideInAnyPackage("dev.keyless.cli..", "dev.keyless.aws..", "io.cucumber.."));
        check(noClasses().that().resideInAPackage("dev.keyless.gate..").should().dependOnClassesThat()
                .resideInAPackage("dev.keyless.report.."));
    }

    @Test
    void the_input_and_output_package_depends_on_nothing_of_keyless_but_user_error() {
        check(classes().that().resideInAPackage("dev.keyless.io..").should().onlyDependOnClassesThat(
                JavaClass.Predicates.resideInAnyPackage("dev.keyless.io..", "java..", "javax..", "com.fasterxml.jackson..",
                        "org.yaml.snakeyaml..").or(JavaClass.Predicates.belongToAnyOf(UserError.class))));
    }

    @Test
    void the_packages_have_no_cycles() {
        check(slices().matching("dev.keyless.(*)..").should().beFreeOfCycles());
    }

    @Test
    void every_package_has_a_package_info() throws IOException {
        Path main = Path.of("src/main/java/dev/keyless");
        try (Stream<Path> dirs = Files.walk(main)) {
            assertThat(dirs.filter(Files::isDirectory)
                    .filter(d -> {
                        try (Stream<Path> f = Files.list(d)) {
                            return f.anyMatch(p -> p.toString().endsWith(".java"));
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .filter(d -> !Files.exists(d.resolve("package-info.java"))).toList()).isEmpty();
        }
    }

    private static void check(ArchRule rule) {
        rule.check(main);
    }
}
