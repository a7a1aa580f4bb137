/**
 * Cross-outlet comparison. Outlets, not files, are the unit: two articles from one
 * outlet are grouped under its `outletId`. Every finding carries `Evidence`.
 */
import type { Article } from './article.js';
import type { ActorKind, ArticleAnalysis, SourceType } from './analysis.js';
import type { RuleId } from './rules.js';

/** An analyzed article: the article plus its analysis. */
export interface AnalyzedArticle extends Article {
  analysis: ArticleAnalysis;
}

/** A span of one article's normalized text that supports a finding. */
export interface Evidence {
  articleId: string;
  outletId: string;
  start: number;
  end: number;
  /** Exactly `article.text.slice(start, end)` (or `article.title.slice(start, end)` for `field: 'title'`). */
  text: string;
  /** Set to `title` when the span is in the headline (`Article.title`) rather than the body text. */
  field?: 'title';
}

/** One outlet of the corpus and the ids of its articles. */
export interface OutletSummary {
  id: string;
  name: string;
  kind?: string;
  articleIds: string[];
}

/** An actor matched across articles. */
export interface CorpusActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** Total mentions across the corpus. */
  mentions: number;
  /** Per outlet id: number of mentions. */
  mentionsByOutlet: Record<string, number>;
  /** Per article id: the article-level actor id(s) merged into this one. */
  articleActors: Record<string, string[]>;
  /** Rule that decided the kind in most of the merged article actors (see `Actor.rule`). */
  rule: RuleId;
}

/** One label an outlet puts on an actor, how often, and where. */
export interface LabelUse {
  /** Label as most often written, e.g. "Russian dictator". */
  label: string;
  /** Comparison key (see `Label.key`). */
  key: string;
  head: string;
  evaluative: boolean;
  temporal: 'former' | 'current' | null;
  count: number;
  /** Rules that found these labels (see `Label.rule`), sorted. */
  rules: RuleId[];
  evidence: Evidence[];
}

/**
 * Why a label row deserves a look: `evaluative` (the analysis marked the label evaluative,
 * "dictator"), `unique` (a head noun no other outlet uses for the actor), `contradiction` (a
 * `former` label where another label with the same head is current); docs/comparison.md.
 */
export interface LabelFlag {
  type: 'evaluative' | 'contradiction' | 'unique';
  message: string;
  outletIds: string[];
  evidence: Evidence[];
}

/** One actor × every outlet: the labels each outlet attaches to the actor, and the flags. */
export interface LabelRow {
  actorId: string;
  name: string;
  kind: ActorKind;
  /** outletId → labels used (most frequent first). Outlets that name the actor without a label have []. */
  byOutlet: Record<string, LabelUse[]>;
  flags: LabelFlag[];
  /** True when the outlets that name the actor do not all use the same labels. */
  differs: boolean;
}

/** One wording of a concept in one outlet, how often, and where. */
export interface VariantWording {
  wording: string;
  count: number;
  evidence: Evidence[];
}

/**
 * One concept worded differently by different outlets ("no limits" / "unbounded" / "boundless"),
 * from the concept lexicon or discovered in aligned sentences.
 */
export interface VariantGroup {
  id: string;
  /** Concept id (from the lexicon) or a generated id for discovered groups. */
  concept: string;
  /** Human-readable name: the lexicon's description or the most common wording. */
  description: string;
  /** `lexicon`: from the curated concept lexicon; `alignment`: discovered by diffing aligned sentences; `both`. */
  origin: 'lexicon' | 'alignment' | 'both';
  /** `variant.concept`, `variant.discovered` or `variant.discovered.concept` (docs/rules.md). */
  rule: RuleId;
  byOutlet: Record<string, VariantWording[]>;
}

/**
 * One run of a word diff: words both renderings share (`equal`), or that only the other rendering
 * has (`added`) or lacks (`removed`).
 */
export interface WordDiffPart {
  op: 'equal' | 'added' | 'removed';
  text: string;
}

/** How one article renders a clustered quote: its words and where they stand. */
export interface QuoteRendering {
  outletId: string;
  articleId: string;
  quoteId: string;
  text: string;
  evidence: Evidence;
}

