import { existsSync, readFileSync } from 'node:fs';
import { align, type ModeChoice } from './align/index.ts';
import { withUnaligned } from './align/links.ts';
import { encodeSide, type GroupEncoding } from './align/sides.ts';
import { cutWindow, englishEnd, prefixSums, WINDOW_DEFAULTS } from './align/windows.ts';
import { EXIT, UserError } from './errors.ts';
import { buildGlossary, type TermLexicon } from './glossary/build.ts';
import type { DroppedTerm } from './glossary/filters.ts';
import { readGlossaryCsv, rowFromTerm, writeGlossaryCsv, GlossaryCsvError, type Delimiter, type GlossaryRow } from './glossary/csv.ts';
import { mergeGlossary, settledRows, sortRows, statusOf } from './glossary/merge.ts';
import { LinksFileError, parseLinksJsonl, resolveDecisions, type StoredLink } from './format/decisions.ts';
import { decodeBytes } from './io/decode.ts';
import { checkOutputPath, stampOf, writeFileAtomic } from './io/write.ts';
import type { LexiconPair } from './lexicon/lexicon.ts';
import { segment } from './segment/index.ts';
import { presplit } from './segment/presplit.ts';
import type { Alignment, Encoder, Link, Sentence } from './types.ts';

export interface PairOptions {
  encoder: Encoder;
  /** Each non-empty line is one sentence. */
  presplit?: boolean;
  minScore?: number;
  /** Aligner mode; default auto. */
  mode?: ModeChoice;
  /** How merged sentences get a vector; default combine. */
  groups?: GroupEncoding;
  /** Told when each stage starts, for progress reports. */
  onStage?: (stage: Stage) => void;
  /** A reviewer's link decisions (from the links file of an earlier run): kept, and constraining the rest. */
  decisions?: readonly StoredLink[];
  /** A long pair is aligned in windows (align/windows.ts): told after each, with the Arabic sentences done so far. */
  onWindow?: (done: number, total: number) => void;
  /** Windows: Arabic sentences per window, and the sentences a side above which a pair is windowed; default WINDOW_DEFAULTS. */
  window?: { size: number; above: number };
}

/** The stages of one pair, in order: what a progress report names. */
export type Stage = 'read' | 'segment' | 'encode' | 'align' | 'glossary' | 'write';

export interface AlignedPair {
  ar: Sentence[];
  en: Sentence[];
  alignment: Alignment;
  /** Decisions that matched no sentences: to report, and to carry over in the links file. */
  unmatched: StoredLink[];
}

/** Text → sentences → vectors → links. */
export async function alignTexts(arText: string, enText: string, opts: PairOptions): Promise<AlignedPair> {
  opts.onStage?.('segment');
  const ar = opts.presplit ? presplit(arText) : segment(arText, 'ar');
  const en = opts.presplit ? presplit(enText) : segment(enText, 'en');
  const { size, above } = opts.window ?? WINDOW_DEFAULTS;
  // A reviewer's decisions constrain the whole text at once: such a pair is aligned whole.
  if (Math.max(ar.length, en.length) > above && !opts.decisions?.length) return { ar, en, alignment: await alignInWindows(ar, en, opts, size), unmatched: [] };
  opts.onStage?.('encode');
  const sa = await encodeSide(opts.encoder, ar, 'ar', opts.groups);
  const se = await encodeSide(opts.encoder, en, 'en', opts.groups);
  opts.onStage?.('align');
  const resolved = opts.decisions?.length ? resolveDecisions(opts.decisions, ar, en) : undefined;
  const alignment = align(sa, se, {
    ...(opts.mode ? { mode: opts.mode } : {}),
    ...(opts.minScore !== undefined ? { minScore: opts.minScore } : {}),
    ...(resolved ? { decisions: resolved.constraints } : {}),
  });
  return { ar, en, alignment, unmatched: resolved?.unmatched ?? [] };
}

/**
 * Aligns a long pair window by window (align/windows.ts): only one window's vectors and search structures exist at a
 * time. Each window's sentences are encoded on their own and aligned in the requested mode; the links kept are
 * renumbered into the whole text, and the sentences no kept link holds are added as unaligned, as `align` does.
 */
async function alignInWindows(ar: readonly Sentence[], en: readonly Sentence[], opts: PairOptions, size: number): Promise<Alignment> {
  const arSums = prefixSums(ar.map((s) => s.text.length));
  const enSums = prefixSums(en.map((s) => s.text.length));
  const links: Link[] = [];
  let first: Pick<Alignment, 'mode' | 'reason'> | undefined;
  let windows = 0;
  let [a0, e0] = [0, 0];
  while (a0 < ar.length && e0 < en.length) {
    const a1 = Math.min(ar.length, a0 + size);
    const e1 = englishEnd(arSums, enSums, a0, a1, e0);
    opts.onStage?.('encode');
    // Windows are compared only within themselves: features numbered per window keep every table a window's size.
    opts.encoder.forget?.();
    const sa = await encodeSide(opts.encoder, ar.slice(a0, a1), 'ar', opts.groups);
    const se = await encodeSide(opts.encoder, en.slice(e0, e1), 'en', opts.groups);
    opts.onStage?.('align');
    const got = align(sa, se, { ...(opts.mode ? { mode: opts.mode } : {}), ...(opts.minScore !== undefined ? { minScore: opts.minScore } : {}) });
    first ??= { mode: got.mode, reason: got.reason };
    windows++;
    const last = a1 === ar.length && e1 === en.length;
    const cut = last ? { kept: got.links.filter((l) => l.ar.length && l.en.length), ar: a1 - a0, en: e1 - e0 } : cutWindow(got.links, a1 - a0, e1 - e0);
    for (const l of cut.kept) links.push({ ...l, ar: l.ar.map((i) => i + a0), en: l.en.map((j) => j + e0) });
    [a0, e0] = [a0 + cut.ar, e0 + cut.en];
    opts.onWindow?.(a0, ar.length);
  }
  const all = withUnaligned(links, ar.length, en.length).map((l) => (l.status ? l : { ...l, status: 'proposed' as const }));
  const mode = first?.mode ?? (opts.mode === 'comparable' ? 'comparable' : 'parallel');
  return { mode, reason: `${first?.reason ?? 'requested'}; aligned in ${windows} windows of up to ${size} Arabic sentences`, links: all };
}

