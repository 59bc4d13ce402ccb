#!/usr/bin/env node
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createEncoder, createLexicalEncoder, ENCODER_NAMES, type EncoderName } from './encode/factory.ts';
import { EXIT, UserError } from './errors.ts';
import { formatLinks, type LinkFormat } from './format/links.ts';
import { readText } from './io/read.ts';
import { writeFileAtomic } from './io/write.ts';
import { alignTexts, approvedPairs, proposeTerms, writeGlossary } from './pipeline.ts';
import { buildReportHtml, stemOf } from './report/index.ts';
import { segment } from './segment/index.ts';
import type { Lang } from './types.ts';

function parseScore(v: string): number {
  const x = Number(v);
  if (!Number.isFinite(x) || x < 0 || x > 1) throw new InvalidArgumentError('a number from 0 to 1');
  return x;
}

function stderr(line: string): void {
  process.stderr.write(line + '\n');
}

/** Input pairs of a folder: `<stem>.ar.txt` + `<stem>.en.txt`. Files without a partner are reported. */
export function findPairs(dir: string): { pairs: { stem: string; ar: string; en: string }[]; orphans: string[] } {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError(`${dir}: no such folder`, EXIT.fileMissing);
  const files = readdirSync(dir).sort();
  const stems = new Set(files.filter((f) => /\.(ar|en)\.txt$/.test(f)).map((f) => f.replace(/\.(ar|en)\.txt$/, '')));
  const pairs = [];
  const orphans = [];
  for (const stem of stems) {
    const ar = `${stem}.ar.txt`;
    const en = `${stem}.en.txt`;
    if (files.includes(ar) && files.includes(en)) pairs.push({ stem, ar: join(dir, ar), en: join(dir, en) });
    else orphans.push(join(dir, files.includes(ar) ? ar : en));
  }
  return { pairs, orphans };
}

const program = new Command();
program
  .name('aligner')
  .description(
    'Arabic–English sentence alignment and bilingual glossary extraction.\n' +
      'Splits both texts into sentences, pairs Arabic sentences with English ones (with a score),\n' +
      'and proposes a glossary of shared names and terms in a CSV for review.',
  )
  .option('--verbose', 'show stack traces of errors')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

const encoderOption = (): Option =>
  new Option('--encoder <name>', 'sentence encoder').choices(ENCODER_NAMES as string[]).default('lexical');

program
  .command('segment')
  .description('split a text into sentences, one per line on stdout')
  .requiredOption('--lang <lang>', 'language of the text: ar or en')
  .argument('<file>', 'text file (UTF-8)')
  .addHelpText('after', '\nExample:\n  npx tsx src/cli.ts segment --lang ar corpus/seoul-talks.ar.txt')
  .action((file: string, o: { lang: string }) => {
    if (o.lang !== 'ar' && o.lang !== 'en') throw new UserError(`--lang must be ar or en, not "${o.lang}"`, EXIT.usage);
    const lang = o.lang as Lang;
    for (const s of segment(readText(file, lang), lang)) process.stdout.write(s.text.replace(/[\r\n]+/g, ' ') + '\n');
  });

program
  .command('align')
  .description('align the sentences of an Arabic and an English text')
  .requiredOption('--ar <file>', 'Arabic text')
  .requiredOption('--en <file>', 'English text')
  .option('--presplit', 'each non-empty line is already one sentence')
  .option('--out <file>', 'write here instead of stdout')
  .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'tsv']).default('jsonl'))
  .addOption(encoderOption())
  .option('--min-score <x>', 'drop links scoring under x (0–1)', parseScore)
  .addHelpText(
    'after',
    '\nJSONL: one link per line, {"ar":[indices],"en":[indices],"score":0.42,"ar_text":…,"en_text":…};\n' +
      'sentences left unaligned appear with an empty list on the other side.\n\nExample:\n' +
      '  npx tsx src/cli.ts align --ar corpus/seoul-talks.ar.txt --en corpus/seoul-talks.en.txt --format tsv',
  )
  .action(async (o: { ar: string; en: string; presplit?: boolean; out?: string; format: LinkFormat; encoder: EncoderName; minScore?: number }) => {
    const arText = readText(o.ar, 'ar');
    const enText = readText(o.en, 'en');
    const encoder = await createEncoder(o.encoder);
    const pair = await alignTexts(arText, enText, { encoder, presplit: o.presplit, minScore: o.minScore });
    const out = formatLinks(o.format, pair.alignment, pair.ar, pair.en);
    if (o.out) writeFileAtomic(o.out, out);
    else process.stdout.write(out);
    stderr(`${pair.ar.length} Arabic and ${pair.en.length} English sentences; ${pair.alignment.links.filter((l) => l.ar.length && l.en.length).length} links (${pair.alignment.mode}: ${pair.alignment.reason})`);
  });

