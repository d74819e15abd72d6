import { z } from 'zod';
import type { CollectedRoute } from './collect-routes';

type JsonObject = Record<string, unknown>;
export type OpenApiDocument = JsonObject & { openapi: '3.1.0'; paths: Record<string, Record<string, JsonObject>> };

const errorResponse = {
  description: 'Error: `{ error: { code, message, details? } }`',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

// The input side of each schema (what a client sends); transforms and refinements have no JSON Schema form.
const toSchema = (schema: z.ZodType): JsonObject => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonObject;
  return rest;
};

/** `/villages/:id` and `/uploads/*` become `/villages/{id}` and `/uploads/{wildcard}`. */
export function toOpenApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, '{$1}').replace(/\*$/, '{wildcard}');
}

function parameters(route: CollectedRoute): JsonObject[] {
  const result: JsonObject[] = [];
  const names = [...route.url.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1] ?? '');
  if (route.url.endsWith('*')) names.push('wildcard');
  const params = route.schemas.params ? toSchema(route.schemas.params) : undefined;
  const paramProps = (params?.properties ?? {}) as Record<string, JsonObject>;
  for (const name of names) result.push({ name, in: 'path', required: true, schema: paramProps[name] ?? { type: 'string' } });
  if (route.schemas.query) {
    const query = toSchema(route.schemas.query);
    const required = new Set((query.required as string[] | undefined) ?? []);
    for (const [name, schema] of Object.entries((query.properties ?? {}) as Record<string, JsonObject>)) {
      result.push({ name, in: 'query', required: required.has(name), schema });
    }
  }
  return result;
}

/** An OpenAPI 3.1 description of the routes collected while the app was built. */
export function buildOpenApi(routes: readonly CollectedRoute[], version: string): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const route of routes) {
    const operation: JsonObject = {
      operationId: `${route.method.toLowerCase()} ${route.url}`,
      ...(route.schemas.summary ? { summary: route.schemas.summary } : {}),
      parameters: parameters(route),
      responses: { default: errorResponse, '2XX': { description: 'Success' } },
      ...(route.authenticated ? { security: [{ bearer: [] }] } : {}),
    };
    if (route.schemas.body) {
      operation.requestBody = { required: true, content: { 'application/json': { schema: toSchema(route.schemas.body) } } };
    } else if (['POST', 'PUT', 'PATCH'].includes(route.method)) {
      // Not described by a schema here (tus uploads, or a body checked elsewhere): listed all the same.
      operation.requestBody = { required: false, content: { 'application/json': { schema: {} } } };
    }
    (paths[toOpenApiPath(route.url)] ??= {})[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Cầu Nối API', version },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} } },
          },
        },
      },
    },
  };
}
