package fi.opeverkko.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Browser protections on every response, pages, error pages and resources alike. Scripts are
 * governed by PrimeFaces' own nonce-based policy ({@code primefaces.CSP}); this policy adds what
 * holds for everything: no plugins, no foreign base URL, no framing.
 */
@WebFilter(
    filterName = "securityHeadersFilter",
    urlPatterns = "/*",
    // Error pages too: a failed request's response is reset before its error page is drawn.
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String POLICY = "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // Added beside PrimeFaces' own script policy, once (an error page may follow a page that has
    // set it already).
    if (!response.getHeaders("Content-Security-Policy").contains(POLICY)) {
      response.addHeader("Content-Security-Policy", POLICY);
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    chain.doFilter(request, response);
  }
}
