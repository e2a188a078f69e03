package io.mqlsync.sandbox.data;

/** Whether an owner is a person or a queue that people pick work from. */
public enum OwnerKind {
    PERSON,
    QUEUE
}
