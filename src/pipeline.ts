import { existsSync, readFileSync } from 'node:fs';
import { align, type ModeChoice } from './align/index.ts';
import { encodeSide, type GroupEncoding } from './align/sides.ts';
import { EXIT, UserError } from './errors.ts';
import { buildGlossary, type TermLexicon } from './glossary/build.ts';
import { readGlossaryCsv, rowFromTerm, writeGlossaryCsv, GlossaryCsvError, type GlossaryRow } from './glossary/csv.ts';
import { mergeGlossary, sortRows, statusOf } from './glossary/merge.ts';
import { LinksFileError, parseLinksJsonl, resolveDecisions, type StoredLink } from './format/decisions.ts';
import { decodeBytes } from './io/decode.ts';
import { writeFileAtomic } from './io/write.ts';
import type { LexiconPair } from './lexicon/lexicon.ts';
import { segment } from './segment/index.ts';
import { presplit } from './segment/presplit.ts';
import type { Alignment, Encoder, Sentence } from './types.ts';

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

/** The lines of an existing links file (for its decisions), refusing — never replacing — one it cannot read. */
export function readLinkDecisions(path: string): StoredLink[] {
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
export function proposeTerms(pair: AlignedPair, lexicon: TermLexicon): GlossaryRow[] {
  const links = pair.alignment.links.filter((l) => l.ar.length && l.en.length && l.kind !== 'related');
  return buildGlossary({ ar: pair.ar, en: pair.en, links, lexicon }).map(rowFromTerm);
}

/** Reads an existing glossary CSV, refusing (never replacing) one it cannot parse. */
export function readExistingGlossary(path: string): { rows: GlossaryRow[]; extraColumns: string[] } | undefined {
  if (!existsSync(path)) return undefined;
  const text = readGlossaryText(path);
  try {
    return readGlossaryCsv(text);
  } catch (e) {
    if (e instanceof GlossaryCsvError) {
      throw new UserError(`${path}: ${e.message}; fix or move the file, it was left untouched`, EXIT.output);
    }
    throw e;
  }
}

/** The text of a glossary CSV, decoded as the input texts are (a spreadsheet may have saved it as Windows-1256). */
export function readGlossaryText(path: string): string {
  try {
    return decodeBytes(readFileSync(path), path, 'ar').text;
  } catch (e) {
    if (e instanceof UserError) throw new UserError(`${e.message}; the glossary was left untouched`, EXIT.output);
    throw e;
  }
}

/** Writes proposals into a glossary CSV, merging with a reviewer's existing file. Returns the rows written. */
export function writeGlossary(path: string, proposals: readonly GlossaryRow[]): GlossaryRow[] {
  const existing = readExistingGlossary(path);
  const rows = sortRows(mergeGlossary(existing?.rows ?? [], proposals));
  const extra = existing?.extraColumns.length ? existing.extraColumns : undefined;
  writeFileAtomic(path, writeGlossaryCsv(rows, extra));
  return rows;
}

/** Approved rows of a glossary CSV, as lexicon pairs for the encoder. */
export function approvedPairs(path: string): LexiconPair[] {
  const g = readExistingGlossary(path);
  return (g?.rows ?? []).filter((r) => statusOf(r) === 'approved' && r.en.trim() && r.ar.trim()).map((r) => [r.ar, r.en] as const);
}