/** The word diff from a cluster's longest rendering to another rendering of the same utterance. */
export interface RenderingDiff {
  /** Quote ids (`articleId#quoteId`) compared: `from` is the cluster's longest rendering. */
  from: string;
  to: string;
  parts: WordDiffPart[];
  added: number;
  removed: number;
}

/**
 * One utterance quoted across outlets: who said it, which outlets carry it and which do not, each
 * rendering and how the renderings differ.
 */
export interface QuoteCluster {
  id: string;
  speakerId: string | null;
  speakerName: string | null;
  /** Outlets that carry this utterance; every other outlet of the comparison does not (stored sparsely). */
  outletIds: string[];
  renderings: QuoteRendering[];
  diffs: RenderingDiff[];
}

/** One speaker × every outlet: how many quotes and quoted words each outlet gives the speaker. */
export interface SpeakerRow {
  speakerId: string | null;
  speakerName: string;
  /** outletId → number of quotes and quoted words. */
  byOutlet: Record<string, { quotes: number; words: number }>;
}

/**
 * An outlet that does not carry a coverage claim: whether a nearby sentence is related (partial) or
 * none is (omitted). Stored only for `partial` (`CoverageItem.partial`); the full list, omitted
 * outlets included, is derived where a report shows it (`missingOutlets`).
 */
export interface CoverageMissing {
  outletId: string;
  status: 'partial' | 'omitted';
  related?: Evidence;
  similarity?: number;
}

/**
 * A fact (a cluster of sentences across outlets) or an added detail, with the outlets that carry
 * it and the ones that leave it out.
 */
export interface CoverageItem {
  id: string;
  /**
   * `claim`: a sentence cluster (a fact) and the outlets that report it. `detail`: words that one
   * outlet adds to a sentence the others also carry ("the third stoppage this year").
   */
  kind?: 'claim' | 'detail';
  /** Representative sentence (the longest member); for a detail, the sentence that carries it. */
  claim: string;
  /** For `detail`: the added words. Evidence then points at them. */
  detail?: string;
  /**
   * Outlets that carry the claim. Coverage is stored sparsely: an outlet of the comparison that is
   * neither here nor in `partial` omitted the claim (`missingOutlets` derives that list).
   */
  outletIds: string[];
  /**
   * For a claim: the outlets not carrying it whose most similar sentence is related (status
   * `partial`, with that sentence and its similarity), in outlet order.
   */
  partial?: CoverageMissing[];
  /** Share of all outlets carrying the claim: omissions of a claim most outlets agree on rank first. */
  agreement?: number;
  /** 1 − (outlets carrying it / all outlets): higher is more distinctive. */
  distinctiveness: number;
  /** `coverage.claim`, `coverage.counterpart` (joined by another outlet's own wording) or `coverage.detail` (docs/rules.md). */
  rule: RuleId;
  evidence: Evidence[];
}

/** A long run of the same words in two articles of different outlets (rule `passage.verbatim-run`). */
export interface SharedPassage {
  rule: string;
  /** Length of the run in words. */
  words: number;
  a: Evidence;
  b: Evidence;
  /** Inside quotation marks on both sides: both outlets quote one text, neither copies the other. */
  quoted: boolean;
  /** Article id of the likely original, or null when neither a credit nor the dates tell. */
  source: string | null;
  /** What `source` rests on: the later article credits the other outlet, the publication dates, or nothing. */
  basis: 'credit' | 'date' | 'quoted' | 'unknown';
}

/** A claim attributed or hedged in one outlet and stated as plain fact in another (docs/comparison.md). */
export interface AttributionDrift {
  /** `drift.attribution-dropped` or `drift.hedge-dropped`. */
  rule: string;
  /** The coverage claim both sentences belong to. */
  claimId: string;
  /** The sentence that attributes or hedges the claim. */
  attributed: Evidence;
  /** The attribution or hedge words ("accuses", "according to", "appeared to"). */
  cue: Evidence;
  /** The sentence that states the claim as fact. */
  asFact: Evidence;
  /** The three spans above, in that order. */
  evidence: Evidence[];
}

/**
 * Two articles of which one mostly reuses the other (`rewrite`), or both share a core, e.g. one
 * wire story (`shared-source`).
 */
