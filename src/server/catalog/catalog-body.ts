import { createHash } from 'node:crypto';
import { CATALOG } from '../../domain/catalog/catalog-data';

// The procedure catalog as the server sends it, and its ETag: a hash of the content, so an unchanged
// catalog costs nothing on a 2G link. The tag also travels in every last pull page (protocol version 2),
// so a device asks for the catalog only when it changed.
export const CATALOG_BODY = JSON.stringify({ version: CATALOG.version, catalog: CATALOG });
export const CATALOG_ETAG = `"${createHash('sha256').update(CATALOG_BODY).digest('base64url').slice(0, 27)}"`;
