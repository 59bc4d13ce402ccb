import type { Module } from '../harness.ts';
import { endToEnd } from './endtoend.ts';
import { lexicalBench } from './lexical.ts';

/** Every benchmark `npm run bench` runs, in order. Add a module here. */
export const benchmarks: Module[] = [endToEnd, lexicalBench];
