package dev.keyless.compliance;

import dev.keyless.compliance.BucketSettings.PublicAccessBlock;

import java.util.List;
import java.util.Optional;

/**
 * An S3 access point or multi-region access point in front of a bucket: another door to its data with
 * its own resource policies and its own public access block.
 *
 * @param label    how violations name it ({@code access point reports-ap})
 * @param arn      its ARN when the stack knows it ({@code arn:aws:s3:us-east-1:123456789012:accesspoint/NAME})
 * @param policies the access point policies that apply to it
 * @param block    its own public access block as the stack sets it; empty when not set
 */
public record AccessPoint(String label, Optional<String> arn, List<BucketPolicy> policies, Optional<PublicAccessBlock> block) {

    public AccessPoint {
        policies = List.copyOf(policies);
    }
}
