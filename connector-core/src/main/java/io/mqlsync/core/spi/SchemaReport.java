package io.mqlsync.core.spi;

import java.util.List;
import java.util.Objects;

/** What the CRM's schema holds of {@link SchemaRequirements}, item by item: printed by {@code setup} and {@code validate --online}. */
public record SchemaReport(List<Item> items) {
    public SchemaReport {
        items = List.copyOf(items);
    }

    /** Whether nothing is missing or wrong. */
    public boolean isComplete() {
        return items.stream().allMatch(i -> i.state() == State.PRESENT || i.state() == State.CREATED);
    }

    /**
     * @param name   the CRM's name of the property, field or option
     * @param state  what was found or done
     * @param detail what is wrong or what to do, for a person; empty when there is nothing to say
     */
    public record Item(String name, State state, String detail) {
        public Item {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** The state of one required schema item. */
    public enum State {
        PRESENT,
        CREATED,
        MISSING,
        WRONG
    }
}
