/**
 * Discovery: turn name runs, gazetteer matches, group nouns and "the Chinese leader"
 * descriptors into raw mentions with a kind. Linking them into actors is coref.ts's job.
 */
import type { Lexicons } from '../../lexicons/index.js';
import type { GazetteerEntry } from '../../lexicons/gazetteer.js';
import type { Token } from '../tokens.js';
import { knownWords } from '../nlp.js';
import { indexGazetteer, matchAt, type GazetteerIndex, type GazetteerMatch } from './gazetteer-match.js';
import { findNameRuns, firstWords, headlineSentences, type NameRun } from './names.js';
import type { LabelEnv } from './labels.js';
import { rawMention, type Descriptor, type RawMention } from './raw-mention.js';
import { classifyRun } from './classify.js';
import { findGroups } from './groups.js';
import { findDescriptors } from './descriptors.js';
import { placeCueFinder } from './place-cues.js';
import { perObject } from '../../util/per-object.js';

export type { Descriptor, RawMention } from './raw-mention.js';

export interface Discovery {
  mentions: RawMention[];
  descriptors: Descriptor[];
  env: LabelEnv;
  gazetteer: GazetteerIndex;
}

const ORG_LINKS = new Set(['of', 'for', 'on', '&']);

type WordSets = Record<'orgHeads' | 'placeHeads' | 'eventHeads' | 'speech' | 'nonNames' | 'groupWords' | 'orgLabelHeads' | 'placeLeads' | 'nameSuffixes', Set<string>>;
/** The gazetteer's word lists as sets, built once per lexicon object (not once per article). */
const wordSets = perObject(
  (g: Lexicons['gazetteer']): WordSets => ({
    orgHeads: new Set(g.orgHeads),
    placeHeads: new Set(g.placeHeads),
    eventHeads: new Set(g.eventHeads),
    speech: new Set(g.speechVerbs),
    nonNames: new Set(g.nonNames),
    groupWords: new Set(g.groups),
    orgLabelHeads: new Set(g.orgLabelHeads),
    placeLeads: new Set(g.placeLeads),
    nameSuffixes: new Set(g.nameSuffixes),
  }),
);

const honorificSet = perObject((labels: Lexicons['labels']) => new Set(labels.honorifics));

export function discover(text: string, tokens: Token[], lexicons: Lexicons, userEntries: GazetteerEntry[]): Discovery {
  const gaz = indexGazetteer(lexicons.gazetteer, userEntries);
  const g = lexicons.gazetteer;
  const { orgHeads, placeHeads, eventHeads, speech, nonNames, groupWords, orgLabelHeads, placeLeads, nameSuffixes } = wordSets(g);
  const labels = lexicons.labels;
  const honorifics = honorificSet(labels);

  // Gazetteer matches, longest first, left to right.
  const gazAt = new Map<number, GazetteerMatch>();
  const gazEndingAt = new Map<number, GazetteerMatch>();
  const gazTokens = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== 'word') continue;
    const m = matchAt(gaz, text, tokens, i);
    if (!m) continue;
    gazAt.set(i, m);
    gazEndingAt.set(m.last, m);
    for (let k = m.first; k <= m.last; k++) gazTokens.add(k);
    i = m.last;
  }

  const headlines = headlineSentences(tokens);
  const starts = firstWords(tokens);
  /** An organization head last, or followed by its complement: "Organization of American States". */
  const isOrgName = (a: number, b: number): boolean => {
    if (orgHeads.has(tokens[b].text)) return true;
    for (let x = a; x < b; x++) if (orgHeads.has(tokens[x].text) && ORG_LINKS.has(tokens[x + 1].text)) return true;
    return false;
  };
  const runs = joinHyphenatedOrgs(tokens, findNameRuns(tokens, orgHeads, headlines, starts, gazTokens, nonNames), isOrgName);
  const runAt = new Map<number, NameRun>();
  const runEndingAt = new Map<number, NameRun>();
  for (const r of runs) {
    runAt.set(r.first, r);
    runEndingAt.set(r.last, r);
  }

  const env: LabelEnv = {
    text,
    tokens,
    lexicon: labels,
    gazetteerEndingAt: gazEndingAt,
    organizationAt(i) {
      const m = gazAt.get(i);
      if (m && m.entry.kind === 'organization') return { last: m.last, name: m.entry.name };
      const r = runAt.get(i);
      if (r && isOrgName(r.first, r.last)) return { last: r.last, name: text.slice(tokens[r.first].start, tokens[r.last].end) };
      return null;
    },
  };

  // Which name words the model knows as ordinary English words.
  const words: string[] = [];
  for (const r of runs) for (let k = r.first; k <= r.last; k++) if (tokens[k].type === 'word') words.push(tokens[k].text.toLowerCase());
  const known = knownWords(words);
  const isOov = (k: number) => tokens[k].type === 'word' && /\p{L}/u.test(tokens[k].text) && tokens[k].text !== '-' && !known.has(tokens[k].text.toLowerCase());

  const mentions: RawMention[] = [];
  const placeCue = placeCueFinder(tokens, g, runEndingAt, gazEndingAt);
  const runEnv = { text, tokens, labels, labelEnv: env, gazAt, honorifics, placeHeads, placeLeads, eventHeads, speech, groupWords, orgHeads, orgLabelHeads, isOrgName, isOov, placeCue, demonyms: gaz.demonyms, nameSuffixes };
  for (const run of runs) mentions.push(...classifyRun(run, runEnv));

  // Gazetteer names outside any run (wink sometimes tags a capitalized name word as a verb: "Downing Street").
  const inRun = new Set<number>();
  for (const r of runs) for (let x = r.first; x <= r.last; x++) inRun.add(x);
  for (const m of gazAt.values()) {
    if (m.via === 'demonym' || inRun.has(m.first) || inRun.has(m.last)) continue;
    const pseudo: NameRun = { first: m.first, last: m.last, sentenceInitial: starts.get(tokens[m.first].sentence) === m.first, headline: headlines.has(tokens[m.first].sentence) };
    mentions.push({ ...rawMention(tokens, m.first, m.last, m.entry.kind, pseudo), entry: m.entry, form: m.via === 'alias' ? 'alias' : 'full' });
  }

  mentions.push(...findGroups(tokens, gaz, groupWords, gazAt));
  const descriptors = findDescriptors(env, tokens, gazAt, lexicons, runAt);
  return { mentions: mentions.sort((x, y) => x.start - y.start), descriptors, env, gazetteer: gaz };
}

/**
 * "the Malaysia-China Business Council": a hyphen between two known places splits names
 * ("China-Russia talks"), but not when an organization's name follows.
 */
function joinHyphenatedOrgs(tokens: Token[], runs: NameRun[], isOrgName: (a: number, b: number) => boolean): NameRun[] {
  const out: NameRun[] = [];
  for (const r of runs) {
    const prev = out[out.length - 1];
    const hyphen = prev ? tokens[prev.last + 1] : undefined;
    if (prev && hyphen && hyphen.text === '-' && prev.last + 2 === r.first && tokens[prev.last].end === hyphen.start && hyphen.end === tokens[r.first].start && isOrgName(r.first, r.last)) {
      out[out.length - 1] = { ...prev, last: r.last };
    } else out.push(r);
  }
  return out;
}
