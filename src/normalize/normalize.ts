import { FramediffError } from '../errors.js';
import { placeWarning } from '../text/messages.js';
import { parseInput, parseInputRecords, type ParseOptions } from '../load/parse-input.js';
import { type ParsedInput, recordSource } from '../load/parsed-input.js';
import type { Article, ArticleInput, ArticleMeta, ArticleWarning, Citation, Provenance, Removed, SourceInfo } from '../types/article.js';
import { type BoilerplateRules, defaultBoilerplateRules } from './boilerplate-rules.js';
import { collectInlineUrls } from './citations-block.js';
import { parseDate } from './dates.js';
import { type Doc, type Line, mergeRemoved } from './doc.js';
import { inputHash, resolveOutlet } from './outlet.js';
import { runRules } from './pipeline.js';
import { assembleParagraphs, rawToTextOffset } from './paragraphs.js';
import { unwrapLines } from './unwrap.js';
import { cutInvisible, foldLine, splitLines } from './whitespace.js';
import { findWireCitations } from './wire.js';
import { inferredLanguage } from './language.js';

/** How `normalize` and `normalizeAll` may be tuned. */
export interface NormalizeOptions {
  /**
   * Take the first line as the title when no title is given and it is headline-shaped
   * (default true). Pass false when re-normalizing text whose title is known to be absent.
   */
  inferTitle?: boolean;
  /** Mark short Title Case lines followed by text as `heading` paragraphs (default true). */
  headings?: boolean;
  /** Boilerplate rules; default lexicons/boilerplate.json. Build others with `compileBoilerplate(mergeBoilerplate(...))`. */
  boilerplate?: BoilerplateRules;
  /** normalizeAll only: receive a failing record's error and go on with the others (default: throw). */
  onError?: (error: FramediffError) => void;
  /** Parser tuning for `normalize` and `normalizeAll` (HTML chrome rules); loadCorpus takes `LoadOptions.parse`. */
  parse?: ParseOptions;
}

/**
 * One ParsedInput (from a format parser) → one Article. The rules run in a fixed order, each
 * recording what it takes out; see the modules in src/normalize/ for each rule.
 * Throws FramediffError('NO_BODY') when nothing of the body is left.
 */
