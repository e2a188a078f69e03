/** The pure lifecycle policy: from a lead's CRM state and score card to its next MQL status and transition. */
package io.mqlsync.core.lifecycle;
