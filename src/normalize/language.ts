/**
 * The language of an article's text, for `Article.language` when the input gives none. English is
 * the default and stays unless the text clearly reads otherwise: mostly non-Latin letters, or few
 * English function words; then franc-min's trigram model names the language.
 */
import { franc } from 'franc-min';
import stopwords from '../../lexicons/stopwords.json';

/** Below this many words the signal is too weak: assume English. */
const MIN_WORDS = 12;
/** English prose is roughly 40–50% function words; German or Spanish read as English score under 10%. */
const MIN_FUNCTION_SHARE = 0.15;
const MAX_NON_LATIN = 0.3;
/** The shipped list, not a user's extension: the check must mean the same on every machine. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(stopwords.words);

/** Whether the text reads as English (short texts do: too little to tell). */
export function readsAsEnglish(text: string): boolean {
  const sample = text.slice(0, 4000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters > 0 && (letters - latin) / letters > MAX_NON_LATIN) return false;
  const words = sample.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  if (words.length < MIN_WORDS) return true;
  let fn = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) fn++;
  return fn / words.length >= MIN_FUNCTION_SHARE;
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

/** The language normalize records when none is given: null for English (the default) or too short to tell. */
export function inferredLanguage(text: string): string | null {
  if (readsAsEnglish(text)) return null;
  const code = detectLanguage(text);
  return code === 'en' ? null : code;
}
