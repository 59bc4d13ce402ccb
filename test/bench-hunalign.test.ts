import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareWithHunalign, countHunalignBeads, findOnPath } from '../scripts/bench/hunalign.ts';

// A translation of three sentences, one a line, as the bench's presplit files hold them.
const AR = ['التقى وزير الخارجية بنظيره الكوري في سيول.', 'ناقش الوزيران التجارة والأمن.', 'وسيعقد اجتماع آخر في مارس.'];
const EN = ['The foreign minister met his Korean counterpart in Seoul.', 'The two ministers discussed trade and security.', 'Another meeting will be held in March.'];
const DICTIONARY: Array<[string, string]> = [['وزير', 'Minister'], ['التجارة', 'trade']];

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(os.tmpdir(), 'test-hunalign-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * A stand-in for hunalign: records how it was called and what it was given, then prints hunalign's `-text` output
 * (Arabic, English and a score per bead, tab-separated), pairing the files' lines in order as a 1-1 ladder.
 */
function stubHunalign(dir: string, seen: string): void {
  const script = ['#!/bin/sh', `echo "$@" > '${seen}/args'`, `cp "$2" '${seen}/dict'`, `cp "$3" '${seen}/ar'`, `paste "$3" "$4" | sed 's/$/\t0.42/'`, ''].join('\n');
  writeFileSync(join(dir, 'hunalign'), script);
  chmodSync(join(dir, 'hunalign'), 0o755);
}

describe('bench: the hunalign comparison', () => {
  it('runs the hunalign on PATH on the same sentences, tokenised, with the dictionary, and records the speed ratio', () => {
    const bin = join(tmp, 'bin');
    const seen = join(tmp, 'seen');
    for (const d of [bin, seen]) mkdirSync(d);
    stubHunalign(bin, seen);
    const sections = compareWithHunalign({ ar: AR, en: EN, runs: 1, path: `${bin}:/usr/bin:/bin`, dictionary: () => DICTIONARY, setting: 'test' });

    expect(sections).toHaveLength(1);
    const [s] = sections;
    expect(s.skipped).toBeUndefined();
    const ratio = s.figures.find((f) => f.metric === '3 × 3: ours / hunalign wall time');
    expect(ratio).toBeDefined();
    expect(Number(ratio!.value)).toBeGreaterThan(0);
    expect(ratio!.note).toMatch(/medians of 1 interleaved runs; 1-minute load average \d+\.\d\d, \d+\.\d\d on \d+ cores/);
    const theirs = s.figures.find((f) => f.metric.includes('`hunalign -text dict.txt` wall time'));
    expect(theirs!.value).toMatch(/^\d+\.\d\d s$/);
    expect(theirs!.note).toContain(`${bin}/hunalign`);
    expect(theirs!.note).toContain('3 beads printed');
    expect(s.figures.find((f) => f.metric.includes('`align --presplit --mode parallel` wall time'))!.value).toMatch(/^\d+\.\d\d s$/);

    // Called as the bench documents, on the files it wrote: English @ Arabic; one sentence a line, as tokens.
    expect(readFileSync(join(seen, 'args'), 'utf8').trim()).toBe('-text dict.txt tok.ar.txt tok.en.txt');
    expect(readFileSync(join(seen, 'dict'), 'utf8')).toBe('minister @ وزير\ntrade @ التجارة\n');
    expect(readFileSync(join(seen, 'ar'), 'utf8').split('\n')[1]).toBe('ناقش الوزيران التجارة والأمن');
  });

  it('without a hunalign on PATH, still times the aligner and says in a skipped section why there is no ratio', () => {
    const empty = join(tmp, 'empty');
    mkdirSync(empty);
    expect(findOnPath('hunalign', empty)).toBeUndefined();
    const sections = compareWithHunalign({ ar: AR, en: EN, runs: 1, path: empty, dictionary: () => DICTIONARY, setting: 'test' });

    expect(sections).toHaveLength(2);
    expect(sections[0].figures.map((f) => f.metric)).toEqual(['3 × 3: `align --presplit --mode parallel` wall time']);
    expect(sections[1]).toMatchObject({ title: 'hunalign comparison', figures: [] });
    expect(sections[1].skipped).toMatch(/no executable `hunalign` on PATH, so the ratio was not measured/);
  });

  it('a file named hunalign that cannot be run is not taken for it', () => {
    writeFileSync(join(tmp, 'hunalign'), '#!/bin/sh\n');
    chmodSync(join(tmp, 'hunalign'), 0o644);
    expect(findOnPath('hunalign', tmp)).toBeUndefined();
    chmodSync(join(tmp, 'hunalign'), 0o755);
    expect(findOnPath('hunalign', `/nonexistent:${tmp}`)).toBe(join(tmp, 'hunalign'));
  });

  it('reads hunalign -text output as beads and refuses output that is not hunalign’s', () => {
    expect(countHunalignBeads('التقى الوزير .\tthe minister met .\t0.61\n\tanother meeting .\t-0.3\n')).toBe(2);
    expect(() => countHunalignBeads('Usage: hunalign [ common_arguments ]\n')).toThrow(/not "arabic<TAB>english<TAB>score"/);
  });
});
