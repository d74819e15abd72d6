import fc from 'fast-check';

export type Operation = {
  method: string;
  path: string;
  authenticated: boolean;
  pathParams: string[];
  queryParams: { name: string; schema: JsonSchema }[];
  body: JsonSchema | undefined;
};
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  required?: string[];
};
type OpenApi = { paths: Record<string, Record<string, {
  security?: unknown[];
  parameters?: { name: string; in: string; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}>> };

export type FuzzRequest = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
};

export function readOperations(doc: OpenApi): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const parameters = op.parameters ?? [];
      operations.push({
        method: method.toUpperCase(),
        path,
        authenticated: (op.security?.length ?? 0) > 0,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema })),
        body: op.requestBody?.content['application/json']?.schema,
      });
    }
  }
  return operations;
}

const nasty = fc.constantFrom(
  '', ' ', '\u0000', '\uFEFF', 'null', 'undefined', '__proto__', 'constructor', '../../etc/passwd', "' OR 1=1 --",
  '<script>alert(1)</script>', 'Nguyễn Văn A', 'ꪀꪫ', '\uD800', '😀'.repeat(50), '9'.repeat(40), '-1', '1e309', 'NaN',
  '14923', '38', 'a'.repeat(64), '0'.repeat(64),
);
// Lone surrogates cannot be percent-encoded: they go as U+FFFD (what a browser would send).
const encode = (s: string) => encodeURIComponent(Buffer.from(s, 'utf8').toString('utf8'));
const anyString = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), nasty);
const hugeString = fc.integer({ min: 10_000, max: 300_000 }).map((n) => 'x'.repeat(n));

/** Values shaped like the schema, each one liable to be replaced by something of the wrong type. */
function fromSchema(schema: JsonSchema | undefined, depth: number): fc.Arbitrary<unknown> {
  const wrong = depth > 3 ? fc.constant(null) : fc.jsonValue({ maxDepth: 2 });
  if (!schema || depth > 6) return wrong;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants && variants.length > 0) return fc.oneof(...variants.map((v) => fromSchema(v, depth + 1)), wrong);
  if (schema.const !== undefined) return fc.oneof({ weight: 4, arbitrary: fc.constant(schema.const) }, { weight: 1, arbitrary: wrong });
  if (schema.enum) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...schema.enum) }, { weight: 1, arbitrary: wrong });
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  let right: fc.Arbitrary<unknown>;
  switch (type) {
    case 'object': {
      const props = Object.entries(schema.properties ?? {});
      const record = Object.fromEntries(props.map(([k, s]) => [k, fromSchema(s, depth + 1)]));
      right = fc.tuple(fc.record(record, { requiredKeys: [] }), fc.dictionary(anyString, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }))
        .map(([known, extra]) => ({ ...extra, ...known }));
      break;
    }
    case 'array':
      right = fc.array(fromSchema(schema.items, depth + 1), { maxLength: 4 });
      break;
    case 'string':
      right = anyString;
      break;
    case 'integer':
    case 'number':
      right = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -1, 2 ** 53, Number.MAX_SAFE_INTEGER));
      break;
    case 'boolean':
      right = fc.boolean();
      break;
    default:
      right = fc.jsonValue({ maxDepth: 2 });
  }
  return fc.oneof({ weight: 5, arbitrary: right }, { weight: 1, arbitrary: wrong });
}

const deepNesting = fc.integer({ min: 1_000, max: 200_000 }).chain((n) =>
  fc.constantFrom('['.repeat(n) + ']'.repeat(n), '{"a":'.repeat(n) + '1' + '}'.repeat(n), '['.repeat(n)),
);
const invalidJson = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
  fc.constantFrom('{', '{"a":}', "{'a':1}", '[1,]', 'NaN', '\u0000', '{"a":"\uD800"}', '\xff\xfe{', 'true false'),
);

function bodyFor(op: Operation): fc.Arbitrary<string | Buffer | undefined> {
  return fc.oneof(
    { weight: 6, arbitrary: fromSchema(op.body, 0).map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: hugeString.map((s) => JSON.stringify({ text: s })) },
    { weight: 1, arbitrary: deepNesting },
    { weight: 2, arbitrary: invalidJson },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant('application/json') },
  { weight: 4, arbitrary: fc.constantFrom(
    'application/json; charset=utf-8', 'application/json; charset=latin1', 'text/plain', 'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x', 'application/octet-stream', 'application/offset+octet-stream', 'application/jsonx',
    ';;;', 'application/json, text/html',
  ) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

// Node refuses to send a header with control or non-Latin-1 characters: those never reach a server.
const isHeaderSafe = (s: string) => [...s].every((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) < 0x7f);

function authHeader(validToken: string): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(`Bearer ${validToken}`) },
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: anyString.filter(isHeaderSafe).map((s) => `Bearer ${s}`) },
    { weight: 1, arbitrary: fc.constantFrom(`Bearer ${validToken}x`, `Bearer ${validToken.slice(0, -4)}AAAA`, 'Basic Zm9vOmJhcg==', 'Bearer', `bearer  ${validToken}`, 'Bearer a.b.c') },
  );
}

const segment = fc.oneof(
  { weight: 3, arbitrary: anyString.map(encode) },
  { weight: 1, arbitrary: fc.constantFrom('%zz', '%', '..', '%2e%2e', 'vi', 'en', 'uk', 'a'.repeat(5000), 'x/y') },
);

function queryFor(op: Operation): fc.Arbitrary<string> {
  const names = op.queryParams.map((q) => q.name);
  const known = names.length === 0 ? fc.constant('') : fc
    .array(fc.tuple(fc.constantFrom(...names), anyString), { maxLength: 3 })
    .map((pairs) => pairs.map(([k, v]) => `${k}=${encode(v)}`).join('&'));
  return fc.oneof(
    { weight: 4, arbitrary: known },
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.constantFrom('%zz', 'a[b][c]=1', 'code[]=x&code[]=y', '&&&=', '=', '__proto__[x]=1', 'commune=14923&commune=14980', `q=${'x'.repeat(20_000)}`) },
  );
}

/** One random request to `op`, authenticated with `validToken` about half the time. */
export function fuzzRequest(op: Operation, validToken: string): fc.Arbitrary<FuzzRequest> {
  const pathArb = fc.tuple(...op.pathParams.map(() => segment)).map((values) => {
    let path = op.path;
    op.pathParams.forEach((name, i) => (path = path.replace(`{${name}}`, values[i] ?? '')));
    return `/api/v1${path.replace(/^\/api\/v1/, '')}`;
  });
  return fc
    .record({ path: pathArb, query: queryFor(op), body: bodyFor(op), type: contentType, auth: authHeader(validToken), gzip: fc.boolean() })
    .map(({ path, query, body, type, auth, gzip }) => {
      const headers: Record<string, string> = {};
      if (auth !== undefined) headers.authorization = auth;
      const sendsBody = body !== undefined && op.method !== 'HEAD';
      if (sendsBody && type !== undefined) headers['content-type'] = type;
      // Now and then the body claims to be compressed when it is not.
      if (sendsBody && gzip && path.includes('/sync/')) headers['content-encoding'] = 'gzip';
      return {
        method: op.method as FuzzRequest['method'],
        url: query ? `${path}?${query}` : path,
        headers,
        ...(sendsBody ? { payload: body } : {}),
      };
    });
}
