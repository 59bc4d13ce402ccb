import { XMLBuilder } from 'fast-xml-parser';
import type { GlossaryRow } from './csv.ts';
import { settledRows, statusOf } from './merge.ts';

/** TBX-Basic part of speech of a row: names are proper nouns. */
function partOfSpeech(type: string): string {
  return ['PERSON', 'PLACE', 'ORG'].includes(type.trim().toUpperCase()) ? 'properNoun' : 'noun';
}

function termSec(term: string, type: string): Record<string, unknown> {
  return {
    term,
    termNote: [{ '@_type': 'partOfSpeech', '#text': partOfSpeech(type) }],
  };
}

/**
 * A TBX (ISO 30042:2019, TBX-Basic dialect, DCA style) term base: one conceptEntry per row, an English and an
 * Arabic langSec, the row's type and the reviewer's note as notes, approved rows marked preferred.
 */
export function writeTbx(rows: readonly GlossaryRow[], title = 'Arabic–English glossary'): string {
  const entries = rows.map((r) => {
    const notes = [`status: ${statusOf(r)}`];
    const note = r.extra.note?.trim();
    if (note) notes.push(note);
    return {
      '@_id': `c${r.id}`,
      descrip: [{ '@_type': 'subjectField', '#text': r.type.trim().toUpperCase() || 'TERM' }],
      note: notes,
      langSec: [
        { '@_xml:lang': 'en', termSec: termSec(r.en, r.type) },
        { '@_xml:lang': 'ar', termSec: termSec(r.ar, r.type) },
      ],
    };
  });
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    tbx: {
      '@_type': 'TBX-Basic',
      '@_style': 'dca',
      '@_xml:lang': 'en',
      '@_xmlns': 'urn:iso:std:iso:30042:ed-2',
      tbxHeader: { fileDesc: { titleStmt: { title }, sourceDesc: { p: 'Proposed by the Arabic–English aligner from aligned texts; reviewed in its glossary CSV.' } } },
      text: { body: { conceptEntry: entries } },
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true, processEntities: true });
  return builder.build(doc) as string;
}

/**
 * The rows a term base should hold: approved ones, or every row but the rejected with `all` (statuses in any
 * spelling: "no" and "✗" are rejected); a pair that rows decide both ways is left out until settled.
 */
export function tbxRows(rows: readonly GlossaryRow[], all = false): GlossaryRow[] {
  return settledRows(rows).filter((r) => (all ? statusOf(r) !== 'rejected' : statusOf(r) === 'approved'));
}
