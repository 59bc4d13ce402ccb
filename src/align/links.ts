import type { Link } from '../types.ts';

/**
 * Completes a set of links with the sentences they leave out (each as a link with an empty other side),
 * ordered by the first Arabic index, then the first English index.
 */
export function withUnaligned(links: readonly Link[], arCount: number, enCount: number): Link[] {
  const usedAr = new Set(links.flatMap((l) => l.ar));
  const usedEn = new Set(links.flatMap((l) => l.en));
  const out: Link[] = [...links];
  for (let i = 0; i < arCount; i++) if (!usedAr.has(i)) out.push({ ar: [i], en: [], score: 0 });
  for (let j = 0; j < enCount; j++) if (!usedEn.has(j)) out.push({ ar: [], en: [j], score: 0 });
  const key = (l: Link): [number, number] => [l.ar.length ? l.ar[0] : Infinity, l.en.length ? l.en[0] : Infinity];
  return out.sort((a, b) => {
    const [a1, a2] = key(a);
    const [b1, b2] = key(b);
    return a1 - b1 || a2 - b2;
  });
}
