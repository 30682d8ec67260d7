import { describe, expect, it } from 'vitest';
import type { ScanRow, VerdictRow } from '../db/rows';
import { historyCsv, historyJson, readHistoryFile } from './history-file';

const scan = (i: number, patch: Partial<ScanRow> = {}): ScanRow => ({
  scanId: `scan-${i}`,
  url: `https://s${i}.example/`,
  kind: 'safe',
  reasons: ['No threats found.'],
  categories: [],
  finishedAt: Date.UTC(2026, 10, 23, 10, i),
  reused: false,
  ...patch,
});
const verdict = (url: string, kind: VerdictRow['kind']): VerdictRow => ({
  url,
  kind,
  reasons: [],
  categories: [],
  checkedAt: 1,
});

describe('the history file', () => {
  it('reads back what it wrote, without pending verdicts', () => {
    const text = historyJson(
      [scan(1)],
      [verdict('https://s1.example/', 'safe'), verdict('https://x.example/', 'pending')],
      0,
    );
    const read = readHistoryFile(text);
    expect(read.ok && read.file.scans).toEqual([scan(1)]);
    expect(read.ok && read.file.verdicts.map((row) => row.url)).toEqual(['https://s1.example/']);
  });

  it('says in words what is wrong with a file that is not a Scanlink history', () => {
    expect(readHistoryFile('not json')).toEqual({
      ok: false,
      error: 'The file is not JSON: choose a file Scanlink exported.',
    });
    const other = readHistoryFile(
      JSON.stringify({ format: 'scanlink-history', version: 1, exportedAt: '', scans: [{}] }),
    );
    expect(other).toMatchObject({ ok: false, error: expect.stringContaining('not a Scanlink history') });
  });

  it('writes CSV a spreadsheet cannot run: quoted cells, formulas defused', () => {
    const csv = historyCsv([
      scan(2, { title: '=HYPERLINK("https://evil.example","click")', reasons: ['a, b', 'c'] }),
    ]);
    const [header, row] = csv.trimEnd().split('\r\n');
    expect(header).toBe('finished,url,verdict,reasons,categories,final URL,title,scan id');
    expect(row).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")"`);
    expect(row).toContain('"a, b; c"');
  });
});