export function normalizeParsed(parsed: ParsedInput, source: SourceInfo, options: NormalizeOptions = {}): Article {
  const rules = options.boilerplate ?? defaultBoilerplateRules();
  const meta = parsed.meta;
  const lines: Line[] = [];
  const capped: Removed[] = [];
  for (const block of parsed.blocks) {
    let gapBefore = true;
    for (const line of splitLines(block)) {
      const { lt: bounded, cut } = cutInvisible(line);
      for (const c of cut) capped.push({ kind: 'other', text: parsed.raw.slice(c.rawStart, c.rawEnd), ...c });
      const lt = foldLine(bounded);
      if (lt.length === 0) gapBefore = true;
      else {
        lines.push({ lt, gapBefore });
        gapBefore = false;
      }
    }
  }
  const doc: Doc = { raw: parsed.raw, lines, removed: capped, citations: [] };

  const found = runRules(doc, meta, rules, options.inferTitle ?? true);
  const footnotes = found.footnotes;
  const wires = [...found.wires, ...findWireCitations(doc, rules)];
  collectInlineUrls(doc);

  const body = unwrapLines(doc.lines.filter((l) => !l.removed && l.lt.length > 0));
  if (body.length === 0) throw new FramediffError('NO_BODY', source.label, 'no article body is left after removing headers and boilerplate');
  const { text, paragraphs } = assembleParagraphs(body, options.headings ?? true);
  for (const f of footnotes) f.textOffset = rawToTextOffset(text, f.rawEnd);

  const warnings: ArticleWarning[] = [...parsed.warnings];
  const provenance: Article['provenance'] = {};
  const pick = <T>(field: keyof ArticleMeta, explicit: T | undefined, inferred: T | undefined | null, fallback: T): T => {
    const has = (v: unknown) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0) && v !== '';
    const [value, prov]: [T, Provenance] = has(explicit) ? [explicit as T, 'explicit'] : has(inferred) ? [inferred as T, 'inferred'] : [fallback, 'default'];
    provenance[field] = prov;
    return value;
  };

  const outlet = resolveOutlet(meta.outlet, found.outletHint, source);
  provenance.outlet = outlet.provenance;
  if (outlet.warning) warnings.push(outlet.warning);

  const explicitDate = meta.publishedAt !== undefined ? (parseDate(meta.publishedAt) ?? meta.publishedAt) : undefined;
  const publishedAt = pick<string | null>('publishedAt', explicitDate, found.publishedAt, null);
  if (publishedAt === null) warnings.push({ code: 'DATE_MISSING', message: 'no publication date given or found in the text', severity: 'warning' });

  const explicitByline = meta.byline === undefined ? undefined : Array.isArray(meta.byline) ? meta.byline : [meta.byline];
  const citations: Citation[] = [...parsed.citations, ...doc.citations, ...footnotes, ...wires];
  citations.sort((a, b) => a.rawStart - b.rawStart || a.rawEnd - b.rawEnd || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));

  const article: Article = {
    id: articleId(outlet.outlet.id, source),
    outlet: outlet.outlet,
    title: pick<string | null>('title', meta.title, found.titleInferred ? found.title : null, null),
    subtitle: pick<string | null>('subtitle', meta.subtitle, found.subtitleInferred ? found.subtitle : null, null),
    byline: pick<string[]>('byline', explicitByline, found.byline, []),
    publishedAt,
    language: pick<string>('language', meta.language, meta.language ? null : inferredLanguage(text.text), 'en'),
    url: pick<string | null>('url', meta.url, null, null),
    dateline: pick<string | null>('dateline', meta.dateline, found.place, null),
    languages: pick<string[]>('languages', undefined, found.languages, []),
    text: text.text,
    paragraphs,
    citations,
    removed: mergeRemoved(parsed.raw, [...parsed.removed, ...doc.removed]),
    warnings: warnings.map((w) => placeWarning(w, parsed.raw)),
    source,
    provenance,
    raw: parsed.raw,
    offsetMap: text.toRuns(),
  };
  if (meta.event) article.event = meta.event;
  if (meta.inputId) article.inputId = meta.inputId;
  return article;
}

/**
 * `<outlet id>-<first 8 hex of the input's SHA-256>` (plus `-<record>` for records of a
 * multi-record file). An unknown outlet's id already is `unknown-<that hash>`, so it is the id.
 */
function articleId(outletId: string, source: SourceInfo): string {
  const id = `${outletId}-${source.sha256.slice(0, 8)}${source.record === undefined ? '' : `-${source.record}`}`;
  return outletId === `unknown-${inputHash(source)}` ? outletId : id;
}

function toInput(input: ArticleInput | string): ArticleInput {
  return typeof input === 'string' ? { content: input } : input;
}

/**
 * One input → one Article. Throws FramediffError('INVALID_INPUT') when the input holds more
 * than one record (use `normalizeAll`), and the parser's errors (EMPTY_FILE, INVALID_JSON, ...).
 */
export function normalize(input: ArticleInput | string, options?: NormalizeOptions): Article {
  const { parsed, source, errors } = parseInput(toInput(input), options?.parse);
  if (parsed.length + errors.length !== 1) {
    throw new FramediffError('INVALID_INPUT', source.label, `the input holds ${parsed.length + errors.length} records; use normalizeAll() for several`);
  }
  if (errors.length > 0) throw errors[0];
  return normalizeParsed(parsed[0], recordSource(source, parsed[0]), options);
}

/**
 * Every record of an input (JSON arrays and JSONL hold many), each with its record index and
 * label in `source`. A record that fails (bad record, no body) throws, unless `options.onError`
 * is given: then it is reported there and the other records go on.
 */
export function normalizeAll(input: ArticleInput, options: NormalizeOptions = {}): Article[] {
  const { parsed, source, errors } = options.onError ? parseInputRecords(input, options.parse) : parseInput(input, options.parse);
  const fail = (e: unknown) => {
    if (!options.onError || !(e instanceof FramediffError)) throw e;
    options.onError(e);
  };
  errors.forEach(fail);
  const articles: Article[] = [];
  for (const p of parsed) {
    try {
      articles.push(normalizeParsed(p, recordSource(source, p), options));
    } catch (e) {
      fail(e);
    }
  }
  return articles;
}
