package io.mqlsync.sandbox.hubspot;

/**
 * Why a property value was refused, in HubSpot's terms.
 *
 * @param name    the property
 * @param error   HubSpot's code: {@code PROPERTY_DOESNT_EXIST}, {@code INVALID_OPTION}, {@code INVALID_INTEGER}, ...
 * @param message HubSpot's wording
 */
record PropertyProblem(String name, String error, String message) {
}
