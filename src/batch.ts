import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createLexicalEncoder } from './encode/factory.ts';
import type { LexicalEncoder } from './encode/lexical.ts';
import { EXIT, UserError } from './errors.ts';
import { toJsonl } from './format/links.ts';
import type { Progress } from './io/progress.ts';
import { readText } from './io/read.ts';
import { writeFileAtomic } from './io/write.ts';
import { describeUnmatched } from './format/decisions.ts';
import { alignTexts, approvedPairs, proposeTerms, readGlossaryText, readLinkDecisions, writeGlossary } from './pipeline.ts';
import { buildReportHtml } from './report/index.ts';
import type { Encoder } from './types.ts';

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
async function runPair(p: PairFiles, outDir: string, progress: Progress, encoderFor?: EncoderFor): Promise<string> {
  const csvPath = join(outDir, `${p.stem}.csv`);
  const linksPath = join(outDir, `${p.stem}.links.jsonl`);
  const reportPath = join(outDir, `${p.stem}.report.html`);
  progress.stage('read');
  const arText = readText(p.ar, 'ar', progress.line);
  const enText = readText(p.en, 'en', progress.line);
  // Refuse a malformed reviewed CSV before any work, and learn from its approved rows.
  const lexical = createLexicalEncoder({ userPairs: approvedPairs(csvPath) });
  const encoder = encoderFor ? await encoderFor(lexical) : lexical;
  // A reviewer's link decisions from the last run: approved links kept, rejected ones never proposed again.
  const decisions = readLinkDecisions(linksPath);
  const pair = await alignTexts(arText, enText, { encoder, decisions, onStage: (s) => progress.stage(s) });
  for (const d of pair.unmatched) progress.line(`${linksPath}: ${describeUnmatched(d)}`);
  progress.stage('glossary');
  const proposals = proposeTerms(pair, lexical);
  progress.stage('write');
  writeFileAtomic(linksPath, toJsonl(pair.alignment, pair.ar, pair.en, pair.unmatched));
  const rows = writeGlossary(csvPath, proposals);
  writeFileAtomic(reportPath, buildReportHtml(pair, { ar: p.ar, en: p.en }, { csvText: readGlossaryText(csvPath), file: basename(csvPath) }));
  const links = pair.alignment.links.filter((l) => l.ar.length && l.en.length).length;
  return `${csvPath}: ${rows.length} rows; ${linksPath}: ${links} links; ${reportPath}`;
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
export async function runBatch(pairs: readonly PairFiles[], outDir: string, progress: Progress, encoderFor?: EncoderFor): Promise<BatchFailure[]> {
  const failures: BatchFailure[] = [];
  for (const [i, p] of pairs.entries()) {
    progress.pair(i + 1, pairs.length, p.stem);
    try {
      progress.line(`[${i + 1}/${pairs.length}] ${p.stem}: ${await runPair(p, outDir, progress, encoderFor)}`);
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
