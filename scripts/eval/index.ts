import type { Module } from '../harness.ts';
import { dataCheck } from './data-check.ts';
import { lexicalEval } from './lexical.ts';
import { segmentation } from './segmentation.ts';

/** Every evaluation `npm run eval` runs, in order. Add a module here. */
export const evaluations: Module[] = [dataCheck, segmentation, lexicalEval];
