import type { ModeChoice } from '../align/index.ts';
import { corpusGlossaryPath, findPairs, parseShard, runBatch, shardOf, writeCorpusGlossary } from '../batch.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT, UserError } from '../errors.ts';
import { createEncoder, createNeuralEncoder } from '../encode/factory.ts';
import type { LinkFormat } from '../format/links.ts';
import { createProgress } from '../io/progress.ts';
import { encoderOptions, stderr, type EncoderFlags } from './shared.ts';

export interface RunFlags extends EncoderFlags {
  outDir: string;
  mode: ModeChoice;
  presplit?: boolean;
  minScore?: number;
  format: LinkFormat;
  shard?: string;
  explain?: boolean;
  /** Only rebuild the corpus glossary from the pairs' CSVs already in the output folder. */
  consolidate?: boolean;
}

/** Returns the failures' count; each is listed on stderr (with its stack when `verbose`). */
export async function runCommand(dir: string, o: RunFlags, verbose: boolean): Promise<number> {
  const shard = o.shard === undefined ? undefined : parseShard(o.shard);
  const found = findPairs(dir);
  const pairs = shard ? shardOf(found.pairs, shard[0], shard[1]) : found.pairs;
  const stems = found.pairs.map((p) => p.stem);
  if (o.consolidate) {
    if (shard) throw new UserError('--consolidate reads every pair\'s CSV: leave out --shard', EXIT.usage);
    // Nothing to consolidate is a mistake (a wrong --out-dir), not an empty corpus list.
    if (!stems.some((s) => existsSync(join(o.outDir, `${s}.csv`)))) {
      throw new UserError(`${o.outDir}: no pair's glossary CSV to consolidate (a wrong --out-dir? or run without --consolidate first)`, EXIT.fileMissing);
    }
    stderr(writeCorpusGlossary(o.outDir, stems, stderr));
    return 0;
  }
  const orphans = found.orphans;
  for (const f of orphans) stderr(`skipped ${f}: no partner file`);
  if (shard) stderr(`shard ${shard[0]}/${shard[1]}: ${pairs.length} of ${found.pairs.length} pairs`);
  const opts = encoderOptions(o);
  // The model is loaded once for all pairs; each pair's lexical encoder has its own glossary's pairs.
  const neural = o.encoder === 'lexical' || pairs.length === 0 ? undefined : await createNeuralEncoder(opts);
  const progress = createProgress((t) => process.stderr.write(t), process.stderr.isTTY === true);
  let resources: string | undefined;
  const failures = await runBatch(pairs, o.outDir, progress, (lexical) => createEncoder(o.encoder, opts, { lexical, neural }), {
    mode: o.mode,
    presplit: o.presplit,
    minScore: o.minScore,
    linkFormat: o.format,
    freedict: o.freedict,
    onResources: (line) => (resources ??= line),
    corpusGlossary: corpusGlossaryPath(o.outDir, stems),
    explain: o.explain,
  });
  // A shard sees only its pairs: the corpus list is written once all are done, by one `--consolidate` run.
  if (shard) stderr(`corpus glossary not written by a shard: when every shard is done, run the same command with --consolidate instead of --shard`);
  else stderr(writeCorpusGlossary(o.outDir, stems, stderr));
  const skipped = orphans.length ? `; ${orphans.length} file${orphans.length > 1 ? 's' : ''} without a partner skipped` : '';
  if (resources) stderr(resources);
  stderr(`${pairs.length - failures.length} of ${pairs.length} pairs done${skipped}`);

  if (failures.length) {
    stderr(`${failures.length} failed:`);
    for (const f of failures) {
      stderr(`  ${f.stem}: ${f.message}`);
      if (f.stack && verbose) stderr(f.stack);
    }
  }
  return failures.length;
}
