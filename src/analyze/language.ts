/**
 * A cheap English check: English prose is roughly 40–50% function words; other languages
 * read by the English model score far lower, and non-Latin scripts are caught by their letters.
 */
import { franc } from 'franc-min';
import type { Token } from './tokens.js';

export interface LanguageGuess {
  english: boolean;
  /** Share of word tokens that are English stop words. */
  stopWordShare: number;
  /** Share of letters outside the Latin script. */
  nonLatinShare: number;
}

/** Below this many words the signal is too weak: assume English. */
const MIN_WORDS = 12;
const MIN_STOP_SHARE = 0.15;
const MAX_NON_LATIN = 0.3;

export function guessEnglish(text: string, tokens: Token[], stopWords: number): LanguageGuess {
  const words = tokens.filter((t) => t.type === 'word').length;
  const { letters, latin } = countLetters(text);
  const nonLatin = letters - latin;
  const stopWordShare = words ? stopWords / words : 0;
  const nonLatinShare = letters ? nonLatin / letters : 0;
  const english = nonLatinShare <= MAX_NON_LATIN && (words < MIN_WORDS || stopWordShare >= MIN_STOP_SHARE);
  return { english, stopWordShare: round(stopWordShare), nonLatinShare: round(nonLatinShare) };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** Letters and Latin-script characters, counted per code point; ASCII (most news text) without a regex. */
function countLetters(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        letters++;
        latin++;
      }
      continue;
    }
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    if (LETTER.test(ch)) letters++;
    if (LATIN.test(ch)) latin++;
  }
  return { letters, latin };
}

/**
 * ISO 639-3 codes franc-min returns → ISO 639-1 where one exists (BCP 47 wants the short code);
 * codes without one (ceb, ilo, ...) are returned as they are, which BCP 47 also allows.
 */
const ISO639_1: Record<string, string> = {
  amh: 'am', arb: 'ar', azj: 'az', bel: 'be', ben: 'bn', bos: 'bs', bul: 'bg', ces: 'cs', cmn: 'zh',
  deu: 'de', ell: 'el', eng: 'en', fra: 'fr', guj: 'gu', hau: 'ha', hin: 'hi', hrv: 'hr', hun: 'hu',
  ibo: 'ig', ind: 'id', ita: 'it', jav: 'jv', jpn: 'ja', kan: 'kn', kaz: 'kk', kin: 'rw', kor: 'ko',
  lin: 'ln', mal: 'ml', mar: 'mr', mya: 'my', nld: 'nl', npi: 'ne', nya: 'ny', pan: 'pa', pbu: 'ps',
  pes: 'fa', plt: 'mg', pol: 'pl', por: 'pt', ron: 'ro', run: 'rn', rus: 'ru', sin: 'si', som: 'so',
  spa: 'es', srp: 'sr', sun: 'su', swe: 'sv', swh: 'sw', tam: 'ta', tel: 'te', tgl: 'tl', tha: 'th',
  tur: 'tr', ukr: 'uk', urd: 'ur', uzn: 'uz', vie: 'vi', yor: 'yo', zlm: 'ms', zul: 'zu',
};

/**
 * The language of a text that is not English, by franc-min's trigram model (82 languages):
 * an ISO 639-1 code ("de", "uk") or 639-3 where there is none, null when too short to tell.
 * Only asked once guessEnglish has said no, so English texts never depend on it.
 */
export function detectLanguage(text: string): string | null {
  const code = franc(text.slice(0, 4000), { minLength: 20 });
  return code === 'und' ? null : (ISO639_1[code] ?? code);
}
