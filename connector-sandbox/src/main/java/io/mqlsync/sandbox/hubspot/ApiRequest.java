package io.mqlsync.sandbox.hubspot;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request as the portal's handlers see it.
 *
 * @param method     HTTP method
 * @param path       URL path
 * @param pathParams the path's variable segments, in order
 * @param query      query parameters (repeated names keep every value)
 * @param body       request body, empty when none
 */
record ApiRequest(String method, String path, List<String> pathParams, Map<String, List<String>> query,
                  String body) {

    ApiRequest {
        pathParams = List.copyOf(pathParams);
        query = Map.copyOf(query);
    }

    /** A request whose path has not been matched to an endpoint yet. */
    record Builder(String method, String path, Map<String, List<String>> query, String body) {
        ApiRequest build(List<String> pathParams) {
            return new ApiRequest(method, path, pathParams, query, body);
        }
    }

    String pathParam(int index) {
        return pathParams.get(index);
    }

    Optional<String> param(String name) {
        List<String> values = query.getOrDefault(name, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** All values of a repeated or comma-separated parameter ({@code properties=a,b&properties=c}). */
    List<String> params(String name) {
        return query.getOrDefault(name, List.of()).stream()
                .flatMap(v -> Arrays.stream(v.split(","))).filter(v -> !v.isBlank()).toList();
    }

    int intParam(String name, int fallback) {
        try {
            return param(name).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            throw HubSpotApiException.badRequest(name + " must be an integer");
        }
    }
}
