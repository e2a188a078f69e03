package io.mqlsync.sandbox.salesforce.internal.soql;

import io.mqlsync.sandbox.salesforce.internal.schema.FieldDef;
import io.mqlsync.sandbox.salesforce.internal.schema.FieldType;
import io.mqlsync.sandbox.salesforce.internal.schema.OrgRecord;
import io.mqlsync.sandbox.salesforce.internal.schema.SObjectSchema;
import io.mqlsync.sandbox.salesforce.internal.schema.SalesforceIds;
import io.mqlsync.sandbox.salesforce.internal.schema.StandardObjects;
import io.mqlsync.sandbox.salesforce.internal.soql.SoqlException.Kind;
import io.mqlsync.sandbox.salesforce.internal.soql.SoqlQuery.Comparison;
import io.mqlsync.sandbox.salesforce.internal.soql.SoqlQuery.Condition;
import io.mqlsync.sandbox.salesforce.internal.soql.SoqlQuery.Literal;
import io.mqlsync.sandbox.salesforce.internal.soql.SoqlQuery.Operator;
import io.mqlsync.sandbox.salesforce.internal.soql.SoqlQuery.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks a parsed query against the org's objects, as Salesforce does before running it: unknown objects,
 * fields and relationships, and filter values of the wrong type, are faults.
 */
public final class SoqlBinder {
    private final StandardObjects objects;
    private final RecordLookup lookup;
    private final Clock clock;

    /**
     * @param objects the org's objects
     * @param lookup finds parents while the query runs
     * @param clock the org's clock, which relative date literals ({@code TODAY}, {@code LAST_N_DAYS:n}) read
     */
    public SoqlBinder(StandardObjects objects, RecordLookup lookup, Clock clock) {
        this.objects = objects;
        this.lookup = lookup;
        this.clock = clock;
    }

