import type { Module } from '../harness.ts';
import { neural } from './neural.ts';

/** Every benchmark `npm run bench` runs, in order. Add a module here. */
export const benchmarks: Module[] = [neural];
