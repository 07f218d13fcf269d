package scot.pmo.publish.serve;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Keeps the edit server's writes to its own pages. Another website open in the same browser can
 * send a request to 127.0.0.1, and a page served from a name that resolves there (DNS rebinding)
 * can even read the answer: so every request must name this server as its host, and every write
 * must come from this server's own origin and carry the random token of this run, which only its
 * own pages hold.
 */
final class EditGuard {

  private final String token;

  EditGuard() {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  /** The token of this run, for the forms of its pages. */
  String token() {
    return token;
  }

  /** Why a request may not be served at all, or empty: it must name this server as its host. */
  Optional<String> refusedHost(HttpExchange exchange, int port) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null || !(host.equals("127.0.0.1:" + port) || host.equals("localhost:" + port))) {
      return Optional.of("the request was not addressed to 127.0.0.1:" + port);
    }
    return Optional.empty();
  }

  /**
   * Why a write may not be made, or empty: it comes from a page of this server (its {@code Origin},
   * and {@code Sec-Fetch-Site} where the browser sends it) and carries this run's token.
   */
  Optional<String> refusedWrite(HttpExchange exchange, int port, String sentToken) {
    Optional<String> host = refusedHost(exchange, port);
    if (host.isPresent()) {
      return host;
    }
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    if (origin == null
        || !(origin.equals("http://127.0.0.1:" + port)
            || origin.equals("http://localhost:" + port))) {
      return Optional.of("the request did not come from a page of this preview");
    }
    String site = exchange.getRequestHeaders().getFirst("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin")) {
      return Optional.of("the request did not come from a page of this preview");
    }
    if (sentToken == null
        || !MessageDigest.isEqual(
            sentToken.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
      return Optional.of(
          "the form's token is not this preview's: the form was opened before pmo serve was"
              + " started again, or elsewhere");
    }
    return Optional.empty();
  }
}
