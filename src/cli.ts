#!/usr/bin/env node
/**
 * The `aligner` command. Only the option definitions live here: each command imports its module when it runs,
 * so `--help` or `segment` never load the encoders, the glossary builder or the report.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { exitCodeOf, EXIT_CODES } from './cli/exit-codes.ts';
import { UserError } from './errors.ts';
import { boundHeapGrowth } from './heap.ts';
import type { EncoderName } from './encode/factory.ts';
import type { LinkFormat } from './format/links.ts';
import type { AlignFlags } from './cli/align.ts';
import type { GlossaryFlags } from './cli/glossary.ts';
import type { ReportFlags } from './cli/report.ts';
import type { RunFlags } from './cli/run.ts';
import { PACKAGE_VERSION } from './resources/version.ts';

// Spelled out here (checked against the modules' types) so that defining options loads none of them.
const ENCODER_NAMES = ['lexical', 'transformers', 'hybrid'] as const satisfies readonly EncoderName[];
const LINK_FORMATS = ['jsonl', 'tsv', 'tmx'] as const satisfies readonly LinkFormat[];

function parseScore(v: string): number {
  const x = Number(v);
  if (!Number.isFinite(x) || x < 0 || x > 1) throw new InvalidArgumentError('a number from 0 to 1');
  return x;
}

function stderr(line: string): void {
  process.stderr.write(line + '\n');
}

// Long inputs allocate a block's worth of garbage at a time: collect before the heap runs far past what is kept.
boundHeapGrowth();

const program = new Command();
program
  .name('aligner')
  .description(
    'Arabic–English sentence alignment and bilingual glossary extraction. Splits both texts into sentences, ' +
      'pairs Arabic sentences with English ones (with a score), and proposes a glossary of shared names and terms ' +
      'in a CSV for review.',
  )
  .version(PACKAGE_VERSION, '-V, --version', 'print the version')
  .addHelpText(
    'after',
    '\nStart with:\n' +
      '  aligner run corpus           every <stem>.ar.txt + <stem>.en.txt pair → glossary/\n' +
      '  aligner align --ar A --en E  links on stdout (JSONL)\n' +
      '\nIn a checkout, `npx tsx src/cli.ts` or `npm run cli --` stand for `aligner`.\n' +
      '`<command> --help` explains each command. Exit codes: README, "When something goes wrong".',
  )
  .option('--verbose', 'show stack traces of errors')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

const modeOption = (): Option =>
  new Option('--mode <mode>', 'parallel: a translation (same order); comparable: reports of one event (any order); auto: decide from the texts')
    .choices(['auto', 'parallel', 'comparable'])
    .default('auto');

const freedictOption = (): Option =>
  new Option('--freedict <where>', 'FreeDict fallback lexicon: auto (Debian\'s /usr/share/dictd when installed), off, or the folder of its dictd files').default('auto');

/** Options of every command that aligns: how sentences are split, matched and kept. */
function withAlignOptions(cmd: Command): Command {
  return cmd
    .option('--presplit', 'each non-empty line is already one sentence')
    .addOption(modeOption())
    .option('--min-score <p>', 'drop links less likely than p (0–1) to be right: the score is that probability; their sentences appear unaligned', parseScore)
    .addOption(freedictOption());
}

function withEncoderOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--encoder <name>', 'sentence encoder').choices(ENCODER_NAMES).default('lexical'))
    .option('--model <id>', 'neural model id (transformers, hybrid)', 'Xenova/LaBSE')
    .option('--model-dir <dir>', 'load the model from this folder (<dir>/<model id>/ or the model folder itself), offline')
    .option('--cache-dir <dir>', 'embedding cache folder (default ~/.cache/aligner/embeddings)')
    .option('--no-cache', 'do not read or write the embedding cache');
}

program
  .command('segment')
  .description('split a text into sentences, one per line on stdout')
  .option('--lang <lang>', 'language of the text: ar or en (default: told from its letters)')
  .argument('<file>', 'text file (UTF-8, or a legacy Arabic/Western encoding)')
  .addHelpText(
    'after',
    '\nWithout --lang a text at least half of whose letters are Arabic is split as Arabic, else as English.\n' +
      '\nExamples:\n  aligner segment corpus/seoul-talks.ar.txt\n  aligner segment --lang en corpus/seoul-talks.en.txt',
  )
  .action(async (file: string, o: { lang?: string }) => (await import('./cli/segment.ts')).segmentCommand(file, o));

