package io.mqlsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * HubSpot's CRM search over one object store: filter groups (OR) of filters (AND), one sort,
 * {@code limit} up to 200, {@code after} as an offset, and the hard cap of 10,000 results per query
 * (NOTES.md). Values compare by the property's type: numbers and datetimes numerically, strings
 * ignoring case.
 */
final class ObjectSearch {

    static final int MAX_LIMIT = 200;
    static final int MAX_RESULTS = 10_000;
    static final int MAX_FILTER_GROUPS = 6;
    static final int MAX_FILTERS = 18;

    /**
     * One page of matches.
     *
     * @param total   how many records match
     * @param records the page
     * @param next    the {@code after} of the next page, if there are more matches
     */
    record Page(int total, List<ObjectView> records, Optional<String> next) {
    }

    private record Sort(String property, boolean descending) {
    }

    private final PropertyCatalog catalog;

    ObjectSearch(PropertyCatalog catalog) {
        this.catalog = catalog;
    }

    Page search(ObjectStore store, JsonNode request) {
        int limit = request.path("limit").asInt(10);
        if (limit < 0 || limit > MAX_LIMIT) {
            throw HubSpotApiException.badRequest("limit must be between 0 and " + MAX_LIMIT + ", was " + limit);
        }
        int after = offset(request.path("after"));
        if (after >= MAX_RESULTS) {
            // HubSpot serves at most 10,000 results per query; paging past that is refused outright.
            throw HubSpotApiException.badRequest("Paging beyond " + MAX_RESULTS
                    + " results is not supported for search. Narrow the query with filters (e.g. on hs_object_id).");
        }
        if (request.path("query").asText("").length() > 3000) {
            throw HubSpotApiException.badRequest("query must be at most 3000 characters");
        }
        Predicate<ObjectView> filter = filter(request.path("filterGroups"))
                .and(query(request.path("query").asText("")));
        Sort sort = sort(request.path("sorts"));
        String sortType = catalog.get(sort.property()).map(PropertyDefinition::type).orElse("string");
        List<Keyed> matches = new ArrayList<>();
        store.forEachSearchable(view -> {
            if (filter.test(view)) {
                matches.add(new Keyed(view, sortKey(sortType, view.get(sort.property()))));
            }
        });
        matches.sort(comparator(sort.descending()));
        int from = Math.min(after, matches.size());
        int to = Math.min(Math.min(from + limit, matches.size()), MAX_RESULTS);
        Optional<String> next = to < matches.size() ? Optional.of(String.valueOf(to)) : Optional.empty();
        return new Page(matches.size(), matches.subList(from, to).stream().map(Keyed::view).toList(), next);
    }

    private static int offset(JsonNode after) {
        if (after.isMissingNode() || after.isNull() || after.asText().isEmpty()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(after.asText());
            if (offset < 0) {
                throw new NumberFormatException();
            }
            return offset;
        } catch (NumberFormatException e) {
            throw HubSpotApiException.badRequest("after must be a paging cursor from a previous response");
        }
    }

    private Predicate<ObjectView> filter(JsonNode groups) {
        if (!groups.isArray() || groups.isEmpty()) {
            return view -> true;
        }
        if (groups.size() > MAX_FILTER_GROUPS) {
            throw HubSpotApiException.badRequest("at most " + MAX_FILTER_GROUPS + " filterGroups are allowed");
        }
        int filters = 0;
        Predicate<ObjectView> any = view -> false;
        for (JsonNode group : groups) {
            Predicate<ObjectView> all = view -> true;
            for (JsonNode filter : group.path("filters")) {
                filters++;
                all = all.and(condition(filter));
            }
            any = any.or(all);
        }
        if (filters > MAX_FILTERS) {
            throw HubSpotApiException.badRequest("at most " + MAX_FILTERS + " filters are allowed in a search");
        }
        return any;
    }

