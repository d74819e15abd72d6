import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

// jsdom's window brings its own ArrayBuffer and typed-array constructors, while Node's structuredClone (which
// fake-indexeddb stores with), TextEncoder and WebCrypto make Node's. Sealed records are byte arrays: with two
// realms, Dexie's update() (it copies values, keeping only the constructors it knows) would turn them into
// plain objects, which no browser does. One realm, as in a browser: Node's, set before Dexie is loaded.
for (const sample of [new ArrayBuffer(0), new TextEncoder().encode('')]) {
  const node = Object.getPrototypeOf(structuredClone(sample)) as { constructor: { name: string } };
  Object.assign(globalThis, { [node.constructor.name]: node.constructor });
}

afterEach(() => {
  cleanup();
});
