package dev.keyless.infra;

import com.pulumi.Pulumi;

/** The program Pulumi runs ({@code mvn compile exec:java}, see {@code Pulumi.yaml}). */
public final class App {

    private App() {}

    public static void main(String[] args) {
        Pulumi.run(ctx -> FederationStack.stack(ctx, FederationSettings.fromConfig(ctx)));
    }
}
