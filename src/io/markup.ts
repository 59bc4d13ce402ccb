import { Parser } from 'htmlparser2';
import { marked } from 'marked';

/** What a text file really holds: plain text, a web page, or Markdown. */
export type Markup = 'plain' | 'html' | 'markdown';

const HTML_START = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const HTML_TAG = /<\/?(p|div|br|span|a|h[1-6]|li|ul|ol|table|tr|td|b|i|em|strong|body|html|head|meta|script|style|article|section)\b[^<>]*>/gi;
const MD_SIGNALS: readonly RegExp[] = [
  /^#{1,6}[ \t]+\S/m, // heading
  /!?\[[^\]\n]+\]\([^)\s]+\)/, // link or image
  /^[ \t]*(```|~~~)/m, // fenced code
  /(\*\*|__)\S[^\n]*?\S\1/, // bold
  /^[ \t]*>[ \t]?\S/m, // block quote
];

/**
 * Tells web pages and Markdown from plain text: by the file's extension, else by its content
 * (an HTML document start or at least 5 HTML tags; at least 2 kinds of Markdown syntax).
 */
export function detectMarkup(text: string, path: string): Markup {
  if (/\.x?html?$/i.test(path)) return 'html';
  if (/\.(md|markdown)$/i.test(path)) return 'markdown';
  if (HTML_START.test(text) || (text.match(HTML_TAG)?.length ?? 0) >= 5) return 'html';
  if (MD_SIGNALS.filter((re) => re.test(text)).length >= 2) return 'markdown';
  return 'plain';
}

/** Elements whose text is never part of the document's prose. */
const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'nav', 'iframe', 'object']);
/** Elements that start a new line: a line break ends a sentence for the segmenter, as in plain text. */
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'title', 'tr', 'ul']);

/** The text of an HTML document: one line per paragraph, heading, list item or table cell; entities decoded. */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = '';
  let skipDepth = 0;
  let preDepth = 0;
  const breakLine = (): void => {
    if (line.trim()) lines.push(line.replace(/[ \t\f\v\u00A0]+/g, ' ').trim());
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipDepth++;
        if (name === 'pre') preDepth++;
        if (BLOCK.has(name)) breakLine();
      },
      onclosetag(name, implied) {
        if (SKIPPED.has(name) && skipDepth > 0) skipDepth--;
        if (name === 'pre' && preDepth > 0) preDepth--;
        if (BLOCK.has(name) && !(implied && name === 'br')) breakLine();
      },
      ontext(data) {
        if (skipDepth > 0) return;
        if (preDepth === 0) {
          line += data.replace(/\s+/g, ' ');
          return;
        }
        const parts = data.split(/\r\n|\r|\n/);
        parts.forEach((p, i) => {
          if (i > 0) breakLine();
          line += p;
        });
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  breakLine();
  return lines.join('\n') + (lines.length ? '\n' : '');
}

/** The text of a Markdown document: rendered, then read as HTML, so emphasis, links and code marks go. */
export function markdownToText(md: string): string {
  return htmlToText(marked.parse(md, { async: false, gfm: true }));
}

/** Plain text of a file's content, with what was done to it (undefined: nothing). */
export function stripMarkup(text: string, path: string): { text: string; markup: Markup } {
  const markup = detectMarkup(text, path);
  if (markup === 'html') return { text: htmlToText(text), markup };
  if (markup === 'markdown') return { text: markdownToText(text), markup };
  return { text, markup };
}
