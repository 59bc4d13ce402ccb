import type { Module } from '../harness.ts';
import { alignment } from './alignment.ts';
import { alignmentRunning } from './alignment-running.ts';
import { comparable } from './comparable.ts';
import { calibration } from './calibration.ts';
import { dataCheck } from './data-check.ts';
import { encoding } from './encoding.ts';
import { glossaryEval } from './glossary.ts';
import { glossaryDevEval } from './glossary-dev.ts';
import { lexicalEval } from './lexical.ts';
import { segmentation } from './segmentation.ts';

/** Every evaluation `npm run eval` runs, in order. Add a module here. */
export const evaluations: Module[] = [dataCheck, segmentation, encoding, lexicalEval, alignment, alignmentRunning, calibration, comparable, glossaryEval, glossaryDevEval];
