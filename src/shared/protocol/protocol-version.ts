// The version of the sync wire protocol (push, pull, upload metadata). Bump it with every change to a
// schema in this folder, add a line below, and record the new hash in protocol-hash.test.ts: the test
// fails when the schemas change without both. The server answers 409 `protocol-version-unsupported` to a
// version it does not speak, so an old app is told to update instead of being misread.
//
// History:
//   1 — 2026-11-26: first version. Push (field-level patches with a base revision and an HLC stamp,
//       answered applied / alreadyProcessed / rejected / linked), pull (compacted change log after an
//       opaque cursor, with field clocks and conflict history), tus upload metadata (sha256, mime, size).
//   2 — 2026-11-26: the pull response may carry `resources`, the tag of each resource kept offline besides
//       records (the catalog's ETag), so that a sync with nothing new is one round trip. Version 1 devices
//       ignore it; the server answers both versions the same way. `POST /blobs/missing` answers which of
//       up to 1,000 files the server lacks, in place of one `HEAD /blobs/<sha256>` per photo.

export const PROTOCOL_VERSION = 2;

/** Versions this build's server accepts. Keep an old one here while devices in the field still send it. */
export const SUPPORTED_PROTOCOL_VERSIONS: readonly number[] = [1, 2];
