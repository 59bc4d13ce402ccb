import { EXIT, UserError } from '../errors.ts';
import { readText, readTextDetected } from '../io/read.ts';
import { segment } from '../segment/index.ts';
import type { Lang } from '../types.ts';

export function segmentCommand(file: string, o: { lang?: string }): void {
  if (o.lang !== undefined && o.lang !== 'ar' && o.lang !== 'en') throw new UserError(`--lang must be ar or en, not "${o.lang}"`, EXIT.usage);
  const { text, lang } = o.lang === undefined ? readTextDetected(file) : { text: readText(file, o.lang as Lang), lang: o.lang as Lang };
  for (const s of segment(text, lang)) process.stdout.write(s.text.replace(/[\r\n]+/g, ' ') + '\n');
}
