package io.mqlsync.sandbox.fault;

import java.util.Objects;

/**
 * Which requests fail, when, and how.
 *
 * <pre>{@code
 * plan.add(new FaultRule(RequestMatcher.operation("contacts.search"), FaultTrigger.onNth(3),
 *         Fault.of(FaultKind.CONNECTION_RESET)));
 * }</pre>
 *
 * @param matcher the requests the rule counts
 * @param trigger which of those fail
 * @param fault   how they fail
 */
public record FaultRule(RequestMatcher matcher, FaultTrigger trigger, Fault fault) {

    public FaultRule {
        Objects.requireNonNull(matcher, "matcher");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(fault, "fault");
    }
}
