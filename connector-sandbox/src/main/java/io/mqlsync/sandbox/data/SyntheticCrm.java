package io.mqlsync.sandbox.data;

import static io.mqlsync.sandbox.data.Vocabulary.pick;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seeded, CRM-neutral population: leads, their engagement, the sales team and how sales would treat
 * each lead. Nothing per lead is stored: every record is derived from (seed, index) when asked for, so
 * a million leads cost the same memory as ten, and the same seed always gives the same data.
 * Thread-safe.
 *
 * <pre>{@code
 * SyntheticCrm crm = new SyntheticCrm(SyntheticCrm.Spec.of(42, 10_000));
 * SyntheticLead lead = crm.lead(17);
 * List<SyntheticEvent> events = crm.events(17);
 * }</pre>
 */
public final class SyntheticCrm {

    /** The default anchor: generated histories end here unless a spec says otherwise. */
    public static final Instant DEFAULT_ANCHOR = Instant.parse("2026-11-20T12:00:00Z");

    /**
     * What to generate.
     *
     * @param seed     the seed; same seed, same data
     * @param contacts how many leads, at least 0
     * @param owners   how many sales people (one queue is added), at least 1
     * @param anchor   the "now" that histories end at
     */
    public record Spec(long seed, int contacts, int owners, Instant anchor) {
        public Spec {
            if (contacts < 0) {
                throw new IllegalArgumentException("contacts must be at least 0, was " + contacts);
            }
            if (owners < 1) {
                throw new IllegalArgumentException("owners must be at least 1, was " + owners);
            }
            Objects.requireNonNull(anchor, "anchor");
        }

        /** A spec with 12 sales people and the default anchor. */
        public static Spec of(long seed, int contacts) {
            return new Spec(seed, contacts, 12, DEFAULT_ANCHOR);
        }
    }

    private static final List<String> REASONS = List.of(
            "poor_fit", "no_budget", "no_authority", "timing", "no_intent", "unresponsive", "chose_competitor",
            "student_researcher", "competitor", "duplicate");

    private static final Pattern GENERATED_EMAIL =
            Pattern.compile("[a-z]+\\.[a-z]+(\\d+)@.+");

    private final Spec spec;
    private final List<SyntheticOwner> owners;
    private final List<SyntheticForm> forms;
    private final LeadGenerator leads;
    private final EngagementGenerator engagement;
    private final DealGenerator deals;

    /** Builds the population's fixed parts (owners, forms); leads are produced on demand. */
    public SyntheticCrm(Spec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.owners = generateOwners(spec);
        this.forms = generateForms(spec.seed());
        List<SyntheticOwner> assignable = owners.stream().filter(o -> o.kind() == OwnerKind.PERSON).toList();
        this.leads = new LeadGenerator(spec.seed(), spec.anchor(), assignable);
        this.engagement = new EngagementGenerator(spec.seed(), spec.anchor(), forms);
        this.deals = new DealGenerator(spec.seed(), spec.anchor());
    }

    /** What this population was generated from. */
    public Spec spec() {
        return spec;
    }

    /** How many leads there are; valid indexes are 0 to this minus 1. */
    public int contactCount() {
        return spec.contacts();
    }

    /** The lead at {@code index}. */
    public SyntheticLead lead(int index) {
        return leads.lead(checkIndex(index));
    }

    /** When the lead at {@code index} was created; as {@code lead(index).createdAt()}, but cheap. */
    public Instant createdAt(int index) {
        return leads.createdAt(checkIndex(index));
    }

    /** The lead's engagement history, oldest first. */
    public List<SyntheticEvent> events(int index) {
        return engagement.events(lead(index));
    }

    /**
     * The lead a generated email address belongs to, found without scanning: generated addresses
     * carry their lead's index. Empty for junk addresses and addresses this population did not generate.
     */
    public OptionalInt indexOfEmail(String email) {
        Matcher matcher = GENERATED_EMAIL.matcher(email.toLowerCase(Locale.ROOT));
        if (!matcher.matches() || matcher.group(1).length() > 9) {
            return OptionalInt.empty();
        }
        int index = Integer.parseInt(matcher.group(1));
        if (index >= spec.contacts()) {
            return OptionalInt.empty();
        }
        return lead(index).field(SyntheticLead.EMAIL).filter(email::equalsIgnoreCase).isPresent()
                ? OptionalInt.of(index) : OptionalInt.empty();
    }

