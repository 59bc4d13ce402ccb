import { toTmx } from '../../src/format/tmx.ts';
console.log(toTmx({ mode: 'parallel', reason: 'a <b> & "c"', links: [{ ar: [0], en: [0, 1], score: 0.5 }, { ar: [1], en: [], score: 0 }] }, [{ index: 0, text: 'قال & <x>', start: 0, end: 1 }, { index: 1, text: 'y', start: 0, end: 1 }], [{ index: 0, text: 'He said "hi" & <b>', start: 0, end: 1 }, { index: 1, text: 'Two\u0001', start: 0, end: 1 }]));
