import { MissingData, readTico, readTicoTmx } from '../data.ts';
import type { Module } from '../harness.ts';

/** The gold itself: the TSV and the TMX of TICO-19 must agree, or every other figure is suspect. */
export const dataCheck: Module = {
  name: 'data',
  async run(ctx) {
    const title = 'Gold data check (TICO-19 TSV vs TMX)';
    try {
      const tsv = readTico(ctx.dataDir);
      const tmx = readTicoTmx(ctx.dataDir);
      const byId = new Map(tmx.map((s) => [`${s.docId}:${s.segId}`, s]));
      const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
      let same = 0;
      for (const s of tsv) {
        const t = byId.get(`${s.docId}:${s.segId}`);
        if (t && norm(t.en) === norm(s.en) && norm(t.ar) === norm(s.ar)) same++;
      }
      return [
        {
          title,
          figures: [
            { metric: 'segments (TSV / TMX)', value: `${tsv.length} / ${tmx.length}` },
            { metric: 'documents', value: String(new Set(tsv.map((s) => s.docId)).size) },
            { metric: 'TSV segments identical in the TMX', value: `${same} / ${tsv.length}` },
          ],
        },
      ];
    } catch (e) {
      if (e instanceof MissingData) return [{ title, figures: [], skipped: e.message }];
      throw e;
    }
  },
};
