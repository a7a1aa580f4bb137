/**
 * Candidate names: runs of capitalized proper-noun-like tokens ("Xi Jinping", "Chung Chih-tung",
 * "JD Vance", "Institute for National Defense and Security Research"), with name particles
 * (de, van, bin, al-) and hyphenated parts joined. The lite wink model has no NER, so this is
 * the raw material the kind classifier and the linker work from.
 */
import type { Token } from '../tokens.js';

export interface NameRun {
  /** Token index range, inclusive. */
  first: number;
  last: number;
  /** True when the run starts the sentence (its capital may just be sentence case). */
  sentenceInitial: boolean;
  /** True when the sentence is in title case (a headline): names there only attach to known actors. */
  headline: boolean;
}

/** Lower-case particles inside personal names. */
const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'ter', 'ten', 'la', 'le', 'bin', 'ibn', 'bint', 'al', 'el', 'y', 'zu']);
/** Words that may continue an organization's name after its head ("Bank of England", "Institute for ... and ..."). */
const ORG_LINKS = new Set(['of', 'for', 'and', 'on', '&']);
/** Days and months end an organization's complement: "National Bank of Ardenia on Thursday". */
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'X', 'NUM', 'VERB']);

export function isCapitalized(t: Token): boolean {
  return (t.type === 'word' || t.type === 'number') && /^\p{Lu}/u.test(t.text) && NAME_POS.has(t.pos) && (t.pos !== 'VERB' || /^\p{Lu}[\p{Lu}.]+$/u.test(t.text));
}

/** Two words separated by one space only (no punctuation or line break between them). */
function adjacentWords(a: Token, b: Token): boolean {
  return b.start - a.end === 1 && a.type === 'word';
}

function adjacent(a: Token, b: Token): boolean {
  return a.end === b.start;
}

/**
 * Find name runs in the token stream. `orgHeads` lets a run continue through "of/for/and"
 * once it contains an organization head word.
 */
