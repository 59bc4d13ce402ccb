import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { ModeChoice } from '../align/index.ts';
import { createEncoder, createLexicalEncoder } from '../encode/factory.ts';
import { EXIT, UserError } from '../errors.ts';
import { explainPath, summariseDropped, writeExplainCsv } from '../glossary/explain.ts';
import type { DroppedTerm } from '../glossary/filters.ts';
import { tbxRows, writeTbx } from '../glossary/tbx.ts';
import type { GlossaryRow } from '../glossary/csv.ts';
import { createProgress, windowReporter } from '../io/progress.ts';
import { readText } from '../io/read.ts';
import { writeFileAtomic } from '../io/write.ts';
import { alignTexts, approvedPairs, proposeTerms, readExistingGlossary, writeGlossary } from '../pipeline.ts';
import { describeResources, resourcesOf } from '../resources/index.ts';
import { encoderOptions, stderr, type EncoderFlags } from './shared.ts';

export interface GlossaryFlags extends EncoderFlags {
  ar?: string;
  en?: string;
  out: string;
  from?: string;
  presplit?: boolean;
  format: 'csv' | 'tbx';
  all?: boolean;
  mode: ModeChoice;
  minScore?: number;
  explain?: boolean;
}

function writeTbxFile(out: string, rows: readonly GlossaryRow[], all?: boolean): void {
  const entries = tbxRows(rows, all);
  writeFileAtomic(out, writeTbx(entries));
  stderr(`${out}: ${entries.length} ${all ? 'entries (all but rejected)' : 'approved entries'}`);
}

export async function glossaryCommand(o: GlossaryFlags): Promise<void> {
  if (o.from !== undefined) {
    // Export a reviewed CSV as it stands: no texts, no alignment.
    if (o.format !== 'tbx') throw new UserError('--from exports a reviewed CSV: use it with --format tbx', EXIT.usage);
    if (o.ar !== undefined || o.en !== undefined) throw new UserError('--from exports a reviewed CSV as it is: leave out --ar and --en', EXIT.usage);
    if (!existsSync(o.from)) throw new UserError(`${o.from}: no such file`, EXIT.fileMissing);
    if (o.from === o.out) throw new UserError(`--out ${o.out}: the TBX file must not be the review CSV`, EXIT.usage);
    writeTbxFile(o.out, readExistingGlossary(o.from)?.rows ?? [], o.all);
    return;
  }
  if (o.ar === undefined) throw new UserError("required option '--ar <file>' not specified (or --from CSV with --format tbx)", EXIT.usage);
  if (o.en === undefined) throw new UserError("required option '--en <file>' not specified", EXIT.usage);
  const arText = readText(o.ar, 'ar');
  const enText = readText(o.en, 'en');
  const csvPath = o.format === 'tbx' ? o.out.replace(/\.[^./\\]*$/, '') + '.csv' : o.out;
  if (o.format === 'tbx' && csvPath === o.out) throw new UserError(`--out ${o.out}: the TBX file must not be the review CSV`, EXIT.usage);
  const opts = encoderOptions(o);
  const lexical = createLexicalEncoder({ ...opts, userPairs: approvedPairs(csvPath) });
  const encoder = await createEncoder(o.encoder, opts, { lexical });
  // Progress within the stages (each window of a long pair, every 1,000 sentence pairs): a long text spends minutes here.
  const progress = createProgress((t) => process.stderr.write(t), process.stderr.isTTY === true);
  progress.pair(1, 1, basename(csvPath));
  const pair = await alignTexts(arText, enText, { encoder, presplit: o.presplit, mode: o.mode, minScore: o.minScore, onWindow: windowReporter(progress) });
  const dropped: DroppedTerm[] = [];
  const proposals = proposeTerms(pair, lexical, (done, total) => progress.stage(`glossary (${done} of ${total} sentence pairs)`), o.explain ? (d) => dropped.push(d) : undefined);
  const rows = writeGlossary(csvPath, proposals);
  progress.line(`${csvPath}: ${rows.length} rows; ${describeResources(resourcesOf(encoder))}`);
  if (o.explain) {
    const path = explainPath(csvPath);
    writeFileAtomic(path, writeExplainCsv(dropped));
    progress.line(`${path}: ${summariseDropped(dropped)}`);
  }
  if (o.format === 'tbx') writeTbxFile(o.out, rows, o.all);
}
