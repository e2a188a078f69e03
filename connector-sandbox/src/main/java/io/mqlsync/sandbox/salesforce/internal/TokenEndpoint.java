package io.mqlsync.sandbox.salesforce.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Optional;

/** The WireMock extension serving {@code POST /services/oauth2/token} through {@link OAuthTokenEndpoint}. */
public final class TokenEndpoint implements ResponseDefinitionTransformerV2 {
    /** The extension's name, referenced by the stub. */
    public static final String NAME = "mqlsync-salesforce-oauth";

    private final OAuthTokenEndpoint endpoint;

    /** @param endpoint the token logic */
    public TokenEndpoint(OAuthTokenEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        var request = serveEvent.getRequest();
        Optional<String> authorization = Optional.ofNullable(request.getHeader("Authorization"));
        String url = request.getAbsoluteUrl();
        String base = url.substring(0, url.indexOf("/services/"));
        OAuthTokenEndpoint.Answer answer = endpoint.token(base, request.getBodyAsString(), authorization);
        return new ResponseDefinitionBuilder().withStatus(answer.status())
                .withHeader("Content-Type", "application/json;charset=UTF-8")
                .withHeader("Cache-Control", "no-cache,must-revalidate,max-age=0,no-store,private")
                .withBody(answer.body()).build();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