export interface RewritePair {
  articleA: string;
  articleB: string;
  /** Share of A's sentences that have a near-identical counterpart in B, and vice versa. */
  shareA: number;
  shareB: number;
  /** `rewrite` when one article mostly reuses the other; `shared-source` when both share a core. */
  relation: 'rewrite' | 'shared-source';
  /** Wire sources both cite, if any ("Reuters"). */
  sharedSources: string[];
  pairs: { a: Evidence; b: Evidence; similarity: number }[];
}

/** One outlet's attributions counted by source type, with their evidence. */
export interface SourcingProfile {
  outletId: string;
  counts: Partial<Record<SourceType, number>>;
  evidence: Evidence[];
}

/**
 * A word or phrase (1–3 words) one outlet uses markedly more than the others, by weighted log-odds
 * with an informative Dirichlet prior.
 */
export interface DistinctiveTerm {
  outletId: string;
  term: string;
  /** Words in the term (1–3). */
  n: number;
  count: number;
  /** Log-odds ratio with informative Dirichlet prior (Monroe et al. 2008), this outlet vs the rest. */
  logOdds: number;
  z: number;
  evidence: Evidence[];
}

/** One outlet's tone toward one actor. */
export interface ToneCell {
  /** Mean mention tone (-1..1) from the words attached to the actor's mentions. */
  score: number;
  sentences: number;
  evidence: Evidence[];
  /** The words that gave the tone, strongest mentions first. */
  words: string[];
}

/** One actor × every outlet: the tone each outlet's wording takes toward the actor. */
export interface ToneRow {
  actorId: string;
  name: string;
  byOutlet: Record<string, ToneCell>;
}

/** Aligned sentences across outlets: the synopsis view's rows. */
export interface AlignedGroup {
  id: string;
  members: (Evidence & { sentence: number; similarity: number })[];
}

/**
 * Thresholds and lists that tune `compare`; every field is optional and `defaultComparisonOptions`
 * holds the defaults.
 */
export interface ComparisonOptions {
  /** Minimum similarity for two sentences to count as reporting the same fact (0..1). */
  alignThreshold?: number;
  /** Minimum similarity for near-identical sentences (rewrite detection). */
  rewriteThreshold?: number;
  /** Minimum similarity for two quote renderings to be the same utterance. */
  quoteThreshold?: number;
  /** How many distinctive terms per outlet. */
  topTerms?: number;
  /** Minimum share of an article's sentences matched in another for a rewrite/shared-source pair (0..1). */
  rewriteShare?: number;
  /** Strength a0 of the informative Dirichlet prior in the distinctive-vocabulary log-odds. */
  priorStrength?: number;
  /** Minimum z-score for a distinctive term. */
  minZ?: number;
  /** Extra stop words (besides lexicons/stopwords.json) ignored by similarity and distinctive vocabulary. */
  stopWords?: string[];
  /** Descriptions of concept ids (from the concept lexicon), used to name variant groups. */
  conceptDescriptions?: Record<string, string>;
}

/** The options a comparison ran with, defaults filled in. */
export type ResolvedComparisonOptions = Required<ComparisonOptions>;

/**
 * What `compare` returns: every cross-outlet finding, each with evidence into the articles it
 * holds. Plain, serializable and deterministic data; `toReportJson` turns it into the JSON report
 * (four lists are renamed there, see `REPORT_FIELDS`).
 */
export interface Comparison {
  /** The analyzed articles compared, in input order: findings' `articleId`s point here. */
  articles: AnalyzedArticle[];
  outlets: OutletSummary[];
  actors: CorpusActor[];
  labels: LabelRow[];
  variants: VariantGroup[];
  quoteClusters: QuoteCluster[];
  speakers: SpeakerRow[];
  coverage: CoverageItem[];
  rewrites: RewritePair[];
  /** Long verbatim runs two outlets share, whatever share of either article they make up. */
  sharedPassages?: SharedPassage[];
  /** Claims attributed in one outlet and stated as fact in another. */
  attributionDrift?: AttributionDrift[];
  sourcing: SourcingProfile[];
  distinctive: DistinctiveTerm[];
  tone: ToneRow[];
  alignment: AlignedGroup[];
  /** The options in force, defaults filled in. */
  options: ResolvedComparisonOptions;
}
