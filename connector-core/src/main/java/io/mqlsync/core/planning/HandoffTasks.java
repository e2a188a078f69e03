package io.mqlsync.core.planning;

import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.model.ScoreCard;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Makes the handoff task of an MQL transition: subject, packet, due date, priority and idempotency key. */
public final class HandoffTasks {
    private final String instance;
    private final TasksConfig config;

    public HandoffTasks(String instance, TasksConfig config) {
        this.instance = Objects.requireNonNull(instance, "instance");
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * @param request the planned lead; its decision must be a handoff
     * @param owner   who gets the task
     * @return the task, or empty when tasks are disabled
     */
    public Optional<HandoffTask> create(PlanRequest request, Optional<OwnerId> owner) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        if (!request.decision().isHandoff()) {
            throw new IllegalArgumentException("a handoff task belongs to an MQL transition");
        }
        Instant due = config.dueAt(request.now());
        String sla = slaInWords();
        ZoneId zone = config.businessHours().map(BusinessHours::zone).orElse(ZoneOffset.UTC);
        ScoreCard card = request.decision().card();
        String subject = config.subject().render(placeholders(request, card, sla));
        String body = new HandoffPacket(request.record().fields(), card, request.events(), due, sla, zone).text();
        String key = HandoffTask.idempotencyKey(instance, request.snapshot().lead(), request.decision().qualificationSequence());
        return Optional.of(new HandoffTask(key, owner, due, config.priority(), subject, body,
                config.businessHours().map(BusinessHours::zone).orElse(ZoneOffset.UTC)));
    }

    private static Map<String, String> placeholders(PlanRequest request, ScoreCard card, String sla) {
        Map<String, String> values = new HashMap<>();
        request.record().fields().asMap().forEach((name, value) -> values.put(name, value.text()));
        values.put("score", Long.toString(Written.integer(card.score())));
        values.put("fit", Long.toString(Written.integer(card.fit())));
        values.put("intent", Long.toString(Written.integer(card.intent())));
        values.put("quadrant", card.quadrant().name());
        values.put("sla", sla);
        return values;
    }

    /** The SLA for people: {@code 4 business hours}, {@code 1 day 2 hours}. */
    String slaInWords() {
        Duration sla = config.sla();
        List<String> parts = new ArrayList<>();
        if (config.businessHours().isPresent()) {
            part(parts, sla.toHours(), "business hour");
        } else {
            part(parts, sla.toDays(), "day");
            part(parts, sla.toHoursPart(), "hour");
        }
        part(parts, sla.toMinutesPart(), "minute");
        part(parts, parts.isEmpty() ? sla.toSecondsPart() : 0, "second");
        return String.join(" ", parts);
    }

    private static void part(List<String> parts, long amount, String unit) {
        if (amount > 0) {
            parts.add(amount + " " + unit + (amount == 1 ? "" : "s"));
        }
    }
}
