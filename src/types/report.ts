/**
 * The JSON report: the stable contract research scripts read (`framediff compare --format json`).
 * Documented field by field in docs/report.md and described by schema/report.schema.json.
 *
 * Every `start`/`end` is a UTF-16 offset into the `text` of the article it belongs to
 * (for findings: the article named by `articleId`), and `text.slice(start, end)` is exactly
 * the quoted or evidence text.
 */
import type {
  AlignedGroup,
  AttributionDrift,
  Comparison,
  CoverageItem,
  DistinctiveTerm,
  LabelRow,
  QuoteCluster,
  RewritePair,
  SharedPassage,
  SourcingProfile,
  SpeakerRow,
  ToneRow,
  VariantGroup,
} from './comparison.js';
import type { ActorKind, MentionForm, QuoteKind, SourceType } from './analysis.js';


/**
 * A span of an article's text: the words and their offsets, `text === article.text.slice(start,
 * end)`.
 */
export interface ReportSpan {
  text: string;
  start: number;
  end: number;
}

/** A quote of one article in the report; the span includes the whole quote, `parts` each part. */
export interface ReportQuote extends ReportSpan {
  /** Quote id within the article (`q1`, `q2`, ...). */
  id: string;
  /** Speaker as a corpus actor name, else the speaker as named in the text; null when unattributed. */
  speaker: string | null;
  /** Corpus actor id of the speaker, or null. */
  speakerId: string | null;
  kind: QuoteKind;
  /** The quoted words: the parts joined by " … " (equals `text` for one-part quotes). */
  quote: string;
  /** The parts of a quote interrupted by attribution ("…," she said, "…"). */
  parts: ReportSpan[];
  /** Rule that attributed the quote, or `quote.scare` / `quote.unattributed` (docs/rules.md). */
  rule: string;
  /** The body a spokesperson speaks for ("Trump campaign", "White House"); absent when none is named. */
  speakerFor?: string;
}

/** Loaded wording in one article (`ArticleAnalysis.framing` in the report). */
export interface ReportFramingTerm extends ReportSpan {
  category: string;
  /** Concept id for concept variants / event naming, else null. */
  concept: string | null;
  /** `narrator`: the outlet's own wording; `quote`: a quoted speaker's words. */
  voice: 'narrator' | 'quote';
  /** Id of the rule that found the term (docs/rules.md). */
  rule: string;
}

/** The label attached to a mention ("Russian dictator"), with its comparison key and flags. */
export interface ReportMentionLabel extends ReportSpan {
  key: string;
  head: string;
  evaluative: boolean;
  temporal: 'former' | 'current' | null;
  /** Rule that found the label (docs/rules.md). */
  rule: string;
}

/** One mention of a corpus actor in an article, with its label if it has one. */
export interface ReportMention extends ReportSpan {
  /** Corpus actor id (see top-level `actors`). */
  actorId: string;
  form: MentionForm;
  label: ReportMentionLabel | null;
}

/** An attribution of information in one article: the source phrase, its cue and its type. */
export interface ReportSource extends ReportSpan {
  /** The cue that marks the attribution: "according to", "citing", "said" ... */
  cue: string;
  /** wire, state-media, official, expert, anonymous, outlet, document or other. */
  type: SourceType;
  /** Rule that gave the source its type (docs/rules.md). */
  rule: string;
}

/**
 * One article in the report: its metadata, its normalized text, and its findings as spans of that
 * text.
 */
export interface ReportArticle {
  id: string;
  outlet: { id: string; name: string };
  title: string | null;
  publishedAt: string | null;
  url: string | null;
  language: string;
  byline: string[];
  source: { label: string; format: string; sha256: string };
  /** The normalized body all offsets point into. */
  text: string;
  quotes: ReportQuote[];
  framingTerms: ReportFramingTerm[];
  mentions: ReportMention[];
  /** Attributions of information ("according to Chinese state media", "citing Reuters"). */
  sources: ReportSource[];
}

/** A label and how often an outlet used it. */
export interface ReportLabelCount {
  label: string;
  count: number;
}

/** An actor matched across the corpus, with its mention counts and labels per outlet. */
export interface ReportActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** Mentions across the corpus. */
  mentions: number;
  mentionsByOutlet: Record<string, number>;
  /** outletId → labels that outlet put on the actor, most frequent first. */
  labelsByOutlet: Record<string, ReportLabelCount[]>;
  /** Rule that decided the actor's kind (docs/rules.md). */
  rule: string;
}

/** One outlet of the report: id, name, kind (null when unknown) and its articles. */
export interface ReportOutlet {
  id: string;
  name: string;
  kind: string | null;
  articleIds: string[];
}

/**
 * The event the report covers, from `ReportOptions.event` (the manifest's event on the CLI); null
 * fields when not given.
 */
export interface ReportEvent {
  title: string | null;
  date: string | null;
}

/**
 * The JSON report (`report(c, { format: 'json' })`, `toReportJson`): the stable contract of
 * schema/report.schema.json, field by field in docs/report.md.
 */
export interface ReportJson {
  schemaVersion: 2;
  generator: { name: string; version: string };
  event: ReportEvent;
  outlets: ReportOutlet[];
  articles: ReportArticle[];
  actors: ReportActor[];
  /** Actor × outlet label table with flags (evaluative, contradiction, unique). */
  labelTable: LabelRow[];
  /** Same concept, different words, per outlet. */
  variantGroups: VariantGroup[];
  /** One utterance across outlets: who carries it, each rendering, word diffs. */
  quoteClusters: QuoteCluster[];
  /** Speaker × outlet: quotes and quoted words. */
  speakers: SpeakerRow[];
  /** Claims × outlets, most distinctive first. */
  coverage: CoverageItem[];
  rewrites: RewritePair[];
  /** Long verbatim runs two outlets share (docs/comparison.md, rule passage.verbatim-run). */
  sharedPassages: SharedPassage[];
  /** Claims attributed in one outlet and stated as fact in another (rules drift.*). */
  attributionDrift: AttributionDrift[];
  sourcing: SourcingProfile[];
  distinctiveTerms: DistinctiveTerm[];
  tone: ToneRow[];
  /** Aligned sentences across outlets (the synopsis view's rows). */
  synopsis: AlignedGroup[];
  /** Comparison options in force (thresholds, defaults filled in). */
  options: Comparison['options'];
}
