type Cleanup = () => Promise<void> | void;

export interface CleanupStack {
  /** Registers how to undo something just started; if closing has begun, undoes it at once. */
  defer(cleanup: Cleanup): void;
  /**
   * Undoes everything, newest first, each step even when an earlier one failed. Idempotent; a later call
   * also waits for what was registered after the first.
   */
  close(): Promise<void>;
}

/**
 * Undo steps for a setup that can be interrupted anywhere (Ctrl+C while Chromium starts): whatever
 * finishes starting after `close()` began is stopped as soon as it registers.
 */
export function createCleanupStack(onError: (error: unknown) => void): CleanupStack {
  const cleanups: Cleanup[] = [];
  const late: Promise<void>[] = [];
  let closing: Promise<void> | undefined;
  const run = (cleanup: Cleanup) => Promise.resolve().then(cleanup).catch(onError);
  return {
    defer(cleanup) {
      if (closing) late.push(closing.then(() => run(cleanup)));
      else cleanups.push(cleanup);
    },
    async close() {
      closing ??= (async () => {
        for (const cleanup of cleanups.reverse()) await run(cleanup);
      })();
      await closing;
      await Promise.all(late);
    },
  };
}
