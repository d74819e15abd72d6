import type { IncomingHttpHeaders } from 'node:http';
import { Transform, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { preParsingAsyncHookHandler } from 'fastify';
import { ApiError } from './api-error';

export type BodyLimits = {
  /** Bytes on the wire (compressed or not). */
  maxEncodedBytes: number;
  /** Bytes after decompression: the guard against a zip bomb (a few KB that inflate to gigabytes). */
  maxDecodedBytes: number;
};

const tooLarge = () => new ApiError(413, 'payload-too-large', 'The request body is too large.');

/**
 * A preParsing hook that accepts `Content-Encoding: gzip` request bodies: a sync batch of JSON records
 * shrinks about tenfold, which matters on a 2G link. Both the wire bytes and the inflated bytes are
 * counted and cut off at their limits; Fastify's own body limit (set to at least `maxDecodedBytes` on the
 * route) then sees the inflated length, and `receivedEncodedLength` lets it check Content-Length.
 */
export function decompressRequestBody(limits: BodyLimits): preParsingAsyncHookHandler {
  // The Promise constructor turns a throw into a rejection, which Fastify answers through the error handler.
  return (request, _reply, payload) => new Promise((resolve) => resolve(decodedBody(request.headers, payload, limits)));
}

function decodedBody(headers: IncomingHttpHeaders, payload: Readable, limits: BodyLimits): Readable {
  const encoding = String(headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const gzip = encoding === 'gzip' || encoding === 'x-gzip';
  if (!gzip && encoding !== 'identity') {
    throw new ApiError(415, 'unsupported-content-encoding', 'Request bodies may be sent plain or gzip-compressed.');
  }
  const declared = Number(headers['content-length']);
  if (declared > limits.maxEncodedBytes) throw tooLarge();

  const wire = byteLimit(limits.maxEncodedBytes);
  // When the request is refused before its body is read (e.g. 415 for the content type), nobody listens to
  // these streams: an error they raise then (bad gzip, over the limit) must not become an uncaught exception
  // that stops the process. Fastify's body reader adds its own listener when it does read.
  wire.on('error', ignore);
  payload.on('error', (error) => wire.destroy(error));
  if (!gzip) {
    payload.pipe(wire);
    return withEncodedLength(wire, wire);
  }
  const gunzip = createGunzip();
  const inflated = byteLimit(limits.maxDecodedBytes);
  inflated.on('error', ignore);
  wire.on('error', (error) => inflated.destroy(error));
  gunzip.on('error', () => inflated.destroy(new ApiError(400, 'invalid-gzip', 'The request body is not valid gzip.')));
  // Stop inflating as soon as the limit is hit or the request fails.
  inflated.on('close', () => {
    wire.destroy();
    gunzip.destroy();
  });
  payload.pipe(wire).pipe(gunzip).pipe(inflated);
  return withEncodedLength(inflated, wire);
}

const ignore = (): void => undefined;

type Counted = Transform & { bytes: number };

function byteLimit(max: number): Counted {
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      counter.bytes += chunk.length;
      if (counter.bytes > max) done(tooLarge());
      else done(null, chunk);
    },
  }) as Counted;
  counter.bytes = 0;
  return counter;
}

/** Fastify compares Content-Length with `receivedEncodedLength` when a hook replaces the body stream. */
function withEncodedLength(stream: Readable, wire: Counted): Readable {
  Object.defineProperty(stream, 'receivedEncodedLength', { get: () => wire.bytes });
  return stream;
}
