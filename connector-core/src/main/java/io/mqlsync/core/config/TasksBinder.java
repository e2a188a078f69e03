package io.mqlsync.core.config;

import io.mqlsync.core.config.DurationReader.Bound;
import io.mqlsync.core.planning.BusinessHours;
import io.mqlsync.core.planning.SubjectTemplate;
import io.mqlsync.core.planning.TaskPriority;
import io.mqlsync.core.planning.TasksConfig;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds the {@code tasks} block. Defaults: enabled, {@code sla: PT4H} in plain time (no business hours),
 * priority {@code HIGH}, and DESIGN's subject.
 */
final class TasksBinder {
    static final Duration DEFAULT_SLA = Duration.ofHours(4);
    static final String DEFAULT_SUBJECT = "New MQL: {firstName} {lastName} ({company}), follow up within {sla}";
    private static final Map<String, TaskPriority> PRIORITIES = priorities();
    private static final Map<String, DayOfWeek> DAYS = days();

    private TasksBinder() {
    }

    /** @return the config, or empty when the block has problems (each reported) */
    static Optional<TasksConfig> bind(ConfigNode node, Findings findings) {
        Binding binding = new Binding(findings);
        BlockReader b = new BlockReader(node, findings);
        boolean enabled = b.bool("enabled").orElse(true);
        Duration sla = b.duration("sla", Bound.POSITIVE).orElse(DEFAULT_SLA);
        Optional<BusinessHours> hours = b.child("businessHours").isObject() ? hours(b.block("businessHours"))
                : Optional.empty();
        TaskPriority priority = b.choice("priority", PRIORITIES).orElse(TaskPriority.HIGH);
        String subject = b.text("subject").orElse(DEFAULT_SUBJECT);
        SubjectTemplate.problems(subject).forEach(p -> findings.add(b.child("subject"), p));
        return binding.result(() -> new TasksConfig(enabled, sla, hours, priority, SubjectTemplate.of(subject)));
    }

    private static Optional<BusinessHours> hours(BlockReader b) {
        Binding binding = new Binding(b.findings());
        Optional<ZoneId> zone = b.zone("zone");
        b.require("zone", "the zone business hours are counted in");
        List<DayOfWeek> days = b.list("days", d -> d.text().map(t -> DAYS.get(t.strip())))
                .filter(l -> !l.isEmpty()) // an empty list is the schema's to report
                .orElse(List.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
        LocalTime from = b.time("from").orElse(LocalTime.of(9, 0));
        LocalTime to = b.time("to").orElse(LocalTime.of(17, 0));
        if (!from.isBefore(to)) {
            b.findings().add(b.child("to"), "must be later than from (" + from + ")");
        }
        return zone.flatMap(z -> binding.result(() -> new BusinessHours(z, EnumSet.copyOf(days), from, to)));
    }

    private static Map<String, TaskPriority> priorities() {
        Map<String, TaskPriority> map = new LinkedHashMap<>();
        Arrays.stream(TaskPriority.values()).forEach(v -> map.put(v.name(), v));
        return map;
    }

    private static Map<String, DayOfWeek> days() {
        Map<String, DayOfWeek> map = new LinkedHashMap<>();
        Arrays.stream(DayOfWeek.values()).forEach(d -> map.put(d.name().substring(0, 3), d));
        return map;
    }
}
