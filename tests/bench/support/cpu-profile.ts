// Where a benchmark's time goes: a CPU profile of the page (CDP Profiler) and of this Node process
// (the server runs in it), summarised as the functions with the most self time. Opt-in with
// BENCH_PROFILE=1; the raw .cpuprofile files land in .tmp/bench/ for Chrome DevTools.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { CDPSession } from 'playwright-core';

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

export const profiling = process.env.BENCH_PROFILE === '1';

function summarise(label: string, profile: Profile, top = 18): void {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)!.callFrame;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    selfMs.set(key, (selfMs.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = (profile.endTime - profile.startTime) / 1000;
  console.log(`\n${label}: ${total.toFixed(0)} ms profiled; top self time:`);
  for (const [key, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`  ${ms.toFixed(0).padStart(7)} ms  ${(100 * ms / total).toFixed(1).padStart(5)} %  ${key}`);
  }
}

/** Runs `work` with the page and the server profiled (when BENCH_PROFILE=1), then prints both summaries. */
export async function withProfile<T>(label: string, cdp: CDPSession, work: () => Promise<T>): Promise<T> {
  if (!profiling) return work();
  const node = new Session();
  node.connect();
  await node.post('Profiler.enable');
  await node.post('Profiler.start');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await work();
  const page = (await cdp.send('Profiler.stop')).profile as unknown as Profile;
  const server = (await node.post('Profiler.stop')).profile as unknown as Profile;
  node.disconnect();
  mkdirSync('.tmp/bench', { recursive: true });
  writeFileSync(`.tmp/bench/${label}-page.cpuprofile`, JSON.stringify(page));
  writeFileSync(`.tmp/bench/${label}-server.cpuprofile`, JSON.stringify(server));
  summarise(`${label} — page`, page);
  summarise(`${label} — server (Node)`, server);
  return result;
}
