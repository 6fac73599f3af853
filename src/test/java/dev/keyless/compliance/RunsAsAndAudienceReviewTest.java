package dev.keyless.compliance;

import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.keyless.compliance.TestStacks.SA_EMAIL;
import static dev.keyless.compliance.TestStacks.resource;
import static org.assertj.core.api.Assertions.assertThat;

/** Only the reviewed VM runs as the account; the federated account is its own; the audience is AWS's alone. */
class RunsAsAndAudienceReviewTest {

    private static final List<String> GOOGLE_HOSTS = List.of("run.app", "cloudfunctions.net", "googleapis.com");

    private static RunsAsReview runsAs(StackResource... extra) {
        return new RunsAsReview(new StackIndex(TestStacks.withVm(Map.of(), List.of(extra))));
    }

    private static AudienceReview audience(StackSnapshot s) {
        return new AudienceReview(new StackIndex(s));
    }

    @Test
    void the_reviewed_vm_its_firewall_rule_and_grants_to_the_account_may_name_it() {
        assertThat(runsAs(resource("gcp:projects/iAMMember:IAMMember", "log-writer", Map.of("project", "p",
                "role", "roles/logging.logWriter", "member", "serviceAccount:" + SA_EMAIL), Map.of()),
                resource("gcp:storage/bucketIAMMember:BucketIAMMember", "reader", Map.of("bucket", "inputs",
                        "role", "roles/storage.objectViewer", "member", "serviceAccount:" + SA_EMAIL), Map.of()))
                .onlyTheReviewedVm()).isEmpty();
    }

    @Test
    void anything_else_that_names_the_account_runs_as_it_whatever_its_type() {
        List<StackResource> doors = List.of(
                resource("gcp:compute/instance:Instance", "second-vm", Map.of("serviceAccount", Map.of("email", SA_EMAIL)), Map.of()),
                resource("gcp:compute/instanceTemplate:InstanceTemplate", "t", Map.of("serviceAccount", Map.of("email", SA_EMAIL)), Map.of()),
                resource("gcp:cloudrunv2/job:Job", "j", Map.of("template", Map.of("template", Map.of("serviceAccount", SA_EMAIL))), Map.of()),
                resource("gcp:pubsub/subscription:Subscription", "push", Map.of("pushConfig", Map.of("oidcToken",
                        Map.of("serviceAccountEmail", SA_EMAIL.toUpperCase()))), Map.of()),
                resource("gcp:workflows/workflow:Workflow", "w", Map.of("serviceAccount",
                        "projects/p/serviceAccounts/" + TestStacks.SA_ID), Map.of()),
                resource("pulumi:providers:gcp", "impersonating", Map.of("impersonateServiceAccount", SA_EMAIL), Map.of()),
                resource("gcp:serviceaccount/key:Key", "key", Map.of("serviceAccountId", "projects/p/serviceAccounts/" + SA_EMAIL), Map.of()));
        for (StackResource door : doors) {
            assertThat(runsAs(door).onlyTheReviewedVm()).as(door.type()).singleElement().asString()
                    .startsWith(door.type() + " " + door.name() + ": names service account " + SA_EMAIL)
                    .contains("only the reviewed VM (workload-vm) may run as it");
        }
    }

    @Test
    void without_the_instance_name_output_two_vms_running_as_the_account_both_fail() {
        StackSnapshot s = TestStacks.withVm(Map.of(), List.of(resource("gcp:compute/instance:Instance", "second-vm",
                Map.of("serviceAccount", Map.of("email", SA_EMAIL)), Map.of())));
        java.util.Map<String, Object> outputs = new java.util.LinkedHashMap<>(s.outputs());
        outputs.remove("instanceName");
        StackSnapshot unnamed = new StackSnapshot(s.project(), s.stack(), s.source(), s.resources(), outputs);
        assertThat(new RunsAsReview(new StackIndex(unnamed)).onlyTheReviewedVm()).hasSize(2)
                .allSatisfy(v -> assertThat(v.message()).contains("a VM the stack names in its instanceName output"));
    }

