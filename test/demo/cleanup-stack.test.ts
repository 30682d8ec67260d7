import { describe, expect, it } from 'vitest';
import { createCleanupStack } from './cleanup-stack';

describe('createCleanupStack', () => {
  it('undoes every step newest first, once, even when one of them fails', async () => {
    const done: string[] = [];
    const errors: unknown[] = [];
    const stack = createCleanupStack((error) => errors.push(error));
    stack.defer(() => {
      done.push('servers');
    });
    stack.defer(() => {
      throw new Error('browser already gone');
    });
    stack.defer(async () => {
      done.push('profile');
    });

    await Promise.all([stack.close(), stack.close()]);
    await stack.close();

    expect(done).toEqual(['profile', 'servers']);
    expect(errors).toEqual([new Error('browser already gone')]);
  });

  it('undoes at once what started after closing began, and a later close waits for it', async () => {
    const done: string[] = [];
    const stack = createCleanupStack(() => {});
    stack.defer(() => {
      done.push('servers');
    });
    const first = stack.close();
    stack.defer(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      done.push('browser');
    });
    await first;
    await stack.close();

    expect(done).toEqual(['servers', 'browser']);
  });
});
