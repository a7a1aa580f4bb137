import { LocatedText } from '../../text/located-text.js';
import type { Citation, Removed } from '../../types/article.js';
import type { ParsedInput } from '../parsed-input.js';
import { readFrontMatter } from './front-matter.js';

/**
 * Markdown, stripped minimally: the reader's words stay, the syntax goes, and every kept character
 * keeps its raw offset. Links become their text plus a `url` citation; images are recorded in
 * `removed` (their alt text is not body text). Syntax markers are not boilerplate, so they are
 * simply dropped (the offset map still points past them).
 */
export function parseMarkdown(raw: string): ParsedInput {
  const fm = readFrontMatter(raw);
  const citations: Citation[] = [];
  const removed: Removed[] = [...fm.removed];
  let body = LocatedText.fromRaw(raw, fm.bodyStart);

  // Reference definitions `[1]: https://…` anywhere: remembered for `[text][1]`, then dropped as a line.
  const refs = new Map<string, { url: string; rawStart: number }>();
  body = body.replace(/^[ \t]{0,3}\[([^[\]\n]+)\]:[ \t]*<?(\S+?)>?(?:[ \t]+["'(].*["')])?[ \t]*(?:\r?\n|$)/gm, (m) => {
    const urlAt = body.rawAt(m.index + m[0].indexOf(m[2]));
    refs.set(m[1].toLowerCase(), { url: m[2], rawStart: urlAt });
    removed.push({ kind: 'link-definition', text: m[0], rawStart: body.rawAt(m.index), rawEnd: body.rawAt(m.index + m[0].length), rule: 'markdown/link-definition' });
    return '';
  });

  // Images before links: `![alt](src)` would otherwise read as a link. Bracket texts exclude "[" and
  // titles stop at a line end: otherwise every "[" of a long line rescans the rest of it (quadratic).
  body = keepGroup(body, /!\[([^[\]\n]*)\]\(([^()[\]\s]+)(?:\s+"[^"\n]*")?\)/g, null, (m, lt) => {
    removed.push({ kind: 'photo-caption', text: m[0], rawStart: lt.rawAt(m.index), rawEnd: lt.rawAt(m.index + m[0].length), rule: 'markdown/image' });
  });
  body = keepGroup(body, /\[([^[\]\n]+)\]\(<?([^()[\]\s<>]+)>?(?:\s+"[^"\n]*")?\)/g, 1, (m, lt) => {
    const at = m.index + m[0].lastIndexOf(m[2]);
    citations.push({ kind: 'url', text: m[2], url: m[2], rawStart: lt.rawAt(at), rawEnd: lt.rawAt(at) + m[2].length });
  });
  body = keepGroup(body, /\[([^[\]\n]+)\]\[([^[\]\n]*)\]/g, 1, (m) => {
    const ref = refs.get((m[2] || m[1]).toLowerCase());
    if (ref) citations.push({ kind: 'url', text: ref.url, url: ref.url, rawStart: ref.rawStart, rawEnd: ref.rawStart + ref.url.length });
  });
  body = keepGroup(body, /<((?:https?|ftp):\/\/[^<>\s]+)>/g, 1, (m, lt) => {
    citations.push({ kind: 'url', text: m[1], url: m[1], rawStart: lt.rawAt(m.index + 1), rawEnd: lt.rawAt(m.index + 1) + m[1].length });
  });

  // Line syntax: ATX heading marks (and closing #'s), blockquote marks, bullets, rules, setext underlines.
  body = keepGroup(body, /^[ \t]{0,3}#{1,6}[ \t]+(.*)$/gm, 1, headingText);
  body = body.replace(/^[ \t]{0,3}(?:>[ \t]?)+/gm, () => '');
  body = body.replace(/^[ \t]*[-*+][ \t]+(?=\S)/gm, () => '');
  body = body.replace(/^[ \t]{0,3}(?:(?:[-*_][ \t]*){3,}|=+[ \t]*)$/gm, () => '');

  // Inline emphasis and code: keep the words, drop the markers (not inside words: snake_case stays).
  body = keepGroup(body, /(\*\*|__)(?=\S)((?:(?!\1)[^\n])*?\S)\1/g, 2);
  body = keepGroup(body, /(?<![\w*\\])\*(?=[^\s*])([^*\n]*?[^\s*\\])\*(?![\w*])/g, 1);
  body = keepGroup(body, /(?<![\w\\])_(?=[^\s_])([^_\n]*?[^\s_\\])_(?!\w)/g, 1);
  body = keepGroup(body, /`([^`\n]+)`/g, 1);
  body = keepGroup(body, /\\([\\`*_{}[\]()#+\-.!>])/g, 1);

  citations.sort((a, b) => a.rawStart - b.rawStart);
  removed.sort((a, b) => a.rawStart - b.rawStart);
  return { format: 'markdown', raw, blocks: [body], meta: fm.meta, removed, citations, warnings: fm.warnings };
}

/**
 * A heading's text without its closing `#`s and trailing blanks. Done here, not in the pattern:
 * `(.*?)(?:[ \t]+#+)?[ \t]*$` rescans a long run of blanks once per character (quadratic).
 */
function headingText(m: RegExpExecArray): void {
  const span = m.indices![1];
  const t = m[1];
  let end = t.length;
  while (end > 0 && (t[end - 1] === ' ' || t[end - 1] === '\t')) end--;
  let hashes = end;
  while (hashes > 0 && t[hashes - 1] === '#') hashes--;
  if (hashes < end && (hashes === 0 || t[hashes - 1] === ' ' || t[hashes - 1] === '\t')) {
    end = hashes;
    while (end > 0 && (t[end - 1] === ' ' || t[end - 1] === '\t')) end--;
  }
  span[1] = span[0] + end;
}

/**
 * Replace each match by one of its groups (null: by nothing), keeping the group's characters
 * at their own raw offsets, unlike LocatedText.replace, which maps a changed match to its start.
 */
function keepGroup(
  lt: LocatedText,
  pattern: RegExp,
  group: number | null,
  onMatch?: (m: RegExpExecArray, lt: LocatedText) => void,
): LocatedText {
  const re = new RegExp(pattern.source, pattern.flags.includes('d') ? pattern.flags : `${pattern.flags}d`);
  const pieces: LocatedText[] = [];
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(lt.text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    onMatch?.(m, lt);
    pieces.push(lt.slice(last, m.index));
    const span = group === null ? undefined : m.indices?.[group];
    if (span) pieces.push(lt.slice(span[0], span[1]));
    last = m.index + m[0].length;
  }
  if (pieces.length === 0) return lt;
  pieces.push(lt.slice(last));
  return LocatedText.join(pieces);
}
