/** Values every part of mqlsync shares: leads, their fields and events, score cards, statuses and ids. */
package io.mqlsync.core.model;
