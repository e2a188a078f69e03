package io.mqlsync.core.spi;

import io.mqlsync.core.config.FieldMapping;
import io.mqlsync.core.planning.WriteBackConfig;
import java.time.Clock;
import java.util.Objects;

/**
 * Everything an adapter is opened with for one CRM instance.
 *
 * @param instance  the instance's name, for logs and metrics
 * @param settings  the CRM's own block of the config, validated by {@link CrmProvider#validate}
 * @param fields    which CRM property holds each canonical field
 * @param writeBack how mqlsync's properties are named
 * @param calls     the retry, circuit-breaker and rate-limit policy every CRM call goes through
 * @param archive   where engagement read in bulk is kept between runs (the instance's state database)
 * @param clock     the only source of time; adapters never read the system clock
 */
public record AdapterContext(String instance, ConfigBlock settings, FieldMapping fields, WriteBackConfig writeBack,
                             CallPolicy calls, EngagementArchive archive, Clock clock) {
    public AdapterContext {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(writeBack, "writeBack");
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(clock, "clock");
    }
}
