import { lazy, Suspense, type ComponentProps } from 'react';
import type { PromptSpeaker as Speaker } from './prompt-speaker';

// The first screen's speaker loads just after it (issue 9: the critical path stays under its budget on 2G);
// every other screen is lazy already and uses PromptSpeaker directly. The placeholder keeps its 48 px place.
const Loaded = lazy(() => import('./prompt-speaker').then((m) => ({ default: m.PromptSpeaker })));

export function LazyPromptSpeaker(props: ComponentProps<typeof Speaker>) {
  return <Suspense fallback={<span className="speak-placeholder" aria-hidden="true" />}><Loaded {...props} /></Suspense>;
}
