import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createLexicalEncoder } from './encode/factory.ts';
import type { LexicalEncoder } from './encode/lexical.ts';
import { EXIT, UserError } from './errors.ts';
import { formatLinks, type LinkFormat } from './format/links.ts';
import { windowReporter, type Progress } from './io/progress.ts';
import { readText } from './io/read.ts';
import { writeFileAtomic } from './io/write.ts';
import { describeUnmatched } from './format/decisions.ts';
import { consolidateGlossaries, type DocumentGlossary } from './glossary/corpus.ts';
import { summariseDropped, writeExplainCsv } from './glossary/explain.ts';
import type { DroppedTerm } from './glossary/filters.ts';
import { alignTexts, approvedPairs, proposeTerms, readExistingGlossary, readGlossaryText, readLinkDecisions, writeGlossary } from './pipeline.ts';
import { buildReportHtml } from './report/index.ts';
import { describeResources, resourceMeta, resourcesOf, type FreedictChoice } from './resources/index.ts';
import type { ModeChoice } from './align/index.ts';
import type { Encoder } from './types.ts';

/** Options of every pair of a batch, as `align` and `glossary` take them. */
export interface BatchOptions {
  mode?: ModeChoice;
  presplit?: boolean;
  minScore?: number;
  /** FreeDict for the lexical encoder: auto (default), off, or its folder. */
  freedict?: FreedictChoice | false;
  /** Format of `<stem>.links.<format>`; default jsonl. */
  linkFormat?: LinkFormat;
  /** Told the resources line of the first pair (what the encoder was built from). */
  onResources?: (line: string) => void;
  /** Also write `<stem>.explain.csv`: every candidate pair the glossary left out, and the rule that did it. */
  explain?: boolean;
  /** The corpus glossary (`corpusGlossaryPath`): its approved rows guide every pair, as a pair's own do. */
  corpusGlossary?: string;
}

/**
 * Shard `k` of `n` (1 ≤ k ≤ n): every n-th pair in name order, starting with the k-th, so that n workers given
 * 1/n … n/n share a corpus without a scheduler, each pair processed exactly once.
 */
export function shardOf<T>(pairs: readonly T[], k: number, n: number): T[] {
  return pairs.filter((_, i) => i % n === k - 1);
}

/** "K/N" → [K, N], or a usage error. */
export function parseShard(text: string): [number, number] {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const k = m ? Number(m[1]) : NaN;
  const n = m ? Number(m[2]) : NaN;
  if (!m || n < 1 || k < 1 || k > n) throw new UserError(`--shard ${text}: expected K/N with 1 ≤ K ≤ N, e.g. 2/4`, EXIT.usage);
  return [k, n];
}

/** The sentence encoder for a pair, around the lexical one that knows that pair's approved glossary rows. */
export type EncoderFor = (lexical: LexicalEncoder) => Promise<Encoder>;

export interface PairFiles {
  stem: string;
  ar: string;
  en: string;
}

/** Input pairs of a folder: `<stem>.ar.txt` + `<stem>.en.txt`. Files without a partner are returned apart. */
export function findPairs(dir: string): { pairs: PairFiles[]; orphans: string[] } {
  if (!existsSync(dir)) throw new UserError(`${dir}: no such folder`, EXIT.fileMissing);
  if (!statSync(dir).isDirectory()) throw new UserError(`${dir}: is a file, not a folder of text pairs`, EXIT.fileMissing);
  const files = readdirSync(dir).sort();
  const stems = [...new Set(files.filter((f) => /\.(ar|en)\.txt$/.test(f)).map((f) => f.replace(/\.(ar|en)\.txt$/, '')))];
  const pairs: PairFiles[] = [];
  const orphans: string[] = [];
  for (const stem of stems) {
    const ar = `${stem}.ar.txt`;
    const en = `${stem}.en.txt`;
    if (files.includes(ar) && files.includes(en)) pairs.push({ stem, ar: join(dir, ar), en: join(dir, en) });
    else orphans.push(join(dir, files.includes(ar) ? ar : en));
  }
  if (pairs.length === 0) {
    const what = files.length === 0 ? 'empty folder' : `none of its ${files.length} files form a pair`;
    throw new UserError(`${dir}: ${what}; expected <stem>.ar.txt + <stem>.en.txt`, EXIT.badInput);
  }
  return { pairs, orphans };
}

