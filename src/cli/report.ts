import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { ModeChoice } from '../align/index.ts';
import { createLexicalEncoder } from '../encode/factory.ts';
import { EXIT, UserError } from '../errors.ts';
import { readText } from '../io/read.ts';
import { writeFileAtomic } from '../io/write.ts';
import { alignTexts, approvedPairs, proposeTerms, readGlossaryText } from '../pipeline.ts';
import { buildReportHtml, stemOf } from '../report/index.ts';
import { describeResources, resourcesOf, type FreedictChoice } from '../resources/index.ts';
import { stderr } from './shared.ts';

export interface ReportFlags {
  ar: string;
  en: string;
  out: string;
  glossary?: string;
  presplit?: boolean;
  mode: ModeChoice;
  minScore?: number;
  freedict: FreedictChoice;
}

export async function reportCommand(o: ReportFlags): Promise<void> {
  const arText = readText(o.ar, 'ar');
  const enText = readText(o.en, 'en');
  if (o.glossary && !existsSync(o.glossary)) throw new UserError(`${o.glossary}: no such file`, EXIT.fileMissing);
  const encoder = createLexicalEncoder({ userPairs: o.glossary ? approvedPairs(o.glossary) : [], freedict: o.freedict });
  const pair = await alignTexts(arText, enText, { encoder, presplit: o.presplit, mode: o.mode, minScore: o.minScore });
  const glossary = o.glossary
    ? { csvText: readGlossaryText(o.glossary), file: basename(o.glossary) }
    : { proposals: proposeTerms(pair, encoder), file: `${stemOf(o.ar)}.csv` };
  const resources = describeResources(resourcesOf(encoder));
  writeFileAtomic(o.out, buildReportHtml(pair, { ar: o.ar, en: o.en }, glossary, resources));
  stderr(`${o.out}: ${pair.ar.length} Arabic and ${pair.en.length} English sentences, glossary ${glossary.file}; ${resources}`);
}
