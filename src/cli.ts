#!/usr/bin/env node
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { findPairs, runBatch } from './batch.ts';
import { createEncoder, createLexicalEncoder, createNeuralEncoder, ENCODER_NAMES, type EncoderName, type EncoderOptions } from './encode/factory.ts';
import { EXIT, UserError } from './errors.ts';
import type { ModeChoice } from './align/index.ts';
import { describeUnmatched } from './format/decisions.ts';
import { parseTmxLangs } from './format/tmx.ts';
import { formatLinks, LINK_FORMATS, toJsonl, type LinkFormat } from './format/links.ts';
import { createProgress } from './io/progress.ts';
import { readText, readTextDetected } from './io/read.ts';
import { writeFileAtomic } from './io/write.ts';
import { alignTexts, approvedPairs, proposeTerms, readGlossaryText, readLinkDecisions, writeGlossary } from './pipeline.ts';
import { buildReportHtml, stemOf } from './report/index.ts';
import { segment } from './segment/index.ts';
import { tbxRows, writeTbx } from './glossary/tbx.ts';
import type { Lang } from './types.ts';

function parseScore(v: string): number {
  const x = Number(v);
  if (!Number.isFinite(x) || x < 0 || x > 1) throw new InvalidArgumentError('a number from 0 to 1');
  return x;
}

