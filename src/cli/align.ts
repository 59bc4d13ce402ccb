import type { ModeChoice } from '../align/index.ts';
import { createEncoder } from '../encode/factory.ts';
import { formatLinks, type LinkFormat } from '../format/links.ts';
import { readText } from '../io/read.ts';
import { writeFileAtomic } from '../io/write.ts';
import { alignTexts } from '../pipeline.ts';
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
}

export async function alignCommand(o: AlignFlags): Promise<void> {
  const arText = readText(o.ar, 'ar');
  const enText = readText(o.en, 'en');
  const encoder = await createEncoder(o.encoder, encoderOptions(o));
  const pair = await alignTexts(arText, enText, { encoder, presplit: o.presplit, minScore: o.minScore, mode: o.mode });
  const used = resourcesOf(encoder);
  stderr(`mode: ${pair.alignment.mode} (${pair.alignment.reason})`);
  const out = formatLinks(o.format, pair.alignment, pair.ar, pair.en, { meta: resourceMeta(used) });
  if (o.out) writeFileAtomic(o.out, out);
  else process.stdout.write(out);
  stderr(`${pair.ar.length} Arabic and ${pair.en.length} English sentences; ${pair.alignment.links.filter((l) => l.ar.length && l.en.length).length} links; ${describeResources(used)}`);
}
