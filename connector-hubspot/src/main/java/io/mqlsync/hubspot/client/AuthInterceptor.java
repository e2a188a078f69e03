package io.mqlsync.hubspot.client;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;

/**
 * Signs every request with the bearer token and, on a 401, refreshes the token once and repeats the
 * request; a second 401 goes back to the caller, which classifies it as an auth failure.
 */
final class AuthInterceptor implements Interceptor {
    private final AccessTokens tokens;

    AuthInterceptor(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String token = tokens.current();
        Response response = chain.proceed(signed(chain.request(), token));
        if (response.code() != 401 || !tokens.refreshAfter(token)) {
            return response;
        }
        response.close();
        return chain.proceed(signed(chain.request(), tokens.current()));
    }

    private static Request signed(Request request, String token) {
        return request.newBuilder().header("Authorization", "Bearer " + token).build();
    }
}
