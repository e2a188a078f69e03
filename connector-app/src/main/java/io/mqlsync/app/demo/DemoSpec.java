package io.mqlsync.app.demo;

/**
 * What the demo's fake CRM holds.
 *
 * @param contacts how many generated leads (contacts in HubSpot), at least 1
 * @param seed     the seed of the generated data: the same seed gives the same CRM
 */
public record DemoSpec(int contacts, long seed) {
    public DemoSpec {
        if (contacts < 1) {
            throw new IllegalArgumentException("contacts must be at least 1, was " + contacts);
        }
    }
}
