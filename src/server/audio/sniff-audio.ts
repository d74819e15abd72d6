import type { AudioMime } from '../../shared/audio-prompts';

// The declared Content-Type is only a claim: the first bytes must be the container it names, so that nothing
// but audio is ever served from the public file route. WebM is an EBML document (1A 45 DF A3); Ogg pages
// start with "OggS".
const SIGNATURES: Record<AudioMime, readonly number[]> = {
  'audio/webm': [0x1a, 0x45, 0xdf, 0xa3],
  'audio/ogg': [0x4f, 0x67, 0x67, 0x53],
};

export function looksLike(mime: AudioMime, bytes: Uint8Array): boolean {
  const signature = SIGNATURES[mime];
  return bytes.length > signature.length && signature.every((byte, i) => bytes[i] === byte);
}
