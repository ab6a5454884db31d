import helmet from 'helmet';

/**
 * The security headers every response of our HTTP services carries (helmet's defaults: a strict
 * Content-Security-Policy of this origin only, nosniff, frame-ancestors 'none', no Referer to
 * other sites, HSTS...). Scripts must come from files on this origin, never inline, so pages that
 * work without JavaScript stay safe when they use it. Mounted first, so errors carry them too.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        // No third-party origins anywhere: fonts, styles and images are served by us.
        'style-src': ["'self'", "'unsafe-inline'"],
        'font-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        // Served over plain http on 127.0.0.1 by default; TLS in front is the operator's, with HSTS.
        'upgrade-insecure-requests': null,
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