    /**
     * The deals of the lead, by ordinal: some leads at lifecycle stage {@code salesqualifiedlead},
     * {@code opportunity} or {@code customer} have one or two (open, won or lost); other leads none.
     */
    public List<SyntheticDeal> deals(int index) {
        return deals.deals(lead(index));
    }

    /** The most deals {@link #deals} gives one lead. */
    public static int maxDealsPerLead() {
        return DealGenerator.MAX_PER_LEAD;
    }

    /** How sales would treat the lead once it is handed over. */
    public SyntheticDisposition disposition(int index) {
        SplittableRandom random = IndexedRandom.of(spec.seed(), checkIndex(index), IndexedRandom.DISPOSITION);
        int roll = random.nextInt(100);
        Duration after = Duration.ofMinutes(5 + random.nextInt(60 * 72));
        if (roll < 45) {
            return new SyntheticDisposition(DispositionKind.ACCEPTED, Optional.empty(), after);
        }
        if (roll < 80) {
            return new SyntheticDisposition(DispositionKind.REJECTED, Optional.of(pick(random, REASONS)), after);
        }
        return new SyntheticDisposition(DispositionKind.NO_RESPONSE, Optional.empty(), after);
    }

    /** The sales team: people (the last two inactive) followed by one queue. Immutable. */
    public List<SyntheticOwner> owners() {
        return owners;
    }

    /** The marketing forms. Immutable. */
    public List<SyntheticForm> forms() {
        return forms;
    }

    private int checkIndex(int index) {
        if (index < 0 || index >= spec.contacts()) {
            throw new IndexOutOfBoundsException("no lead " + index + " in a population of " + spec.contacts());
        }
        return index;
    }

    private static List<SyntheticOwner> generateOwners(Spec spec) {
        SplittableRandom random = IndexedRandom.of(spec.seed(), 0, IndexedRandom.OWNERS);
        List<SyntheticOwner> result = new ArrayList<>();
        for (int i = 0; i < spec.owners(); i++) {
            String first = pick(random, Vocabulary.FIRST_NAMES);
            String last = pick(random, Vocabulary.LAST_NAMES);
            String email = ascii(first) + "." + ascii(last) + i + "@" + Vocabulary.SALES_DOMAIN;
            // A couple of reps have left: they still own records but must not get new ones.
            boolean active = spec.owners() < 4 || i < spec.owners() - 2;
            result.add(new SyntheticOwner(i, first, last, email, OwnerKind.PERSON, active,
                    Vocabulary.TEAMS.get(i % Vocabulary.TEAMS.size())));
        }
        result.add(new SyntheticOwner(spec.owners(), "Inbound Queue", "", "inbound-queue@" + Vocabulary.SALES_DOMAIN,
                OwnerKind.QUEUE, true, Vocabulary.TEAMS.get(0)));
        return List.copyOf(result);
    }

    private static List<SyntheticForm> generateForms(long seed) {
        SplittableRandom random = IndexedRandom.of(seed, 0, IndexedRandom.FORMS);
        record Def(String name, FormPurpose purpose, String path) { }
        List<Def> defs = List.of(
                new Def("Request a demo", FormPurpose.DEMO_REQUEST, "/demo"),
                new Def("Contact sales", FormPurpose.CONTACT_US, "/contact"),
                new Def("Webinar registration", FormPurpose.WEBINAR_REGISTRATION, "/webinars"),
                new Def("Ebook download", FormPurpose.CONTENT_DOWNLOAD, "/resources/mql-playbook"),
                new Def("Newsletter signup", FormPurpose.NEWSLETTER, "/blog"));
        List<SyntheticForm> result = new ArrayList<>();
        for (Def def : defs) {
            String id = new UUID(random.nextLong(), random.nextLong()).toString();
            result.add(new SyntheticForm(id, def.name(), def.purpose(), Vocabulary.SITE + def.path()));
        }
        return List.copyOf(result);
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}
