import type { ModeChoice } from '../align/index.ts';
import { createEncoder } from '../encode/factory.ts';
import { EXIT, UserError } from '../errors.ts';
import { describeUnmatched } from '../format/decisions.ts';
import { formatLinks, type LinkFormat } from '../format/links.ts';
import { parseTmxLangs } from '../format/tmx.ts';
import { readText } from '../io/read.ts';
import { writeFileAtomic } from '../io/write.ts';
import { alignTexts, readLinkDecisions } from '../pipeline.ts';
import { describeResources, resourceMeta, resourcesOf } from '../resources/index.ts';
import { encoderOptions, stderr, type EncoderFlags } from './shared.ts';

export interface AlignFlags extends EncoderFlags {
  ar: string;
  en: string;
  presplit?: boolean;
  out?: string;
  format: LinkFormat;
  mode: ModeChoice;
  minScore?: number;
  /** "ar-SA,en-US": checked here, not while defining options, so that --help loads no format module. */
  tmxLang?: string;
  /** TMX of comparable texts: the related links too. */
  tmxAll?: boolean;
}

function tmxLangs(v: string | undefined): [string, string] | undefined {
  if (v === undefined) return undefined;
  try {
    return parseTmxLangs(v);
  } catch (e) {
    throw new UserError(`option '--tmx-lang <ar,en>' argument '${v}' is invalid. ${(e as Error).message}`, EXIT.usage);
  }
}

export async function alignCommand(o: AlignFlags): Promise<void> {
  const langs = tmxLangs(o.tmxLang);
  const arText = readText(o.ar, 'ar');
  const enText = readText(o.en, 'en');
  const encoder = await createEncoder(o.encoder, encoderOptions(o));
  // Onto an existing JSONL links file: its reviewer's decisions are kept and constrain the new links.
  const decisions = o.out && o.format === 'jsonl' ? readLinkDecisions(o.out) : [];
  const pair = await alignTexts(arText, enText, { encoder, presplit: o.presplit, minScore: o.minScore, mode: o.mode, decisions });
  const used = resourcesOf(encoder);
  stderr(`mode: ${pair.alignment.mode} (${pair.alignment.reason})`);
  for (const d of pair.unmatched) stderr(`${o.out}: ${describeUnmatched(d)}`);
  const out = formatLinks(o.format, pair.alignment, pair.ar, pair.en, { meta: resourceMeta(used), carried: pair.unmatched, ...(langs ? { langs } : {}), all: o.tmxAll ?? false });
  if (o.out) writeFileAtomic(o.out, out);
  else process.stdout.write(out);
  const real = pair.alignment.links.filter((l) => l.ar.length && l.en.length);
  const related = real.filter((l) => l.kind === 'related').length;
  stderr(`${pair.ar.length} Arabic and ${pair.en.length} English sentences; ${real.length} links${related ? ` (${real.length - related} equivalent, ${related} related)` : ''}; ${describeResources(used)}`);
}
