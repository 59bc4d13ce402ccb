import type { Module } from '../harness.ts';
import { lexicalEval } from './lexical.ts';

/** Every evaluation `npm run eval` runs, in order. Add a module here. */
export const evaluations: Module[] = [lexicalEval];
