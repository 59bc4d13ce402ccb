/**
 * A reviewer's link decisions, read back from a links file (`<stem>.links.jsonl`): lines whose status is approved
 * or rejected. They are matched to the current texts by their sentences' text (so an edit elsewhere in a text,
 * which moves the indices, does not lose them); a line without text (one a reviewer typed, {"ar":[i],"en":[j],
 * "status":"approved"}) is taken by its indices. A decision that no longer matches is reported and carried over.
 */
import type { LinkConstraints } from '../align/constraints.ts';
import type { Link, Sentence } from '../types.ts';

/** One line of a links file as read (other fields are kept for carrying the line over). */
export interface StoredLink {
  ar: number[];
  en: number[];
  status: 'proposed' | 'approved' | 'rejected';
  ar_text?: string;
  en_text?: string;
  /** Set on a decision that matched no sentences at the last run. */
  unmatched?: boolean;
  [field: string]: unknown;
}

export class LinksFileError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const isIndexList = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => Number.isInteger(x) && x >= 0);

/**
 * The lines of a links file. Lines without "ar" and "en" lists (a {"meta":…} header, blank lines) are skipped;
 * a line that is not JSON, or has a status other than proposed/approved/rejected, is an error naming the line.
 */
export function parseLinksJsonl(text: string): StoredLink[] {
  const out: StoredLink[] = [];
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, t) => {
    const line = raw.trim();
    if (!line) return;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      throw new LinksFileError(`line ${t + 1} is not JSON`, t + 1);
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return;
    const o = v as Record<string, unknown>;
    if (!isIndexList(o.ar) || !isIndexList(o.en)) return;
    const status = o.status ?? 'proposed';
    if (status !== 'proposed' && status !== 'approved' && status !== 'rejected') {
      throw new LinksFileError(`line ${t + 1}: status must be proposed, approved or rejected, not ${JSON.stringify(status)}`, t + 1);
    }
    out.push({ ...o, ar: o.ar, en: o.en, status } as StoredLink);
  });
  return out;
}

/** The sentences a decision names now: by its text when it has one, else by its indices; undefined if none match. */
export function locate(sentences: readonly Sentence[], indices: readonly number[], text: string | undefined): number[] | undefined {
  if (indices.length === 0) return [];
  const valid = indices.every((i) => i < sentences.length);
  if (text === undefined) return valid ? [...indices] : undefined;
  const joined = (xs: readonly number[]): string => xs.map((i) => sentences[i].text).join(' ');
  if (valid && joined(indices) === text) return [...indices];
  // The same text elsewhere: sentences in order whose texts, joined by spaces, make it; nearest the old place first.
  const near = indices[0];
  const found: number[] = [];
  const search = (rest: string, after: number): boolean => {
    if (rest === '') return true;
    if (found.length > indices.length + 2) return false;
    const options = sentences
      .filter((s) => s.index > after && s.text.length > 0 && rest.startsWith(s.text) && (rest.length === s.text.length || rest[s.text.length] === ' '))
      .sort((a, b) => Math.abs(a.index - near) - Math.abs(b.index - near) || a.index - b.index);
    for (const s of options) {
      found.push(s.index);
      if (search(rest.slice(s.text.length + 1), s.index)) return true;
      found.pop();
    }
    return false;
  };
  return search(text, -1) ? found : undefined;
}

export interface ResolvedDecisions {
  constraints: LinkConstraints;
  /** Decisions that match no sentences of the current texts: carried over in the file, and reported. */
  unmatched: StoredLink[];
}

/** Decisions of a links file mapped onto the current sentences. */
export function resolveDecisions(stored: readonly StoredLink[], ar: readonly Sentence[], en: readonly Sentence[]): ResolvedDecisions {
  const approved: Link[] = [];
  const rejected: Link[] = [];
  const unmatched: StoredLink[] = [];
  const seen = new Set<string>();
  for (const d of stored) {
    if (d.status === 'proposed') continue;
    // A one-sided rejection says nothing about pairs.
    if (d.status === 'rejected' && (!d.ar.length || !d.en.length)) continue;
    const a = locate(ar, d.ar, d.ar_text);
    const e = locate(en, d.en, d.en_text);
    if (!a || !e || (!a.length && !e.length)) {
      unmatched.push({ ...d, unmatched: true });
      continue;
    }
    const key = `${d.status}|${a.join(',')}|${e.join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    (d.status === 'approved' ? approved : rejected).push({ ar: a, en: e, score: d.status === 'approved' ? 1 : 0, status: d.status });
  }
  return { constraints: { approved, rejected }, unmatched };
}

/** One line for the user about a decision that no longer matches. */
export function describeUnmatched(d: StoredLink): string {
  const cut = (s: string | undefined): string => (s === undefined ? '' : ` “${s.length > 50 ? s.slice(0, 50) + '…' : s}”`);
  return `${d.status} link ar [${d.ar.join(',')}]${cut(d.ar_text)} ↔ en [${d.en.join(',')}]${cut(d.en_text)} matches no sentences now: kept in the file, not applied`;
}
