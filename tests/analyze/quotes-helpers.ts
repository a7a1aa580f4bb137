/** Shared test helpers for the quote, source and framing tests: contexts from seeds and dev fixtures. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildContext, type AnalysisContext } from '../../src/analyze/context.js';
import { normalize } from '../../src/normalize/normalize.js';

const root = join(import.meta.dirname, '..', '..');

/** Context for a seed article by its number prefix ("002"), normalized the library's way. */
export function seed(prefix: string): AnalysisContext {
  const file = readdirSync(join(root, 'corpus')).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`no seed ${prefix}`);
  const article = normalize({ content: readFileSync(join(root, 'corpus', file), 'utf8'), label: file });
  return buildContext(article);
}

/** Context for one of our own dev texts in tests/fixtures/dev-quotes. */
export function dev(name: string): AnalysisContext {
  return fromText(readFileSync(join(root, 'tests', 'fixtures', 'dev-quotes', name), 'utf8'), name);
}

export function fromText(text: string, id = 'test'): AnalysisContext {
  return buildContext({ id, text, paragraphs: [] });
}
