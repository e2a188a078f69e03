/** The {@code mqlsync} command line: one picocli command class per command, exit codes mapped in one place. */
package io.mqlsync.app.cli;
