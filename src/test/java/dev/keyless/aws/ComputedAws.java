package dev.keyless.aws;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

/**
 * The fake AWS's computed answers, a WireMock transformer: each Access Analyzer or IAM request is
 * answered from its body (the documents it carries, the account the fake holds) by
 * {@link FakeAccessAnalyzer}, {@link FakeIamSimulator} and {@link FakeIamRoles}. Stubs a test adds
 * for faults take precedence (see {@link FakeAws#computeAnswers}).
 */
final class ComputedAws implements ResponseDefinitionTransformerV2 {

    static final String NAME = "keyless-computed-aws";

    private volatile FakeAccount account = FakeAccount.empty();
    private volatile int pageSize = 100;

    void use(FakeAccount a, int size) {
        this.account = a;
        this.pageSize = size;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        LoggedRequest r = event.getRequest();
        FakeAnswer a = r.getUrl().startsWith("/policy/") ? new FakeAccessAnalyzer(pageSize)
                .answer(r.getUrl().replaceFirst("\\?.*", ""), r.getBodyAsString(), nextToken(r)) : iam(r.getBodyAsString());
        List<HttpHeader> headers = new ArrayList<>(List.of(new HttpHeader("Content-Type", a.contentType()),
                new HttpHeader("x-amzn-RequestId", "4a0b1c2d-FAKE")));
        a.headers().forEach((k, v) -> headers.add(new HttpHeader(k, v)));
        return responseDefinition().withStatus(a.status()).withHeaders(new HttpHeaders(headers)).withBody(a.body()).build();
    }

    private FakeAnswer iam(String body) {
        Map<String, List<String>> form = FakeXml.form(body);
        if (!"2010-05-08".equals(FakeXml.one(form, "Version"))) {
            return FakeAnswer.xmlError(400, "InvalidAction", "Version 2010-05-08 is required.");
        }
        FakeIamSimulator simulator = new FakeIamSimulator(account, pageSize);
        FakeIamRoles roles = new FakeIamRoles(account, pageSize);
        String action = String.valueOf(FakeXml.one(form, "Action"));
        return switch (action) {
            case "SimulateCustomPolicy" -> simulator.custom(form);
            case "SimulatePrincipalPolicy" -> simulator.principal(form);
            case "GetRole" -> roles.getRole(form);
            case "ListAttachedRolePolicies" -> roles.listAttached(form);
            case "ListRolePolicies" -> roles.listInline(form);
            case "GetRolePolicy" -> roles.getRolePolicy(form);
            case "GetPolicy" -> roles.getPolicy(form);
            case "GetPolicyVersion" -> roles.getPolicyVersion(form);
            default -> FakeAnswer.xmlError(400, "InvalidAction", "The action " + action + " is not valid for this endpoint.");
        };
    }

    private static String nextToken(LoggedRequest r) {
        var q = r.queryParameter("nextToken");
        return q != null && q.isPresent() ? q.firstValue() : null;
    }
}
