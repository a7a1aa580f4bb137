import type { BoilerplateRules } from './boilerplate-rules.js';
import type { Citation } from '../types/article.js';
import { type Doc, liveIndices } from './doc.js';

/**
 * Wire sources the text says it relies on ("UNN reports citing Reuters", "according to AFP",
 * "(Reuters) -") become `wire` citations. The text is not changed.
 */
export function findWireCitations(doc: Doc, rules: BoilerplateRules): Citation[] {
  const seen = new Set<number>();
  const out: Citation[] = [];
  for (const i of liveIndices(doc)) {
    const lt = doc.lines[i].lt;
    for (const { re } of rules.wirePatterns) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(lt.text))) {
        const span = m.indices?.[1];
        if (!span) continue;
        const rawStart = lt.map[span[0]];
        if (seen.has(rawStart)) continue;
        seen.add(rawStart);
        out.push({ kind: 'wire', text: m[1], rawStart, rawEnd: lt.rawEndAt(span[1] - 1) });
      }
    }
  }
  return out;
}
