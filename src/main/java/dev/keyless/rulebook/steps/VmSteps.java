package dev.keyless.rulebook.steps;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;

import java.util.List;

import static dev.keyless.rulebook.steps.ReviewWorld.holds;

/** Steps of "The VM is hardened". */
public class VmSteps {

    private final ReviewWorld world;

    public VmSteps(ReviewWorld world) {
        this.world = world;
    }

    @Then("no VM that runs as the workload's service account has an external IP address")
    public void noExternalIp() {
        holds(world.vm().noExternalIp());
    }

    @Then("every VM that runs as the workload's service account has OS Login enabled")
    public void osLogin() {
        holds(world.vm().osLoginIsOn());
    }

    @Then("every VM that runs as the workload's service account blocks project-wide SSH keys")
    public void projectKeysBlocked() {
        holds(world.vm().projectSshKeysAreBlocked());
    }

    @Then("no VM that runs as the workload's service account has SSH keys in its metadata")
    public void noSshKeys() {
        holds(world.vm().noSshKeysInMetadata());
    }

    @Then("no VM that runs as the workload's service account has its serial port enabled, by its own or the project's metadata")
    public void serialPortOff() {
        holds(world.vm().serialPortIsOff());
    }

    @Then("no VM that runs as the workload's service account fetches a script from a URL, by its own or the project's metadata")
    public void noScriptUrl() {
        holds(world.vm().noScriptUrl());
    }

    @Then("every VM that runs as the workload's service account has Secure Boot, vTPM and integrity monitoring on")
    public void shielded() {
        holds(world.vm().shieldedVmIsOn());
    }

    @Then("every firewall rule that lets traffic in to a VM that runs as the workload's service account admits only these sources:")
    public void ingress(DataTable ranges) {
        holds(world.vm().ingressOnlyFrom(List.copyOf(GoogleSideSteps.column(ranges, "range", "what it is").keySet())));
    }
}
