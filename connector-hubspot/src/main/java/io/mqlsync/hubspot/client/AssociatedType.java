package io.mqlsync.hubspot.client;

/**
 * An object type HubSpot associates with contacts and this adapter reads through them, with the path segment
 * its APIs use and the private-app scope that reading it takes (HubSpot's meetings guide lists the contact
 * scopes for meetings, which are activities of the contact).
 */
public enum AssociatedType {
    DEALS("deals", "crm.objects.deals.read"),
    MEETINGS("meetings", "crm.objects.contacts.read");

    private final String path;
    private final String scope;

    AssociatedType(String path, String scope) {
        this.path = path;
        this.scope = scope;
    }

    /** The segment in {@code /crm/v3/objects/{path}} and {@code /crm/v4/associations/contacts/{path}}. */
    public String path() {
        return path;
    }

    /** The scope an app needs to read these objects. */
    public String scope() {
        return scope;
    }
}
