/**
 * The library: `align` and `glossary` on two texts, as the CLI does them, plus the pieces — segmentation,
 * encoders, formats, the glossary CSV and TBX, the review page — as named exports. Errors a caller can act on
 * are `AlignerError`s with a `kind` (see src/errors.ts); nothing here exits or prints progress.
 *
 *     import { align, glossary } from 'arabic-english-aligner';
 *     const { mode, links } = await align(arabicText, englishText);
 */
import type { ModeChoice } from './align/index.ts';
import { createEncoder, createLexicalEncoder, type EncoderName } from './encode/factory.ts';
import { checkLanguage } from './io/language.ts';
import type { LexiconPair } from './lexicon/lexicon.ts';
import { alignTexts, proposeTerms } from './pipeline.ts';
import { resourcesOf, type FreedictChoice, type ResourceUse } from './resources/index.ts';
import type { AlignMode, Encoder, Link, Sentence } from './types.ts';

export interface AlignOptions {
  /** `parallel` (a translation), `comparable` (reports of one event), or `auto` (default: decided from the texts). */
  mode?: ModeChoice;
  /** Each non-empty line is already one sentence. */
  presplit?: boolean;
  /** Links scoring under this (0–1) are dropped; their sentences appear unaligned. */
  minScore?: number;
  /** `lexical` (default, offline), `transformers` or `hybrid` (need the optional @xenova/transformers), or an encoder of your own. */
  encoder?: EncoderName | Encoder;
  /** Neural model id (default Xenova/LaBSE). */
  model?: string;
  /** Local models folder: offline, nothing fetched. */
  modelDir?: string;
  /** Embedding cache folder (default ~/.cache/aligner/embeddings); false: none. */
  cacheDir?: string | false;
  /** FreeDict fallback lexicon: `auto` (default), `off`, or the folder of its dictd files. */
  freedict?: FreedictChoice;
  /** Extra lexicon pairs [arabic, english], e.g. the approved rows of a reviewed glossary. */
  approved?: readonly LexiconPair[];
  /** Told how far a long neural encoding is (sentences done, total); nothing is printed. */
  onProgress?: (done: number, total: number) => void;
}

export interface AlignResult {
  /** The mode used, and why (auto says what it saw). */
  mode: AlignMode;
  reason: string;
  ar: Sentence[];
  en: Sentence[];
  /** Ordered by Arabic, then English position; a sentence left unaligned is a link with an empty other side. */
  links: Link[];
  /** What the encoder was built from (lexicon sizes, FreeDict, model). */
  resources: ResourceUse;
}

/** One proposed glossary entry, as the CSV's columns say. */
export interface GlossaryEntry {
  en: string;
  ar: string;
  type: string;
  /** Confidence in [0, 1]. */
  score: number;
  /** In how many aligned sentence pairs the pair was seen. */
  count: number;
  status: string;
  en_context: string;
  ar_context: string;
  id: string;
}

async function prepare(arText: string, enText: string, options: AlignOptions) {
  checkLanguage(arText, 'ar', 'the Arabic text');
  checkLanguage(enText, 'en', 'the English text');
  const lexical = createLexicalEncoder({ userPairs: options.approved ?? [], freedict: options.freedict });
  const encoder =
    typeof options.encoder === 'object'
      ? options.encoder
      : await createEncoder(options.encoder ?? 'lexical', { model: options.model, modelDir: options.modelDir, cacheDir: options.cacheDir, progress: options.onProgress ?? false }, { lexical });
  const pair = await alignTexts(arText, enText, { encoder, presplit: options.presplit, minScore: options.minScore, mode: options.mode });
  return { pair, lexical, encoder };
}

/** Splits both texts into sentences and links Arabic sentences to English ones, each link with a score in [0, 1]. */
export async function align(arText: string, enText: string, options: AlignOptions = {}): Promise<AlignResult> {
  const { pair, encoder } = await prepare(arText, enText, options);
  const { mode, reason, links } = pair.alignment;
  return { mode, reason, ar: pair.ar, en: pair.en, links, resources: resourcesOf(encoder) };
}

/** Aligns the texts and proposes the names and terms they share, best first: the rows the CLI writes to its CSV. */
export async function glossary(arText: string, enText: string, options: AlignOptions = {}): Promise<GlossaryEntry[]> {
  const { pair, lexical } = await prepare(arText, enText, options);
  return proposeTerms(pair, lexical).map((r) => ({
    en: r.en,
    ar: r.ar,
    type: r.type,
    score: Number(r.score),
    count: Number(r.count),
    status: r.status,
    en_context: r.en_context,
    ar_context: r.ar_context,
    id: r.id,
  }));
}

// The pieces.
export { AlignerError, ERROR_KINDS, ResourceMissingError, type ErrorKind } from './errors.ts';
export type { AlignMode, Alignment, Encoder, Lang, Link, Sentence, TermPair, TermType, Vector } from './types.ts';
export type { ModeChoice } from './align/index.ts';
export { segment } from './segment/index.ts';
export { presplit } from './segment/presplit.ts';
export { alignTexts, proposeTerms, type AlignedPair } from './pipeline.ts';
export { createEncoder, createLexicalEncoder, createNeuralEncoder, ENCODER_NAMES, type EncoderName, type EncoderOptions } from './encode/factory.ts';
export { LexicalEncoder } from './encode/lexical.ts';
export { HybridEncoder } from './encode/hybrid.ts';
export { formatLinks, jsonlMetaLine, readLinksJsonl, toJsonl, toTsv, LINK_FORMATS, type FormatOptions, type JsonlLink, type LinkFormat, type LinksMeta } from './format/links.ts';
export { toTmx, type TmxOptions } from './format/tmx.ts';
export { readGlossaryCsv, writeGlossaryCsv, GlossaryCsvError, type GlossaryRow } from './glossary/csv.ts';
export { mergeGlossary, sortRows } from './glossary/merge.ts';
export { consolidateGlossaries, type DocumentGlossary } from './glossary/corpus.ts';
export { tbxRows, writeTbx } from './glossary/tbx.ts';
export { buildReportHtml } from './report/index.ts';
export { describeResources, loadLexiconSources, resourceMeta, resourcesOf, PACKAGE_VERSION, type FreedictChoice, type ResourceUse } from './resources/index.ts';
export type { LexiconPair } from './lexicon/lexicon.ts';
