import { parse } from 'csv-parse/sync';
for (const t of ['a,b,c\n1,2\n', 'a,b\n"x"y,2\n', 'a,b\n"x,2\n', 'a;b;c\r\n1;2;3\r\n']) {
  try { console.log(parse(t, { skip_empty_lines: true })); } catch (e: any) { console.log(e.code, e.message.split('\n')[0], e.lines, e.records, Object.keys(e)); }
}
console.log(parse('a;b\r\n1;2\r\n;\r\n', { delimiter: ';', skip_records_with_empty_values: true }));
