/**
 * Attribution lexicon (lexicons/attribution.json): the cues that tie a quote to its speaker.
 * Format documented in docs/lexicons-framing.md.
 */
import { checkedStringList, invalidLexicon } from './invalid.js';
import data from '../../lexicons/attribution.json';

/**
 * Attribution lexicon (lexicons/attribution.json): the verbs and phrases that attribute a quote to
 * a speaker.
 */
export interface AttributionLexicon {
  /** Where the entries came from (lexicon file names), for citing in findings. */
  files: string[];
  /** Canonical verb ("said") → its forms ("said", "says", "say", "saying"). */
  verbs: Record<string, string[]>;
  /** Phrase cues whose speaker follows: "according to". */
  according: string[];
  /** Nouns that name a document able to "speak": "readout", "statement". */
  documents: string[];
  /** Cues that present a quoted word as a name rather than an utterance: "so-called", "dubbed". */
  naming: string[];
  /** Pronoun → the actor kind it can refer to ("person", "group", "thing"). */
  pronouns: Record<string, string>;
  /** Canonical verbs that, opening a document's quote ("President Putin said that ..."), name the person reported. */
  reporting: string[];
  /** Words never a speaker on their own: months, weekdays, headline words ("July", "Thursday", "war"). */
  notSpeakers: string[];
  /** Role nouns of someone who speaks for a body ("spokesman", "press secretary"): the body is the quote's `speakerFor`. */
  spokespersons: string[];
  /** Interview transcripts: speaker labels that open a turn ("Q", "A", "Host"). Upper-case names are turn labels too. */
  transcript: { interviewer: string[]; interviewee: string[] };
}

type ListKey = 'according' | 'documents' | 'naming' | 'reporting' | 'notSpeakers' | 'spokespersons';
const LIST_KEYS: ListKey[] = ['according', 'documents', 'naming', 'reporting', 'notSpeakers', 'spokespersons'];

function fail(file: string, message: string): never {
  return invalidLexicon('attribution', file, message);
}

function stringList(value: unknown, file: string, where: string): string[] {
  return checkedStringList('attribution', value, file, where);
}

const EMPTY: AttributionLexicon = { files: [], verbs: {}, according: [], documents: [], naming: [], pronouns: {}, reporting: [], notSpeakers: [], spokespersons: [], transcript: { interviewer: [], interviewee: [] } };

/** Validate user data and merge it into `base` (or replace `base` when `replace`). Throws INVALID_LEXICON naming `file`. */
export function mergeAttribution(base: AttributionLexicon, extra: unknown, file: string, replace = false): AttributionLexicon {
  if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) fail(file, 'expected an object');
  const input = extra as Record<string, unknown>;
  const start = replace ? EMPTY : base;
  const out: AttributionLexicon = {
    files: replace ? [file] : [...base.files, file],
    verbs: { ...start.verbs },
    according: [...start.according],
    documents: [...start.documents],
    naming: [...start.naming],
    reporting: [...start.reporting],
    notSpeakers: [...start.notSpeakers],
    spokespersons: [...start.spokespersons],
    pronouns: { ...start.pronouns },
    transcript: { interviewer: [...start.transcript.interviewer], interviewee: [...start.transcript.interviewee] },
  };
  for (const key of Object.keys(input)) {
    if (key === 'description' || key === 'source') continue;
    if (key === 'verbs') {
      const verbs = input.verbs;
      if (typeof verbs !== 'object' || verbs === null || Array.isArray(verbs)) fail(file, 'verbs must be an object: canonical verb → forms');
      for (const [canon, forms] of Object.entries(verbs as Record<string, unknown>)) {
        const list = stringList(forms, file, `verbs.${canon}`);
        out.verbs[canon] = [...new Set([...(out.verbs[canon] ?? []), ...list])];
      }
    } else if ((LIST_KEYS as string[]).includes(key)) {
      const k = key as ListKey;
      out[k] = [...new Set([...out[k], ...stringList(input[k], file, k)])];
    } else if (key === 'pronouns') {
      const p = input.pronouns;
      if (typeof p !== 'object' || p === null || Array.isArray(p)) fail(file, 'pronouns must be an object: pronoun → kind');
      for (const [pronoun, kind] of Object.entries(p as Record<string, unknown>)) {
        if (typeof kind !== 'string') fail(file, `pronouns.${pronoun} must be a string`);
        out.pronouns[pronoun.toLowerCase()] = kind;
      }
    } else if (key === 'transcript') {
      const t = input.transcript;
      if (typeof t !== 'object' || t === null || Array.isArray(t)) fail(file, 'transcript must be an object: {interviewer: [...], interviewee: [...]}');
      for (const [role, labels] of Object.entries(t as Record<string, unknown>)) {
        if (role !== 'interviewer' && role !== 'interviewee') fail(file, `transcript.${role}: expected interviewer or interviewee`);
        out.transcript[role] = [...new Set([...out.transcript[role], ...stringList(labels, file, `transcript.${role}`)])];
      }
    } else {
      fail(file, `unknown field "${key}" (expected verbs, according, documents, naming, pronouns, reporting, notSpeakers, spokespersons, transcript)`);
    }
  }
  return out;
}

export const defaultAttribution: AttributionLexicon = mergeAttribution(EMPTY, data, 'lexicons/attribution.json', true);