/** The lines of an existing links file (for its decisions), refusing — never replacing — one it cannot read. */
export function readLinkDecisions(path: string): StoredLink[] {
  checkOutputPath(path); // a folder given as --out: one line, exit 6, not a read error
  if (!existsSync(path)) return [];
  try {
    return parseLinksJsonl(readFileSync(path, 'utf8'));
  } catch (e) {
    if (e instanceof LinksFileError) throw new UserError(`${path}: ${e.message}; fix or move the file, it was left untouched`, EXIT.output);
    throw e;
  }
}

/**
 * Links → term proposals, as CSV rows. Only equivalent links: a related pair shares a name or a figure but says
 * different things, and its other words would pair by chance (comparable-news-dev: precision 0.631 → 0.601 with them).
 */
export function proposeTerms(pair: AlignedPair, lexicon: TermLexicon, onProgress?: (done: number, total: number) => void, onDrop?: (d: DroppedTerm) => void): GlossaryRow[] {
  const links = pair.alignment.links.filter((l) => l.ar.length && l.en.length && l.kind !== 'related');
  return buildGlossary({ ar: pair.ar, en: pair.en, links, lexicon, onProgress, onDrop }).map(rowFromTerm);
}

/**
 * Where notes and warnings about reading a glossary go unless a caller says otherwise: one line each, on stderr,
 * each once (a run reads its glossary twice: for the encoder's anchors, then to merge).
 */
const told = new Set<string>();
const toStderr = (line: string): void => {
  if (told.has(line)) return;
  told.add(line);
  process.stderr.write(line + '\n');
};

/**
 * Reads an existing glossary CSV, refusing (never replacing) one it cannot parse; tells `note` how it was read
 * (separator, status spellings) and what a reviewer should look at (unknown statuses, conflicting rows, lost ids).
 */
export function readExistingGlossary(path: string, note: (line: string) => void = toStderr): { rows: GlossaryRow[]; extraColumns: string[]; delimiter: Delimiter } | undefined {
  checkOutputPath(path);
  if (!existsSync(path)) return undefined;
  const text = readGlossaryText(path);
  try {
    const g = readGlossaryCsv(text);
    for (const n of g.notices) note(`${n.level}: ${path}: ${n.text}`);
    return g;
  } catch (e) {
    if (e instanceof GlossaryCsvError) {
      throw new UserError(`${path}: ${e.message}; fix or move the file, it was left untouched`, EXIT.output);
    }
    throw e;
  }
}

/** The text of a glossary CSV, decoded as the input texts are (a spreadsheet may have saved it as Windows-1256 or UTF-16). */
export function readGlossaryText(path: string): string {
  try {
    return decodeBytes(readFileSync(path), path, 'ar').text;
  } catch (e) {
    if (e instanceof UserError) throw new UserError(`${e.message}; the glossary was left untouched`, EXIT.output);
    const code = (e as NodeJS.ErrnoException).code;
    if (code) throw new UserError(`${path}: cannot read (${code}); the glossary was left untouched`, EXIT.output);
    throw e;
  }
}

/**
 * Writes proposals into a glossary CSV, merging with a reviewer's existing file. If the reviewer saves the file
 * while it is being merged (size or time changed before the rename), it is read and merged again, so that save
 * is not overwritten. Returns the rows written.
 */
export function writeGlossary(path: string, proposals: readonly GlossaryRow[], note: (line: string) => void = toStderr): GlossaryRow[] {
  for (let attempt = 0; attempt < 5; attempt++) {
    const stamp = stampOf(path);
    const existing = readExistingGlossary(path, attempt ? () => {} : note);
    const rows = sortRows(mergeGlossary(existing?.rows ?? [], proposals));
    const extra = existing?.extraColumns.length ? existing.extraColumns : undefined;
    if (writeFileAtomic(path, writeGlossaryCsv(rows, extra, existing?.delimiter), stamp)) return rows;
    note(`note: ${path}: changed while being merged (saved meanwhile?): merging again`);
  }
  throw new UserError(`${path}: keeps changing while being merged; close it in the spreadsheet and run again`, EXIT.output);
}

/** Approved rows of a glossary CSV, as lexicon pairs for the encoder. */
export function approvedPairs(path: string): LexiconPair[] {
  const g = readExistingGlossary(path);
  return settledRows(g?.rows ?? []).filter((r) => statusOf(r) === 'approved' && r.en.trim() && r.ar.trim()).map((r) => [r.ar, r.en] as const);
}
