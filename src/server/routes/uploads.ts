import type { FastifyInstance } from 'fastify';
import type { TusUploads } from '../uploads/tus-uploads';

/**
 * tus resumable uploads at `/uploads` and `/uploads/<id>` (POST creates, HEAD tells the offset, PATCH
 * appends, DELETE abandons). Registered in their own plugin: the raw-body content-type parser must not
 * apply to the JSON API.
 */
export function registerUploadRoutes(api: FastifyInstance, uploads: TusUploads): void {
  void api.register((scope, _opts, done) => {
    // tus reads the request stream itself: Fastify must leave the body unread (else it answers 415).
    scope.addContentTypeParser('application/offset+octet-stream', (_request, _payload, parsed) => parsed(null));
    const route = {
      method: ['POST', 'HEAD', 'PATCH', 'DELETE'] as const,
      onRequest: scope.authenticate,
      handler: uploads.handle,
    };
    scope.route({ ...route, method: [...route.method], url: '/uploads' });
    scope.route({ ...route, method: [...route.method], url: '/uploads/*' });
    done();
  });
}
