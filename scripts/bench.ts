import { runModules } from './runner.ts';
import { benchmarks } from './bench/index.ts';

await runModules('bench', benchmarks, 'Benchmarks', 'docs/BENCHMARKS.md');