    private Predicate<ObjectView> condition(JsonNode filter) {
        String property = filter.path("propertyName").asText();
        String operator = filter.path("operator").asText("EQ");
        String type = catalog.get(property).map(PropertyDefinition::type).orElse("string");
        String value = filter.path("value").asText("");
        String high = filter.path("highValue").asText("");
        List<String> values = new ArrayList<>();
        filter.path("values").forEach(v -> values.add(v.asText()));
        return switch (operator) {
            case "EQ" -> view -> view.get(property).map(v -> compare(type, v, value) == 0).orElse(false);
            case "NEQ" -> view -> view.get(property).map(v -> compare(type, v, value) != 0).orElse(true);
            case "GT" -> view -> view.get(property).map(v -> compare(type, v, value) > 0).orElse(false);
            case "GTE" -> view -> view.get(property).map(v -> compare(type, v, value) >= 0).orElse(false);
            case "LT" -> view -> view.get(property).map(v -> compare(type, v, value) < 0).orElse(false);
            case "LTE" -> view -> view.get(property).map(v -> compare(type, v, value) <= 0).orElse(false);
            case "BETWEEN" -> view -> view.get(property)
                    .map(v -> compare(type, v, value) >= 0 && compare(type, v, high) <= 0).orElse(false);
            case "IN" -> view -> view.get(property)
                    .map(v -> values.stream().anyMatch(x -> compare(type, v, x) == 0)).orElse(false);
            case "NOT_IN" -> view -> view.get(property)
                    .map(v -> values.stream().noneMatch(x -> compare(type, v, x) == 0)).orElse(true);
            case "HAS_PROPERTY" -> view -> view.get(property).isPresent();
            case "NOT_HAS_PROPERTY" -> view -> view.get(property).isEmpty();
            case "CONTAINS_TOKEN" -> view -> view.get(property).map(v -> containsToken(v, value)).orElse(false);
            case "NOT_CONTAINS_TOKEN" -> view -> view.get(property).map(v -> !containsToken(v, value)).orElse(true);
            default -> throw HubSpotApiException.badRequest("Unknown operator " + operator);
        };
    }

    private static Predicate<ObjectView> query(String text) {
        if (text.isBlank()) {
            return view -> true;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        List<String> searchable = List.of("email", "firstname", "lastname", "company", "hs_task_subject");
        return view -> searchable.stream().map(view::get).flatMap(Optional::stream)
                .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(needle));
    }

    private static boolean containsToken(String value, String token) {
        String regex = token.toLowerCase(Locale.ROOT).replace(".", "\\.").replace("*", ".*");
        for (String word : value.toLowerCase(Locale.ROOT).split("[\\s@]+")) {
            if (word.matches(regex)) {
                return true;
            }
        }
        return value.toLowerCase(Locale.ROOT).matches(regex);
    }

    /** Compares a stored value with a filter value by the property's type. */
    static int compare(String type, String stored, String given) {
        switch (type) {
            case "number" -> {
                Optional<BigDecimal> a = number(stored);
                Optional<BigDecimal> b = number(given);
                if (a.isPresent() && b.isPresent()) {
                    return a.get().compareTo(b.get());
                }
            }
            case "datetime", "date" -> {
                var a = PropertyCatalog.parseInstant(stored);
                var b = PropertyCatalog.parseInstant(given);
                if (a.isPresent() && b.isPresent()) {
                    return a.get().compareTo(b.get());
                }
            }
            default -> { }
        }
        return stored.compareToIgnoreCase(given);
    }

    private static Optional<BigDecimal> number(String value) {
        try {
            return Optional.of(new BigDecimal(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Sort sort(JsonNode sorts) {
        if (!sorts.isArray() || sorts.isEmpty()) {
            return new Sort("hs_object_id", false);
        }
        JsonNode first = sorts.get(0);
        if (first.isObject()) {
            return new Sort(first.path("propertyName").asText(), first.path("direction").asText().equals("DESCENDING"));
        }
        String text = first.asText().trim();
        if (text.startsWith("{")) {
            // Generated SDKs pass a sort object serialised into the string the spec declares.
            JsonNode parsed = HubSpotJson.read(text);
            return new Sort(parsed.path("propertyName").asText(), parsed.path("direction").asText().equals("DESCENDING"));
        }
        return text.startsWith("-") ? new Sort(text.substring(1), true) : new Sort(text, false);
    }

    /** A match with its sort key computed once, so sorting 10,000 records parses each value once. */
    private record Keyed(ObjectView view, Optional<Comparable<?>> key) {
    }

    private static Optional<Comparable<?>> sortKey(String type, Optional<String> value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String v = value.get();
        Optional<? extends Comparable<?>> typed = switch (type) {
            case "number" -> number(v);
            case "datetime", "date" -> PropertyCatalog.parseInstant(v);
            default -> Optional.empty();
        };
        return typed.isPresent() ? Optional.of(typed.get()) : Optional.of(v.toLowerCase(Locale.ROOT));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Keyed> comparator(boolean descending) {
        Comparator<Keyed> byValue = (a, b) -> {
            if (a.key().isEmpty() || b.key().isEmpty()) {
                // Records without the property sort last in either direction.
                return a.key().isEmpty() == b.key().isEmpty() ? 0 : a.key().isEmpty() ? 1 : -1;
            }
            Comparable x = a.key().get();
            Comparable y = b.key().get();
            int order = x.getClass() == y.getClass() ? x.compareTo(y) : x.toString().compareTo(y.toString());
            return descending ? -order : order;
        };
        return byValue.thenComparingLong(k -> k.view().id());
    }
}
