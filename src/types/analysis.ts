/**
 * Per-article analysis. Every `start`/`end` is an offset into `Article.text`
 * of the article named by `ArticleAnalysis.articleId`.
 */
import type { Span, ArticleWarning } from './article.js';
import type { RuleId } from './rules.js';

export interface Sentence extends Span {
  index: number;
  /** Index into `Article.paragraphs`. */
  paragraph: number;
  /** wink-nlp sentiment of the sentence, -1..1. */
  sentiment: number;
}

/**
 * What an actor is: a person, an organization (a ministry, a company, a party), a place, or a
 * group of people ("protesters", "officials").
 */
export type ActorKind = 'person' | 'organization' | 'place' | 'group';

/** The descriptor words an outlet attached to a name: "Russian dictator", "former U.S. President". */
export interface Label extends Span {
  text: string;
  /** Head noun of the label, lower-cased unless it is a proper title: "dictator", "president", "leader". */
  head: string;
  /** Normalized label used to compare across outlets: lower-cased, "U.S." → "us", possessive dropped. */
  key: string;
  evaluative: boolean;
  /** Lexicon category of the head, e.g. `role`, `epithet`, `relation`. */
  category: string;
  /** Temporal qualifier that changes the fact: "former", "late", "then", "ex-". */
  temporal: 'former' | 'current' | null;
  /** Rule that found the label (`label.before`, `label.appositive-after` ...; docs/rules.md). */
  rule: RuleId;
}

/** How a mention names its actor (the comment on each form gives an example). */
export type MentionForm =
  | 'full' // "Vladimir Putin"
  | 'surname' // "Putin"
  | 'honorific' // "Mr Putin"
  | 'title' // "President Putin" (title directly before the name)
  | 'descriptor' // "the Chinese leader" (no name)
  | 'pronoun' // resolved "he" (only where used for speaker attribution)
  | 'alias'; // gazetteer alias, e.g. "the Kremlin" for an organization

export interface Mention extends Span {
  actorId: string;
  /** Exactly `text.slice(start, end)`: the name part (without label and without "'s"). */
  text: string;
  form: MentionForm;
  possessive: boolean;
  label: Label | null;
  sentence: number;
}

/**
 * A person, organization, place or group an article names, with every mention of it in the
 * article.
 */
export interface Actor {
  /** Stable within an article and across articles for the same canonical name: `person:vladimir-putin`. */
  id: string;
  /** Canonical (longest full) name, e.g. "Vladimir Putin". */
  name: string;
  kind: ActorKind;
  /** Every distinct surface form seen, sorted. */
  aliases: string[];
  mentions: Mention[];
  /** True when the actor came from a gazetteer (built-in or user) rather than discovery. */
  known: boolean;
  /** Rule that decided the actor's kind (`actor.gazetteer`, `actor.place-cue` ...; docs/rules.md). */
  rule: RuleId;
}

/**
 * `direct`: a quoted sentence or more; `partial`: a few quoted words inside the outlet's own
 * sentence; `scare`: quotation marks that distance the outlet from a word ("so-called"), with no
 * speaker.
 */
export type QuoteKind = 'direct' | 'partial' | 'scare';

/** Who a quote is attributed to, where in the text that is said, and how it was found. */
export interface QuoteSpeaker {
  /** Actor id where the speaker is a known or discovered actor, else null. */
  actorId: string | null;
  /** Speaker as named in the text ("Xi", "the readout", "Chung Chih-tung"). */
  name: string;
  /** The speaker phrase in the text, or the pronoun/noun that was resolved. */
  start: number;
  end: number;
  /**
   * How the speaker was found. `author`: "I said/told ..." in a first-person text is its author
   * (the byline, else "the author"); `turn`: words quoted inside an interview turn ("A:", "NAME:")
   * belong to that turn's speaker; `dash`: a pull quote attributed by a dash and a name
   * (`"..." — Maria Lopes, union spokeswoman`, or `— Name, Title` on the line after the quote),
   * with no verb (`Quote.verb` is null).
   */
  method: 'adjacent' | 'pronoun' | 'paragraph-continuation' | 'according-to' | 'colon' | 'source' | 'author' | 'turn' | 'dash';
}

export interface Quote extends Span {
  /** Stable within the article: `q1`, `q2`, ... in text order. */
  id: string;
  /** The quoted words without the quotation marks: exactly `text.slice(start, end)` for one-part quotes. */
  text: string;
  kind: QuoteKind;
  /** Parts of a quote split by attribution or paragraphs, each without marks. `text` joins them with " … ". */
  parts: Span[];
  /** Offsets including the quotation marks. */
  outerStart: number;
  outerEnd: number;
  speaker: QuoteSpeaker | null;
  /** Attribution verb lemma: said, told, added, wrote, according to ... */
  verb: string | null;
  /**
   * Rule that attributed the quote (`quote.attribution.after`, `quote.attribution.colon` ...), or
   * why it stands alone (`quote.scare`, `quote.unattributed`); docs/rules.md.
   */
  rule: RuleId;
  /** Why there is no speaker, when `speaker` is null. */
  unattributedReason: string | null;
  /** Where the quote came through a document or outlet ("according to the official Chinese account"). */
  via: string | null;
  /**
   * The body a spokesperson speaks for: the campaign, party, office or person named with the
   * role ("a spokesman for the Clinton campaign, Brian Fallon" → "the Clinton campaign"); null when none.
   */
  speakerFor?: string | null;
  sentence: number;
}

