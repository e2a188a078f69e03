package io.mqlsync.sandbox.data;

import static io.mqlsync.sandbox.data.Vocabulary.pick;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/** Produces the lead at any index from the seed alone. Stateless after construction; thread-safe. */
final class LeadGenerator {

    private static final Duration HISTORY = Duration.ofDays(730);

    private final long seed;
    private final Instant anchor;
    private final List<SyntheticOwner> owners;

    LeadGenerator(long seed, Instant anchor, List<SyntheticOwner> owners) {
        this.seed = seed;
        this.anchor = anchor;
        this.owners = List.copyOf(owners);
    }

    SyntheticLead lead(int index) {
        SplittableRandom random = IndexedRandom.of(seed, index, IndexedRandom.LEAD);
        Map<String, String> fields = new HashMap<>();
        String first = pick(random, Vocabulary.FIRST_NAMES);
        String last = pick(random, Vocabulary.LAST_NAMES);
        fields.put(SyntheticLead.FIRST_NAME, first);
        if (random.nextInt(100) >= 4) {
            fields.put(SyntheticLead.LAST_NAME, last);
        }
        String company = companyName(random);
        String companyDomain = domainOf(company, random);
        putEmail(fields, random, first, last, index, companyDomain);
        putMaybe(fields, SyntheticLead.COMPANY, company, random, 90);
        putTitle(fields, random);
        putMaybe(fields, SyntheticLead.INDUSTRY, pick(random, Vocabulary.INDUSTRIES), random, 80);
        putSize(fields, random);
        putPlace(fields, random);
        fields.put(SyntheticLead.LEAD_SOURCE, pick(random, Vocabulary.SOURCES));
        putUtm(fields, random);
        fields.put(SyntheticLead.LIFECYCLE_STAGE, stage(random));
        putStatusAndOwner(fields, random);
        return new SyntheticLead(index, fields, createdAt(index));
    }

    private static String companyName(SplittableRandom random) {
        String suffix = pick(random, Vocabulary.COMPANY_SUFFIXES);
        String name = pick(random, Vocabulary.COMPANY_HEADS) + " " + pick(random, Vocabulary.COMPANY_TAILS);
        return suffix.isEmpty() ? name : name + " " + suffix;
    }

    private static String domainOf(String company, SplittableRandom random) {
        String words = Normalizer.normalize(company, Normalizer.Form.NFD).toLowerCase(Locale.ROOT)
                .replaceAll("\\b(inc|llc|ltd|gmbh|corp|bv)\\b", "").replaceAll("[^a-z]", "");
        String[] tlds = {".com", ".com", ".com", ".io", ".co", ".de", ".co.uk"};
        return words + tlds[random.nextInt(tlds.length)];
    }

    private static void putEmail(Map<String, String> fields, SplittableRandom random, String first, String last,
                                 int index, String companyDomain) {
        int roll = random.nextInt(100);
        String local = ascii(first) + "." + ascii(last);
        // The index keeps addresses unique across a million records, as a CRM requires of email.
        String unique = local + index;
        if (roll < 3) {
            return;
        }
        String email;
        if (roll < 70) {
            email = unique + "@" + companyDomain;
        } else if (roll < 86) {
            email = unique + "@" + pick(random, Vocabulary.FREEMAIL);
        } else if (roll < 92) {
            email = unique + "@" + pick(random, Vocabulary.EDU);
        } else if (roll < 96) {
            email = unique + "@" + pick(random, Vocabulary.COMPETITORS);
        } else {
            email = pick(random, Vocabulary.GARBAGE_EMAILS);
        }
        fields.put(SyntheticLead.EMAIL, email);
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }

