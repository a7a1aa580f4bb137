import { Parser } from 'htmlparser2';
import { FramediffError } from '../errors.js';
import { LocatedText } from '../text/located-text.js';
import { lineColumn } from './json-locate.js';

/**
 * A minimal DOM built from htmlparser2 events, keeping what Readability-on-a-DOM loses:
 * the source position of every element and of every decoded character of text.
 */
export interface HElement {
  type: 'element';
  name: string;
  attribs: Record<string, string>;
  children: HNode[];
  parent: HElement | null;
  /** Raw offset of `<` of the start tag. */
  start: number;
  /** Raw offset just after the end tag (or the start tag when there is none). */
  end: number;
}

export interface HText {
  type: 'text';
  /** Decoded text; every character maps to its raw offset (entities map to their `&...;`). */
  text: LocatedText;
  parent: HElement;
}

export type HNode = HElement | HText;

/** Deepest element nesting an HTML input may have (real pages stay far below; 5,000 unclosed `<div>`s do not). */
export const MAX_HTML_DEPTH = 1000;

/** Parse HTML into an HElement tree rooted at a synthetic `#document` element. Throws TOO_DEEP past MAX_HTML_DEPTH. */
export function parseHtmlTree(raw: string, label = 'input'): HElement {
  const root: HElement = { type: 'element', name: '#document', attribs: {}, children: [], parent: null, start: 0, end: raw.length };
  let current = root;
  let depth = 0;
  // Text events between two tags, as [decoded text, raw start, raw end]; joined into one node at the next tag.
  let pending: [string, number, number][] = [];
  const flushText = () => {
    if (pending.length === 0) return;
    let text = '';
    for (const [t] of pending) text += t;
    const map = new Int32Array(text.length + 1);
    let k = 0;
    for (const [t, start, end] of pending) {
      if (t.length === end - start) {
        for (let i = 0; i < t.length; i++) map[k++] = start + i;
      } else {
        // htmlparser2 reports each entity as its own text event: all its characters map to the `&`.
        for (let i = 0; i < t.length; i++) map[k++] = start;
      }
    }
    map[k] = pending[pending.length - 1][2];
    current.children.push({ type: 'text', text: new LocatedText(text, map), parent: current });
    pending = [];
  };
  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        flushText();
        const el: HElement = { type: 'element', name, attribs, children: [], parent: current, start: parser.startIndex, end: parser.endIndex + 1 };
        current.children.push(el);
        current = el;
        // The walks over this tree recurse; past the limit they would overflow the stack.
        if (++depth > MAX_HTML_DEPTH) {
          const { line, column } = lineColumn(raw, parser.startIndex);
          throw new FramediffError('TOO_DEEP', label, `HTML elements nest deeper than ${MAX_HTML_DEPTH} levels at line ${line}, column ${column} (<${name}>)`);
        }
      },
      ontext(data) {
        pending.push([data, parser.startIndex, parser.endIndex + 1]);
      },
      onclosetag(name, isImplied) {
        flushText();
        // An implied close (`<p>` ended by the next `<p>`) ends where the token that implied it starts.
        const end = isImplied ? parser.startIndex : parser.endIndex + 1;
        if (current.name === name && current.parent) {
          current.end = Math.max(current.start, Math.min(raw.length, end));
          current = current.parent;
          depth--;
        }
      },
      oncomment() {
        flushText();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(raw);
  flushText();
  return root;
}

/** Concatenated text of a subtree, in document order, without any block structure. */
export function textContent(node: HNode): string {
  if (node.type === 'text') return node.text.text;
  let s = '';
  for (const c of node.children) s += textContent(c);
  return s;
}

/** Every element in a subtree (document order) for which `test` holds. */
export function findAll(node: HElement, test: (el: HElement) => boolean, out: HElement[] = []): HElement[] {
  for (const c of node.children) {
    if (c.type !== 'element') continue;
    if (test(c)) out.push(c);
    findAll(c, test, out);
  }
  return out;
}

export function findFirst(node: HElement, test: (el: HElement) => boolean): HElement | undefined {
  for (const c of node.children) {
    if (c.type !== 'element') continue;
    if (test(c)) return c;
    const inner = findFirst(c, test);
    if (inner) return inner;
  }
  return undefined;
}

/** Whether `el` is `ancestor` or inside it. */
export function contains(ancestor: HElement, el: HElement): boolean {
  for (let a: HElement | null = el; a; a = a.parent) if (a === ancestor) return true;
  return false;
}
