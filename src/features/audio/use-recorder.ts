import { useCallback, useEffect, useRef, useState } from 'react';

/** A prompt is a short phrase: the recorder stops by itself after 15 s. */
export const MAX_RECORDING_MS = 15_000;
const MIN_RECORDING_MS = 300;
// Speech in Opus is clear at 16–24 kbit/s mono: a 15 s prompt is about 40 KB, cheap to send and keep on 2G.
const BITS_PER_SECOND = 20_000;
const MIME_CHOICES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/webm'];

export type Recorded = { blob: Blob; mime: 'audio/webm' | 'audio/ogg'; durationMs: number; url: string };
export type RecorderState =
  | { phase: 'idle' }
  | { phase: 'recording'; elapsedMs: number; level: number }
  | { phase: 'recorded'; recording: Recorded }
  | { phase: 'error'; code: 'unsupported' | 'denied' | 'failed' | 'tooShort' };

type Session = { recorder: MediaRecorder; stream: MediaStream; context?: AudioContext; frame?: number; timer?: ReturnType<typeof setInterval> };

function supportedMime(): string | undefined {
  if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices?.getUserMedia) return undefined;
  return MIME_CHOICES.find((m) => MediaRecorder.isTypeSupported(m));
}

/** Records one mono Opus prompt with MediaRecorder, with a running time and the microphone's level to watch. */
export function useRecorder() {
  const [state, setState] = useState<RecorderState>({ phase: 'idle' });
  const session = useRef<Session | undefined>(undefined);
  const url = useRef<string | undefined>(undefined);

  const release = useCallback(() => {
    const s = session.current;
    session.current = undefined;
    if (!s) return;
    clearInterval(s.timer);
    if (s.frame !== undefined) cancelAnimationFrame(s.frame);
    for (const track of s.stream.getTracks()) track.stop();
    void s.context?.close().catch(() => undefined);
  }, []);
  const dropUrl = useCallback(() => {
    if (url.current) URL.revokeObjectURL(url.current);
    url.current = undefined;
  }, []);
  useEffect(() => () => {
    if (session.current?.recorder.state === 'recording') session.current.recorder.stop();
    release();
    dropUrl();
  }, [release, dropUrl]);

  const stop = useCallback(() => {
    if (session.current?.recorder.state === 'recording') session.current.recorder.stop();
  }, []);

  const start = useCallback(async () => {
    const mimeType = supportedMime();
    if (!mimeType) return setState({ phase: 'error', code: 'unsupported' });
    dropUrl();
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true } });
    } catch (error) {
      return setState({ phase: 'error', code: error instanceof DOMException && error.name === 'NotAllowedError' ? 'denied' : 'failed' });
    }
    const recorder = new MediaRecorder(stream, { mimeType, audioBitsPerSecond: BITS_PER_SECOND });
    const chunks: Blob[] = [];
    const startedAt = performance.now();
    const s: Session = { recorder, stream };
    session.current = s;
    recorder.addEventListener('dataavailable', (event) => chunks.push(event.data));
    recorder.addEventListener('stop', () => {
      const durationMs = Math.round(performance.now() - startedAt);
      release();
      const mime = recorder.mimeType.startsWith('audio/ogg') ? 'audio/ogg' : 'audio/webm';
      const blob = new Blob(chunks, { type: mime });
      if (durationMs < MIN_RECORDING_MS || blob.size === 0) return setState({ phase: 'error', code: 'tooShort' });
      url.current = URL.createObjectURL(blob);
      setState({ phase: 'recorded', recording: { blob, mime, durationMs, url: url.current } });
    });
    recorder.addEventListener('error', () => {
      release();
      setState({ phase: 'error', code: 'failed' });
    });

    // The level meter: the speaker sees that the microphone hears them before a silent recording is kept.
    let level = 0;
    try {
      const context = new AudioContext();
      const analyser = context.createAnalyser();
      analyser.fftSize = 512;
      context.createMediaStreamSource(stream).connect(analyser);
      const samples = new Float32Array(analyser.fftSize);
      s.context = context;
      const measure = () => {
        analyser.getFloatTimeDomainData(samples);
        level = Math.min(1, Math.sqrt(samples.reduce((sum, v) => sum + v * v, 0) / samples.length) * 4);
        s.frame = requestAnimationFrame(measure);
      };
      measure();
    } catch {
      // No Web Audio: recording works without the meter.
    }
    s.timer = setInterval(() => {
      const elapsedMs = performance.now() - startedAt;
      if (elapsedMs >= MAX_RECORDING_MS) stop();
      else setState({ phase: 'recording', elapsedMs, level });
    }, 100);
    recorder.start();
    setState({ phase: 'recording', elapsedMs: 0, level: 0 });
  }, [dropUrl, release, stop]);

  const reset = useCallback(() => {
    dropUrl();
    setState({ phase: 'idle' });
  }, [dropUrl]);

  return { state, start, stop, reset };
}
