package dev.keyless.compliance;

import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The access points and multi-region access points in front of a bucket, from both AWS providers,
 * with the policies attached to each: inline ({@code policy}) or by a separate policy resource that
 * names the access point by ARN (classic {@code AccessPointPolicy}) or by name (multi-region policies).
 */
final class AccessPoints {

    private final StackSnapshot stack;

    AccessPoints(StackSnapshot stack) {
        this.stack = stack;
    }

    List<AccessPoint> of(StackResource bucket) {
        Optional<String> name = S3Index.name(bucket);
        List<AccessPoint> out = new ArrayList<>();
        if (name.isEmpty()) {
            return out;
        }
        for (StackResource ap : stack.resources()) {
            if (ResourceTypes.ACCESS_POINTS.contains(ap.type()) && ap.string("bucket").filter(name.get()::equals).isPresent()) {
                out.add(accessPoint(ap));
            } else if (ResourceTypes.MULTI_REGION_ACCESS_POINTS.contains(ap.type())
                    && regionBuckets(ap).contains(name.get())) {
                out.add(multiRegion(ap));
            }
        }
        return out;
    }

    private AccessPoint accessPoint(StackResource ap) {
        Optional<String> arn = Props.string(ap, "arn");
        List<BucketPolicy> policies = new ArrayList<>();
        Props.first(ap, "policy").ifPresent(p -> policies.add(new BucketPolicy("policy of access point " + ap.name(),
                PolicyText.parse(p))));
        for (StackResource p : stack.ofType(ResourceTypes.ACCESS_POINT_POLICY)) {
            Optional<String> target = Props.string(p, "accessPointArn");
            if (target.isPresent() && (target.equals(arn) || target.get().endsWith(":accesspoint/" + Props.string(ap, "name").orElse(ap.name())))) {
                policies.add(new BucketPolicy("access point policy " + p.name(), PolicyText.parse(Props.first(p, "policy").orElse(null))));
            }
        }
        return new AccessPoint("access point " + ap.name(), arn, policies, Props.first(ap, "publicAccessBlockConfiguration")
                .map(c -> S3Index.block("publicAccessBlockConfiguration of access point " + ap.name(), c)));
    }

    private AccessPoint multiRegion(StackResource mrap) {
        Optional<String> name = Props.strings(mrap.property("details").orElse(null), "name").stream().findFirst()
                .or(() -> Props.string(mrap, "name"));
        List<BucketPolicy> policies = new ArrayList<>();
        for (StackResource p : stack.resources()) {
            if (!ResourceTypes.MULTI_REGION_ACCESS_POINT_POLICIES.contains(p.type())) {
                continue;
            }
            Object details = p.property("details").orElse(null);
            Optional<String> target = Props.strings(details, "name").stream().findFirst().or(() -> Props.string(p, "mrapName"));
            if (target.isPresent() && target.equals(name)) {
                Object text = Props.at(details, "policy").stream().findFirst().or(() -> Props.first(p, "policy")).orElse(null);
                policies.add(new BucketPolicy("multi-region access point policy " + p.name(), PolicyText.parse(text)));
            }
        }
        Optional<Object> block = Props.at(mrap.property("details").orElse(null), "publicAccessBlock").stream().findFirst()
                .or(() -> Props.first(mrap, "publicAccessBlockConfiguration"));
        return new AccessPoint("multi-region access point " + mrap.name(), Props.string(mrap, "arn"), policies,
                block.map(c -> S3Index.block("public access block of multi-region access point " + mrap.name(), c)));
    }

    private static List<String> regionBuckets(StackResource mrap) {
        List<String> out = new ArrayList<>(Props.strings(mrap.property("details").orElse(null), "regions", "bucket"));
        out.addAll(Props.strings(mrap.property("regions").orElse(null), "bucket"));
        return out;
    }
}
