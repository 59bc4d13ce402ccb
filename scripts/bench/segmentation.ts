/** Sentence segmentation speed: MB/s of running text built from the TICO-19 documents, median of several runs. */
import { segment } from '../../src/segment/index.ts';
import type { Lang } from '../../src/types.ts';
import { MissingData, joinDocument, ticoDocuments, type TicoSegment } from '../data.ts';
import type { Module, Section } from '../harness.ts';
import { medianSeconds } from '../measure.ts';

/** The TICO documents of one language, joined and repeated up to about `bytes` UTF-8 bytes. */
function buildText(docs: Map<string, TicoSegment[]>, lang: Lang, bytes: number): string {
  const paragraphs = [...docs.values()].map((segs) => joinDocument(segs.map((s) => s[lang])).text);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length];
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join('\n\n');
}

export const segmentationBench: Module = {
  name: 'segmentation',
  async run(ctx): Promise<Section[]> {
    const title = 'Sentence segmentation speed';
    let docs: Map<string, TicoSegment[]>;
    try {
      docs = ticoDocuments(ctx.dataDir);
    } catch (e) {
      if (e instanceof MissingData) return [{ title, figures: [], skipped: e.message }];
      throw e;
    }
    const mb = ctx.smoke ? 1 : 20;
    const runs = ctx.smoke ? 3 : 7;
    const figures = [];
    for (const lang of ['ar', 'en'] as const) {
      const text = buildText(docs, lang, mb * 1e6);
      const size = Buffer.byteLength(text) / 1e6;
      let sentences = 0;
      // One untimed warm-up run first, so the JIT has compiled the hot paths.
      const t = await medianSeconds(() => (sentences = segment(text, lang).length), runs);
      figures.push({ metric: `${lang} MB/s`, value: (size / t).toFixed(1), note: `${size.toFixed(1)} MB UTF-8, ${sentences} sentences, median of ${runs} runs` });
      const icu = new Intl.Segmenter(lang, { granularity: 'sentence' });
      // Per paragraph, as a segmenter built on it would run: one call over megabytes is far slower still.
      const slice = text.slice(0, Math.floor(text.length / 10));
      let n = 0;
      const ti = await medianSeconds(() => {
        n = 0;
        for (const para of slice.split('\n\n')) for (const _ of icu.segment(para)) n++;
      }, 3);
      figures.push({ metric: `${lang} MB/s, plain Intl.Segmenter`, value: (Buffer.byteLength(slice) / 1e6 / ti).toFixed(1), note: `a tenth of the text, paragraph by paragraph, ${n} segments, median of 3 runs` });
    }
    return [{ title, setting: `TICO-19 documents joined (as in the eval) and repeated to about ${mb} MB per language.`, figures }];
  },
};
