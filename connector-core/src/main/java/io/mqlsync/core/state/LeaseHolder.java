package io.mqlsync.core.state;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who holds an instance lease: {@code run-UUID@HOST/PID}, so that a run can tell a lease left behind by
 * a run that died on this very machine (killed, crashed, power cut while the lease table lived on): its
 * process is gone. A lease held from another machine cannot be judged and is waited out until it expires.
 *
 * @param value the holder as stored in the lease
 */
public record LeaseHolder(String value) {
    private static final Pattern FORMAT = Pattern.compile("run-[0-9a-f-]+@(.+)/(\\d+)");

    public LeaseHolder {
        Objects.requireNonNull(value, "value");
    }

    /** A new holder for a run of this process. */
    public static LeaseHolder newRun() {
        return new LeaseHolder("run-" + UUID.randomUUID() + "@" + thisHost() + "/" + ProcessHandle.current().pid());
    }

    /**
     * @return whether the holder is a process of this machine that no longer runs. False when it cannot be
     *         told: another machine, an unknown format, or the process id taken by another process.
     */
    public boolean isDeadProcessOnThisHost() {
        Matcher m = FORMAT.matcher(value);
        if (!m.matches() || !m.group(1).equals(thisHost())) {
            return false;
        }
        long pid = Long.parseLong(m.group(2));
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty();
    }

    /** @return the process id, when the holder names one */
    public Optional<Long> pid() {
        Matcher m = FORMAT.matcher(value);
        return m.matches() ? Optional.of(Long.parseLong(m.group(2))) : Optional.empty();
    }

    private static String thisHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
