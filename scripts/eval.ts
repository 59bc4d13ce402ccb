import { runModules } from './runner.ts';
import { evaluations } from './eval/index.ts';

await runModules('eval', evaluations, 'Evaluation', 'docs/EVALUATION.md');
