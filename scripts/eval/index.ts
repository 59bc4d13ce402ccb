import type { Module } from '../harness.ts';

/** Every evaluation `npm run eval` runs, in order. Add a module here. */
export const evaluations: Module[] = [];
