import type { Module } from '../harness.ts';
import { alignmentBench } from './alignment.ts';

/** Every benchmark `npm run bench` runs, in order. Add a module here. */
export const benchmarks: Module[] = [alignmentBench];
