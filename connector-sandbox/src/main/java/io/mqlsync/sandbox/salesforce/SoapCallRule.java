package io.mqlsync.sandbox.salesforce;

import java.util.Objects;
import java.util.Optional;

/**
 * A whole-call failure the fake org brings about on chosen SOAP calls, through the org's own state so the
 * client sees exactly what a real org would send: the calling session expires ({@code INVALID_SESSION_ID},
 * renewable), the daily API limit is used up ({@code REQUEST_LIMIT_EXCEEDED} until the window moves or a test
 * lowers the count), or a plain {@code UnexpectedErrorFault} with a given code. Transport faults (429, 5xx,
 * resets, stalls) are not this rule's business. Immutable; start from a factory and narrow with the
 * {@code with} methods.
 *
 * @param effect what happens
 * @param exceptionCode the fault's {@code ExceptionCode} for {@link Effect#FAULT}, e.g. {@code SERVER_UNAVAILABLE}
 * @param message the fault's message for {@link Effect#FAULT}
 * @param operation the operation the rule applies to, any when empty
 * @param skip how many matching calls pass before the rule fires (fires on call {@code skip + 1})
 * @param times how many calls the rule affects before it is used up; {@code Integer.MAX_VALUE} for always
 * @param probability the chance that a matching call past {@code skip} is affected, from the seeded random
 */
public record SoapCallRule(Effect effect, String exceptionCode, String message, Optional<SoapOperation> operation,
                           int skip, int times, double probability) {

    /** What a call rule does. */
    public enum Effect {
        /** The calling session expires just before the call is served. */
        EXPIRE_SESSION,
        /** The daily API request count jumps to the limit just before the call is served. */
        EXHAUST_DAILY_LIMIT,
        /** The call is answered with an {@code UnexpectedErrorFault} carrying the rule's code and message. */
        FAULT
    }

    /** Checks the arguments. */
    public SoapCallRule {
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(exceptionCode, "exceptionCode");
        Objects.requireNonNull(message, "message");
        if (skip < 0) {
            throw new IllegalArgumentException("skip must not be negative, was " + skip);
        }
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1], was " + probability);
        }
    }

    /** @return a rule expiring the caller's session on the next call (any operation), once */
    public static SoapCallRule expireSession() {
        return new SoapCallRule(Effect.EXPIRE_SESSION, "INVALID_SESSION_ID", "", Optional.empty(), 0, 1, 1.0);
    }

    /** @return a rule using up the daily API limit on the next call (any operation), once */
    public static SoapCallRule exhaustDailyLimit() {
        return new SoapCallRule(Effect.EXHAUST_DAILY_LIMIT, "REQUEST_LIMIT_EXCEEDED", "", Optional.empty(), 0, 1, 1.0);
    }

    /** @return a rule answering the next call (any operation) once with this fault */
    public static SoapCallRule fault(String exceptionCode, String message) {
        return new SoapCallRule(Effect.FAULT, exceptionCode, message, Optional.empty(), 0, 1, 1.0);
    }

    /** @return this rule limited to one operation */
    public SoapCallRule withOperation(SoapOperation op) {
        return new SoapCallRule(effect, exceptionCode, message, Optional.of(op), skip, times, probability);
    }

    /** @return this rule letting {@code n} matching calls pass first */
    public SoapCallRule withSkip(int n) {
        return new SoapCallRule(effect, exceptionCode, message, operation, n, times, probability);
    }

    /** @return this rule affecting {@code n} calls */
    public SoapCallRule withTimes(int n) {
        return new SoapCallRule(effect, exceptionCode, message, operation, skip, n, probability);
    }

    /** @return this rule affecting a matching call only with probability {@code p} */
    public SoapCallRule withProbability(double p) {
        return new SoapCallRule(effect, exceptionCode, message, operation, skip, times, p);
    }
}
