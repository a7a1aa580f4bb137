/**
 * The one wink-nlp instance: created lazily on first use and reused, because loading the
 * model costs far more than reading a typical article. Runtime-neutral (no node:* imports).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNlp = ReturnType<typeof winkNLP>;

let instance: WinkNlp | null = null;
/** uniqueId of the first out-of-vocabulary word: ids below it are words the model knows. */
let firstOovId = 0;
const knownCache = new Map<string, boolean>();

export function getNlp(): WinkNlp {
  if (!instance) {
    instance = winkNLP(model);
    // wink appends unseen words to its vocabulary with growing ids; a nonsense probe read
    // first marks where the model's own vocabulary ends.
    firstOovId = instance.readDoc('qzxjkvbwqz').tokens().out(instance.its.uniqueId)[0] as number;
  }
  return instance;
}

/**
 * Which of these lower-cased words are in the model's English vocabulary. Used to tell
 * capitalized common words ("Key Points") from names ("Gabuev"), which the lite model lacks NER for.
 */
export function knownWords(words: Iterable<string>): Set<string> {
  const nlp = getNlp();
  const unseen = [...new Set(words)].filter((w) => !knownCache.has(w) && /^[\p{Ll}][\p{Ll}\p{M}'’.-]*$/u.test(w));
  if (unseen.length > 0) {
    const toks = nlp.readDoc(unseen.join(' ')).tokens();
    const values = toks.out(nlp.its.normal) as string[];
    const ids = toks.out(nlp.its.uniqueId) as unknown as number[];
    // A word wink splits into several tokens is treated as unknown.
    const seen = new Map<string, boolean>();
    values.forEach((v, i) => seen.set(v, ids[i] < firstOovId));
    for (const w of unseen) knownCache.set(w, seen.get(w) ?? false);
  }
  const out = new Set<string>();
  for (const w of words) if (knownCache.get(w)) out.add(w);
  return out;
}
