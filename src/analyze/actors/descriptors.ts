/** Descriptor mentions with no name: "the Chinese leader", "The President of China", "the UN chief". */
import type { Lexicons } from '../../lexicons/index.js';
import type { Token } from '../tokens.js';
import type { GazetteerMatch } from './gazetteer-match.js';
import { isCapitalized, type NameRun } from './names.js';
import { labelBefore, labelKey, type FoundLabel, type LabelEnv } from './labels.js';
import type { Descriptor } from './raw-mention.js';

/**
 * Descriptor mentions: "the Chinese leader", "the Russian president", "The President of China",
 * "China's president", "the Kremlin chief": a role head with a place and no name after it;
 * also "the country's president" (any place) and "the former president" (no place needed).
 */
export function findDescriptors(env: LabelEnv, tokens: Token[], gazAt: Map<number, GazetteerMatch>, lexicons: Lexicons, runAt: Map<number, NameRun>): Descriptor[] {
  const out: Descriptor[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const head = lexicons.labels.heads[t.text.toLowerCase()];
    if (!head || (head.category !== 'role' && head.category !== 'epithet') || t.type !== 'word') continue;
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence && (isCapitalized(next) || runAt.has(i + 1)) && next.text !== 'of') continue;
    if (next && /^['’]s?$/.test(next.text)) continue;
    // "China's top diplomat, Wang Yi": an appositive label, not a descriptor mention.
    if (next?.text === ',' && tokens[i + 2] && isCapitalized(tokens[i + 2])) continue;
    const label = labelBefore(env, i, true);
    let places = label?.affiliations ?? [];
    let last = i;
    if (next?.text === 'of') {
      let j = i + 2;
      if (tokens[j]?.text === 'the') j++;
      const m = gazAt.get(j);
      if (m && (m.entry.kind === 'place' || m.entry.kind === 'organization') && m.via !== 'demonym') {
        places = m.entry.country ? [m.entry.name, m.entry.country] : [m.entry.name];
        last = m.last;
      }
    }
    const former = label?.temporal === 'former';
    // "the country's president": the country the article is about, whichever it is.
    const firstWord = label ? env.text.slice(label.start, label.end).split(/\s+/)[0] : '';
    const country = /['’]s?$/.test(firstWord) && lexicons.labels.countryWords.includes(firstWord.replace(/['’]s?$/, '').toLowerCase());
    if (places.length === 0) {
      if (country) places = ['*'];
      else if (!former) continue;
    }
    const first = label ? label.first : i;
    const before = tokens[first - 1];
    const determined = before && /^the$/i.test(before.text);
    const possessed = label !== null && /['’]s?$/.test(firstWord);
    if (!determined && !possessed) continue;
    const start = tokens[first].start;
    const end = tokens[last].end;
    const text = env.text.slice(start, end);
    const key = labelKey(text, lexicons.labels);
    const lower = t.text.toLowerCase();
    const lab: FoundLabel = label
      ? { ...label, end, text, key, last, affiliations: places, rule: 'label.descriptor' }
      : { text, start, end, head: lower, key, evaluative: head.evaluative, category: head.category, temporal: null, rule: 'label.descriptor', first, last, affiliations: places, title: lower, rank: false };
    out.push({ start, end, first, last, sentence: t.sentence, label: lab, places, head: lower, title: lab.title, former, rank: lab.rank });
  }
  return out;
}
