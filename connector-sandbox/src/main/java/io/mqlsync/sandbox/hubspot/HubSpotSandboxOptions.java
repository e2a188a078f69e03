package io.mqlsync.sandbox.hubspot;

import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.data.SyntheticCrm;
import io.mqlsync.sandbox.journal.Journal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * How to start a {@link HubSpotSandbox}. Immutable; build with {@link #builder()}, every setting has a
 * default.
 */
public final class HubSpotSandboxOptions {

    private final int port;
    private final int contacts;
    private final long seed;
    private final int owners;
    private final Instant anchor;
    private final Supplier<AdjustableClock> clock;
    private final Duration searchLag;
    private final RateLimits rateLimits;
    private final Optional<String> token;
    private final int portalId;
    private final Supplier<HubSpotSpecs> specs;
    private final int journalCapacity;

    private HubSpotSandboxOptions(Builder b) {
        this.port = b.port;
        this.contacts = b.contacts;
        this.seed = b.seed;
        this.owners = b.owners;
        this.anchor = b.anchor;
        this.clock = b.clock;
        this.searchLag = b.searchLag;
        this.rateLimits = b.rateLimits;
        this.token = b.token;
        this.portalId = b.portalId;
        this.specs = b.specs;
        this.journalCapacity = b.journalCapacity;
    }

    /** A builder with every default. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.port = port;
        b.contacts = contacts;
        b.seed = seed;
        b.owners = owners;
        b.anchor = anchor;
        b.clock = clock;
        b.searchLag = searchLag;
        b.rateLimits = rateLimits;
        b.token = token;
        b.portalId = portalId;
        b.specs = specs;
        b.journalCapacity = journalCapacity;
        return b;
    }

    int port() {
        return port;
    }

    SyntheticCrm.Spec dataSpec() {
        return new SyntheticCrm.Spec(seed, contacts, owners, anchor);
    }

    AdjustableClock newClock() {
        return clock.get();
    }

    Duration searchLag() {
        return searchLag;
    }

    RateLimits rateLimits() {
        return rateLimits;
    }

    /** The token clients must send; derived from the seed unless set. */
    String token() {
        return token.orElseGet(() -> "pat-na1-" + new UUID(seed, ~seed));
    }

    int portalId() {
        return portalId;
    }

    HubSpotSpecs specs() {
        return specs.get();
    }

    int journalCapacity() {
        return journalCapacity;
    }

    /** Sets the options; each setter checks its argument and documents its default. */
    public static final class Builder {
        private int port;
        private int contacts = 1_000;
        private long seed = 42;
        private int owners = 12;
        private Instant anchor = SyntheticCrm.DEFAULT_ANCHOR;
        private Supplier<AdjustableClock> clock = AdjustableClock::system;
        private Duration searchLag = Duration.ofSeconds(2);
        private RateLimits rateLimits = RateLimits.STARTER;
        private Optional<String> token = Optional.empty();
        private int portalId = 424_242;
        private Supplier<HubSpotSpecs> specs = HubSpotSpecs::locate;
        private int journalCapacity = Journal.DEFAULT_WRITE_CAPACITY;

        private Builder() {
        }

        /** The loopback port; default 0, any free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /** How many generated contacts the portal starts with; default 1,000. */
        public Builder contacts(int contacts) {
            if (contacts < 0) {
                throw new IllegalArgumentException("contacts must be at least 0, was " + contacts);
            }
            this.contacts = contacts;
            return this;
        }

        /** The data seed; default 42. Same seed, same portal. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** How many sales people (plus one queue); default 12, the last two archived. */
        public Builder owners(int owners) {
            if (owners < 1) {
                throw new IllegalArgumentException("owners must be at least 1, was " + owners);
            }
            this.owners = owners;
            return this;
        }

        /** The instant generated histories end at; default {@link SyntheticCrm#DEFAULT_ANCHOR}. */
        public Builder anchor(Instant anchor) {
            this.anchor = Objects.requireNonNull(anchor, "anchor");
            return this;
        }

        /** The portal's clock; default a clock that follows the system clock. */
        public Builder clock(AdjustableClock clock) {
            Objects.requireNonNull(clock, "clock");
            this.clock = () -> clock;
            return this;
        }

        /** How long a write takes to become searchable; default 2 s (HubSpot: "seconds"). */
        public Builder searchLag(Duration searchLag) {
            if (searchLag.isNegative()) {
                throw new IllegalArgumentException("searchLag must not be negative, was " + searchLag);
            }
            this.searchLag = searchLag;
            return this;
        }

        /** The portal's limits; default {@link RateLimits#STARTER}. */
        public Builder rateLimits(RateLimits rateLimits) {
            this.rateLimits = Objects.requireNonNull(rateLimits, "rateLimits");
            return this;
        }

        /** The private-app token clients must send; default derived from the seed. */
        public Builder token(String token) {
            if (token.isBlank()) {
                throw new IllegalArgumentException("token must not be blank");
            }
            this.token = Optional.of(token);
            return this;
        }

        /** The portal id in bodies; default 424242. */
        public Builder portalId(int portalId) {
            this.portalId = portalId;
            return this;
        }

        /** The OpenAPI files to validate against; default {@link HubSpotSpecs#locate()}. */
        public Builder specs(HubSpotSpecs specs) {
            Objects.requireNonNull(specs, "specs");
            this.specs = () -> specs;
            return this;
        }

        /** How many writes the journal keeps; default {@link Journal#DEFAULT_WRITE_CAPACITY}. */
        public Builder journalCapacity(int journalCapacity) {
            if (journalCapacity < 0) {
                throw new IllegalArgumentException("journalCapacity must be at least 0, was " + journalCapacity);
            }
            this.journalCapacity = journalCapacity;
            return this;
        }

        /** The options as set. */
        public HubSpotSandboxOptions build() {
            return new HubSpotSandboxOptions(this);
        }
    }
}
