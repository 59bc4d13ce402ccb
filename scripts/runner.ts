import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../src/io/write.ts';
import { MissingData } from './data.ts';
import type { Module, RunContext, Section } from './harness.ts';

function commit(): string {
  try {
    const id = execSync('git rev-parse --short HEAD', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execSync('git status --porcelain -- src scripts', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${id} (with uncommitted changes)` : id;
  } catch {
    return 'unknown';
  }
}

function markdown(title: string, command: string, sections: Section[]): string {
  const lines = [
    `# ${title}`,
    '',
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Commit: ${commit()}`,
    `- Command: \`${command}\``,
    `- Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    '',
  ];
  for (const s of sections) {
    lines.push(`## ${s.title}`, '');
    if (s.setting) lines.push(s.setting, '');
    if (s.skipped) {
      lines.push(`Skipped: ${s.skipped}`, '');
      continue;
    }
    lines.push('| metric | value | note |', '|---|---|---|');
    for (const f of s.figures) lines.push(`| ${f.metric} | ${f.value} | ${f.note ?? ''} |`);
    lines.push('');
  }
  return lines.join('\n');
}

/** Runs modules, prints their figures, writes the dated document (not in smoke runs unless --out is given). */
export async function runModules(kind: 'eval' | 'bench', modules: Module[], title: string, defaultOut: string): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: '../shared/data' },
      smoke: { type: 'boolean', default: false },
      only: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      `npm run ${kind} -- [--data DIR] [--smoke] [--only NAME[,NAME]] [--out FILE]\n` +
        `  --data   development data folder (default ../shared/data)\n` +
        `  --smoke  small slices, as CI runs it; writes no document unless --out is given\n` +
        `  --only   run only these modules (${modules.map((m) => m.name).join(', ')}); no document unless --out\n` +
        `  --out    document to write (default ${defaultOut})\n`,
    );
    return;
  }
  const dataDir = resolve(values.data!);
  if (!existsSync(dataDir)) process.stderr.write(`note: ${dataDir} not found: modules that need data will be skipped\n`);
  const ctx: RunContext = { dataDir, smoke: values.smoke!, log: (l) => process.stderr.write(l + '\n') };
  const wanted = values.only?.split(',');
  const sections: Section[] = [];
  for (const m of modules) {
    if (wanted && !wanted.includes(m.name)) continue;
    ctx.log(`== ${m.name}`);
    const t0 = Date.now();
    try {
      sections.push(...(await m.run(ctx)));
    } catch (e) {
      // A module whose data is missing is reported as skipped; the others still run.
      if (!(e instanceof MissingData)) throw e;
      sections.push({ title: m.name, figures: [], skipped: e.message });
    }
    ctx.log(`   ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  for (const s of sections) {
    process.stdout.write(`\n${s.title}\n`);
    if (s.skipped) process.stdout.write(`  skipped: ${s.skipped}\n`);
    for (const f of s.figures) process.stdout.write(`  ${f.metric.padEnd(48)} ${f.value}${f.note ? `  (${f.note})` : ''}\n`);
  }
  // A partial run (--smoke, --only) must not replace the full document: it writes only where --out says.
  const out = values.out ?? (values.smoke || values.only ? undefined : defaultOut);
  if (out) {
    const command = `npm run ${kind}${process.argv.slice(2).length ? ' -- ' + process.argv.slice(2).join(' ') : ''}`;
    writeFileAtomic(out, markdown(title, command, sections));
    process.stderr.write(`wrote ${out}\n`);
  }
}
