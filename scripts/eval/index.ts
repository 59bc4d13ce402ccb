import type { Module } from '../harness.ts';
import { alignment } from './alignment.ts';

/** Every evaluation `npm run eval` runs, in order. Add a module here. */
export const evaluations: Module[] = [alignment];
