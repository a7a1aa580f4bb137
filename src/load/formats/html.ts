import { LocatedText } from '../../text/located-text.js';
import type { ArticleWarning, Citation, Removed } from '../../types/article.js';
import { HtmlChrome } from '../html-chrome.js';
import { mainContent } from '../html-main.js';
import { readHtmlMeta } from '../html-meta.js';
import type { HtmlRules } from '../html-rules.js';
import { contains, parseHtmlTree, type HElement, type HNode } from '../html-tree.js';
import { locatedString } from '../json-locate.js';
import { articleBodyText } from './jsonld-body.js';
import type { ParsedInput } from '../parsed-input.js';

/** A class-name guess may not remove more than this share of the article's paragraph text. */
const MAX_GUESSED_CHROME_SHARE = 0.5;
/** Below this much extracted text, a JSON-LD articleBody (when longer) is the better body. */
const MIN_PAGE_TEXT = 200;

/**
 * An HTML page → its article: metadata from <head> / JSON-LD / OpenGraph, the main text found by a
 * Readability-like heuristic, every kept character mapped to its raw offset, captions and visible
 * chrome recorded in `removed` (`text` is the raw markup of the region, `visibleText` what a reader
 * sees of it), links in the body kept as `url` citations.
 */
export function parseHtml(raw: string, label: string, rules?: HtmlRules): ParsedInput {
  const chrome = new HtmlChrome(rules);
  const doc = parseHtmlTree(raw, label);
  const { meta, warnings, articleBody } = readHtmlMeta(doc, raw, label);
  const removed: Removed[] = [];
  const citations: Citation[] = [];
  const root = mainContent(doc, chrome);
  const walker = new BlockWalker(chrome, chrome.proseIn(root) || 1, raw, meta.url, removed, citations);
  walker.walk(root, true);
  let blocks = walker.finish();
  recordOutside(raw, doc, root, chrome, removed);
  const allWarnings: ArticleWarning[] = [...warnings];
  const textLength = blocks.reduce((n, b) => n + b.length, 0);
  const ldRemoved: Removed[] = [];
  const ldBody = articleBody ? articleBodyText(locatedString(raw, articleBody.node), raw, ldRemoved) : null;
  if (ldBody && textLength < Math.min(MIN_PAGE_TEXT, ldBody.text.trim().length)) {
    // The page renders its text with scripts, but the publisher's JSON-LD carries it: use that
    // (entities decoded and markup taken out: some publishers put the rendered HTML there).
    blocks = [ldBody];
    removed.push(...ldRemoved);
    citations.length = 0;
    allWarnings.push({ code: 'BODY_FROM_JSON_LD', message: 'page body too short; used JSON-LD articleBody', severity: 'info' });
  }
  return { format: 'html', raw, blocks, meta, removed: mergeAdjacent(raw, removed), citations, warnings: allWarnings };
}

/** Walks the main content, cutting it into paragraph candidates at block boundaries. */
class BlockWalker {
  private current: LocatedText[] = [];
  private blocks: LocatedText[] = [];
  constructor(
    private readonly chrome: HtmlChrome,
    private readonly rootProse: number,
    private readonly raw: string,
    private readonly baseUrl: string | undefined,
    private readonly removed: Removed[],
    private readonly citations: Citation[],
  ) {}

  walk(node: HNode, isRoot = false): void {
    if (node.type === 'text') {
      this.current.push(node.text);
      return;
    }
    if (this.chrome.isInvisible(node)) {
      this.recordShown(node);
      return;
    }
    const kind = isRoot ? null : this.chromeKind(node);
    if (kind) {
      this.flush();
      const visible = this.chrome.visibleText(node);
      if (visible) this.removed.push(removedRegion(this.raw, kind, node.start, node.end, visible, kind === 'photo-caption' ? 'html/caption' : 'html/chrome'));
      return;
    }
    const block = this.chrome.rules.blockTags.has(node.name);
    if (block) this.flush();
    if (node.name === 'a') this.cite(node);
    for (const c of node.children) this.walk(c);
    if (block) this.flush();
  }

  /** Text a reader sees but that is no article text (a button, an option list, an aria-hidden teaser): recorded. */
  private recordShown(el: HElement): void {
    if (!this.chrome.isRendered(el)) return;
    const visible = this.chrome.visibleText(el);
    // No flush: an inline button or icon inside a paragraph does not end it (the text is what it was).
    if (visible) this.removed.push(removedRegion(this.raw, 'html-chrome', el.start, el.end, visible, this.chrome.shownRule(el)));
  }

