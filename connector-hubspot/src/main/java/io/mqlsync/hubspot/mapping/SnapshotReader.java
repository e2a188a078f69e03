package io.mqlsync.hubspot.mapping;

import io.mqlsync.core.model.LeadHistory;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.model.WrittenScores;
import io.mqlsync.core.model.WrittenState;
import io.mqlsync.core.planning.WriteBackConfig;
import io.mqlsync.core.planning.WrittenProperty;
import io.mqlsync.hubspot.client.HubSpotObject;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the {@code mql_*} properties (with the configured prefix) of a contact. A value that is not
 * what mqlsync writes (edited by hand, an unknown option) reads as absent, so the next write repairs it.
 */
final class SnapshotReader {
    private final WriteBackConfig writeBack;

    SnapshotReader(WriteBackConfig writeBack) {
        this.writeBack = writeBack;
    }

    WrittenState read(HubSpotObject contact) {
        MqlStatus status = text(contact, WrittenProperty.STATUS).flatMap(v -> constant(MqlStatus.class, v))
                .orElse(MqlStatus.NONE);
        WrittenScores scores = new WrittenScores(integer(contact, WrittenProperty.FIT_SCORE),
                integer(contact, WrittenProperty.INTENT_SCORE), integer(contact, WrittenProperty.SCORE),
                text(contact, WrittenProperty.QUADRANT).flatMap(v -> constant(Quadrant.class, v)),
                text(contact, WrittenProperty.REASONS), text(contact, WrittenProperty.MODEL));
        OptionalLong count = integer(contact, WrittenProperty.RECYCLE_COUNT);
        LeadHistory history = new LeadHistory(instant(contact, WrittenProperty.QUALIFIED_AT),
                instant(contact, WrittenProperty.RECYCLED_AT),
                count.isPresent() && count.getAsLong() >= 0 && count.getAsLong() <= Integer.MAX_VALUE
                        ? (int) count.getAsLong() : 0,
                reason(contact, WrittenProperty.LAST_REJECTION_REASON));
        return new WrittenState(status, scores, history, instant(contact, WrittenProperty.NEXT_RESCORE_AT),
                reason(contact, WrittenProperty.REJECTION_REASON));
    }

    private Optional<String> text(HubSpotObject contact, WrittenProperty property) {
        return contact.property(writeBack.name(property)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private OptionalLong integer(HubSpotObject contact, WrittenProperty property) {
        return text(contact, property).map(HubSpotValues::integer).orElse(OptionalLong.empty());
    }

    private Optional<Instant> instant(HubSpotObject contact, WrittenProperty property) {
        return text(contact, property).flatMap(HubSpotValues::instant);
    }

    private Optional<ReasonCode> reason(HubSpotObject contact, WrittenProperty property) {
        return text(contact, property).filter(ReasonCode::isWellFormed).map(ReasonCode::new);
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(upper)).findFirst();
    }
}
