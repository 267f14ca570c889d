package org.alephdeploy.ccn;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * A network interceptor that lets a request follow redirects only within the origin it was sent
 * to (same scheme, host and port): a redirect elsewhere, https→http included, fails the call with
 * {@link Refused}. The origin is the request's {@link HttpUrl} tag, set by {@link Transport}.
 */
final class SameOriginRedirects implements Interceptor {
    /** A redirect left the request's origin. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        HttpUrl origin = chain.request().tag(HttpUrl.class);
        HttpUrl now = chain.request().url();
        if (origin != null && !(origin.scheme().equals(now.scheme()) && origin.host().equals(now.host())
                && origin.port() == now.port())) {
            throw new Refused("a redirect from " + origin.scheme() + "://" + origin.host() + ":" + origin.port() + " to "
                    + now.scheme() + "://" + now.host() + ":" + now.port() + " (only redirects within the same origin are followed)");
        }
        return chain.proceed(chain.request());
    }
}
