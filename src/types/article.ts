/**
 * The shared article schema: what every input format is normalized into.
 *
 * Offsets: unless a field says otherwise, `start`/`end` are UTF-16 code-unit offsets
 * (JavaScript string indices, end exclusive) into `Article.text`. Fields named
 * `rawStart`/`rawEnd` are offsets into `Article.raw`, the decoded source text.
 * `textToRaw` / `textSpanToRaw` (src/text/offset-map.ts) map the first to the second.
 */
import type { MessageSource, WarningCode } from './messages.js';

/** A half-open character range `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** What kind of publication an outlet is; free-form strings are allowed for other kinds. */
export type OutletKind =
  | 'wire'
  | 'broadsheet'
  | 'tabloid'
  | 'broadcaster'
  | 'digital'
  | 'blog'
  | 'state-media'
  | 'news-agency'
  | 'aggregator'
  | 'ai-summary'
  | 'unknown'
  | (string & {});

/**
 * The publication an article comes from (from the manifest, the input's metadata, or inferred from
 * the text).
 */
export interface Outlet {
  /** Stable slug, e.g. `epoch-times`. Articles from one outlet share it. */
  id: string;
  name: string;
  url?: string;
  country?: string;
  language?: string;
  kind?: OutletKind;
}

/** Input formats the loader understands. */
export type InputFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'object';

/** The input an article was read from: its label, format, encoding, size and SHA-256. */
export interface SourceInfo {
  /** File path as given to the loader, or a caller-chosen label (e.g. `record 3 of feed.jsonl`). */
  label: string;
  path?: string;
  format: InputFormat;
  /** Lower-case hex SHA-256 of the raw bytes (or of the UTF-8 encoding of a string input). */
  sha256: string;
  /** Encoding the bytes were decoded with, e.g. `utf-8`, `utf-16le`, `windows-1252`. */
  encoding: string;
  /** Size of the raw input in bytes. */
  bytes: number;
  /** For records inside a JSON array or JSONL file: 0-based record index. */
  record?: number;
}

/** A paragraph of the normalized text. */
export interface Paragraph extends Span {
  /** `heading` for short title-like lines inside the body (section heads), else `body`. */
  kind: 'body' | 'heading';
}

/** What a citation is (see each member). */
export type CitationKind =
  /** A URL found in the text or in a "Citations:"/"Sources:" block. */
  | 'url'
  /** A footnote marker glued to a word ("invasion14"), removed from the text. */
  | 'footnote'
  /** A wire agency or other outlet the text says it relies on ("citing Reuters"). */
  | 'wire';

/**
 * A reference the article gives: a URL, a footnote marker or a wire agency it relies on. Positions
 * are in the raw input.
 */
export interface Citation {
  kind: CitationKind;
  /** The citation as written: the URL, the digits, or the agency name. */
  text: string;
  /** Position of the citation in the raw input. */
  rawStart: number;
  rawEnd: number;
  /** For `url`: the URL. */
  url?: string;
  /** For numbered lists and footnotes: the reference numbers (footnote "14" may mean [1, 4]). */
  numbers?: number[];
  /** For `footnote`: the offset in `text` where the marker stood (it is removed from the text). */
  textOffset?: number;
  /** For `footnote`: the URLs the numbers point to, where a numbered list exists. */
  urls?: string[];
}

/**
 * What a removed piece of boilerplate was (a header, a byline, a share bar, HTML page chrome,
 * ...); user rules may name their own kinds.
 */
export type RemovedKind =
  | 'header'
  | 'title-repeat'
  | 'dateline'
  | 'view-counter'
  | 'tag-list'
  | 'byline'
  | 'related-posts'
  | 'share'
  | 'updated-stamp'
  | 'media-artifact'
  | 'photo-caption'
  | 'citations-block'
  | 'footnote-marker'
  | 'section-label'
  | 'html-chrome'
  | 'other'
  | (string & {});

/**
 * A piece of boilerplate taken out of the text; nothing is thrown away.
 * For every entry and every input format, `raw.slice(rawStart, rawEnd) === text`.
 */
export interface Removed {
  kind: RemovedKind;
  /** The removed source exactly as written: `raw.slice(rawStart, rawEnd)` (for HTML, markup and entities included). */
  text: string;
  rawStart: number;
  rawEnd: number;
  /** Which rule removed it (stable id, like a lint rule id). */
  rule: string;
  /**
   * What a reader saw of it, for the captions and page chrome the HTML parser takes out: the visible
   * text (tags and invisible elements dropped, entities decoded, whitespace folded, one line per
   * block or merged neighbouring region), and for text-rule removals (headers, bylines, ...) the
   * normalized text of what was cut. Absent when it would equal `text`.
   */
  visibleText?: string;
}

/**
 * How much a message matters: `info` (noted), `warning` (a result may be affected), `error` (the
 * input or a step failed).
 */
