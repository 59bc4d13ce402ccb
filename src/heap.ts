import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past what the last full collection kept, in percent. V8's own factor reaches 4× on
 * a heap that allocates fast: the glossary prepares each block of 10,000 links (about 80 MB) and lets it go, so
 * V8 collected only at 4× a live set of ~350 MB (300,000 lines: peak 1,454 MB, live 371 MB) and a 1M-line pair
 * swung 1.3–2.6 GB. At 1.5× the glossary stage of 300,000 lines peaks at 696 MB (1,454 MB before); the whole CLI run 876 MB (1,840 before), and 1M lines finish at 1,886 MB (docs/BENCHMARKS.md, large inputs).
 */
export const HEAP_GROWING_PERCENT = 50;

/**
 * Caps V8's heap growth for this process: the command line calls it once at start. A library embedding the
 * aligner keeps its own process's policy (the flag is process-wide), so the library never sets it.
 */
export function boundHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  // Read by V8 at every full collection when it sets the next limit, so it works after start-up too.
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
