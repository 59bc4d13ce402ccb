import { createLexicalEncoder } from '../../src/encode/factory.ts';
import { MissingData, readTico } from '../data.ts';
import type { Module } from '../harness.ts';
import { fmt, medianSeconds, peakRssMiB } from '../measure.ts';

/** The lexical encoder on TICO-19 text: building it (lexicons incl. FreeDict), then encoding both sides. */
export const lexicalBench: Module = {
  name: 'lexical',
  async run(ctx) {
    const title = 'Lexical encoder: throughput on TICO-19';
    let segs;
    try {
      segs = readTico(ctx.dataDir);
    } catch (e) {
      if (e instanceof MissingData) return [{ title, figures: [], skipped: e.message }];
      throw e;
    }
    if (ctx.smoke) segs = segs.slice(0, 200);
    const ar = segs.map((s) => s.ar);
    const en = segs.map((s) => s.en);
    const rssBefore = peakRssMiB();
    const t0 = process.hrtime.bigint();
    const enc = createLexicalEncoder();
    const buildS = Number(process.hrtime.bigint() - t0) / 1e9;
    const runs = ctx.smoke ? 1 : 3;
    const arS = await medianSeconds(() => enc.encode(ar, 'ar'), runs);
    const enS = await medianSeconds(() => enc.encode(en, 'en'), runs);
    return [
      {
        title,
        setting: `${segs.length} segments per language, median of ${runs} runs after a warm-up; one process (peak RSS includes the harness).`,
        figures: [
          { metric: 'build encoder (s)', value: fmt(buildS), note: 'core lexicon + FreeDict, first use' },
          { metric: 'Arabic sentences/s', value: fmt(ar.length / arS, 0) },
          { metric: 'English sentences/s', value: fmt(en.length / enS, 0) },
          { metric: 'peak RSS (MiB)', value: fmt(peakRssMiB(), 0), note: `${fmt(rssBefore, 0)} MiB before building the encoder` },
          { metric: 'heap used (MiB)', value: fmt(process.memoryUsage().heapUsed / 2 ** 20, 0) },
        ],
      },
    ];
  },
};
