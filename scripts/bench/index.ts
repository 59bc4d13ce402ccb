import type { Module } from '../harness.ts';
import { alignmentBench } from './alignment.ts';
import { endToEnd } from './endtoend.ts';
import { glossaryBench } from './glossary.ts';
import { hunalignBench } from './hunalign.ts';
import { largeBench } from './large.ts';
import { lexicalBench } from './lexical.ts';
import { neural } from './neural.ts';
import { reportBench } from './report.ts';
import { segmentationBench } from './segmentation.ts';
import { startupBench } from './startup.ts';

/** Every benchmark `npm run bench` runs, in order. Add a module here. */
export const benchmarks: Module[] = [endToEnd, reportBench, segmentationBench, alignmentBench, hunalignBench, glossaryBench, neural, lexicalBench, startupBench, largeBench];
