package io.mqlsync.hubspot.client;

import io.mqlsync.core.spi.DailyUsage;
import io.mqlsync.core.spi.RateLimitFeedback;
import io.mqlsync.core.spi.RateWindowStatus;
import okhttp3.Interceptor;
import okhttp3.Response;

import java.io.IOException;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Reports HubSpot's {@code X-HubSpot-RateLimit-*} headers to the call policy after every response that
 * carries them (search responses carry none; {@code -Daily} is absent under OAuth). Malformed headers are
 * ignored: they say nothing reliable.
 */
final class RateHeaderInterceptor implements Interceptor {
    private final RateLimitFeedback feedback;

    RateHeaderInterceptor(RateLimitFeedback feedback) {
        this.feedback = feedback;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        window(response);
        daily(response);
        return response;
    }

    private void window(Response response) {
        OptionalLong max = header(response, "X-HubSpot-RateLimit-Max");
        OptionalLong remaining = header(response, "X-HubSpot-RateLimit-Remaining");
        OptionalLong interval = header(response, "X-HubSpot-RateLimit-Interval-Milliseconds");
        if (max.isPresent() && remaining.isPresent() && max.getAsLong() > 0 && max.getAsLong() <= Integer.MAX_VALUE
                && remaining.getAsLong() >= 0 && remaining.getAsLong() <= max.getAsLong()) {
            long window = interval.orElse(10_000);
            if (window > 0) {
                feedback.windowStatus(new RateWindowStatus((int) max.getAsLong(), (int) remaining.getAsLong(),
                        Duration.ofMillis(window)));
            }
        }
    }

    private void daily(Response response) {
        OptionalLong limit = header(response, "X-HubSpot-RateLimit-Daily");
        OptionalLong remaining = header(response, "X-HubSpot-RateLimit-Daily-Remaining");
        if (limit.isPresent() && remaining.isPresent() && limit.getAsLong() > 0 && remaining.getAsLong() >= 0) {
            feedback.dailyUsage(DailyUsage.fromRemaining(remaining.getAsLong(), limit.getAsLong()));
        }
    }

    private static OptionalLong header(Response response, String name) {
        String value = response.header(name);
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