/**
 * What kind of source an attribution names: a wire agency, state media, an official body, a
 * partisan source, an expert, an anonymous source, another outlet, a document, or other.
 */
export type SourceType =
  | 'wire'
  | 'state-media'
  | 'official'
  | 'partisan'
  | 'expert'
  | 'anonymous'
  | 'outlet'
  | 'document'
  | 'other';

/** An attribution of information: "according to Chinese state media", "citing Reuters", "analysts say". */
export interface SourceAttribution extends Span {
  /** The source phrase as written (without the cue), e.g. "Chinese state media". */
  text: string;
  /** The cue that marks attribution: "according to", "citing", "said", "say", "statement". */
  cue: string;
  type: SourceType;
  actorId: string | null;
  sentence: number;
  /** Rule that gave the source its type (`source.name`, `source.head-noun` ...; docs/rules.md). */
  rule: RuleId;
}

/**
 * The lexicon category of loaded wording; the built-in ones are listed, a user lexicon may add its
 * own (docs/lexicons-framing.md).
 */
export type FramingCategory =
  | 'label'
  | 'evaluative'
  | 'hedge'
  | 'weasel'
  | 'intensifier'
  | 'event-naming'
  | 'concept-variant'
  | (string & {});

export interface FramingTerm extends Span {
  text: string;
  category: FramingCategory;
  /** Lexicon entry that matched (lemma or phrase). */
  entry: string;
  /** For concept variants and event naming: the concept id, e.g. `partnership-scope`, `war-naming`. */
  concept: string | null;
  /** Valence where a lexicon gives one (AFINN-165: -5..5). */
  valence: number | null;
  /** Lexicon file the entry came from. */
  lexicon: string;
  sentence: number;
  /** True when the term stands inside a speaker's quotation: a quoted speaker's wording, not the outlet's own. */
  quoted?: boolean;
  /** `narrator`: the outlet's own wording (scare quotes included); `quote`: a quoted speaker's words. */
  voice: 'narrator' | 'quote';
  /** Rule that flagged the term (`framing.lexicon`, `framing.sentiment-word`, `framing.concept` ...; docs/rules.md). */
  rule: RuleId;
}

/** A word that gives a mention its tone, with its valence after negation and distance weighting. */
export interface ToneEvidence extends Span {
  text: string;
  valence: number;
}

/** Tone toward one mention: -1..1 from the words attached to it (0 when none). */
export interface MentionTone extends Span {
  sentence: number;
  score: number;
  evidence: ToneEvidence[];
}

/**
 * The tone of one article toward one actor: the mean of its mentions' tone, with the words and
 * sentences behind it.
 */
export interface ActorTone {
  actorId: string;
  /** Mean tone (-1..1) of the actor's mentions, from the words attached to each (rule `tone.attached-words`). */
  score: number;
  /** The sentences that mention the actor, with wink's sentence sentiment (context, not the score). */
  sentences: { index: number; start: number; end: number; sentiment: number }[];
  mentions: MentionTone[];
}

/**
 * The tagger's tokens of `Article.text`, kept compactly (a few strings, no wink objects), so later
 * stages read the POS the analysis computed instead of tagging the text again. Whitespace tokens
 * are left out; tokens are in text order, the i-th entry of each field describes the i-th token.
 */
export interface TokenTags {
  /** `start-end` offsets into `Article.text` of each token, space-separated: `"0-5 6-12 12-13"`. */
  offsets: string;
  /** Universal POS tag wink gave each token, space-separated: `"PROPN VERB PUNCT"`. */
  pos: string;
  /** One character per token: `1` where its lower-cased form is a word of the English model's own vocabulary, else `0` (unseen names, numbers, punctuation). */
  known: string;
}

/**
 * What `analyze` finds in one article: sentences, actors with their mentions and labels, quotes,
 * sources, loaded wording, concept variants and tone. Offsets point into `Article.text` (into
 * `Article.title` for `titleConcepts` and `titleFraming`).
 */
export interface ArticleAnalysis {
  articleId: string;
  language: string;
  tokens: number;
  /** Offsets and POS of the tokens (absent in analyses made by older versions: compare then treats word classes as unknown). */
  tokenTags?: TokenTags;
  sentences: Sentence[];
  actors: Actor[];
  quotes: Quote[];
  sources: SourceAttribution[];
  /** Loaded wording only (evaluative, emotive, labels, hedges, scare quotes ...). */
  framing: FramingTerm[];
  /** Occurrences of concept variants (lexicons/concepts.json) for the variant groups: neutral words included. */
  concepts: FramingTerm[];
  /** Concept variants in the headline (offsets into `title`). */
  titleConcepts: FramingTerm[];
  /**
   * Loaded wording in the headline (`Article.title`): offsets point into the title, not the body.
   * Headlines are where framing is read most, so they are analyzed too (e.g. a headline's "unbounded").
   */
  titleFraming: FramingTerm[];
  tone: ActorTone[];
  warnings: ArticleWarning[];
}
