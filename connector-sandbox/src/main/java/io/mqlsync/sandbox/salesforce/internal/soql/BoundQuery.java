package io.mqlsync.sandbox.salesforce.internal.soql;

import io.mqlsync.sandbox.salesforce.internal.schema.OrgRecord;
import io.mqlsync.sandbox.salesforce.internal.schema.SObjectSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * A query checked against the org's objects and ready to run over its records. Immutable.
 */
public final class BoundQuery {
    private final SObjectSchema from;
    private final List<BoundPath> select;
    private final boolean count;
    private final Predicate<OrgRecord> where;
    private final List<SortKey> order;
    private final OptionalInt limit;
    private final OptionalInt offset;
    private final RecordLookup lookup;

    BoundQuery(SObjectSchema from, List<BoundPath> select, boolean count, Predicate<OrgRecord> where,
               List<SortKey> order, OptionalInt limit, OptionalInt offset, RecordLookup lookup) {
        this.from = from;
        this.select = List.copyOf(select);
        this.count = count;
        this.where = where;
        this.order = List.copyOf(order);
        this.limit = limit;
        this.offset = offset;
        this.lookup = lookup;
    }

    /** @return the queried object */
    public SObjectSchema from() {
        return from;
    }

    /** @return whether this is {@code SELECT COUNT()}, whose result has a size and no records */
    public boolean isCount() {
        return count;
    }

    /**
     * @param records every live record of the queried object, in creation order
     * @return the matching records, filtered, sorted (stably), offset and limited
     */
    public List<OrgRecord> run(List<OrgRecord> records) {
        List<OrgRecord> matching = new ArrayList<>();
        for (OrgRecord r : records) {
            if (where.test(r)) {
                matching.add(r);
            }
        }
        if (!order.isEmpty()) {
            matching = sorted(matching);
        }
        int start = Math.min(offset.orElse(0), matching.size());
        int end = Math.min(matching.size(), start + limit.orElse(Integer.MAX_VALUE - start));
        return List.copyOf(matching.subList(start, end));
    }

    /** A sort key of ORDER BY, resolved. */
    record SortKey(BoundPath path, boolean descending, boolean nullsLast) {
    }

    private record Keyed(OrgRecord record, Object[] keys) {
    }

    /** Sorts by keys read once per record (a stable sort, so ties keep creation order). */
    private List<OrgRecord> sorted(List<OrgRecord> records) {
        List<Keyed> keyed = new ArrayList<>(records.size());
        for (OrgRecord r : records) {
            Object[] keys = new Object[order.size()];
            for (int i = 0; i < keys.length; i++) {
                // null marks an empty value inside this method only, to keep a million-row sort cheap
                keys[i] = order.get(i).path().valueOf(r, lookup).orElse(null);
            }
            keyed.add(new Keyed(r, keys));
        }
        keyed.sort(this::compare);
        return new ArrayList<>(keyed.stream().map(Keyed::record).toList());
    }

    private int compare(Keyed a, Keyed b) {
        for (int i = 0; i < order.size(); i++) {
            Object x = a.keys()[i];
            Object y = b.keys()[i];
            SortKey key = order.get(i);
            int cmp;
            if (x == null || y == null) {
                cmp = x == y ? 0 : (x == null) == key.nullsLast() ? 1 : -1;
            } else {
                int natural = Values.compare(x, y, key.path().field().type());
                cmp = key.descending() ? -natural : natural;
            }
            if (cmp != 0) {
                return cmp;
            }
        }
        return 0;
    }

    /** @return the record as the query shows it: selected fields in order, parent relationships nested */
    public QueryRow project(OrgRecord record) {
        return project(record, select, 0);
    }

    private QueryRow project(OrgRecord record, List<BoundPath> paths, int depth) {
        List<QueryRow.Cell> cells = new ArrayList<>();
        Map<String, List<BoundPath>> byRelationship = new LinkedHashMap<>();
        Map<String, Integer> positions = new LinkedHashMap<>();
        boolean idSelected = false;
        for (BoundPath path : paths) {
            if (path.hops().size() == depth) {
                String name = record.schema().field(path.field().name()).map(f -> f.name())
                        .orElse(path.field().name());
                idSelected |= name.equals("Id");
                cells.add(new QueryRow.FieldCell(name, record.get(name)));
            } else {
                String relationship = path.hops().get(depth).relationshipName().orElseThrow();
                if (!byRelationship.containsKey(relationship)) {
                    positions.put(relationship, cells.size());
                    cells.add(new QueryRow.ParentCell(relationship, Optional.empty()));
                }
                byRelationship.computeIfAbsent(relationship, r -> new ArrayList<>()).add(path);
            }
        }
        for (Map.Entry<String, List<BoundPath>> e : byRelationship.entrySet()) {
            BoundPath first = e.getValue().get(0);
            Optional<QueryRow> parent = record.get(first.hops().get(depth).name())
                    .flatMap(id -> lookup.byId((String) id))
                    .map(p -> project(p, e.getValue(), depth + 1));
            cells.set(positions.get(e.getKey()), new QueryRow.ParentCell(e.getKey(), parent));
        }
        return new QueryRow(record.schema().name(), idSelected ? Optional.of(record.id()) : Optional.empty(), cells);
    }
}