withEncoderOptions(withAlignOptions(program.command('align')))
  .description('align the sentences of an Arabic and an English text')
  .requiredOption('--ar <file>', 'Arabic text')
  .requiredOption('--en <file>', 'English text')
  .option('--out <file>', 'write here instead of stdout')
  .addOption(new Option('--format <format>', 'output format').choices(LINK_FORMATS).default('jsonl'))
  .option('--tmx-lang <ar,en>', 'with --format tmx: the BCP-47 codes of the two sides (default ar,en), e.g. ar-SA,en-US')
  .option('--tmx-all', 'with --format tmx on comparable texts: include the related links, not only the equivalent ones')
  .addHelpText(
    'after',
    '\nJSONL: a first line {"meta":{mode, encoder, lexicon sizes, freedict, model}}, then one link per line,\n' +
      '{"ar":[indices],"en":[indices],"score":0.93,"similarity":0.31,"status":"proposed","ar_text":…,"en_text":…,\n' +
      '"kind":"equivalent"}; score = the probability the link is right, similarity = the raw cosine-based figure;\n' +
      'sentences left unaligned appear with an empty list on the other side.\n' +
      'kind: equivalent (the same statement) or related (shared content: a name and a figure, one claim of several;\n' +
      'comparable mode, where a sentence may be in several links); "evidence": the names, numbers and dates both share.\n' +
      'With --out onto an existing JSONL file, its decisions are kept: set a line\'s "status" to "approved" or\n' +
      '"rejected", or add {"ar":[i],"en":[j],"status":"approved"}; approved links stay exactly and guide the rest,\n' +
      'rejected ones never come back (matched by the sentences\' text; one that no longer matches is reported).\n' +
      'TSV: ar_text<TAB>en_text<TAB>score<TAB>kind. TMX 1.4: one <tu> per link, score as <prop type="x-score">, kind as\n' +
      'x-kind, the mode chosen and the resources used in the header; for comparable texts only the equivalent links\n' +
      '(--tmx-all: all). Scores: README "Scores", docs/ALIGNMENT.md.\n\nExample:\n' +
      '  aligner align --ar corpus/seoul-talks.ar.txt --en corpus/seoul-talks.en.txt --format tsv',
  )
  .action(async (o: AlignFlags) => (await import('./cli/align.ts')).alignCommand(o));

withEncoderOptions(withAlignOptions(program.command('glossary')))
  .description('propose a bilingual glossary; an existing CSV is merged, keeping every review decision')
  .option('--ar <file>', 'Arabic text')
  .option('--en <file>', 'English text')
  .requiredOption('--out <file>', 'glossary CSV to write (merged if it exists); with --format tbx, the TBX file')
  .addOption(new Option('--format <format>', 'csv: the review file; tbx: also a TBX term base of its approved rows').choices(['csv', 'tbx']).default('csv'))
  .option('--from <csv>', 'with --format tbx: export this reviewed CSV as it is, without --ar/--en and without aligning')
  .option('--all', 'with --format tbx: every row but the rejected, not only the approved')
  .option('--explain', 'also write <out>.explain.csv: each candidate pair left out and the named rule that left it out')
  .addHelpText(
    'after',
    '\nThe CSV is where review happens: set status to approved or rejected, correct en/ar, add notes; re-runs keep it all.\n' +
      'A term you expected is missing? --explain lists every pair the builder considered and dropped, with its rule\n' +
      '(low-score, another-reading, generic-word, single-sighting, fragment …) and the pair that won over it.\n' +
      'With --format tbx the review CSV is <out without extension>.csv (merged as usual) and --out gets the TBX.\n\nExamples:\n' +
      '  aligner glossary --ar a.ar.txt --en a.en.txt --out glossary/a.csv\n' +
      '  aligner glossary --ar a.ar.txt --en a.en.txt --out glossary/a.tbx --format tbx\n' +
      '  aligner glossary --from glossary/a.csv --format tbx --out a.tbx     (the reviewed CSV as it is)',
  )
  .action(async (o: GlossaryFlags) => (await import('./cli/glossary.ts')).glossaryCommand(o));

