package io.mqlsync.core.routing;

/** When the MQL transition assigns an owner ({@code routing.assignWhen}). */
public enum AssignWhen {
    /** Only when the lead has no sales owner: none, a marketing owner or the nurture owner. The default. */
    UNOWNED,
    /** On every MQL transition, replacing any owner. */
    ALWAYS
}
