import { describe, expect, it } from 'vitest';
import { eventEvidence } from '../src/align/events.ts';
import { pairEvidence } from '../src/align/evidence.ts';
import { trustedMatches } from '../src/align/related.ts';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { englishVerbStems } from '../src/encode/lexical.ts';

const enc = createLexicalEncoder({ freedict: false });

describe('verbs an English sentence uses, read from their form', () => {
  it('reads regular and irregular past forms and -ing forms, not plurals or stopwords', () => {
    expect(englishVerbStems('Police opened fire, hitting him twice.')).toEqual(['open', 'hit']);
    expect(englishVerbStems('The flood swept the houses away.')).toEqual(['sweep']);
    expect(englishVerbStems('The children were in the houses.')).toEqual([]);
  });
});

describe('one event told in both reports', () => {
  const ar = ['وجرفت السيول المنازل في القرية.', 'ونقل المصابون إلى المستشفى.', 'لضمان تنفيذ ذلك.'];
  const en = ['Floods swept away the houses of the village.', 'The victims are in hospital.', 'They are implementing the plans.'];
  const events = eventEvidence(enc.stems(ar, 'ar'), enc.stems(en, 'en'));

  it('finds the shared action with one of its participants (floods + swept away ↔ جرفت السيول)', () => {
    expect(events(0, 0).shared).toContain('sweep');
    expect(events(0, 0).strongest).toBeGreaterThan(2.2);
  });

  it('does not take a shared noun for an event, nor a verb with nothing else shared', () => {
    expect(events(1, 1).strongest).toBe(0);
    expect(events(2, 2).strongest).toBe(0);
  });

  it('lets a weak one-to-one match of two reports stand on its shared event', () => {
    const links = [
      { ar: [0], en: [0], score: 0.12 },
      { ar: [1], en: [1], score: 0.12 },
    ];
    expect(trustedMatches(links, pairEvidence(ar, en))).toEqual([]);
    expect(trustedMatches(links, pairEvidence(ar, en), undefined, events)).toEqual([links[0]]);
  });

  it('ignores verbs that frame a report (said, told) rather than tell its event', () => {
    const said = eventEvidence(enc.stems(['وقالت الشرطة إن الوضع هادئ.'], 'ar'), enc.stems(['Police said the situation was calm.'], 'en'));
    expect(said(0, 0).shared).not.toContain('sai');
  });
});

describe('apostrophes inside English words', () => {
  it('reads Xi’an in a text as a translation reading Xi\'an is read', () => {
    const curly = [...enc.englishFeatures('Xi’an').keys()];
    const arabic = enc.arabicFeatures('شيآن');
    expect(curly.some((id) => arabic.has(id))).toBe(true);
  });
});