program
  .command('glossary')
  .description('propose a bilingual glossary; an existing CSV is merged, keeping every review decision')
  .requiredOption('--ar <file>', 'Arabic text')
  .requiredOption('--en <file>', 'English text')
  .requiredOption('--out <file>', 'glossary CSV to write (merged if it exists)')
  .option('--presplit', 'each non-empty line is already one sentence')
  .addHelpText('after', '\nExample:\n  npx tsx src/cli.ts glossary --ar a.ar.txt --en a.en.txt --out glossary/a.csv')
  .action(async (o: { ar: string; en: string; out: string; presplit?: boolean }) => {
    const arText = readText(o.ar, 'ar');
    const enText = readText(o.en, 'en');
    const encoder = createLexicalEncoder({ userPairs: approvedPairs(o.out) });
    const pair = await alignTexts(arText, enText, { encoder, presplit: o.presplit });
    const rows = writeGlossary(o.out, proposeTerms(pair, encoder));
    stderr(`${o.out}: ${rows.length} rows`);
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
      ? { csvText: readFileSync(o.glossary, 'utf8'), file: basename(o.glossary) }
      : { proposals: proposeTerms(pair, encoder), file: `${stemOf(o.ar)}.csv` };
    writeFileAtomic(o.out, buildReportHtml(pair, { ar: o.ar, en: o.en }, glossary));
    stderr(`${o.out}: ${pair.ar.length} Arabic and ${pair.en.length} English sentences, glossary ${glossary.file}`);
  });

program
  .command('run')
  .description('align every pair <stem>.ar.txt + <stem>.en.txt of a folder and write its glossary, links and review page')
  .argument('[dir]', 'folder of text pairs', 'corpus')
  .option('--out-dir <dir>', 'where to write <stem>.csv, <stem>.links.jsonl and <stem>.report.html', 'glossary')
  .action(async (dir: string, o: { outDir: string }) => {
    const { pairs, orphans } = findPairs(dir);
    for (const f of orphans) stderr(`skipped ${f}: no partner file`);
    if (pairs.length === 0) throw new UserError(`${dir}: no <stem>.ar.txt + <stem>.en.txt pairs found`, EXIT.badInput);
    const failures: string[] = [];
    for (const [n, p] of pairs.entries()) {
      stderr(`[${n + 1}/${pairs.length}] ${p.stem}`);
      try {
        const csvPath = join(o.outDir, `${p.stem}.csv`);
        const encoder = createLexicalEncoder({ userPairs: approvedPairs(csvPath) });
        const pair = await alignTexts(readText(p.ar, 'ar'), readText(p.en, 'en'), { encoder });
        writeFileAtomic(join(o.outDir, `${p.stem}.links.jsonl`), formatLinks('jsonl', pair.alignment, pair.ar, pair.en));
        const rows = writeGlossary(csvPath, proposeTerms(pair, encoder));
        const reportPath = join(o.outDir, `${p.stem}.report.html`);
        const glossary = { csvText: readFileSync(csvPath, 'utf8'), file: basename(csvPath) };
        writeFileAtomic(reportPath, buildReportHtml(pair, { ar: p.ar, en: p.en }, glossary));
        stderr(`  ${csvPath}: ${rows.length} rows; ${join(o.outDir, `${p.stem}.links.jsonl`)}; ${reportPath}`);
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        failures.push(`${p.stem}: ${e.message}`);
        stderr(`  failed: ${e.message}`);
      }
    }
    if (failures.length) {
      stderr(`${failures.length} of ${pairs.length} pairs failed:`);
      for (const f of failures) stderr(`  ${f}`);
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

await main(process.argv);