  /** The chosen root is content by decision; inside it, a class-name guess never takes the bulk of the text. */
  private chromeKind(el: HElement) {
    const byTag = this.chrome.byTag(el);
    if (byTag) return byTag;
    const byClass = this.chrome.byClass(el);
    return byClass && this.chrome.proseIn(el) / this.rootProse < MAX_GUESSED_CHROME_SHARE ? byClass : null;
  }

  finish(): LocatedText[] {
    this.flush();
    return this.blocks;
  }

  private flush(): void {
    if (this.current.length === 0) return;
    const block = collapse(LocatedText.join(this.current));
    this.current = [];
    if (block.length) this.blocks.push(block);
  }

  private cite(a: HElement): void {
    const href = a.attribs.href?.trim();
    if (!href || href.startsWith('#') || /^(javascript|mailto|tel):/i.test(href)) return;
    const base = this.baseUrl && /^https?:/.test(this.baseUrl) ? this.baseUrl : undefined;
    // A relative link with no page URL to resolve it against is not a usable citation
    // (checked up front: a thrown URL error per link is slow on link-heavy pages).
    if (!base && !/^[a-z][a-z0-9+.-]*:/i.test(href)) return;
    let url: string;
    try {
      url = new URL(href, base).href;
    } catch {
      return;
    }
    // The citation points at the href value as written in the raw tag.
    const tag = this.raw.slice(a.start, this.raw.indexOf('>', a.start) + 1);
    const m = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const value = m ? (m[1] ?? m[2] ?? m[3]) : href;
    const at = m ? a.start + m.index + m[0].length - value.length - (m[3] === undefined ? 1 : 0) : a.start;
    this.citations.push({ kind: 'url', text: value, url, rawStart: at, rawEnd: at + value.length });
  }
}

/** HTML whitespace rules: runs of spaces/newlines are one space; blocks are trimmed. */
function collapse(lt: LocatedText): LocatedText {
  // Single spaces are already right: matching only longer runs and other whitespace keeps this cheap.
  const folded = lt.replace(/[ \t\r\n\f]{2,}|[\t\r\n\f]/g, () => ' ');
  const start = folded.text.length - folded.text.trimStart().length;
  const end = folded.text.trimEnd().length;
  return start >= end ? folded.slice(0, 0) : folded.slice(start, end);
}

/** Page text outside the main content (menus, sidebars, footers): one `removed` entry per region. */
function recordOutside(raw: string, doc: HElement, root: HElement, chrome: HtmlChrome, removed: Removed[]): void {
  const visit = (el: HElement) => {
    for (const c of el.children) {
      if (c === root) continue;
      if (c.type === 'text') {
        const t = c.text.text.replace(/\s+/g, ' ').trim();
        if (t) removed.push(removedRegion(raw, 'html-chrome', c.text.rawAt(0), c.text.rawAt(c.text.length), t, 'html/outside-main'));
      } else if (chrome.isInvisible(c)) {
        const t = chrome.isRendered(c) ? chrome.visibleText(c) : '';
        if (t) removed.push(removedRegion(raw, 'html-chrome', c.start, c.end, t, chrome.shownRule(c)));
      } else if (contains(c, root)) visit(c);
      else {
        const t = chrome.visibleText(c);
        if (t) removed.push(removedRegion(raw, chrome.kind(c) ?? 'html-chrome', c.start, c.end, t, 'html/outside-main'));
      }
    }
  };
  visit(doc);
}

/** A removed page region: `text` is its raw markup, `visibleText` what a reader saw of it. */
function removedRegion(raw: string, kind: string, rawStart: number, rawEnd: number, visible: string, rule: string): Removed {
  const text = raw.slice(rawStart, rawEnd);
  return text === visible ? { kind, text, rawStart, rawEnd, rule } : { kind, text, rawStart, rawEnd, rule, visibleText: visible };
}

/**
 * Sorted by raw offset, with neighbours of one kind and rule (only whitespace between them) made
 * one entry. Normalization merges such neighbours too, by raw slice alone; merging them here
 * first keeps `visibleText` whole (one line per merged region).
 */
function mergeAdjacent(raw: string, removed: Removed[]): Removed[] {
  const sorted = [...removed].sort((a, b) => a.rawStart - b.rawStart || a.rawEnd - b.rawEnd);
  const out: Removed[] = [];
  for (const r of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === r.kind && prev.rule === r.rule && r.rawStart >= prev.rawEnd && raw.slice(prev.rawEnd, r.rawStart).trim() === '') {
      const visible = `${prev.visibleText ?? prev.text}\n${r.visibleText ?? r.text}`;
      out[out.length - 1] = removedRegion(raw, r.kind, prev.rawStart, r.rawEnd, visible, r.rule);
    } else out.push(r);
  }
  return out;
}
