package io.mqlsync.sandbox.fault;

import java.util.Set;
import java.util.regex.Pattern;

/** Selects the requests a fault rule applies to. Implementations must be thread-safe. */
@FunctionalInterface
public interface RequestMatcher {

    /** Whether the rule applies to this request. */
    boolean matches(RequestFacts request);

    /** Both this and {@code other}. */
    default RequestMatcher and(RequestMatcher other) {
        return request -> matches(request) && other.matches(request);
    }

    /** Every request. */
    static RequestMatcher any() {
        return request -> true;
    }

    /** Requests to any of the named operations (the names the journal uses). */
    static RequestMatcher operation(String... names) {
        Set<String> wanted = Set.of(names);
        return request -> wanted.contains(request.operation());
    }

    /** Requests whose path fully matches {@code regex}. */
    static RequestMatcher pathMatches(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return request -> pattern.matcher(request.path()).matches();
    }

    /** Requests with this HTTP method. */
    static RequestMatcher method(String method) {
        return request -> request.method().equalsIgnoreCase(method);
    }
}
