import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLinksJsonl } from '../src/format/links.ts';
import { readGlossaryCsv } from '../src/glossary/csv.ts';
import { buildReportData, renderReportHtml } from '../src/report/index.ts';
import type { ReportData } from '../src/report/model.ts';
import { cli, ROOT } from './helpers.ts';

/**
 * The review page in a real browser: Debian's Chromium driven by playwright-core. CI installs Chromium
 * (.ci/run) and must run this; elsewhere it is skipped, with the reason, when Chromium is missing.
 */
// CHROMIUM_PATH: another build, or a missing path to check the skip.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
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
  /** The page `run` writes for the sample corpus. */
  let reportUrl: string;
  /** The page `report` writes for the sample corpus with the reviewer's glossary below. */
  let reviewUrl: string;
  const csvPath = (): string => join(dir, 'glossary/seoul-talks.csv');
  // A reviewer's glossary for the sample corpus: fixed rows, so the test does not follow the term extractor;
  // an extra column and a formula-guarded note must come back unchanged, and a spreadsheet's "Yes" counts as approved.
  const REVIEW_CSV =
    '\uFEFFen,ar,type,score,count,status,en_context,ar_context,note,reviewer\r\n' +
    'Cho Tae-yong,تشو تاي يونج,PERSON,0.765,1,proposed,,,,\r\n' +
    'Jake Sullivan,جيك سوليفان,PERSON,0.765,1,proposed,"[[Jake Sullivan]] of the US, Takeo Akiba",,,\r\n' +
    "August,أغسطس,PLACE,0.900,1,proposed,,,'=check the month,\r\n" +
    'Seoul,سيول,PLACE,0.950,2,proposed,,,,\r\n' +
    'White House,البيت الأبيض,ORG,0.900,1,Yes,,,,Hala\r\n';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'aligner-browser-'));
    cpSync(join(ROOT, 'corpus'), join(dir, 'corpus'), { recursive: true });
    const run = cli(['run', 'corpus'], dir);
    expect(run.status, run.stderr).toBe(0);
    reportUrl = pathToFileURL(join(dir, 'glossary/seoul-talks.report.html')).href;
    writeFileSync(join(dir, 'review.csv'), REVIEW_CSV);
    const page = join(dir, 'review.report.html');
    const report = cli(['report', '--ar', 'corpus/seoul-talks.ar.txt', '--en', 'corpus/seoul-talks.en.txt', '--glossary', 'review.csv', '--out', page], dir);
    expect(report.status, report.stderr).toBe(0);
    reviewUrl = pathToFileURL(page).href;
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
  async function open(url: string, viewport = { width: 1400, height: 900 }): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const context = await browser.newContext({ viewport, acceptDownloads: true });
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
    const { page, requests, errors } = await open(reviewUrl);

    // Offline: the page asks for nothing but itself.
    expect(requests).toEqual([reviewUrl]);

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
    // Enabling the CSS domain makes Chromium 150 log "Unsafe attempt to load URL file:…" about the page's own file:
    // the inspector's doing, not the page's, so that one message is not counted as a page error.
    const logged = errors.length;
    await cdp.send('CSS.enable');
    errors.push(...errors.splice(logged).filter((m) => !m.startsWith('Unsafe attempt to load URL file:')));
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
    const whiteHouse = await row('White House');
    expect(await whiteHouse.getAttribute('data-status')).toBe('approved');
    expect(await whiteHouse.locator('td.status').textContent()).toBe('approved (Yes)');
    expect(await whiteHouse.getByRole('button', { name: 'Approve' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('#term-count').textContent()).toMatch(/1 proposed, 3 approved, 1 rejected · 3 changed row\(s\) not downloaded/);

    // Filters: status, type and score.
    const shownTerms = () => page.locator('#terms-body tr:not([hidden]) button.term[lang="en"]').allTextContents();
    await page.selectOption('#status-filter', 'approved');
    expect(await shownTerms()).toEqual(['Cho Tae-yong', 'Jake Sullivan', 'White House']);
    await page.selectOption('#status-filter', '');
    await page.selectOption('#type-filter', 'PERSON');
    expect(await shownTerms()).toEqual(['Cho Tae-yong', 'Jake Sullivan']);
    await page.selectOption('#type-filter', '');
    await page.locator('#term-min-score').fill('0.9');
    expect(await shownTerms()).toEqual(['August', 'Seoul', 'White House']);
    await page.locator('#term-min-score').fill('0');

    // Download: same header and column order, BOM, CRLF, only the decisions changed.
    const before = REVIEW_CSV;
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('review.csv');
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
      ['August', 'أغسطس', 'rejected', '=check the month'],
    ]);
    expect(after).toContain(",rejected,,,'=check the month,\r\n");
    // The reviewer's own word stays as written: the page changes only the rows it was asked to change.
    expect(after).toContain(',Yes,,,,Hala\r\n');
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

  it('filters links by score and shows unaligned sentences in place', async () => {
    const { page, errors } = await open(reportUrl);
    const data = JSON.parse((await page.locator('#report-data').textContent()) as string) as ReportData;
    const shownRows = (): Promise<number[]> =>
      page.locator('#links-body tr:not([hidden])').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-row'))));
    expect(await shownRows()).toEqual(data.order.ar);
    expect(await page.locator('#links-body tr.unaligned').count()).toBe(data.rows.filter((r) => r.score === null).length);

    // A threshold between the lowest and the highest link score hides the links under it, not the others.
    const scores = data.rows.flatMap((r) => (r.score === null ? [] : [r.score])).sort((a, b) => a - b);
    expect(scores.length).toBeGreaterThan(1);
    const threshold = Math.ceil(((scores[0] + scores[scores.length - 1]) / 2) * 100) / 100;
    await page.locator('#min-score').fill(String(threshold));
    const expected = data.order.ar.filter((k) => data.rows[k].score === null || data.rows[k].score! >= threshold);
    expect(await shownRows()).toEqual(expected);
    expect(expected.length).toBeLessThan(data.rows.length);
    await page.locator('#show-unaligned').uncheck();
    expect(await shownRows()).toEqual(expected.filter((k) => data.rows[k].score !== null));
    expect(await page.locator('#link-count').textContent()).toBe(`${expected.filter((k) => data.rows[k].score !== null).length} of ${scores.length} links shown`);
    expect(errors).toEqual([]);
  });

  it('groups a 2–1 link and, for comparable texts, orders the links by Arabic or by English position', async () => {
    const sentence = (text: string, index: number) => ({ index, text, start: 0, end: text.length });
    const ar = ['قال الرئيس إن المحادثات مثمرة.', 'وصل الوفد إلى سيول.', 'وعقد اجتماعا مع نظرائه.', 'لم يصدر بيان.'];
    const en = ['The delegation arrived in Seoul and met its counterparts.', 'Talks lasted two days.', 'The president called the talks fruitful.', 'Have thoughts?'];
    const data = buildReportData({
      title: 'comparable',
      arFile: 'c.ar.txt',
      enFile: 'c.en.txt',
      ar: ar.map(sentence),
      en: en.map(sentence),
      alignment: { mode: 'comparable', reason: 'test', links: [{ ar: [0], en: [2], score: 0.7 }, { ar: [1, 2], en: [0], score: 0.45 }] },
      glossary: null,
    });
    const file = join(dir, 'comparable.html');
    writeFileSync(file, renderReportHtml(data));
    const { page, errors } = await open(pathToFileURL(file).href);
    const firstSentences = (side: 'ar' | 'en') =>
      page.locator('#links-body tr:not([hidden])').evaluateAll(
        (trs, s) => trs.map((tr) => tr.querySelector(`td.${s} .s`)?.getAttribute('data-i') ?? '-'),
        side,
      );

    const grouped = page.locator('#links-body tr.grouped');
    expect(await grouped.count()).toBe(1);
    expect(await grouped.locator('td.ar .s').count()).toBe(2);
    expect(await grouped.locator('.shape').textContent()).toBe('2–1');
    expect(await grouped.locator('td.ar').evaluate((td) => getComputedStyle(td).boxShadow)).not.toBe('none');

    expect(await page.locator('#order-toggle').isVisible()).toBe(true);
    // An unaligned sentence follows the row of the sentence before it in its own text: English 3 after English 2's
    // row (Arabic 0), English 1 after English 0's row (Arabic 1–2).
    expect(await firstSentences('ar')).toEqual(['0', '-', '1', '-', '3']);
    await page.getByRole('button', { name: 'by English' }).click();
    expect(await firstSentences('en')).toEqual(['0', '-', '1', '2', '3']); // Arabic 3 after Arabic 2's row (English 0)
    expect(await page.getByRole('button', { name: 'by English' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'by Arabic' }).click();
    expect(await firstSentences('ar')).toEqual(['0', '-', '1', '-', '3']);
    expect(await page.locator('#glossary').textContent()).toContain('No glossary');
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
    expect(await page.locator('#order-toggle').isVisible()).toBe(false); // parallel texts: one order only
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(errors).toEqual([]);
  });

  /** Every visible button lies inside the window and inside every box that could scroll it away sideways. */
  async function cutOffButtons(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const bad: string[] = [];
      for (const b of document.querySelectorAll('button')) {
        if ((b as HTMLElement).offsetParent === null) continue;
        const r = b.getBoundingClientRect();
        let clipped = r.left < 0 || r.right > window.innerWidth;
        for (let e = b.parentElement; e && !clipped; e = e.parentElement) {
          if (getComputedStyle(e).overflowX === 'visible') continue;
          const box = e.getBoundingClientRect();
          clipped = r.left < box.left - 1 || r.right > box.right + 1;
        }
        if (clipped) bad.push(`${b.id || b.className || b.textContent}: ${Math.round(r.left)}–${Math.round(r.right)}`);
      }
      for (const e of document.querySelectorAll('main, section, aside, table')) {
        if (e.scrollWidth > e.clientWidth + 1) bad.push(`${e.tagName.toLowerCase()}#${e.id} scrolls sideways (${e.scrollWidth} > ${e.clientWidth})`);
      }
      return bad;
    });
  }

  it.each([
    [1280, 800],
    [1366, 768],
  ])('at %i×%i every control is visible: link tools, glossary buttons, and Save/Cancel of a row being edited', async (width, height) => {
    const { page, errors } = await open(reviewUrl, { width, height });
    for (const id of ['#link-picked', '#unlink', '#merge', '#split', '#download-links', '#download-tmx', '#download', '#min-score']) {
      expect(await page.locator(id).isVisible(), id).toBe(true);
    }
    expect(await cutOffButtons(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const k = await page.locator('#terms-body tr', { has: page.locator('button.term', { hasText: 'Jake Sullivan' }) }).getAttribute('data-term');
    const row = page.locator(`#terms-body tr[data-term="${k}"]`);
    await row.getByRole('button', { name: 'Edit' }).click();
    await expect.poll(() => row.getByRole('button', { name: 'Save' }).isVisible()).toBe(true);
    expect(await row.getByRole('button', { name: 'Cancel' }).isVisible()).toBe(true);
    expect(await cutOffButtons(page)).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, `report-${width}x${height}.png`) });
    expect(errors).toEqual([]);
  });

  it('as an alignment editor: rejects a wrong related link, links a missed pair (the missile launches), downloads the links file; re-runs keep both', async () => {
    const edit = mkdtempSync(join(tmpdir(), 'aligner-editor-'));
    cpSync(join(ROOT, 'corpus'), join(edit, 'corpus'), { recursive: true });
    expect(cli(['run', 'corpus'], edit).status).toBe(0);
    const url = pathToFileURL(join(edit, 'glossary/seoul-talks.report.html')).href;
    const { page, errors } = await open(url, { width: 1280, height: 800 });
    const data = JSON.parse((await page.locator('#report-data').textContent()) as string) as ReportData;
    // "The meeting in Seoul … came as" ↔ "However, it may help Kim Jong Un's regime…": linked as related, wrongly.
    const fa = data.ar.findIndex((t) => t.startsWith('وجاء الاجتماع في سيول'));
    const fe = data.en.findIndex((t) => t.startsWith('However, it may help'));
    // Akiba on North Korea's missile launches ↔ "They said they are implementing plans about missile launches…":
    // related content the aligner leaves alone.
    const oa = data.ar.findIndex((t) => t.startsWith('وقال أكيبا إن'));
    const oe = data.en.findIndex((t) => t.startsWith('They said they are implementing plans'));
    expect([fa, fe, oa, oe].every((x) => x >= 0)).toBe(true);

    // Sentence numbers are the files' (from 0).
    expect(await page.locator(`#links-body td.ar p.s[data-i="${oa}"] .n`).first().textContent()).toBe(String(oa));

    // Reject that link with its button.
    const fragment = page.locator('#links-body tr', { has: page.locator(`td.ar p.s[data-i="${fa}"]`) }).filter({ has: page.locator(`td.en p.s[data-i="${fe}"]`) });
    await fragment.getByRole('button', { name: 'Reject link' }).click();
    const rejected = page.locator('#links-body tr[data-status="rejected"]');
    expect(await rejected.count()).toBe(1);
    expect(await rejected.locator('td.ar p.s').getAttribute('data-i')).toBe(String(fa));
    // Its sentences stand alone again.
    expect(await page.locator(`#links-body tr.unaligned td.ar p.s[data-i="${fa}"]`).count()).toBe(1);

    // Link the two sentences: click one on each side, then the key L.
    await page.locator(`#links-body tr.unaligned td.ar p.s[data-i="${oa}"]`).click();
    // (The English one may sit in a weak proposed link: it is picked where it is.)
    await page.locator(`#links-body td.en p.s[data-i="${oe}"]`).first().click();
    expect(await page.locator('#link-picked').isEnabled()).toBe(true);
    await page.keyboard.press('l');
    const approved = page.locator('#links-body tr[data-status="approved"]');
    expect(await approved.count()).toBe(1);
    expect(await approved.locator('td.ar p.s').getAttribute('data-i')).toBe(String(oa));
    expect(await approved.locator('td.en p.s').getAttribute('data-i')).toBe(String(oe));
    expect(await page.locator(`#links-body tr.unaligned p.s[data-i="${oa}"][data-lang="ar"]`).count()).toBe(0);
    await expect.poll(() => page.locator('#link-review-count').textContent()).toMatch(/1 approved, 1 rejected · 2 link edit\(s\) not downloaded/);

    // Keys on the current row: A approves, A again undoes.
    await approved.locator('td.mid').click();
    await page.keyboard.press('a');
    expect(await page.locator('#links-body tr[data-status="approved"]').count()).toBe(0);
    await page.keyboard.press('a');
    expect(await page.locator('#links-body tr[data-status="approved"]').count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-links')]);
    expect(download.suggestedFilename()).toBe('seoul-talks.links.jsonl');
    const text = readFileSync((await download.path())!, 'utf8');
    const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l) as { ar: number[]; en: number[]; status: string; ar_text: string });
    expect(lines.filter((l) => l.status === 'approved').map((l) => [l.ar, l.en])).toEqual([[[oa], [oe]]]);
    expect(lines.filter((l) => l.status === 'rejected').map((l) => [l.ar, l.en])).toEqual([[[fa], [fe]]]);
    // The same shape as the command line's file: the same keys, every sentence in a line.
    // (The page writes no {"meta":…} line: the next run, which reads the file back, writes its own.)
    const cliLines = readLinksJsonl(readFileSync(join(edit, 'glossary/seoul-talks.links.jsonl'), 'utf8')).links;
    expect(Object.keys(lines[0])).toEqual(Object.keys(cliLines[0]));
    for (let i = 0; i < data.ar.length; i++) expect(lines.some((l) => l.status !== 'rejected' && l.ar.includes(i))).toBe(true);

    // TMX of the approved links.
    const [tmxDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-tmx')]);
    const tmx = readFileSync((await tmxDownload.path())!, 'utf8');
    expect(tmx).toMatch(/<header [^>]*srclang="ar"[^>]*creationdate="\d{8}T\d{6}Z"/);
    expect(tmx.match(/<tu tuid="1">/g)).toHaveLength(1);
    expect(tmx).toContain('<tuv xml:lang="en"><seg>They said they are implementing plans about missile launches');
    expect(errors).toEqual([]);

    // Saved over the links file, the next runs keep both decisions, and the new page shows them.
    writeFileSync(join(edit, 'glossary/seoul-talks.links.jsonl'), text);
    for (let run = 0; run < 2; run++) {
      const r = cli(['run', 'corpus'], edit);
      expect(r.status, r.stderr).toBe(0);
      const after = readLinksJsonl(readFileSync(join(edit, 'glossary/seoul-talks.links.jsonl'), 'utf8')).links;
      expect(after.filter((l) => l.status === 'approved').map((l) => [l.ar, l.en])).toEqual([[[oa], [oe]]]);
      expect(after.filter((l) => l.status !== 'rejected' && l.ar.includes(fa) && l.en.includes(fe))).toEqual([]);
    }
    const again = await open(url, { width: 1280, height: 800 });
    expect(await again.page.locator('#links-body tr[data-status="approved"] td.en p.s').getAttribute('data-i')).toBe(String(oe));
    expect(await again.page.locator('#links-body tr[data-status="rejected"] td.ar p.s').getAttribute('data-i')).toBe(String(fa));
    expect(again.errors).toEqual([]);
  }, 180_000);

  it('merges a row with the next one and splits a group again, written as approved links', async () => {
    const sentence = (text: string, index: number) => ({ index, text, start: 0, end: text.length });
    const ar = ['وصل الوفد إلى سيول.', 'وعقد اجتماعا مع نظرائه.', 'لم يصدر بيان.'];
    const en = ['The delegation arrived in Seoul.', 'It met its counterparts.', 'No statement was issued.'];
    const file = join(dir, 'merge.html');
    writeFileSync(
      file,
      renderReportHtml(
        buildReportData({
          title: 'merge',
          arFile: 'm.ar.txt',
          enFile: 'm.en.txt',
          ar: ar.map(sentence),
          en: en.map(sentence),
          alignment: { mode: 'parallel', reason: 'test', links: [{ ar: [0], en: [0, 1], score: 0.9, status: 'proposed' }, { ar: [2], en: [2], score: 0.95, status: 'proposed' }] },
          glossary: null,
        }),
      ),
    );
    const { page, errors } = await open(pathToFileURL(file).href, { width: 1280, height: 800 });
    // Split the 1–2 group: pick English 1, press S.
    await page.locator('#links-body td.en p.s[data-i="1"]').click();
    await page.keyboard.press('s');
    const approved = () => page.locator('#links-body tr[data-status="approved"]').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('p.s')].map((p) => `${p.getAttribute('data-lang')}${p.getAttribute('data-i')}`).sort().join(' ')));
    expect(await approved()).toEqual(['ar0 en0']);
    expect(await page.locator('#links-body tr.unaligned td.en p.s[data-i="1"]').count()).toBe(1);
    // Merge it back: the current row (ar0–en0) with the next one shown (English 1 alone).
    await page.locator('#links-body tr[data-status="approved"] td.mid').click();
    await page.click('#merge');
    expect(await approved()).toEqual(['ar0 en0 en1']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Escape').then(() => page.click('#download-links'))]);
    const lines = readFileSync((await download.path())!, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { ar: number[]; en: number[]; status: string });
    expect(lines.map((l) => [l.ar, l.en, l.status])).toEqual([
      [[0], [0, 1], 'approved'],
      [[1], [], 'proposed'],
      [[2], [2], 'proposed'],
    ]);
    expect(errors).toEqual([]);
  });
});
