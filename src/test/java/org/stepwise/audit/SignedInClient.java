package org.stepwise.audit;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A member of staff signed in to a real server over HTTP, with a session cookie, as a browser would be. */
final class SignedInClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    private SignedInClient(int port) {
        this.base = "http://localhost:" + port;
    }

    static SignedInClient signIn(int port, String username, String password) throws IOException, InterruptedException {
        SignedInClient client = new SignedInClient(port);
        Matcher token = CSRF.matcher(client.get("/sign-in").body());
        if (!token.find()) {
            throw new IllegalStateException("The sign-in page has no CSRF token");
        }
        HttpResponse<String> signedIn = client.post("/sign-in", "username=" + encode(username) + "&password="
                + encode(password) + "&_csrf=" + encode(token.group(1)));
        if (!signedIn.headers().firstValue("Location").orElse("").endsWith("/")) {
            throw new IllegalStateException("Could not sign in as " + username);
        }
        return client;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form exactly as given: a test leaves the CSRF token out to see the refusal. */
    HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        // Sent from the client, so never to be believed while no trusted proxy is configured.
        return HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", "203.0.113.66");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
