package io.mqlsync.core.planning;

/** The priority of a handoff task; adapters map it (HubSpot {@code HIGH/MEDIUM/LOW}, Salesforce {@code High/Normal/Low}). */
public enum TaskPriority {
    LOW,
    NORMAL,
    HIGH
}
