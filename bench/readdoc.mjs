// The tagger alone on a folder of .txt files, as its own process (model load included, as in
// the CLI run it is compared with): wink-nlp readDoc, tokens, POS and sentences read out.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// The model accessor is internal, not a package export; dist/nlp.js is its own built chunk.
const { getNlp } = await import(join(root, 'dist/nlp.js'));
const dir = process.argv[2];
const nlp = getNlp();
for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
  const doc = nlp.readDoc(readFileSync(join(dir, f), 'utf8'));
  doc.tokens().out(nlp.its.pos);
  doc.sentences().length();
}
