import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

// Strict CSP with no inline script or style: the built app loads only its own files. `blob:` is allowed for
// images, media and workers because photos of documents and audio prompts are shown from local blobs.
const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'media-src': ["'self'", 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
};

/**
 * API answers are data, never pages: the tightest CSP (OWASP REST Security Cheat Sheet) and none of the
 * headers that only mean something to an HTML document. On 2G every byte of every sync counts: this keeps
 * an empty incremental sync's answer around 500 bytes instead of 1 KB.
 */
const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
const PAGE_ONLY_HEADERS = ['x-dns-prefetch-control', 'x-download-options', 'x-permitted-cross-domain-policies', 'x-xss-protection', 'origin-agent-cluster', 'x-frame-options', 'cross-origin-opener-policy'];

/** Helmet's headers with our CSP. No CORS plugin is registered: the API serves only its own origin. */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/')) return payload;
    // A route that set its own policy (a downloaded photo: sandboxed) keeps it; the page policy is replaced.
    const policy = reply.getHeader('content-security-policy');
    if (policy === undefined || String(policy).startsWith("default-src 'self'")) reply.header('content-security-policy', API_CONTENT_SECURITY_POLICY);
    for (const header of PAGE_ONLY_HEADERS) reply.removeHeader(header);
    return payload;
  });
}
