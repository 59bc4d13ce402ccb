import type { Module } from '../harness.ts';
import { dataCheck } from './data-check.ts';
import { glossaryEval } from './glossary.ts';

/** Every evaluation `npm run eval` runs, in order. Add a module here. */
export const evaluations: Module[] = [dataCheck, glossaryEval];