export type Severity = 'info' | 'warning' | 'error';

/**
 * A non-fatal observation about an input, shaped like a vfile message (codes: docs/messages.md).
 * Positions are in the raw input (`Article.raw`): offsets, and the 1-based line and column of
 * `rawStart`, filled in by normalize and analyze wherever the message has an offset.
 */
export interface ArticleWarning {
  code: WarningCode;
  /** The reason, without the file name. */
  message: string;
  severity: Severity;
  /** Stage that raised it; normalize and analyze fill it from the code (`WARNING_SOURCE`). */
  source?: MessageSource;
  rawStart?: number;
  rawEnd?: number;
  /** 1-based line and column of `rawStart` in the raw input. */
  line?: number;
  column?: number;
  /** What was found, where that helps ("windows-1252", "13 Brumaire"). */
  actual?: string;
  /** What was expected instead ("utf-8", "a date"). */
  expected?: string;
}

/** Where a metadata field's value came from. */
export type Provenance = 'explicit' | 'inferred' | 'default';

/**
 * The article's metadata: given by the caller, manifest, front matter or JSON record, else read
 * from the text (`Article.provenance` says which).
 */
export interface ArticleMeta {
  outlet: Outlet;
  title: string | null;
  subtitle: string | null;
  byline: string[];
  /** ISO 8601: `YYYY-MM-DD` when only the day is known, else a full timestamp. */
  publishedAt: string | null;
  /**
   * BCP 47 code: the input's own when it gives one, else what the text reads as (`de`, `uk`; by
   * franc-min's trigram model, provenance `inferred`), else `en` (provenance `default`).
   */
  language: string;
  url: string | null;
  /** Place named in a dateline, e.g. `Kyiv`. */
  dateline: string | null;
  /** Other languages the source says the article exists in (from headers like `ukenru`). */
  languages: string[];
}

/** One normalized article. */
export interface Article extends ArticleMeta {
  /** Stable id: outlet slug plus a short hash of the raw bytes. Same input, same id. */
  id: string;
  /** Normalized body: paragraphs separated by one blank line ("\n\n"). */
  text: string;
  paragraphs: Paragraph[];
  citations: Citation[];
  removed: Removed[];
  warnings: ArticleWarning[];
  source: SourceInfo;
  /** For each metadata field: explicit (given by caller/manifest/front matter/JSON), inferred (from the text) or default. */
  provenance: Partial<Record<keyof ArticleMeta, Provenance>>;
  /** The decoded source text that `rawStart`/`rawEnd` offsets point into. */
  raw: string;
  /**
   * Piecewise map from `text` offsets to `raw` offsets: runs of `[textStart, rawStart, length]`
   * in which text and raw advance together. Use `textToRaw`/`textSpanToRaw` rather than reading it.
   */
  offsetMap: OffsetRun[];
  /**
   * The event the article reports, where the input says so (a manifest entry's `event`, a record's
   * or front matter's `event` field). Absent otherwise; `compare` then treats the corpus as one event.
   */
  event?: string;
  /**
   * The id the input record gave itself (a JSON record's `id`, `_id` or `uuid`), kept as it was so a
   * map step's output joins back to its input. Absent when the input has none.
   */
  inputId?: string;
}

/**
 * `[textStart, rawStart, length]`: `text[textStart + k]` is `raw[rawStart + k]` for every `k < length`.
 * `[textStart, rawStart, length, rawLength]`: one unit, `text[textStart, textStart + length)` stands
 * for the whole of `raw[rawStart, rawStart + rawLength)` (a decoded entity such as `&rsquo;`, a JSON
 * `\u2019` escape, marks NFC composed into a letter, folded whitespace; `rawLength` is 0 for
 * separators normalization inserted). Every character of a unit maps to `rawStart`, and a span
 * ending on it ends at `rawStart + rawLength`, so raw slices never cut an entity in half.
 */
export type OffsetRun = [number, number, number, number?];

/** Metadata a caller may supply; explicit values win over anything inferred. */
export interface ArticleMetaInput {
  outlet?: string | Partial<Outlet>;
  title?: string;
  subtitle?: string;
  byline?: string | string[];
  publishedAt?: string;
  language?: string;
  url?: string;
  dateline?: string;
  /** The event the article reports, as an id shared by all articles about it (see `framediff events`). */
  event?: string;
  /** The input record's own id (JSON `id`, `_id` or `uuid`), passed through to `Article.inputId`. */
  inputId?: string;
}

/** A raw article handed to `normalize`. */
export interface ArticleInput {
  /** The content: a string (already decoded) or bytes (decoded with BOM/heuristic detection). */
  content: string | Uint8Array;
  /** Defaults to detection from `label`'s extension and the content. */
  format?: InputFormat;
  /** File path or caller label, used in ids, errors and `source`. */
  label?: string;
  meta?: ArticleMetaInput;
}
