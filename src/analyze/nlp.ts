/**
 * The one wink-nlp instance: created lazily on first use and reused, because loading the
 * model costs far more than reading a typical article. Runtime-neutral (no node:* imports).
 *
 * Its vocabulary is frozen at the model's own words. wink appends every unseen word to its
 * lexicon and, from then on, its tokenizer looks the whole string up before splitting it: once
 * it has read "Trump's." it keeps "Trump's" whole in every later text. An article's tokens
 * would then depend on what the process read before it (another order, another worker, another
 * shard). Out-of-vocabulary entries stay stored (their ids and features are still needed by
 * the documents that hold them) but the tokenizer no longer finds them, so every text is
 * split as if it were the first one read.
 */
import winkNLP, { type Model } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNlp = ReturnType<typeof winkNLP>;

/** The parts of wink's internal lexicon cache this module relies on (wink-nlp 2.x). */
interface WinkCache {
  lookup(text: string): number[] | null;
  intrinsicSize(): number;
}

let instance: WinkNlp | null = null;
/** uniqueId of the first out-of-vocabulary word: ids below it are words the model knows. */
let firstOovId = 0;
/** The cache as wink built it, for the model's feature extractors: they look up the word being added. */
let learningCache: WinkCache | null = null;
const knownCache = new Map<string, boolean>();

/** A lookup that finds only the model's own lexemes (contractions included), never learned words. */
function freeze(cache: WinkCache): WinkCache {
  if (learningCache) return learningCache;
  learningCache = { ...cache };
  const lookup = cache.lookup;
  const intrinsic = cache.intrinsicSize();
  cache.lookup = (text) => {
    const found = lookup(text);
    return found !== null && found.length === 1 && found[0] >= intrinsic ? null : found;
  };
  return learningCache;
}

/**
 * wink hands its cache to the model's feature extractors whenever it adds a new word; that
 * is the one place the cache is reachable, so the model is wrapped to freeze it there.
 */
function frozenVocabularyModel(): Model {
  const base = model as unknown as Model & { featureFn: (config: unknown) => Record<string, unknown> };
  const featureFn = (config: unknown) => {
    const wrapped: Record<string, unknown> = {};
    for (const [name, fn] of Object.entries(base.featureFn(config))) {
      wrapped[name] =
        typeof fn !== 'function'
          ? fn
          : (text: unknown, category: unknown, cache: unknown, ...rest: unknown[]) =>
              fn(text, category, cache ? freeze(cache as WinkCache) : cache, ...rest);
    }
    return wrapped;
  };
  return { ...base, featureFn } as Model;
}

export function getNlp(): WinkNlp {
  if (!instance) {
    instance = winkNLP(frozenVocabularyModel());
    // wink appends unseen words to its vocabulary with growing ids; a nonsense probe read
    // first marks where the model's own vocabulary ends (and, being new, freezes it).
    firstOovId = instance.readDoc('qzxjkvbwqz').tokens().out(instance.its.uniqueId)[0] as number;
    if (!learningCache) throw new Error('wink-nlp: could not freeze the vocabulary (unsupported wink-nlp version?)');
  }
  return instance;
}

/**
 * Which of these lower-cased words are in the model's English vocabulary. Used to tell
 * capitalized common words ("Key Points") from names ("Gabuev"), which the lite model lacks NER for.
 */
export function knownWords(words: Iterable<string>): Set<string> {
  const list = [...words];
  const answers = new Map<string, boolean>();
  const unseen: string[] = [];
  for (const w of new Set(list)) {
    const cached = knownCache.get(w);
    if (cached !== undefined) answers.set(w, cached);
    // Longer than any vocabulary word, or not a lower-case word: not asked (wink's patterns are slow on long tokens).
    else if (w.length > 64 || !ASKABLE.test(w)) answers.set(w, false);
    else unseen.push(w);
  }
  if (unseen.length > 0) {
    const nlp = getNlp();
    const toks = nlp.readDoc(unseen.join(' ')).tokens();
    const values = toks.out(nlp.its.normal) as string[];
    const ids = toks.out(nlp.its.uniqueId) as unknown as number[];
    // A word wink splits into several tokens is treated as unknown.
    const seen = new Map<string, boolean>();
    values.forEach((v, i) => seen.set(v, ids[i] < firstOovId));
    for (const w of unseen) answers.set(w, seen.get(w) ?? false);
  }
  // Every answer is kept (words that cannot be asked too), up to a bound, so a long stream stays flat.
  for (const [w, k] of answers) if (knownCache.size < KNOWN_CACHE_LIMIT && !knownCache.has(w)) knownCache.set(w, k);
  const out = new Set<string>();
  for (const w of list) if (answers.get(w)) out.add(w);
  return out;
}

const ASKABLE = /^[\p{Ll}][\p{Ll}\p{M}'’.-]*$/u;
const KNOWN_CACHE_LIMIT = 300_000;
