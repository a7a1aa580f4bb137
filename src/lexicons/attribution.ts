/**
 * Attribution lexicon (lexicons/attribution.json, schema/lexicons/attribution.schema.json): the
 * cues that tie a quote to its speaker. Format documented in docs/lexicons-framing.md.
 */
import type { Provenance } from './lexicon.js';
import { lowerKeys, unique } from './lists.js';

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

/** The JSON shape (validated by the schema before compile). */
type AttributionData = Partial<Omit<AttributionLexicon, 'files' | 'transcript'>> & { transcript?: Partial<AttributionLexicon['transcript']> };

export function compileAttribution(raw: AttributionData, p: Provenance): AttributionLexicon {
  const verbs: Record<string, string[]> = {};
  for (const [canon, forms] of Object.entries(raw.verbs ?? {})) verbs[canon] = unique(forms);
  return {
    files: p.files,
    verbs,
    according: unique(raw.according),
    documents: unique(raw.documents),
    naming: unique(raw.naming),
    pronouns: lowerKeys(raw.pronouns),
    reporting: unique(raw.reporting),
    notSpeakers: unique(raw.notSpeakers),
    spokespersons: unique(raw.spokespersons),
    transcript: { interviewer: unique(raw.transcript?.interviewer), interviewee: unique(raw.transcript?.interviewee) },
  };
}