    private static void putTitle(Map<String, String> fields, SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 12) {
            return;
        }
        String title = roll < 17 ? pick(random, Vocabulary.GARBAGE_TITLES) : pick(random, Vocabulary.TITLES);
        fields.put(SyntheticLead.JOB_TITLE, title);
    }

    private static void putSize(Map<String, String> fields, SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 20) {
            return;
        }
        if (roll < 23) {
            fields.put(SyntheticLead.EMPLOYEES, random.nextBoolean() ? "n/a" : "lots");
            return;
        }
        // Company sizes are roughly log-uniform: as many 10-person firms as 10,000-person ones per decade.
        int employees = (int) Math.round(Math.pow(10, random.nextDouble(0, 4.7)));
        fields.put(SyntheticLead.EMPLOYEES, String.valueOf(employees));
        if (random.nextInt(100) < 60) {
            long revenue = employees * (long) random.nextInt(80_000, 320_000);
            fields.put(SyntheticLead.ANNUAL_REVENUE, String.valueOf(revenue));
        }
    }

    private static void putPlace(Map<String, String> fields, SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 10) {
            return;
        }
        String country = roll < 15 ? pick(random, Vocabulary.MESSY_COUNTRIES) : pick(random, Vocabulary.COUNTRIES);
        fields.put(SyntheticLead.COUNTRY, country);
        if (country.equals("United States") && random.nextInt(100) < 80) {
            fields.put(SyntheticLead.STATE, pick(random, Vocabulary.US_STATES));
        }
        putMaybe(fields, SyntheticLead.CITY, pick(random, Vocabulary.CITIES), random, 60);
    }

    private static void putUtm(Map<String, String> fields, SplittableRandom random) {
        if (random.nextInt(100) < 40) {
            return;
        }
        fields.put(SyntheticLead.UTM_SOURCE, pick(random, Vocabulary.UTM_SOURCES));
        fields.put(SyntheticLead.UTM_MEDIUM, pick(random, Vocabulary.UTM_MEDIUMS));
        putMaybe(fields, SyntheticLead.UTM_CAMPAIGN, pick(random, Vocabulary.UTM_CAMPAIGNS), random, 85);
        putMaybe(fields, SyntheticLead.UTM_TERM, pick(random, Vocabulary.UTM_TERMS), random, 30);
        putMaybe(fields, SyntheticLead.UTM_CONTENT, pick(random, Vocabulary.UTM_CONTENTS), random, 40);
        String page = random.nextInt(100) < 30 ? pick(random, Vocabulary.PRICING_PAGES)
                : pick(random, Vocabulary.CONTENT_PAGES);
        fields.put(SyntheticLead.LANDING_PAGE, Vocabulary.SITE + page);
    }

    private static String stage(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 18) {
            return "subscriber";
        }
        if (roll < 88) {
            return "lead";
        }
        if (roll < 92) {
            return "marketingqualifiedlead";
        }
        if (roll < 95) {
            return "salesqualifiedlead";
        }
        return roll < 98 ? "opportunity" : "customer";
    }

    private void putStatusAndOwner(Map<String, String> fields, SplittableRandom random) {
        String stage = fields.get(SyntheticLead.LIFECYCLE_STAGE);
        boolean worked = !stage.equals("subscriber") && !stage.equals("lead");
        if (worked || random.nextInt(100) < 25) {
            List<String> statuses = List.of("NEW", "OPEN", "IN_PROGRESS", "ATTEMPTED_TO_CONTACT", "CONNECTED",
                    "UNQUALIFIED", "BAD_TIMING");
            fields.put(SyntheticLead.LEAD_STATUS, statuses.get(random.nextInt(statuses.size())));
        }
        if (!owners.isEmpty() && (worked || random.nextInt(100) < 30)) {
            SyntheticOwner owner = owners.get(random.nextInt(owners.size()));
            fields.put(SyntheticLead.OWNER, String.valueOf(owner.ordinal()));
        }
    }

    /** Its own stream, so the creation time is known without generating the rest of the lead. */
    Instant createdAt(int index) {
        SplittableRandom random = IndexedRandom.of(seed, index, IndexedRandom.CREATED);
        // Squaring skews creation towards the recent past, like a growing database.
        double age = Math.pow(random.nextDouble(), 2);
        return anchor.minusSeconds((long) (age * HISTORY.toSeconds()) + 60);
    }

    private static void putMaybe(Map<String, String> fields, String name, String value, SplittableRandom random,
                                 int percent) {
        if (random.nextInt(100) < percent) {
            fields.put(name, value);
        }
    }
}
