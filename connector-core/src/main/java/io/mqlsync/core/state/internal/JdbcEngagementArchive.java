package io.mqlsync.core.state.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.spi.EngagementArchive;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code engagement_archive} table: events filed by key hash, looked up a page of keys at a time.
 * Keys are hashed here, so no caller can store one in clear; attribute values are masked and cut like
 * every other CRM text the store keeps.
 */
final class JdbcEngagementArchive implements EngagementArchive {
    /** Keys per lookup statement: a page of leads, well under every driver's parameter limit. */
    static final int KEYS_PER_LOOKUP = 200;
    private static final int MAX_TEXT = 500;
    private static final int HASH_BYTES = 16;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };

    private final InstanceSql sql;

    JdbcEngagementArchive(InstanceSql sql) {
        this.sql = sql;
    }

    @Override
    public void file(String source, List<KeyedEvent> events) {
        Objects.requireNonNull(source, "source");
        if (events.isEmpty()) {
            return;
        }
        sql.write("engagementArchive.file", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO engagement_archive (instance, source, key_hash,"
                    + " event_hash, at_ms, event_type, attrs) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (instance, source, key_hash, event_hash) DO NOTHING")) {
                for (KeyedEvent keyed : events) {
                    Event event = keyed.event();
                    String attrs = attrsJson(event.attrs());
                    s.setString(1, sql.instance());
                    s.setString(2, source);
                    s.setString(3, hash(keyed.key()));
                    s.setString(4, hash(event.type() + "|" + event.at().toEpochMilli() + "|" + attrs));
                    s.setLong(5, event.at().toEpochMilli());
                    s.setString(6, event.type().name());
                    s.setString(7, attrs);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Optional<Instant> readUpTo(String source, String partition) {
        return sql.read("engagementArchive.readUpTo", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT read_up_to_ms FROM engagement_marks"
                    + " WHERE instance = ? AND source = ? AND partition_key = ?")) {
                s.setString(1, sql.instance());
                s.setString(2, source);
                s.setString(3, partition);
                try (ResultSet row = s.executeQuery()) {
                    return row.next() ? Optional.of(InstanceSql.instant(row.getLong("read_up_to_ms"))) : Optional.<Instant>empty();
                }
            }
        });
    }

    @Override
    public void markReadUpTo(String source, String partition, Instant upTo) {
        sql.write("engagementArchive.mark", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO engagement_marks (instance, source, partition_key,"
                    + " read_up_to_ms) VALUES (?, ?, ?, ?) ON CONFLICT (instance, source, partition_key) DO UPDATE"
                    + " SET read_up_to_ms = CASE WHEN excluded.read_up_to_ms > engagement_marks.read_up_to_ms"
                    + " THEN excluded.read_up_to_ms ELSE engagement_marks.read_up_to_ms END")) {
                s.setString(1, sql.instance());
                s.setString(2, source);
                s.setString(3, partition);
                s.setLong(4, upTo.toEpochMilli());
                return s.executeUpdate();
            }
        });
    }

    @Override
    public Map<String, List<Event>> eventsOf(String source, Collection<String> keys, Instant since) {
        Map<String, String> keyByHash = new LinkedHashMap<>();
        keys.forEach(key -> keyByHash.put(hash(key), key));
        List<String> hashes = List.copyOf(keyByHash.keySet());
        Map<String, List<Event>> found = new HashMap<>();
        for (int from = 0; from < hashes.size(); from += KEYS_PER_LOOKUP) {
            List<String> chunk = hashes.subList(from, Math.min(hashes.size(), from + KEYS_PER_LOOKUP));
            sql.read("engagementArchive.eventsOf", c -> {
                // "+at_ms" keeps SQLite's planner (no statistics) off the age index, which would scan every row
                // of the horizon for each page; the key index finds a page's rows directly
                try (PreparedStatement s = c.prepareStatement("SELECT key_hash, at_ms, event_type, attrs FROM engagement_archive"
                        + " WHERE instance = ? AND source = ? AND +at_ms >= ? AND key_hash IN ("
                        + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                    s.setString(1, sql.instance());
                    s.setString(2, source);
                    s.setLong(3, since.toEpochMilli());
                    for (int i = 0; i < chunk.size(); i++) {
                        s.setString(4 + i, chunk.get(i));
                    }
                    try (ResultSet rows = s.executeQuery()) {
                        while (rows.next()) {
                            String key = keyByHash.get(rows.getString("key_hash"));
                            event(rows).ifPresent(e -> found.computeIfAbsent(key, k -> new ArrayList<>()).add(e));
                        }
                    }
                }
                return null;
            });
        }
        found.values().forEach(events -> events.sort(Comparator.comparing(Event::at)));
        return found;
    }

    @Override
    public void forgetBefore(String source, Instant cutoff) {
        sql.write("engagementArchive.forget", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM engagement_archive"
                    + " WHERE instance = ? AND source = ? AND at_ms < ?")) {
                s.setString(1, sql.instance());
                s.setString(2, source);
                s.setLong(3, cutoff.toEpochMilli());
                return s.executeUpdate();
            }
        });
    }

    /** A row as an event; a type this version does not know (a newer version filed it) is skipped. */
    private static Optional<Event> event(ResultSet row) throws SQLException {
        Optional<EventType> type = EventType.byName(row.getString("event_type"));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Event(type.get(), InstanceSql.instant(row.getLong("at_ms")),
                    Fields.of(JSON.readValue(row.getString("attrs"), TEXTS))));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** Sorted by name: the same attributes make the same text (and hash) whatever order a map iterates in. */
    private static String attrsJson(Fields attrs) {
        Map<String, String> texts = new TreeMap<>();
        attrs.asMap().forEach((name, value) -> texts.put(name, Redaction.text(value.text(), MAX_TEXT)));
        try {
            return JSON.writeValueAsString(texts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of texts is always JSON", e);
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, HASH_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
