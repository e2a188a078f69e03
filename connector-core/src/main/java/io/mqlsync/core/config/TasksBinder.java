package io.mqlsync.core.config;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Set;

/**
 * Binds the {@code tasks} block. Defaults: enabled, {@code sla: PT4H} in plain time (no business hours),
 * priority {@code HIGH}, and DESIGN's subject.
 */
public final class TasksBinder {
    public static final Duration DEFAULT_SLA = Duration.ofHours(4);
    public static final String DEFAULT_SUBJECT = "New MQL: {firstName} {lastName} ({company}), follow up within {sla}";
    private static final Map<String, TaskPriority> PRIORITIES = choices(TaskPriority.values());
    private static final Map<String, DayOfWeek> DAYS = days();

    private TasksBinder() {
    }

    /** @return the config, or empty when the block has problems (each reported) */
    public static Optional<TasksConfig> bind(JsonNode node, String path, ProblemCollector problems) {
        Binding binding = new Binding(problems);
        Optional<BlockReader> block = BlockReader.of(node, path, problems);
        if (block.isEmpty()) {
            return Optional.empty();
        }
        BlockReader b = block.get();
        b.allowOnly(Set.of("enabled", "sla", "businessHours", "priority", "subject"));
        boolean enabled = b.bool("enabled").orElse(true);
        Duration sla = b.duration("sla").orElse(DEFAULT_SLA);
        if (sla.isZero()) {
            problems.add(b.at("sla"), "must be longer than zero");
        }
        Optional<BusinessHours> hours = b.has("businessHours") ? b.block("businessHours").flatMap(TasksBinder::hours)
                : Optional.empty();
        TaskPriority priority = b.choice("priority", PRIORITIES).orElse(TaskPriority.HIGH);
        String subject = b.string("subject").orElse(DEFAULT_SUBJECT);
        SubjectTemplate.problems(subject).forEach(p -> problems.add(b.at("subject"), p));
        return binding.result(() -> new TasksConfig(enabled, sla, hours, priority, SubjectTemplate.of(subject)));
    }

    private static Optional<BusinessHours> hours(BlockReader b) {
        Binding binding = new Binding(b.problems());
        b.allowOnly(Set.of("zone", "days", "from", "to"));
        Optional<ZoneId> zone = b.zone("zone");
        if (!b.has("zone")) {
            b.problems().add(b.at("zone"), "required: the zone business hours are counted in");
        }
        List<DayOfWeek> days = b.list("days", b.text(d -> Optional.ofNullable(DAYS.get(d)),
                "is not a day (MON, TUE, WED, THU, FRI, SAT, SUN)")).orElse(List.of(DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
        if (days.isEmpty()) {
            b.problems().add(b.at("days"), "must name at least one day");
        }
        LocalTime from = b.time("from").orElse(LocalTime.of(9, 0));
        LocalTime to = b.time("to").orElse(LocalTime.of(17, 0));
        if (!from.isBefore(to)) {
            b.problems().add(b.at("to"), "must be later than from (" + from + ")");
        }
        return binding.result(() -> new BusinessHours(zone.orElseThrow(), EnumSet.copyOf(days), from, to));
    }

    private static Map<String, TaskPriority> choices(TaskPriority... values) {
        Map<String, TaskPriority> map = new LinkedHashMap<>();
        Arrays.stream(values).forEach(v -> map.put(v.name(), v));
        return map;
    }

    private static Map<String, DayOfWeek> days() {
        Map<String, DayOfWeek> map = new LinkedHashMap<>();
        Arrays.stream(DayOfWeek.values()).forEach(d -> map.put(d.name().substring(0, 3), d));
        return map;
    }
}
