import { z } from 'zod';
import { APP_LANGUAGE_TAGS } from './languages';

// Recorded audio prompts (issue 7 §3): a local speaker reads a screen title, a field label or the consent text
// aloud, one short recording per (language, text key), for people who do not read.
//   GET    /api/v1/audio-prompts/:lang        → AudioManifest (public; ETag = `"<version>"`, 304 when unchanged)
//   PUT    /api/v1/audio-prompts/:lang/:key   ← the recording's bytes, audio/webm or audio/ogg (admin, staff)
//   DELETE /api/v1/audio-prompts/:lang/:key   (admin, staff)
//   GET    /api/v1/audio-files/:sha256        → the bytes (public, immutable: the address is the content)

/** What MediaRecorder writes in Chromium (WebM) and Firefox (Ogg), both Opus. */
export const AUDIO_MIME_TYPES = ['audio/webm', 'audio/ogg'] as const;
export type AudioMime = (typeof AUDIO_MIME_TYPES)[number];

/** The recorder stops at 15 s; a little slack for the container's own timing. */
export const MAX_PROMPT_DURATION_MS = 16_000;
/** 16 s of Opus at 24 kbit/s is about 48 KB; four times that leaves room for a browser's larger bitrate. */
export const MAX_PROMPT_BYTES = 192 * 1024;

/** An i18next key with its namespace, as `t()` takes it: `citizen:form.fullName`. */
export const promptKeySchema = z.string().max(200).regex(/^[a-z][A-Za-z]{0,39}:[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+){0,9}$/);
export const audioLanguageParams = z.object({ lang: z.enum(APP_LANGUAGE_TAGS) });
export const audioPromptParams = z.object({ lang: z.enum(APP_LANGUAGE_TAGS), key: promptKeySchema });
export const audioPromptUploadQuery = z.object({ durationMs: z.coerce.number().int().min(1).max(MAX_PROMPT_DURATION_MS) });
export const audioFileParams = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) });

export const audioPrompt = z.object({
  key: promptKeySchema,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mime: z.enum(AUDIO_MIME_TYPES),
  durationMs: z.number().int().positive(),
  recordedAt: z.string(),
});
export type AudioPrompt = z.infer<typeof audioPrompt>;

export const audioManifest = z.object({
  language: z.string(),
  /** A digest of the prompts: the same set is the same version everywhere; "0" for none. */
  version: z.string(),
  prompts: z.array(audioPrompt),
});
export type AudioManifest = z.infer<typeof audioManifest>;

/** Machine codes of refused uploads, which the recorder screen translates. */
export const AUDIO_TYPE_UNSUPPORTED = 'audio-type-unsupported';
export const AUDIO_NOT_RECOGNISED = 'audio-not-recognised';
export const UNKNOWN_TEXT_KEY = 'unknown-text-key';
