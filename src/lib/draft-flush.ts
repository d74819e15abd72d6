// Open forms register a flush function here, so that anything that is about to replace the page
// (applying an app update, locking, switching user) can first save what was typed.
type Flush = () => Promise<void>;
const flushers = new Set<Flush>();

export function registerDraftFlush(flush: Flush): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export async function flushOpenDrafts(): Promise<void> {
  await Promise.all([...flushers].map((flush) => flush()));
}
