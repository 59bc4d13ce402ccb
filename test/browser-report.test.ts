import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGlossaryCsv } from '../src/glossary/csv.ts';
import { buildReportData, renderReportHtml } from '../src/report/index.ts';
import { cli, ROOT } from './helpers.ts';

/**
 * The review page in a real browser: Debian's Chromium driven by playwright-core. CI installs Chromium
 * (.ci/run) and must run this; elsewhere it is skipped, with the reason, when Chromium is missing.
 */
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true' || process.env.CI === '1';
const ARTIFACTS = join(ROOT, 'test/artifacts');
const skipReason = `skipped: ${CHROMIUM} is missing (install it: apt-get install -y chromium)`;
if (!hasChromium && !inCi) console.warn(`browser-report.test.ts ${skipReason}`);

it('Chromium is installed where CI runs the browser test', () => {
  if (inCi) expect(existsSync(CHROMIUM), `${CHROMIUM} missing in CI: .ci/run should have installed it`).toBe(true);
});

describe.skipIf(!hasChromium)(`review page in Chromium${hasChromium ? '' : ` (${skipReason})`}`, () => {
  let browser: Browser;
  let dir: string;
  let reportUrl: string;
  const csvPath = (): string => join(dir, 'glossary/seoul-talks.csv');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'aligner-browser-'));
    cpSync(join(ROOT, 'corpus'), join(dir, 'corpus'), { recursive: true });
    const run = cli(['run', 'corpus'], dir);
    expect(run.status, run.stderr).toBe(0);
    reportUrl = pathToFileURL(join(dir, 'glossary/seoul-talks.report.html')).href;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a page, failing on any script error and recording every request it makes. */
  async function open(url: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(url);
    await page.waitForSelector('html[data-ready="true"]');
    return { page, requests, errors };
  }

  it('opens offline, renders Arabic right-to-left, highlights a term, reviews it and downloads the CSV', async () => {
    const { page, requests, errors } = await open(reportUrl);

    // Offline: the page asks for nothing but itself.
    expect(requests).toEqual([reportUrl]);

    // The Arabic column is right-to-left in layout, not only in markup: the first word stands right of the second.
    const rtl = await page.evaluate(() => {
      const t = document.querySelector('#links td.ar .s .t') as HTMLElement;
      const cell = t.closest('td') as HTMLElement;
      const text = t.firstChild as Text;
      const box = (from: number, to: number): DOMRect => {
        const r = document.createRange();
        r.setStart(text, from);
        r.setEnd(text, to);
        return r.getBoundingClientRect();
      };
      const words = [...text.data.matchAll(/\S+/g)];
      const first = box(words[0].index, words[0].index + words[0][0].length);
      const second = box(words[1].index, words[1].index + words[1][0].length);
      const cellBox = cell.getBoundingClientRect();
      return {
        direction: getComputedStyle(t).direction,
        dir: cell.getAttribute('dir'),
        lang: cell.getAttribute('lang'),
        firstWord: words[0][0],
        firstLeft: first.left,
        secondRight: second.right,
        sameLine: Math.abs(first.top - second.top) < 2,
        gapToCellRight: cellBox.right - first.right,
        gapToCellLeft: first.left - cellBox.left,
        enDirection: getComputedStyle(document.querySelector('#links td.en .s .t') as HTMLElement).direction,
      };
    });
    expect(rtl).toMatchObject({ direction: 'rtl', dir: 'rtl', lang: 'ar', sameLine: true, enDirection: 'ltr' });
    expect(rtl.firstLeft).toBeGreaterThan(rtl.secondRight);
    expect(rtl.gapToCellRight).toBeLessThan(rtl.gapToCellLeft);

    // Arabic text is drawn by a real font with its glyphs (not boxes): Chromium reports the fonts it used.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#links td.ar .s .t' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.reduce((n, f) => n + f.glyphCount, 0)).toBeGreaterThan(20);
    console.info(`Arabic rendered with: ${fonts.map((f) => `${f.familyName} (${f.glyphCount} glyphs)`).join(', ')}`);

    // Clicking a term highlights it in both texts, the Arabic one found through the proclitic of بالبيت.
    await page.locator('#terms-body button.term', { hasText: 'White House' }).click();
    expect(await page.locator('#links td.en mark.hit').allTextContents()).toEqual(['White House']);
    expect(await page.locator('#links td.ar mark.hit').allTextContents()).toEqual(['البيت الأبيض']);
    await expect.poll(() => page.locator('#highlight-status').textContent()).toMatch(/1× in English.*1× in Arabic/);

    // Screenshot for a person to look at: both scripts, links, legend and glossary, with the highlight.
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.locator('#terms-body button.term', { hasText: 'Seoul' }).click();
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      (document.getElementById('glossary') as HTMLElement).scrollTop = 0;
    });
    await page.screenshot({ path: join(ARTIFACTS, 'report-seoul-talks.png') });
    expect((await page.locator('#links td.ar mark.hit').allTextContents()).every((t) => t === 'سيول')).toBe(true);
    expect(await page.locator('#links td.ar mark.hit').count()).toBeGreaterThan(1);

    // Approve one row, reject another, edit a third (a corrected pair is approved with it).
    // A glossary row by its English term, found once: its place stays while its cells change.
    const row = async (en: string) => {
      const k = await page.locator('#terms-body tr', { has: page.locator('button.term', { hasText: en }) }).getAttribute('data-term');
      return page.locator(`#terms-body tr[data-term="${k}"]`);
    };
    const [jake, august, cho] = [await row('Jake Sullivan'), await row('August'), await row('Cho Tae-yong')];
    await jake.getByRole('button', { name: 'Approve' }).click();
    await august.getByRole('button', { name: 'Reject' }).click();
    await cho.getByRole('button', { name: 'Edit' }).click();
    await cho.locator('input[name="ar"]').fill('تشو تاي يونغ');
    await cho.locator('input[name="note"]').fill('spelling as in Yonhap');
    await cho.getByRole('button', { name: 'Save' }).click();
    expect(await jake.getAttribute('data-status')).toBe('approved');
    expect(await august.getAttribute('data-status')).toBe('rejected');
    expect(await cho.getAttribute('data-status')).toBe('approved');
    expect(await cho.locator('button.term[lang="ar"]').textContent()).toBe('تشو تاي يونغ');
    await expect.poll(() => page.locator('#term-count').textContent()).toMatch(/2 approved, 1 rejected · 3 changed row\(s\) not downloaded/);

    // Filters: status and type.
    await page.selectOption('#status-filter', 'approved');
    expect(await page.locator('#terms-body tr:not([hidden]) button.term[lang="en"]').allTextContents()).toEqual(['Cho Tae-yong', 'Jake Sullivan']);
    await page.selectOption('#status-filter', '');
    await page.selectOption('#type-filter', 'ORG');
    expect(await page.locator('#terms-body tr:not([hidden])').count()).toBe(await page.locator('#terms-body tr[data-status] td.type', { hasText: /^ORG$/ }).count());
    await page.selectOption('#type-filter', '');

    // Download: same header and column order, BOM, CRLF, only the decisions changed.
    const before = readFileSync(csvPath(), 'utf8');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('seoul-talks.csv');
    await expect.poll(() => page.locator('#term-count').textContent()).not.toMatch(/not downloaded/);
    const after = readFileSync((await download.path())!, 'utf8');
    expect(after.startsWith('\uFEFF')).toBe(true);
    expect(after.split('\r\n')[0]).toBe(before.split('\r\n')[0]);
    expect(after.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const was = readGlossaryCsv(before).rows;
    const now = readGlossaryCsv(after).rows;
    expect(now).toHaveLength(was.length);
    const changed = now.map((r, i) => [r, was[i]] as const).filter(([a, b]) => JSON.stringify(a) !== JSON.stringify(b));
    expect(changed.map(([a]) => [a.en, a.ar, a.status, a.extra.note])).toEqual([
      ['Cho Tae-yong', 'تشو تاي يونغ', 'approved', 'spelling as in Yonhap'],
      ['Jake Sullivan', 'جيك سوليفان', 'approved', ''],
      ['August', 'أغسطس', 'rejected', ''],
    ]);
    // Unchanged rows are byte-identical lines.
    const lines = (s: string): Set<string> => new Set(s.split('\r\n'));
    expect([...lines(before)].filter((l) => !lines(after).has(l))).toHaveLength(3);

    // Fed back, the merge rules keep the decisions on the next run.
    writeFileSync(csvPath(), after);
    expect(cli(['run', 'corpus'], dir).status).toBe(0);
    const rerun = readGlossaryCsv(readFileSync(csvPath(), 'utf8')).rows;
    expect(rerun.find((r) => r.en === 'Jake Sullivan')?.status).toBe('approved');
    // (The merge keys rows on en+ar, so the old spelling may come back as a new proposal beside the edit.)
    expect(rerun.filter((r) => r.en === 'Cho Tae-yong').map((r) => [r.ar, r.status, r.extra.note])).toContainEqual(['تشو تاي يونغ', 'approved', 'spelling as in Yonhap']);
    expect(rerun.filter((r) => r.en === 'August').map((r) => r.status)).toEqual(['rejected']);

    expect(errors).toEqual([]);
  });

  it('filters links by score and, for comparable texts, orders them by either side', async () => {
    const { page, errors } = await open(reportUrl);
    const data = JSON.parse(await page.locator('#report-data').textContent() as string) as { mode: string; rows: { ar: number[]; en: number[]; score: number | null }[]; order: { ar: number[]; en: number[] } };
    const shownRows = async (): Promise<number[]> => (await page.locator('#links-body tr:not([hidden])').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-row')))));

    expect(await shownRows()).toEqual(data.order.ar);
    const setMin = (v: string) => page.locator('#min-score').evaluate((input: HTMLInputElement, value) => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, v);
    await setMin('0.4');
    const kept = await shownRows();
    expect(kept.length).toBeLessThan(data.rows.length);
    for (const k of kept) expect(data.rows[k].score === null || data.rows[k].score! >= 0.4).toBe(true);
    await page.locator('#show-unaligned').uncheck();
    expect((await shownRows()).every((k) => data.rows[k].score !== null && data.rows[k].score! >= 0.4)).toBe(true);
    await setMin('0');
    await page.locator('#show-unaligned').check();

    expect(data.mode).toBe('comparable');
    await page.getByRole('button', { name: 'by English' }).click();
    expect(await shownRows()).toEqual(data.order.en);
    const enFirst = (await shownRows()).map((k) => data.rows[k].en[0]).filter((i) => i !== undefined);
    expect(enFirst).toEqual([...enFirst].sort((a, b) => a - b));
    await page.getByRole('button', { name: 'by Arabic' }).click();
    expect(await shownRows()).toEqual(data.order.ar);

    // Unaligned sentences are shown in place, marked as such.
    expect(await page.locator('#links-body tr.unaligned').count()).toBe(data.rows.filter((r) => r.score === null).length);
    expect(errors).toEqual([]);
  });

  it('shows markup in a sentence or a glossary cell as text and never runs it', async () => {
    const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)> </script><!-- \u2028';
    const sentence = (text: string, index: number) => ({ index, text, start: 0, end: text.length });
    const html = renderReportHtml(
      buildReportData({
        title: '<i>t</i>',
        arFile: 'x.ar.txt',
        enFile: 'x.en.txt',
        ar: [sentence(`جملة ${hostile}`, 0)],
        en: [sentence(`Sentence ${hostile}`, 0)],
        alignment: { mode: 'parallel', reason: 'test', links: [{ ar: [0], en: [0], score: 0.9 }] },
        glossary: { file: 'x.csv', columns: ['en', 'ar', 'status'], rows: [[hostile, 'جملة', 'proposed']] },
      }),
    );
    const file = join(dir, 'hostile.html');
    writeFileSync(file, html);
    const { page, requests, errors } = await open(pathToFileURL(file).href);
    expect(await page.locator('#links td.en .t').textContent()).toBe(`Sentence ${hostile}`);
    expect(await page.locator('#links td.ar .t').textContent()).toBe(`جملة ${hostile}`);
    expect(await page.locator('#terms-body button.term[lang="en"]').textContent()).toBe(hostile);
    expect(await page.locator('img, h1 i').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    expect(await page.locator('h1').textContent()).toBe('<i>t</i>');
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(errors).toEqual([]);
  });
});
