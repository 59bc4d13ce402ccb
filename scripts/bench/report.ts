import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { createLexicalEncoder } from '../../src/encode/factory.ts';
import { alignTexts, proposeTerms } from '../../src/pipeline.ts';
import { buildReportHtml } from '../../src/report/index.ts';
import { MissingData, readTico } from '../data.ts';
import type { Figure, Module } from '../harness.ts';
import { fmt, median, medianSeconds } from '../measure.ts';

const CHROMIUM = '/usr/bin/chromium';

/** Size and speed of the review page for a long pair: building it, opening it and highlighting a term. */
export const reportBench: Module = {
  name: 'report',
  async run(ctx) {
    let segments;
    try {
      segments = readTico(ctx.dataDir);
    } catch (e) {
      if (e instanceof MissingData) return [{ title: 'Review page', figures: [], skipped: e.message }];
      throw e;
    }
    const n = ctx.smoke ? 60 : 1000;
    const slice = segments.slice(0, n);
    const encoder = createLexicalEncoder({ userPairs: [] });
    const pair = await alignTexts(slice.map((s) => s.ar).join('\n'), slice.map((s) => s.en).join('\n'), { encoder, presplit: true });
    const glossary = { proposals: proposeTerms(pair, encoder), file: 'tico.csv' };
    const files = { ar: 'tico.ar.txt', en: 'tico.en.txt' };
    let html = '';
    const build = await medianSeconds(() => {
      html = buildReportHtml(pair, files, glossary);
    }, 3);
    const bytes = Buffer.byteLength(html);
    const figures: Figure[] = [
      { metric: 'sentences (ar + en)', value: String(pair.ar.length + pair.en.length) },
      { metric: 'glossary rows', value: String(glossary.proposals.length) },
      { metric: 'page size (KiB)', value: fmt(bytes / 1024, 0) },
      { metric: 'bytes per sentence', value: fmt(bytes / (pair.ar.length + pair.en.length), 0) },
      { metric: 'build time (s)', value: fmt(build, 3), note: 'buildReportHtml only, alignment excluded' },
    ];
    if (!existsSync(CHROMIUM)) {
      figures.push({ metric: 'browser figures', value: '—', note: `skipped: ${CHROMIUM} missing` });
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'bench-report-'));
      const file = join(dir, 'tico.report.html');
      writeFileSync(file, html);
      const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
      try {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        const loads: number[] = [];
        for (let i = 0; i < 3; i++) {
          const t0 = process.hrtime.bigint();
          await page.goto(pathToFileURL(file).href);
          await page.waitForSelector('html[data-ready="true"]');
          loads.push(Number(process.hrtime.bigint() - t0) / 1e9);
        }
        // One click = find the term in every sentence of both texts and repaint them (synchronous handler).
        const clicks = await page.evaluate(() => {
          const buttons = [...document.querySelectorAll<HTMLButtonElement>('#terms-body button.term[lang="ar"]')].slice(0, 10);
          return buttons.map((b) => {
            const t = performance.now();
            b.click();
            return performance.now() - t;
          });
        });
        figures.push(
          { metric: 'open until ready (s)', value: fmt(median(loads), 2), note: 'Chromium, median of 3 loads' },
          { metric: 'term click to highlight (ms)', value: clicks.length ? fmt(median(clicks), 1) : '—', note: `median of ${clicks.length} terms` },
        );
      } finally {
        await browser.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
    return [
      {
        title: 'Review page (`report`)',
        setting: `TICO-19 dev, first ${n} segments as a presplit pair, lexical encoder; \`npm run bench -- --only report\``,
        figures,
      },
    ];
  },
};
