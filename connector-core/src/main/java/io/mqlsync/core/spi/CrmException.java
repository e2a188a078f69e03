package io.mqlsync.core.spi;

import io.mqlsync.core.model.MqlsyncException;

/**
 * A call to a CRM failed as a whole. Adapters classify every failure into one of the subclasses; the
 * engine decides what to do with it in one place. Messages name the operation and CRM ids, never
 * field values, bodies or tokens.
 */
public abstract sealed class CrmException extends MqlsyncException
        permits TransientCrmException, PermanentCrmException, CrmAuthException, ApiBudgetExhaustedException {
    protected CrmException(String message, Throwable cause) {
        super(message, cause);
    }
}
