package io.mqlsync.core.spi;

/**
 * Receives what the CRM says about its limits, so the call policy slows down before the CRM answers 429
 * and stops at this instance's share of the daily budget. Adapters call it after each response that
 * carries the information (an OkHttp interceptor, a SOAP header reader); responses without it are simply
 * not reported. Thread-safe; cheap enough to call on every response.
 */
public interface RateLimitFeedback {
    /**
     * The CRM's rolling request window as of this response, such as HubSpot's
     * {@code X-HubSpot-RateLimit-Max}, {@code -Remaining} and {@code -Interval-Milliseconds}.
     */
    void windowStatus(RateWindowStatus status);

    /**
     * The CRM's daily request count and allowance as of this response, such as Salesforce's
     * {@code LimitInfoHeader} ({@code API REQUESTS} current/limit) or HubSpot's {@code -Daily} and
     * {@code -Daily-Remaining}.
     */
    void dailyUsage(DailyUsage usage);
}