    /**
     * @return the query ready to run
     * @throws SoqlException when the query names something the org does not have or compares wrongly
     */
    public BoundQuery bind(SoqlQuery query) {
        SObjectSchema from = objects.object(query.from()).orElseThrow(() -> new SoqlException(Kind.INVALID_TYPE,
                "sObject type '" + query.from() + "' is not supported. If you are attempting to use a custom "
                        + "object, be sure to append the '__c' after the entity name. Please reference your WSDL "
                        + "or the describe call for the appropriate names.", query.fromColumn()));
        List<BoundPath> select = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path p : query.select()) {
            if (!seen.add(p.text().toLowerCase(Locale.ROOT))) {
                throw new SoqlException(Kind.MALFORMED_QUERY, "duplicate field selected: " + p.text(), p.column());
            }
            select.add(resolve(from, p));
        }
        Predicate<OrgRecord> where = query.where().map(c -> predicate(from, c)).orElse(r -> true);
        List<BoundQuery.SortKey> order = new ArrayList<>();
        for (SoqlQuery.OrderItem item : query.orderBy()) {
            BoundPath path = resolve(from, item.path());
            if (!filterable(path.field())) {
                throw new SoqlException(Kind.INVALID_FIELD, "field '" + path.field().name()
                        + "' can not be sorted in a query call", item.path().column());
            }
            order.add(new BoundQuery.SortKey(path, item.descending(), item.nullsLast()));
        }
        return new BoundQuery(from, select, query.count(), where, order, query.limit(), query.offset(), lookup);
    }

    private BoundPath resolve(SObjectSchema from, Path path) {
        List<String> parts = path.parts();
        if (parts.size() > 1 && parts.get(0).equalsIgnoreCase(from.name())
                && from.relationship(parts.get(0)).isEmpty()) {
            parts = parts.subList(1, parts.size());
        }
        return resolve(from, parts, path, new ArrayList<>());
    }

    private BoundPath resolve(SObjectSchema on, List<String> parts, Path path, List<FieldDef> hops) {
        if (parts.size() == 1) {
            FieldDef field = on.field(parts.get(0)).orElseThrow(() -> new SoqlException(Kind.INVALID_FIELD,
                    "No such column '" + parts.get(0) + "' on entity '" + on.name() + "'. If you are attempting "
                            + "to use a custom field, be sure to append the '__c' after the custom field name. "
                            + "Please reference your WSDL or the describe call for the appropriate names.",
                    path.column()));
            return new BoundPath(hops, field);
        }
        FieldDef hop = on.relationship(parts.get(0)).orElseThrow(() -> unknownRelationship(parts.get(0), path));
        SoqlException last = unknownRelationship(parts.get(0), path);
        for (String target : hop.referenceTo()) {
            Optional<SObjectSchema> parent = objects.object(target);
            if (parent.isPresent()) {
                List<FieldDef> next = new ArrayList<>(hops);
                next.add(hop);
                try {
                    return resolve(parent.get(), parts.subList(1, parts.size()), path, next);
                } catch (SoqlException e) {
                    last = e;
                }
            }
        }
        throw last;
    }

    private BoundPath filterablePath(SObjectSchema from, Path path) {
        BoundPath bound = resolve(from, path);
        if (!filterable(bound.field())) {
            throw new SoqlException(Kind.INVALID_FIELD, "field '" + bound.field().name()
                    + "' can not be filtered in a query call", path.column());
        }
        return bound;
    }

    /** Long text areas can be neither filtered nor sorted in SOQL. */
    private static boolean filterable(FieldDef field) {
        return !(field.type() == FieldType.TEXTAREA && field.length() > 255);
    }

    private static SoqlException unknownRelationship(String name, Path path) {
        return new SoqlException(Kind.INVALID_FIELD, "Didn't understand relationship '" + name + "' in field path. "
                + "If you are attempting to use a custom relationship, be sure to append the '__r' after the custom "
                + "relationship name. Please reference your WSDL or the describe call for the appropriate names.",
                path.column());
    }

    private Predicate<OrgRecord> predicate(SObjectSchema from, Condition condition) {
        return switch (condition) {
            case SoqlQuery.And and -> all(and.parts().stream().map(c -> predicate(from, c)).toList());
            case SoqlQuery.Or or -> any(or.parts().stream().map(c -> predicate(from, c)).toList());
            case SoqlQuery.Not not -> predicate(from, not.part()).negate();
            case Comparison c -> comparison(filterablePath(from, c.path()), c);
            case SoqlQuery.InList in -> inList(filterablePath(from, in.path()), in);
            case SoqlQuery.Like like -> like(filterablePath(from, like.path()), like);
        };
    }

    private static Predicate<OrgRecord> all(List<Predicate<OrgRecord>> parts) {
        return r -> parts.stream().allMatch(p -> p.test(r));
    }

    private static Predicate<OrgRecord> any(List<Predicate<OrgRecord>> parts) {
        return r -> parts.stream().anyMatch(p -> p.test(r));
    }

    private Predicate<OrgRecord> comparison(BoundPath path, Comparison c) {
        if (c.value() instanceof SoqlQuery.RelativeDateLiteral relative) {
            return withinDays(path, c.operator(), relative);
        }
        Optional<Object> expected = value(path.field(), c.value());
        Operator op = c.operator();
        FieldType type = path.field().type();
        if (expected.isEmpty() && op != Operator.EQ && op != Operator.NE) {
            throw new SoqlException(Kind.MALFORMED_QUERY, "unexpected token: 'null'", c.value().column());
        }
        if (path.field().type() == FieldType.BOOLEAN && op != Operator.EQ && op != Operator.NE) {
            throw new SoqlException(Kind.INVALID_FIELD, "invalid operator on boolean field: "
                    + path.field().name(), c.path().column());
        }
        return r -> {
            Optional<Object> actual = path.valueOf(r, lookup);
            return switch (op) {
                // SOQL treats null as a value: "!= 'x'" matches empty fields, "= null" finds them
                case EQ -> equal(actual, expected, type);
                case NE -> !equal(actual, expected, type);
                default -> actual.isPresent() && ordered(op, Values.compare(actual.get(), expected.get(), type));
            };
        };
    }

    /** A relative date literal is a range of days: "=" means inside it, "<" before it, ">" after it. */
    private Predicate<OrgRecord> withinDays(BoundPath path, Operator op, SoqlQuery.RelativeDateLiteral literal) {
        FieldType type = path.field().type();
        if (type != FieldType.DATE && type != FieldType.DATETIME) {
            throw wrongType(path.field(), literal);
        }
        LocalDate[] days = literal.days(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        Object start = type == FieldType.DATE ? days[0] : days[0].atStartOfDay(ZoneOffset.UTC).toInstant();
        Object end = type == FieldType.DATE ? days[1] : days[1].atStartOfDay(ZoneOffset.UTC).toInstant();
        return r -> {
            Optional<Object> actual = path.valueOf(r, lookup);
            if (actual.isEmpty()) {
                return op == Operator.NE;
            }
            boolean afterStart = Values.compare(actual.get(), start, type) >= 0;
            boolean beforeEnd = Values.compare(actual.get(), end, type) < 0;
            return switch (op) {
                case EQ -> afterStart && beforeEnd;
                case NE -> !(afterStart && beforeEnd);
                case LT -> !afterStart;
                case LE -> beforeEnd;
                case GT -> !beforeEnd;
                case GE -> afterStart;
            };
        };
    }

    private static boolean ordered(Operator op, int cmp) {
        return switch (op) {
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
            default -> throw new IllegalStateException("not an ordering operator: " + op);
        };
    }

    private static boolean equal(Optional<Object> actual, Optional<Object> expected, FieldType type) {
        if (actual.isEmpty() || expected.isEmpty()) {
            return actual.isEmpty() && expected.isEmpty();
        }
        return Values.compare(actual.get(), expected.get(), type) == 0;
    }

    private Predicate<OrgRecord> inList(BoundPath path, SoqlQuery.InList in) {
        List<Optional<Object>> values = in.values().stream().map(v -> value(path.field(), v)).toList();
        Predicate<OrgRecord> member;
        if (values.stream().allMatch(v -> v.isPresent() && v.get() instanceof String)) {
            // text and ids compare without regard to case (see Values), so a set of lower-cased keys is exact;
            // it keeps "Id IN (200 ids)" over a million records linear
            Set<String> keys = new HashSet<>();
            values.forEach(v -> keys.add(((String) v.get()).toLowerCase(Locale.ROOT)));
            member = r -> path.valueOf(r, lookup).map(a -> keys.contains(a.toString().toLowerCase(Locale.ROOT)))
                    .orElse(false);
        } else {
            member = r -> {
                Optional<Object> actual = path.valueOf(r, lookup);
                return values.stream().anyMatch(v -> equal(actual, v, path.field().type()));
            };
        }
        return in.negated() ? member.negate() : member;
    }

    private Predicate<OrgRecord> like(BoundPath path, SoqlQuery.Like like) {
        if (!path.field().type().isText() && !path.field().type().isId()) {
            throw new SoqlException(Kind.INVALID_FIELD, "invalid operator on field: " + path.field().name()
                    + ". LIKE works on text fields only", like.column());
        }
        StringBuilder regex = new StringBuilder();
        for (char ch : like.pattern().toCharArray()) {
            regex.append(switch (ch) {
                case '%' -> ".*";
                case '_' -> ".";
                default -> Pattern.quote(String.valueOf(ch));
            });
        }
        Pattern pattern = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL
                | Pattern.UNICODE_CASE);
        return r -> path.valueOf(r, lookup).map(v -> pattern.matcher(v.toString()).matches()).orElse(false);
    }

    private Optional<Object> value(FieldDef field, Literal literal) {
        FieldType type = field.type();
        return switch (literal) {
            case SoqlQuery.NullLiteral n -> Optional.empty();
            case SoqlQuery.StringLiteral s when type.isText() -> Optional.of(s.value());
            case SoqlQuery.StringLiteral s when type.isId() -> Optional.of(SalesforceIds.normalise(s.value())
                    .orElseThrow(() -> new SoqlException(Kind.INVALID_QUERY_FILTER_OPERATOR,
                            "invalid ID field in filter on " + field.name(), s.column())));
            case SoqlQuery.BooleanLiteral b when type == FieldType.BOOLEAN -> Optional.of(b.value());
            case SoqlQuery.NumberLiteral n when type.isNumber() -> Optional.of(n.value().doubleValue());
            case SoqlQuery.DateLiteral d when type == FieldType.DATE -> Optional.of(d.value());
            case SoqlQuery.DateTimeLiteral d when type == FieldType.DATETIME -> Optional.of(d.value());
            case SoqlQuery.RelativeDateLiteral d -> throw new SoqlException(Kind.MALFORMED_QUERY,
                    "relative date literals are supported with comparison operators only", d.column());
            default -> throw wrongType(field, literal);
        };
    }

    private static SoqlException wrongType(FieldDef field, Literal literal) {
        FieldType type = field.type();
        boolean quoted = type.isText() || type.isId();
        String typeName = switch (type) {
            case DATETIME -> "dateTime";
            case DATE -> "date";
            case BOOLEAN -> "boolean";
            case INT -> "int";
            case DOUBLE, CURRENCY -> "double";
            case ID, REFERENCE -> "id";
            default -> "string";
        };
        return new SoqlException(Kind.INVALID_FIELD, "value of filter criterion for field '" + field.name()
                + "' must be of type " + typeName + " and should " + (quoted ? "" : "not ")
                + "be enclosed in quotes", literal.column());
    }
}
