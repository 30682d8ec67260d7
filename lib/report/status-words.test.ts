import { describe, expect, it } from 'vitest';
import { describeProblem, describeProgress, formatDuration } from './status-words';

describe('formatDuration', () => {
  it('counts seconds, then minutes and seconds, then hours and minutes', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(-500)).toBe('0 s');
    expect(formatDuration(42_900)).toBe('42 s');
    expect(formatDuration(120_000)).toBe('2 min');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    expect(formatDuration(3_780_000)).toBe('1 h 3 min');
  });
});

describe('describeProgress', () => {
  const createdAt = 1_000_000;

  it('says what the job is doing and for how long, counted from the job’s start', () => {
    const words = describeProgress(
      { job: { state: 'polling', reason: 'popup-button', createdAt } },
      0,
      createdAt + 12_300,
    );
    expect(words).toEqual({ state: 'Cloudflare is scanning the page', elapsed: '12 s' });
  });

  it('counts from when the person asked while no job is known', () => {
    expect(describeProgress({}, createdAt, createdAt + 3_000)).toEqual({ state: 'Scanning', elapsed: '3 s' });
  });

  it('says when a rate-limited queue will try again, rounding the wait up', () => {
    const now = createdAt + 5_000;
    const words = describeProgress(
      { job: { state: 'new', reason: 'popup-button', createdAt }, blockedUntil: now + 119_200 },
      0,
      now,
    );
    expect(words.state).toBe('Looking for a recent scan of this address');
    expect(words.retry).toEqual({ at: now + 119_200, in: '2 min' });
  });

  it('says nothing of a wait that is over', () => {
    expect(describeProgress({ blockedUntil: createdAt }, createdAt, createdAt + 1).retry).toBeUndefined();
  });
});

describe('describeProblem', () => {
  it('tells the person to fix rejected credentials in the options', () => {
    expect(describeProblem({ kind: 'auth' })).toEqual({
      headline: 'Cloudflare rejected your API token',
      advice: expect.stringContaining('Check the account ID and API token in the options'),
      offerOptions: true,
    });
  });

  it('offers the options for a refused scan (the visibility a Free account lacks), not for an outage', () => {
    expect(describeProblem({ kind: 'bad-request' }).offerOptions).toBe(true);
    expect(describeProblem({ kind: 'server' })).toMatchObject({
      headline: 'Cloudflare had a problem on its side',
      offerOptions: false,
    });
  });

  it('falls back to plain words for kinds it does not know, inherited names included', () => {
    for (const kind of ['invalid-state', 'constructor', '__proto__', 'toString']) {
      expect(describeProblem({ kind })).toEqual({
        headline: 'The scan failed',
        advice: 'Scan again later.',
        offerOptions: false,
      });
    }
  });
});
