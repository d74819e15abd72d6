/**
 * Writes every change, at most one write in flight, the newest value next: typing fast never queues
 * a hundred writes, and a crash loses at most the keystroke being written (issue 3).
 */
export function createLatestSaver<T>(write: (value: T) => Promise<void>, onError: (error: unknown) => void = console.error) {
  let inFlight: Promise<void> | undefined;
  let next: { value: T } | undefined;

  const drain = async (): Promise<void> => {
    while (next) {
      const { value } = next;
      next = undefined;
      try {
        await write(value);
      } catch (error) {
        onError(error);
      }
    }
    inFlight = undefined;
  };

  return {
    save(value: T): void {
      next = { value };
      inFlight ??= drain();
    },
    /** Resolves once everything handed to save() is written. */
    async flush(): Promise<void> {
      while (inFlight) await inFlight;
    },
  };
}
