import { neutraliseFormula as n, restoreFormula as r } from '../src/glossary/csv.ts';
for (const c of ["\r'-1", '=1', "'=1", 'ok\n=cmd', 'a\r\r=', "'\r'x", 'plain', "'plain", '\rabc', 'x\n\t']) console.log(JSON.stringify([c, n(c), r(n(c)) === c]));