function parseLangs(v: string): [string, string] {
  try {
    return parseTmxLangs(v);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}

function stderr(line: string): void {
  process.stderr.write(line + '\n');
}

const program = new Command();
program
  .name('aligner')
  .description(
    'Arabic–English sentence alignment and bilingual glossary extraction. Splits both texts into sentences, ' +
      'pairs Arabic sentences with English ones (with a score), and proposes a glossary of shared names and terms ' +
      'in a CSV for review.',
  )
  .addHelpText(
    'after',
    '\nStart with:\n' +
      '  npx tsx src/cli.ts run corpus           every <stem>.ar.txt + <stem>.en.txt pair → glossary/\n' +
      '  npx tsx src/cli.ts align --ar A --en E  links on stdout (JSONL)\n' +
      '\n`<command> --help` explains each command. Exit codes: README, "When something goes wrong".',
  )
  .option('--verbose', 'show stack traces of errors')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

const encoderOption = (): Option =>
  new Option('--encoder <name>', 'sentence encoder').choices(ENCODER_NAMES as string[]).default('lexical');

/** Options of the neural encoder (transformers, hybrid); see docs/ENCODER-NEURAL.md. */
interface NeuralFlags {
  encoder: EncoderName;
  model?: string;
  modelDir?: string;
  cacheDir?: string;
  cache: boolean;
}

function withEncoderOptions(cmd: Command): Command {
  return cmd
    .addOption(encoderOption())
    .option('--model <id>', 'neural model id (transformers, hybrid)', 'Xenova/LaBSE')
    .option('--model-dir <dir>', 'load the model from this folder (<dir>/<model id>/ or the model folder itself), offline')
    .option('--cache-dir <dir>', 'embedding cache folder (default ~/.cache/aligner/embeddings)')
    .option('--no-cache', 'do not read or write the embedding cache');
}

function encoderOptions(o: NeuralFlags): EncoderOptions {
  return { model: o.model, modelDir: o.modelDir, cacheDir: o.cache ? o.cacheDir : false };
}

program
  .command('segment')
  .description('split a text into sentences, one per line on stdout')
  .option('--lang <lang>', 'language of the text: ar or en (default: told from its letters)')
  .argument('<file>', 'text file (UTF-8, or a legacy Arabic/Western encoding)')
  .addHelpText(
    'after',
    '\nWithout --lang a text at least half of whose letters are Arabic is split as Arabic, else as English.\n' +
      '\nExamples:\n  npx tsx src/cli.ts segment corpus/seoul-talks.ar.txt\n  npx tsx src/cli.ts segment --lang en corpus/seoul-talks.en.txt',
  )
  .action((file: string, o: { lang?: string }) => {
    if (o.lang !== undefined && o.lang !== 'ar' && o.lang !== 'en') throw new UserError(`--lang must be ar or en, not "${o.lang}"`, EXIT.usage);
    const { text, lang } = o.lang === undefined ? readTextDetected(file) : { text: readText(file, o.lang as Lang), lang: o.lang as Lang };
    for (const s of segment(text, lang)) process.stdout.write(s.text.replace(/[\r\n]+/g, ' ') + '\n');
  });

withEncoderOptions(program
  .command('align'))
  .description('align the sentences of an Arabic and an English text')
  .requiredOption('--ar <file>', 'Arabic text')
  .requiredOption('--en <file>', 'English text')
  .option('--presplit', 'each non-empty line is already one sentence')
  .option('--out <file>', 'write here instead of stdout')
  .addOption(new Option('--format <format>', 'output format').choices(LINK_FORMATS as string[]).default('jsonl'))
  .addOption(
    new Option('--mode <mode>', 'parallel: a translation (same order); comparable: reports of one event (any order); auto: decide from the texts')
      .choices(['auto', 'parallel', 'comparable'])
      .default('auto'),
  )
  .option('--min-score <p>', 'drop links less likely than p (0–1) to be right: the score is that probability; their sentences appear unaligned', parseScore)
  .option('--tmx-lang <ar,en>', 'with --format tmx: the BCP-47 codes of the two sides (default ar,en), e.g. ar-SA,en-US', parseLangs)
  .option('--tmx-all', 'with --format tmx on comparable texts: include the related links, not only the equivalent ones')
  .addHelpText(
    'after',
    '\nJSONL: one link per line, {"ar":[indices],"en":[indices],"score":0.93,"similarity":0.31,"status":"proposed",\n' +
      '"ar_text":…,"en_text":…,"kind":"equivalent"}; score = the probability the link is right, similarity = the raw\n' +
      'cosine-based figure; sentences left unaligned appear with an empty list on the other side.\n' +
      'kind: equivalent (the same statement) or related (shared content: a name and a figure, one claim of several;\n' +
      'comparable mode, where a sentence may be in several links); "evidence": the names, numbers and dates both share.\n' +
      'With --out onto an existing JSONL file, its decisions are kept: set a line\'s "status" to "approved" or\n' +
      '"rejected", or add {"ar":[i],"en":[j],"status":"approved"}; approved links stay exactly and guide the rest,\n' +
      'rejected ones never come back (matched by the sentences\' text; one that no longer matches is reported).\n' +
      'TSV: ar_text<TAB>en_text<TAB>score<TAB>kind. TMX 1.4: one <tu> per link, score as <prop type="x-score">, kind as\n' +
      'x-kind, the mode chosen in the header; for comparable texts only the equivalent links (--tmx-all: all).\n' +
      'Scores: README "Scores", docs/ALIGNMENT.md.\n\nExample:\n' +
      '  npx tsx src/cli.ts align --ar corpus/seoul-talks.ar.txt --en corpus/seoul-talks.en.txt --format tsv',
  )
  .action(async (o: NeuralFlags & { ar: string; en: string; presplit?: boolean; out?: string; format: LinkFormat; mode: ModeChoice; minScore?: number; tmxLang?: [string, string]; tmxAll?: boolean }) => {
    const arText = readText(o.ar, 'ar');
    const enText = readText(o.en, 'en');
    const encoder = await createEncoder(o.encoder, encoderOptions(o));
    // Onto an existing JSONL links file: its reviewer's decisions are kept and constrain the new links.
    const decisions = o.out && o.format === 'jsonl' ? readLinkDecisions(o.out) : [];
    const pair = await alignTexts(arText, enText, { encoder, presplit: o.presplit, minScore: o.minScore, mode: o.mode, decisions });
    stderr(`mode: ${pair.alignment.mode} (${pair.alignment.reason})`);
    for (const d of pair.unmatched) stderr(`${o.out}: ${describeUnmatched(d)}`);
    const out = o.format === 'jsonl' ? toJsonl(pair.alignment, pair.ar, pair.en, pair.unmatched) : formatLinks(o.format, pair.alignment, pair.ar, pair.en, { ...(o.tmxLang ? { langs: o.tmxLang } : {}), all: o.tmxAll ?? false });
    if (o.out) writeFileAtomic(o.out, out);
    else process.stdout.write(out);
    const real = pair.alignment.links.filter((l) => l.ar.length && l.en.length);
    const related = real.filter((l) => l.kind === 'related').length;
    stderr(`${pair.ar.length} Arabic and ${pair.en.length} English sentences; ${real.length} links${related ? ` (${real.length - related} equivalent, ${related} related)` : ''}`);
  });

withEncoderOptions(program
  .command('glossary'))
  .description('propose a bilingual glossary; an existing CSV is merged, keeping every review decision')
  .requiredOption('--ar <file>', 'Arabic text')
  .requiredOption('--en <file>', 'English text')
  .requiredOption('--out <file>', 'glossary CSV to write (merged if it exists); with --format tbx, the TBX file')
  .option('--presplit', 'each non-empty line is already one sentence')
  .addOption(new Option('--format <format>', 'csv: the review file; tbx: also a TBX term base of its approved rows').choices(['csv', 'tbx']).default('csv'))
  .option('--all', 'with --format tbx: every row but the rejected, not only the approved')
  .addHelpText(
    'after',
    '\nThe CSV is where review happens: set status to approved or rejected, correct en/ar, add notes; re-runs keep it all.\n' +
      'With --format tbx the review CSV is <out without extension>.csv (merged as usual) and --out gets the TBX.\n\nExamples:\n' +
      '  npx tsx src/cli.ts glossary --ar a.ar.txt --en a.en.txt --out glossary/a.csv\n' +
      '  npx tsx src/cli.ts glossary --ar a.ar.txt --en a.en.txt --out glossary/a.tbx --format tbx',
  )
  .action(async (o: NeuralFlags & { ar: string; en: string; out: string; presplit?: boolean; format: 'csv' | 'tbx'; all?: boolean }) => {
    const arText = readText(o.ar, 'ar');
    const enText = readText(o.en, 'en');
    const csvPath = o.format === 'tbx' ? o.out.replace(/\.[^./\\]*$/, '') + '.csv' : o.out;
    if (o.format === 'tbx' && csvPath === o.out) throw new UserError(`--out ${o.out}: the TBX file must not be the review CSV`, EXIT.usage);
    const lexical = createLexicalEncoder({ userPairs: approvedPairs(csvPath) });
    const encoder = await createEncoder(o.encoder, encoderOptions(o), { lexical });
    const pair = await alignTexts(arText, enText, { encoder, presplit: o.presplit });
    const rows = writeGlossary(csvPath, proposeTerms(pair, lexical));
    stderr(`${csvPath}: ${rows.length} rows`);
    if (o.format === 'tbx') {
      const entries = tbxRows(rows, o.all);
      writeFileAtomic(o.out, writeTbx(entries));
      stderr(`${o.out}: ${entries.length} ${o.all ? 'entries (all but rejected)' : 'approved entries'}`);
    }
  });

program
  .command('report')
  .description('write a review page: the two texts side by side with their links, and the glossary to approve or reject')
  .requiredOption('--ar <file>', 'Arabic text')
  .requiredOption('--en <file>', 'English text')
  .option('--out <file>', 'HTML file to write', 'report.html')
  .option('--glossary <file>', 'glossary CSV to review (default: fresh proposals for this pair)')
  .option('--presplit', 'each non-empty line is already one sentence')
  .addHelpText(
    'after',
    '\nOne self-contained HTML file (no network): open it in a browser, approve or reject terms, then\n' +
      '"Download CSV" and save it over the glossary; the next run keeps those decisions.\n\nExample:\n' +
      '  npx tsx src/cli.ts report --ar corpus/seoul-talks.ar.txt --en corpus/seoul-talks.en.txt --glossary glossary/seoul-talks.csv',
  )
  .action(async (o: { ar: string; en: string; out: string; glossary?: string; presplit?: boolean }) => {
    const arText = readText(o.ar, 'ar');
    const enText = readText(o.en, 'en');
    if (o.glossary && !existsSync(o.glossary)) throw new UserError(`${o.glossary}: no such file`, EXIT.fileMissing);
    const encoder = createLexicalEncoder({ userPairs: o.glossary ? approvedPairs(o.glossary) : [] });
    const pair = await alignTexts(arText, enText, { encoder, presplit: o.presplit });
    const glossary = o.glossary
      ? { csvText: readGlossaryText(o.glossary), file: basename(o.glossary) }
      : { proposals: proposeTerms(pair, encoder), file: `${stemOf(o.ar)}.csv` };
    writeFileAtomic(o.out, buildReportHtml(pair, { ar: o.ar, en: o.en }, glossary));
    stderr(`${o.out}: ${pair.ar.length} Arabic and ${pair.en.length} English sentences, glossary ${glossary.file}`);
  });

withEncoderOptions(program
  .command('run'))
  .description('align every pair <stem>.ar.txt + <stem>.en.txt of a folder and write its glossary, links and review page')
  .argument('[dir]', 'folder of text pairs', 'corpus')
  .option('--out-dir <dir>', 'where to write <stem>.csv, <stem>.links.jsonl and <stem>.report.html', 'glossary')
  .addHelpText(
    'after',
    '\nRe-runs keep the review: the glossary CSV\'s decisions (merged), and the link decisions of <stem>.links.jsonl —\n' +
      'approved links stay and guide the rest, rejected ones never come back (set "status" in the file or use the\n' +
      'review page\'s "Download links"). Scores are probabilities that a link is right (README, "Scores").\n' +
      'Progress and failures go to stderr; a failed pair does not stop the others (exit 7 if any failed).',
  )
  .action(async (dir: string, o: NeuralFlags & { outDir: string }) => {
    const { pairs, orphans } = findPairs(dir);
    for (const f of orphans) stderr(`skipped ${f}: no partner file`);
    // The model is loaded once for all pairs; each pair's lexical encoder has its own glossary's pairs.
    const neural = o.encoder === 'lexical' ? undefined : await createNeuralEncoder(encoderOptions(o));
    const progress = createProgress((t) => process.stderr.write(t), process.stderr.isTTY === true);
    const failures = await runBatch(pairs, o.outDir, progress, (lexical) => createEncoder(o.encoder, encoderOptions(o), { lexical, neural }));
    stderr(`${pairs.length - failures.length} of ${pairs.length} pairs done${orphans.length ? `; ${orphans.length} file${orphans.length > 1 ? 's' : ''} without a partner skipped` : ''}`);
    if (failures.length) {
      stderr(`${failures.length} failed:`);
      for (const f of failures) {
        stderr(`  ${f.stem}: ${f.message}`);
        if (f.stack && program.opts().verbose) stderr(f.stack);
      }
      process.exitCode = EXIT.partial;
    }
  });

async function main(argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Commander has already printed its one-line message; help and version are not errors.
      process.exitCode = e.exitCode === 0 ? 0 : EXIT.usage;
      return;
    }
    if (e instanceof UserError) {
      stderr(`error: ${e.message}`);
      if (program.opts().verbose) stderr(e.stack ?? '');
      process.exitCode = e.exitCode;
      return;
    }
    stderr(`internal error: ${(e as Error).message} (please report it; --verbose shows the stack)`);
    if (program.opts().verbose) stderr((e as Error).stack ?? '');
    process.exitCode = EXIT.internal;
  }
}

// A reader that stops early (`segment FILE | head`) closes the pipe: that is not an error, so end quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

await main(process.argv);