    @Test
    void a_number_that_merely_contains_the_unique_id_is_not_a_reference() {
        assertThat(runsAs(resource("gcp:compute/disk:Disk", "d", Map.of("sizeGb", "9" + TestStacks.SA_ID + "9"), Map.of()))
                .onlyTheReviewedVm()).isEmpty();
    }

    @Test
    void the_default_compute_account_is_never_the_federated_identity() {
        StackSnapshot s = TestStacks.changing("workload-sa", in -> TestStacks.put(in, "email",
                "123456789012-compute@developer.gserviceaccount.com"));
        StackSnapshot withOutput = new StackSnapshot(s.project(), s.stack(), s.source(), s.resources().stream()
                .map(r -> r.name().equals("workload-sa") ? new StackResource(r.type(), r.name(), r.urn(), r.id(), r.inputs(),
                        Map.of("uniqueId", TestStacks.SA_ID, "email", "123456789012-compute@developer.gserviceaccount.com")) : r)
                .toList(), s.outputs());
        assertThat(new RunsAsReview(new StackIndex(withOutput)).notASharedAccount()).singleElement().asString()
                .contains("Compute Engine default service account");
        assertThat(new RunsAsReview(new StackIndex(TestStacks.compliant())).notASharedAccount()).isEmpty();
    }

    @Test
    void the_default_audience_passes_and_a_cloud_run_url_in_any_place_the_stack_sets_it_fails() {
        assertThat(audience(TestStacks.withVm(Map.of(), List.of())).notAGoogleHostedService(GOOGLE_HOSTS)).isEmpty();
        StackSnapshot vmOnly = TestStacks.withVm(Map.of("metadata", Map.of("enable-oslogin", "TRUE",
                "keyless-token-audience", "https://reports-3x7fq2-uk.a.run.app")), List.of());
        assertThat(audience(vmOnly).notAGoogleHostedService(GOOGLE_HOSTS)).singleElement().asString()
                .contains("under run.app").contains("metadata keyless-token-audience");
        StackSnapshot trustOnly = TestStacks.withTrust(TestStacks.TRUST.replace("sts.amazonaws.com",
                "//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/aws/providers/keyless"));
        assertThat(audience(trustOnly).notAGoogleHostedService(GOOGLE_HOSTS)).singleElement().asString()
                .contains("under googleapis.com").contains("accounts.google.com:oaud");
    }

    @Test
    void another_resource_that_accepts_is_sent_or_serves_the_audience_fails() {
        StackResource customAudience = resource("gcp:cloudrunv2/service:Service", "ingest",
                Map.of("customAudiences", List.of("STS.amazonaws.com/")), Map.of());
        assertThat(audience(TestStacks.withVm(Map.of(), List.of(customAudience))).noOtherServiceReceivesIt())
                .singleElement().asString().contains("input customAudiences[0]");
        StackSnapshot served = TestStacks.withVm(Map.of("metadata", Map.of("keyless-token-audience", "https://api.example.dev/aws")),
                List.of(resource("gcp:dns/recordSet:RecordSet", "api", Map.of("name", "api.example.dev.", "type", "A"), Map.of())));
        assertThat(audience(served).noOtherServiceReceivesIt()).singleElement().asString().contains("gcp:dns/recordSet");
    }

    @Test
    void calling_aws_sts_itself_is_not_another_service_receiving_the_audience() {
        StackResource caller = resource("gcp:compute/instance:Instance", "other", Map.of("metadataStartupScript",
                "aws sts get-caller-identity --endpoint-url https://sts.amazonaws.com"), Map.of());
        assertThat(audience(TestStacks.withVm(Map.of(), List.of(caller))).noOtherServiceReceivesIt()).isEmpty();
    }
}
