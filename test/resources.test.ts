import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ResourceMissingError, UserError } from '../src/errors.ts';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { cachedResource, fingerprint, pairsCodec, resourceCacheDir } from '../src/resources/cache.ts';
import { describeResources, loadLexiconSources, resourceMeta, resourcesOf } from '../src/resources/index.ts';
import { shippedFile, shippedFiles } from '../src/resources/shipped.ts';

const saved = process.env.ALIGNER_RESOURCE_CACHE;
afterEach(() => {
  if (saved === undefined) delete process.env.ALIGNER_RESOURCE_CACHE;
  else process.env.ALIGNER_RESOURCE_CACHE = saved;
});

describe('resource cache', () => {
  it('builds once, serves the stored form while the sources are unchanged, rebuilds when one changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aligner-rc-'));
    process.env.ALIGNER_RESOURCE_CACHE = join(dir, 'cache');
    const source = join(dir, 'lexicon.tsv');
    // Big enough to be worth caching (smaller sources are simply rebuilt).
    const padding = '# ' + 'x'.repeat(300_000) + '\n';
    writeFileSync(source, padding + 'سيول\tSeoul\n');
    let builds = 0;
    const build = (): (readonly [string, string])[] => {
      builds++;
      return readFileSync(source, 'utf8').trim().split('\n').filter((l) => !l.startsWith('#')).map((l) => l.split('\t') as [string, string]);
    };
    expect(cachedResource('test-pairs', [source], build, pairsCodec)).toEqual([['سيول', 'Seoul']]);
    expect(cachedResource('test-pairs', [source], build, pairsCodec)).toEqual([['سيول', 'Seoul']]);
    expect(builds).toBe(1);
    const [file] = readdirSync(join(dir, 'cache'));
    expect(file).toMatch(/^test-pairs-[0-9a-f]{8}\.txt$/);
    const stored = readFileSync(join(dir, 'cache', file), 'utf8').split('\n');
    expect(stored[0]).toMatch(/^aligner \d+\.\d+\.\d+\S* cache \d+ .*lexicon\.tsv:\d+:\d+$/);
    expect(builds).toBe(1);
    utimesSync(source, new Date(), new Date(Date.now() + 5000));
    writeFileSync(source, padding + 'سيول\tSeoul\nطوكيو\tTokyo\n');
    expect(cachedResource('test-pairs', [source], build, pairsCodec)).toEqual([['سيول', 'Seoul'], ['طوكيو', 'Tokyo']]);
    expect(builds).toBe(2);
  });

  it('fingerprints code by content (a rebuild with the same code keeps the cache), big data files by date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aligner-rc-'));
    const code = join(dir, 'builder.js');
    writeFileSync(code, 'export const x = 1;\n');
    const before = fingerprint([code]);
    utimesSync(code, new Date(), new Date(Date.now() + 5000));
    expect(fingerprint([code])).toBe(before);
    writeFileSync(code, 'export const x = 2;\n');
    expect(fingerprint([code])).not.toBe(before);
    expect(fingerprint([join(dir, 'absent')])).toMatch(/absent:-$/);
  });

  it('builds small sources directly instead of caching them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aligner-rc-'));
    process.env.ALIGNER_RESOURCE_CACHE = join(dir, 'cache');
    const source = join(dir, 'tiny.tsv');
    writeFileSync(source, 'سيول\tSeoul\n');
    cachedResource('tiny', [source], () => [['سيول', 'Seoul'] as const], pairsCodec);
    expect(existsSync(join(dir, 'cache'))).toBe(false);
  });

  it('lives under ~/.cache/aligner/resources unless ALIGNER_RESOURCE_CACHE says otherwise (off: none)', () => {
    expect(resourceCacheDir({ HOME: '/home/u', XDG_CACHE_HOME: '/c' })).toBe('/c/aligner/resources');
    expect(resourceCacheDir({ ALIGNER_RESOURCE_CACHE: '/tmp/x' })).toBe('/tmp/x');
    expect(resourceCacheDir({ ALIGNER_RESOURCE_CACHE: 'off' })).toBeUndefined();
    process.env.ALIGNER_RESOURCE_CACHE = 'off';
    let builds = 0;
    const build = (): (readonly [string, string])[] => (builds++, [['a', 'b'] as const]);
    cachedResource('x', [], build, pairsCodec);
    cachedResource('x', [], build, pairsCodec);
    expect(builds).toBe(2);
  });
});

describe('shipped data', () => {
  it('is found beside the code; a missing file is a ResourceMissingError naming it in one line', () => {
    expect(shippedFiles('lexicon/data', '.tsv', 'the shipped lexicon').length).toBeGreaterThan(5);
    expect(shippedFile('names/costs.json', 'the learned name costs')).toMatch(/names\/costs\.json$/);
    let error: unknown;
    try {
      shippedFile('names/nothing.json', 'the learned name costs');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ResourceMissingError);
    expect((error as UserError).kind).toBe('resourceMissing');
    expect((error as Error).message).toMatch(/names\/nothing\.json: missing \(the learned name costs\); the installation is incomplete/);
    expect((error as Error).message).not.toContain('\n');
    expect(() => shippedFiles('lexicon/nowhere', '.tsv', 'the shipped lexicon')).toThrow(/lexicon\/nowhere: missing \(the shipped lexicon\)/);
  });
});

describe('what an encoder was built from', () => {
  it('--freedict off leaves FreeDict out, and the summary says so', () => {
    const enc = createLexicalEncoder({ freedict: 'off', userPairs: [['جيك سوليفان', 'Jake Sullivan']] });
    const used = resourcesOf(enc);
    expect(used.freedict).toBe(false);
    expect(used.lexicon?.approved).toBe(1);
    expect(used.lexicon?.core).toBeGreaterThan(10_000);
    expect(describeResources(used)).toMatch(/^resources: lexicon \d+ core \+ 1 approved pairs, FreeDict no, model none$/);
    expect(resourceMeta(used)).toMatchObject({ encoder: 'lexical', lexicon_approved: 1, freedict: false, model: 'none' });
  });

  it('a FreeDict folder given by path must hold the dictionaries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aligner-fd-'));
    expect(() => loadLexiconSources(dir)).toThrow(`--freedict ${dir}: no FreeDict dictionaries there (freedict-ara-eng.index, freedict-eng-ara.index)`);
    expect(loadLexiconSources('off').freedict).toBeUndefined();
  });
});
