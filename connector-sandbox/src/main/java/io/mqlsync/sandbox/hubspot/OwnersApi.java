package io.mqlsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqlsync.sandbox.data.OwnerKind;
import io.mqlsync.sandbox.data.SyntheticOwner;
import java.time.Instant;
import java.util.List;

/**
 * The owners API ({@code /crm/v3/owners}): people and queues, archived ones hidden unless asked for,
 * filter by email, paging with {@code after}. Immutable, so thread-safe.
 */
final class OwnersApi {

    /** HubSpot owner ids are large integers; ours are this plus the roster ordinal. */
    static final long ID_BASE = 77_000_100L;

    private final List<SyntheticOwner> owners;
    private final Instant created;

    OwnersApi(List<SyntheticOwner> owners, Instant created) {
        this.owners = List.copyOf(owners);
        this.created = created;
    }

    static String idOf(int ordinal) {
        return String.valueOf(ID_BASE + ordinal);
    }

    List<SyntheticOwner> owners() {
        return owners;
    }

    ApiResponse list(ApiRequest request) {
        boolean archived = request.param("archived").map(Boolean::parseBoolean).orElse(false);
        int limit = request.intParam("limit", 100);
        if (limit < 1 || limit > 500) {
            throw HubSpotApiException.badRequest("limit must be between 1 and 500");
        }
        int after = request.intParam("after", 0);
        List<SyntheticOwner> selected = owners.stream()
                .filter(o -> o.active() != archived)
                .filter(o -> request.param("email").map(e -> e.equalsIgnoreCase(o.email())).orElse(true))
                .filter(o -> o.ordinal() >= after)
                .toList();
        ObjectNode body = HubSpotJson.object();
        ArrayNode results = body.putArray("results");
        selected.stream().limit(limit).forEach(o -> results.add(toJson(o)));
        if (selected.size() > limit) {
            String next = String.valueOf(selected.get(limit).ordinal());
            body.putObject("paging").putObject("next").put("after", next)
                    .put("link", "/crm/v3/owners?after=" + next);
        }
        return ApiResponse.ok(body);
    }

    ApiResponse get(ApiRequest request) {
        boolean archived = request.param("archived").map(Boolean::parseBoolean).orElse(false);
        String id = request.pathParam(0);
        return owners.stream()
                .filter(o -> idOf(o.ordinal()).equals(id) && (o.active() || archived))
                .findFirst().map(o -> ApiResponse.ok(toJson(o)))
                .orElseThrow(HubSpotApiException::notFound);
    }

    private ObjectNode toJson(SyntheticOwner owner) {
        ObjectNode json = HubSpotJson.object();
        json.put("id", idOf(owner.ordinal()));
        json.put("email", owner.email());
        json.put("type", owner.kind().name());
        json.put("firstName", owner.firstName());
        json.put("lastName", owner.lastName());
        if (owner.kind() == OwnerKind.PERSON) {
            json.put("userId", 9_100_000 + owner.ordinal());
            json.put("userIdIncludingInactive", 9_100_000 + owner.ordinal());
        }
        json.put("createdAt", HubSpotJson.timestamp(created));
        json.put("updatedAt", HubSpotJson.timestamp(created));
        json.put("archived", !owner.active());
        ArrayNode teams = json.putArray("teams");
        teams.addObject().put("id", String.valueOf(Math.abs(owner.team().hashCode()))).put("name", owner.team())
                .put("primary", true);
        return json;
    }
}
