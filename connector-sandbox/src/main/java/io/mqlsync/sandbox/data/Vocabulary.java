package io.mqlsync.sandbox.data;

import java.util.List;
import java.util.SplittableRandom;

/** The word lists synthetic data is drawn from. Immutable. */
final class Vocabulary {

    static final List<String> FIRST_NAMES = List.of(
            "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
            "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Carlos", "Karen",
            "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Sandra", "Mark", "Ashley", "Priya", "Emily",
            "Wei", "Mei", "Hiroshi", "Yuki", "Lars", "Ingrid", "Pierre", "Amélie", "Jürgen", "Sofia",
            "Mateo", "Lucía", "Arjun", "Ananya", "Olu", "Amara", "Sean", "Aoife", "Noah", "Zoë");
    static final List<String> LAST_NAMES = List.of(
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
            "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
            "Lee", "Perez", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Patel", "Sharma",
            "Chen", "Wang", "Tanaka", "Sato", "Nilsson", "Larsen", "Dubois", "Moreau", "Müller", "Schmidt",
            "Rossi", "Bianchi", "O'Brien", "Murphy", "Okafor", "Mensah", "Kowalski", "Nowak", "van Dijk", "de Vries");

    /** Weighted job titles: executives, managers, practitioners, students, and junk people type into forms. */
    static final List<String> TITLES = List.of(
            "CEO", "Chief Marketing Officer", "VP Marketing", "VP of Sales", "Vice President, Revenue Operations",
            "Head of Growth", "Director of Marketing", "Director, Demand Generation", "Sales Director",
            "Marketing Manager", "Marketing Operations Manager", "RevOps Manager", "Product Manager",
            "Sales Manager", "Account Executive", "Sales Development Representative", "Marketing Specialist",
            "Content Marketer", "Software Engineer", "Data Analyst", "Consultant", "Founder", "Owner",
            "Office Manager", "Student", "PhD Candidate", "Intern", "Teacher", "Freelancer", "Retired");
    static final List<String> GARBAGE_TITLES = List.of("asdf", "-", "n/a", "x", "test", "???", "me", "1234");

    static final List<String> INDUSTRIES = List.of(
            "Computer Software", "Information Technology and Services", "Financial Services", "Marketing and Advertising",
            "Hospital & Health Care", "Retail", "Manufacturing", "Higher Education", "Telecommunications",
            "Internet", "Insurance", "Real Estate", "Logistics and Supply Chain", "Government Administration",
            "Nonprofit Organization Management", "Construction", "Automotive", "Management Consulting");

    static final List<String> COMPANY_HEADS = List.of(
            "Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli", "Vandelay", "Soylent", "Tyrell",
            "Cyberdyne", "Nakatomi", "Wonka", "Aperture", "Black Mesa", "Gringotts", "Oscorp", "Pied Piper",
            "Massive", "Dunder", "Blue Sun", "Monarch", "Nimbus", "Quantum", "Vertex", "Northwind", "Contoso",
            "Fabrikam", "Tailspin", "Litware", "Proseware", "Adatum", "Lucerne", "Woodgrove", "Bluefin", "Redwood");
    static final List<String> COMPANY_TAILS = List.of(
            "Labs", "Systems", "Analytics", "Logistics", "Health", "Capital", "Robotics", "Foods", "Media",
            "Software", "Networks", "Energy", "Retail", "Partners", "Group", "Dynamics", "Cloud", "Works");
    static final List<String> COMPANY_SUFFIXES = List.of("Inc.", "LLC", "Ltd", "GmbH", "", "", "Corp.", "BV");

    static final List<String> FREEMAIL = List.of(
            "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "gmx.de",
            "proton.me", "web.de", "yahoo.co.uk", "qq.com", "mail.ru");
    static final List<String> EDU = List.of(
            "stanford.edu", "mit.edu", "berkeley.edu", "umich.edu", "nyu.edu", "utexas.edu", "ox.ac.uk", "tum.de");
    /** Domains of the vendor's competitors, matching the default model's {@code competitors} list. */
    static final List<String> COMPETITORS = List.of("rivalcrm.com", "competitorsoft.io", "leadgenius.example");
    static final List<String> GARBAGE_EMAILS = List.of(
            "test@test", "asdf", "noemail@", "@gmail.com", "a@b.c", "na", "none@none.none");

    /** Countries as people write them: mostly ISO names, sometimes not. */
    static final List<String> COUNTRIES = List.of(
            "United States", "United States", "United States", "United States", "Canada", "United Kingdom",
            "Germany", "France", "Netherlands", "Australia", "India", "Brazil", "Spain", "Japan", "Sweden");
    static final List<String> MESSY_COUNTRIES = List.of("USA", "U.S.A.", "us", "UK", "Deutschland", "england", "??");
    static final List<String> US_STATES = List.of("CA", "NY", "TX", "MA", "WA", "IL", "FL", "CO", "GA", "NC");
    static final List<String> CITIES = List.of(
            "San Francisco", "New York", "Austin", "Boston", "Seattle", "Chicago", "Miami", "Denver", "Atlanta",
            "Toronto", "London", "Berlin", "Paris", "Amsterdam", "Sydney", "Bangalore", "São Paulo", "Madrid");

    /** HubSpot-style original-source codes; a CRM-neutral "lead source". */
    static final List<String> SOURCES = List.of(
            "ORGANIC_SEARCH", "PAID_SEARCH", "EMAIL_MARKETING", "SOCIAL_MEDIA", "REFERRALS", "OTHER_CAMPAIGNS",
            "DIRECT_TRAFFIC", "OFFLINE", "PAID_SOCIAL");
    static final List<String> UTM_SOURCES = List.of(
            "google", "linkedin", "facebook", "bing", "newsletter", "g2", "capterra", "partner-acme", "twitter");
    static final List<String> UTM_MEDIUMS = List.of("cpc", "paid_social", "email", "organic", "referral", "display");
    static final List<String> UTM_CAMPAIGNS = List.of(
            "q4-demand-gen", "brand-always-on", "webinar-revops-2026", "retargeting", "ebook-mql-playbook",
            "competitor-switch", "product-launch-2026");
    static final List<String> UTM_TERMS = List.of("lead scoring", "mql software", "hubspot scoring", "crm automation");
    static final List<String> UTM_CONTENTS = List.of("hero-cta", "sidebar", "footer", "carousel-2", "text-ad-a");

    static final String SITE = "https://www.mqlsync-demo.example";
    static final List<String> CONTENT_PAGES = List.of(
            "/", "/blog/lead-scoring-101", "/blog/mql-vs-sql", "/features", "/integrations/hubspot",
            "/customers", "/about", "/careers", "/docs/getting-started", "/blog/revops-metrics");
    static final List<String> PRICING_PAGES = List.of("/pricing", "/pricing/enterprise", "/pricing/compare");
    static final List<String> WEBINARS = List.of(
            "RevOps Roundtable: Scoring that Sales Trusts", "From MQL to Revenue in 30 Days", "Lead Routing Live");
    static final List<String> ASSETS = List.of(
            "The MQL Playbook (ebook)", "Lead Scoring Template (xlsx)", "RevOps Benchmark Report 2026");
    static final List<String> EMAIL_CAMPAIGNS = List.of(
            "Monthly Newsletter", "Webinar Invite", "Product Update", "Nurture 1: Why Scoring",
            "Nurture 2: Case Study", "Nurture 3: Book a Demo");

    static final List<String> TEAMS = List.of("North America", "EMEA", "APAC");
    static final String SALES_DOMAIN = "mqlsync-demo.example";

    private Vocabulary() {
    }

    static String pick(SplittableRandom random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
