import { synsets } from './src/english/wordnet.ts';
const t0 = Date.now(); console.log(synsets('killed'), Date.now() - t0);
for (const w of ['murder', 'kill', 'huge', 'massive', 'orchard', 'garden', 'countries', 'nations', 'state']) console.log(w, synsets(w).join(' '));