/** Aligns one pair and writes `<stem>.links.jsonl`, `<stem>.csv` (merged with a reviewed one) and `<stem>.report.html`. */
async function runPair(p: PairFiles, outDir: string, progress: Progress, encoderFor?: EncoderFor, opts: BatchOptions = {}): Promise<string> {
  const format = opts.linkFormat ?? 'jsonl';
  const csvPath = join(outDir, `${p.stem}.csv`);
  const linksPath = join(outDir, `${p.stem}.links.${format}`);
  const reportPath = join(outDir, `${p.stem}.report.html`);
  progress.stage('read');
  const arText = readText(p.ar, 'ar', progress.line);
  const enText = readText(p.en, 'en', progress.line);
  // Refuse a malformed reviewed CSV before any work, and learn from its approved rows.
  const userPairs = [...approvedPairs(csvPath), ...(opts.corpusGlossary ? approvedPairs(opts.corpusGlossary) : [])];
  const lexical = createLexicalEncoder({ userPairs, freedict: opts.freedict });
  const encoder = encoderFor ? await encoderFor(lexical) : lexical;
  // A reviewer's link decisions from the last run (kept in the JSONL links file, whatever --format writes now):
  // approved links kept, rejected ones never proposed again.
  const decisionsPath = join(outDir, `${p.stem}.links.jsonl`);
  const decisions = readLinkDecisions(decisionsPath);
  const pair = await alignTexts(arText, enText, { encoder, decisions, onStage: (s) => progress.stage(s), onWindow: windowReporter(progress), mode: opts.mode, presplit: opts.presplit, minScore: opts.minScore });
  for (const d of pair.unmatched) progress.line(`${decisionsPath}: ${describeUnmatched(d)}`);
  const used = resourcesOf(encoder);
  opts.onResources?.(describeResources(used));
  progress.stage('glossary');
  const dropped: DroppedTerm[] = [];
  const proposals = proposeTerms(pair, lexical, (done, total) => progress.stage(`glossary (${done} of ${total} sentence pairs)`), opts.explain ? (d) => dropped.push(d) : undefined);
  progress.stage('write');
  const explained = opts.explain ? join(outDir, `${p.stem}.explain.csv`) : undefined;
  if (explained) writeFileAtomic(explained, writeExplainCsv(dropped));
  writeFileAtomic(linksPath, formatLinks(format, pair.alignment, pair.ar, pair.en, { meta: resourceMeta(used), carried: pair.unmatched }));
  const rows = writeGlossary(csvPath, proposals);
  writeFileAtomic(reportPath, buildReportHtml(pair, { ar: p.ar, en: p.en }, { csvText: readGlossaryText(csvPath), file: basename(csvPath) }, describeResources(used)));
  const links = pair.alignment.links.filter((l) => l.ar.length && l.en.length).length;
  return `${csvPath}: ${rows.length} rows; ${linksPath}: ${links} links; ${reportPath}${explained ? `; ${explained}: ${summariseDropped(dropped)}` : ''}`;
}

export interface BatchFailure {
  stem: string;
  message: string;
  /** Set for a bug (not a UserError): the stack, shown with --verbose. */
  stack?: string;
}

/**
 * Runs every pair, continuing past failures: a bad pair is reported and the next one runs.
 * Returns the failures, for the summary and the exit code.
 */
export async function runBatch(pairs: readonly PairFiles[], outDir: string, progress: Progress, encoderFor?: EncoderFor, opts: BatchOptions = {}): Promise<BatchFailure[]> {
  const failures: BatchFailure[] = [];
  for (const [i, p] of pairs.entries()) {
    progress.pair(i + 1, pairs.length, p.stem);
    try {
      progress.line(`[${i + 1}/${pairs.length}] ${p.stem}: ${await runPair(p, outDir, progress, encoderFor, opts)}`);
    } catch (e) {
      const f: BatchFailure =
        e instanceof UserError
          ? { stem: p.stem, message: e.message }
          : { stem: p.stem, message: `internal error: ${(e as Error).message} (please report it)`, stack: (e as Error).stack };
      failures.push(f);
      progress.line(`[${i + 1}/${pairs.length}] ${p.stem}: failed: ${f.message}`);
    }
  }
  return failures;
}

/** Where `run` writes the corpus glossary: `corpus.csv`, or `corpus.all.csv` when a pair is itself named "corpus". */
export function corpusGlossaryPath(outDir: string, stems: readonly string[]): string {
  return join(outDir, stems.includes('corpus') ? 'corpus.all.csv' : 'corpus.csv');
}

/**
 * Writes the corpus glossary from the pairs' CSVs in `outDir` (those that exist), merged with the reviewer's
 * decisions already in it. Returns what was written, for the summary line.
 */
export function writeCorpusGlossary(outDir: string, stems: readonly string[], note: (line: string) => void): string {
  const docs: DocumentGlossary[] = [];
  for (const stem of stems) {
    try {
      const g = readExistingGlossary(join(outDir, `${stem}.csv`));
      if (g) docs.push({ stem, rows: g.rows });
    } catch (e) {
      // A pair's CSV that cannot be read failed its pair already; the corpus list goes on without it.
      if (!(e instanceof UserError)) throw e;
      note(`corpus glossary: ${stem} left out: ${e.message}`);
    }
  }
  const path = corpusGlossaryPath(outDir, stems);
  const rows = writeGlossary(path, consolidateGlossaries(docs));
  return `${path}: ${rows.length} rows from ${docs.length} of ${stems.length} pairs' glossaries`;
}
