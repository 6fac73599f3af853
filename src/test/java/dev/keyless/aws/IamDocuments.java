package dev.keyless.aws;

/** IAM's URL-encoded policy documents as plain JSON, decoded the one way keyless decodes them. */
public final class IamDocuments {

    private IamDocuments() {}

    public static String decode(String encoded) {
        return DeployedRoleReader.decode(encoded);
    }
}