withAlignOptions(program.command('report'))
  .description('write a review page: the two texts side by side with their links, and the glossary to approve or reject')
  .requiredOption('--ar <file>', 'Arabic text')
  .requiredOption('--en <file>', 'English text')
  .option('--out <file>', 'HTML file to write', 'report.html')
  .option('--glossary <file>', 'glossary CSV to review (default: fresh proposals for this pair)')
  .addHelpText(
    'after',
    '\nOne self-contained HTML file (no network): open it in a browser, approve or reject terms, then\n' +
      '"Download CSV" and save it over the glossary; the next run keeps those decisions.\n\nExample:\n' +
      '  aligner report --ar corpus/seoul-talks.ar.txt --en corpus/seoul-talks.en.txt --glossary glossary/seoul-talks.csv',
  )
  .action(async (o: ReportFlags) => (await import('./cli/report.ts')).reportCommand(o));

withEncoderOptions(withAlignOptions(program.command('run')))
  .description('align every pair <stem>.ar.txt + <stem>.en.txt of a folder and write its glossary, links and review page')
  .argument('[dir]', 'folder of text pairs', 'corpus')
  .option('--out-dir <dir>', 'where to write <stem>.csv, <stem>.links.<format> and <stem>.report.html', 'glossary')
  .addOption(new Option('--format <format>', 'format of the links files').choices(LINK_FORMATS).default('jsonl'))
  .option('--shard <K/N>', 'process only every N-th pair in name order, starting with the K-th (1 ≤ K ≤ N): N workers share a corpus')
  .option('--explain', 'also write <stem>.explain.csv per pair: each candidate glossary pair left out and why')
  .option('--consolidate', 'only rebuild <out-dir>/corpus.csv from the pairs\' CSVs already there (after sharded runs); no aligning')
  .addHelpText(
    'after',
    '\nBesides each pair\'s files, <out-dir>/corpus.csv lists the terms of all pairs in one file (counts summed,\n' +
      '"documents" names where each comes from): review it like a pair\'s CSV; its approved rows guide every pair.\n' +
      'Re-runs keep the review: the glossary CSV\'s decisions (merged), and the link decisions of <stem>.links.jsonl —\n' +
      'approved links stay and guide the rest, rejected ones never come back (set "status" in the file or use the\n' +
      'review page\'s "Download links"). Scores are probabilities that a link is right (README, "Scores").\n' +
      'Progress and failures go to stderr; a failed pair does not stop the others (exit 7 if any failed).\n' +
      'Scale-out: `--shard K/N` on N workers (a Kubernetes Indexed Job, a Slurm array, GNU parallel) covers\n' +
      'every pair exactly once; see the README.\n\nExamples:\n' +
      '  aligner run corpus --out-dir glossary\n' +
      '  parallel aligner run corpus --shard {}/4 ::: 1 2 3 4',
  )
  .action(async (dir: string, o: RunFlags) => {
    const failed = await (await import('./cli/run.ts')).runCommand(dir, o, program.opts().verbose === true);
    if (failed) process.exitCode = EXIT_CODES.partial;
  });

async function main(argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Commander has already printed its one-line message; help and version are not errors.
      process.exitCode = e.exitCode === 0 ? 0 : EXIT_CODES.usage;
      return;
    }
    if (e instanceof UserError) {
      stderr(`error: ${e.message}`);
      if (program.opts().verbose) stderr(e.stack ?? '');
      process.exitCode = exitCodeOf(e.kind);
      return;
    }
    stderr(`internal error: ${(e as Error).message} (please report it; --verbose shows the stack)`);
    if (program.opts().verbose) stderr((e as Error).stack ?? '');
    process.exitCode = EXIT_CODES.internal;
  }
}

// A reader that stops early (`segment FILE | head`) closes the pipe: that is not an error, so end quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

await main(process.argv);
