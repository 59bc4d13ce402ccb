import { createLexicalEncoder } from './src/encode/factory.ts';
const e = createLexicalEncoder();
for (const w of ['جيك', 'سوليفان', 'تاكيو', 'أكيبا', 'تشو', 'تاي', 'يونج', 'فلاديمير', 'بوتين']) console.log(w, e.translateArabicWord(w));
