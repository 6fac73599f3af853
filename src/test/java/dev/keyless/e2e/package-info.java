/**
 * End to end against an independent AWS implementation: the rendered stack applied to moto
 * ({@code moto_server}, IAM, STS and S3 on 127.0.0.1, IAM enforcement on), {@code verify-deployed}
 * reading it back, the VM's startup script run against a stub metadata server, and the workload's
 * own credentials from the SDK's default chain. Tagged {@code moto}; without {@code moto_server} on
 * the PATH the suite is skipped with a plain reason, unless {@code KEYLESS_REQUIRE_E2E=true}
 * ({@code .ci/run}), which turns the skip into a failure. See docs/live-mode.md, "End to end on moto".
 */
package dev.keyless.e2e;