export function findNameRuns(
  tokens: Token[],
  orgHeads: Set<string>,
  headlineSentences: Set<number>,
  sentenceFirstWord: Map<number, number>,
  /** Token indices inside gazetteer matches: a hyphen next to one separates two names. */
  gazetteerTokens: Set<number>,
  /** Words that are never part of a name, as written (weekdays, months, "UPDATE"): they end a run. */
  nonNames: Set<string> = new Set(),
): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const startsAlHyphen = /^(al|el)$/.test(t.text) && tokens[i + 1]?.text === '-' && tokens[i + 2] && isCapitalized(tokens[i + 2]) && adjacent(t, tokens[i + 1]);
    const cap = (k: number) => !nonNames.has(tokens[k].text) && (isCapitalized(tokens[k]) || (gazetteerTokens.has(k) && /^\p{Lu}/u.test(tokens[k].text)));
    // "advocacy group Secure America Now": wink tags a capitalized first word as a verb; mid-sentence, before another name word, it starts the name.
    const verbLead = t.pos === 'VERB' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !nonNames.has(t.text) && sentenceFirstWord.get(t.sentence) !== i && !headlineSentences.has(t.sentence) && tokens[i + 1] !== undefined && adjacentWords(t, tokens[i + 1]) && cap(i + 1);
    if (!cap(i) && !startsAlHyphen && !verbLead) {
      i++;
      continue;
    }
    let last = i;
    let sawOrgHead = orgHeads.has(t.text);
    let inOrgComplement = false;
    let j = i + 1;
    while (j < tokens.length && tokens[j].sentence === t.sentence) {
      const cur = tokens[j];
      const prev = tokens[j - 1];
      if (cur.text === '-' && adjacent(prev, cur) && tokens[j + 1] && adjacent(cur, tokens[j + 1]) && tokens[j + 1].type === 'word') {
        // Hyphenated name parts: "Chih-tung", "Novo-Ogaryovo", "al-Assad"; not "China-Russia"
        // (two names) nor "US-led" (a name and a word).
        if (!gazetteerTokens.has(j - 1) && !gazetteerTokens.has(j + 1)) {
          last = j + 1;
          j += 2;
          continue;
        }
        break;
      }
      // wink tags some name words as verbs ("Tim Cook"); inside a name in prose, keep them.
      const verbName = tokens[j].pos === 'VERB' && /^\p{Lu}\p{Ll}/u.test(tokens[j].text) && !headlineSentences.has(t.sentence) && adjacentWords(prev, cur);
      if (cap(j) || verbName) {
        if (orgHeads.has(cur.text)) sawOrgHead = true;
        last = j;
        j++;
        continue;
      }
      // Particles, possibly several ("von der Leyen") or hyphenated ("al-Assad").
      let p = j;
      while (PARTICLES.has(tokens[p]?.text) && tokens[p].sentence === t.sentence) p++;
      if (p > j && tokens[p]?.text === '-' && adjacent(tokens[p - 1], tokens[p])) p++;
      if (p > j && tokens[p] && isCapitalized(tokens[p]) && !nonNames.has(tokens[p].text) && tokens[p].sentence === t.sentence) {
        last = p;
        j = p + 1;
        continue;
      }
      if (sawOrgHead && ORG_LINKS.has(cur.text) && (cur.text !== 'and' || inOrgComplement)) {
        // "Institute for National Defense and Security Research", "Bank of England", "Ministry of the Interior".
        let k = j + 1;
        // "Ministry of the Interior", but "Ministry of Commerce and the X Council" is two names.
        if (tokens[k]?.text === 'the' && cur.text !== 'and') k++;
        if (tokens[k] && isCapitalized(tokens[k]) && tokens[k].sentence === t.sentence && !CALENDAR.test(tokens[k].text)) {
          inOrgComplement = true;
          last = k;
          j = k + 1;
          continue;
        }
      }
      break;
    }
    runs.push({ first: i, last, sentenceInitial: sentenceFirstWord.get(t.sentence) === i, headline: headlineSentences.has(t.sentence) });
    i = last + 1;
  }
  return runs;
}

/** Title-case sentences (headlines, section heads): most longer words capitalized. */
export function headlineSentences(tokens: Token[]): Set<number> {
  const counts = new Map<number, { words: number; caps: number; upper: number }>();
  for (const t of tokens) {
    if (t.type !== 'word' || t.text.length < 4) continue;
    const c = counts.get(t.sentence) ?? { words: 0, caps: 0, upper: 0 };
    c.words++;
    if (/^\p{Lu}/u.test(t.text)) c.caps++;
    if (/^[\p{Lu}\p{M}'’.-]+$/u.test(t.text)) c.upper++;
    counts.set(t.sentence, c);
  }
  const out = new Set<number>();
  // ALL-CAPS lines ("BREAKING: PUTIN SAYS ...") say nothing about which words are names, whatever their ending.
  for (const [s, c] of counts) if (c.words >= 3 && c.upper / c.words >= 0.6) out.add(s);
  const ends = new Map<number, number>();
  tokens.forEach((t, i) => {
    if (t.type !== 'tabCRLF') ends.set(t.sentence, i);
  });
  // A title-case line with sentence punctuation at its end is prose full of names, not a headline.
  for (const [s, c] of counts) if (c.words >= 3 && c.caps / c.words >= 0.7 && !/^[.!?]$/.test(lastNonQuote(tokens, ends.get(s)))) out.add(s);
  return out;
}

/** Index of the first word token of each sentence (after opening quotes and brackets). */
export function firstWords(tokens: Token[]): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!out.has(t.sentence) && (t.type === 'word' || t.type === 'number')) out.set(t.sentence, i);
  }
  return out;
}

function lastNonQuote(tokens: Token[], last: number | undefined): string {
  if (last === undefined) return '';
  let i = last;
  while (i > 0 && /^["”’'»)]$/.test(tokens[i].text) && tokens[i - 1].sentence === tokens[last].sentence) i--;
  return tokens[i].text;
}
