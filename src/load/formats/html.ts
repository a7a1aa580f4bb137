import { LocatedText } from '../../normalize/located-text.js';
import type { ArticleWarning, Citation, Removed } from '../../types/article.js';
import { readHtmlMeta } from '../html-meta.js';
import { findAll, parseHtmlTree, type HElement, type HNode } from '../html-tree.js';
import { locatedString } from '../json-locate.js';
import type { ParsedInput } from '../parsed-input.js';

/** Never rendered as reading text: dropped without a `removed` entry. */
const INVISIBLE = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'canvas', 'object', 'embed', 'video', 'audio', 'map', 'select', 'option', 'button', 'input', 'textarea', 'link', 'meta', 'title', 'img', 'picture', 'source']);
/** Page chrome a reader sees but that is not the article: recorded as `html-chrome`. */
const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog']);
/** Photo captions and credits: recorded as `photo-caption`. */
const CAPTION_TAGS = new Set(['figure', 'figcaption']);
/** Elements that end a paragraph candidate. */
const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'dl', 'dd', 'dt', 'hr', 'br', 'address', 'center', 'details', 'summary', 'body', 'html', '#document']);

/** Wrappers never judged by their class names. */
const PAGE_TAGS = new Set(['html', 'body', 'main', 'article', '#document']);
/** class/id tokens of chrome blocks (share bars, related links, newsletters, ads, comments). */
const CHROME_TOKEN = /^(ad|ads|advert\w*|adslot|sponsor\w*|promo\w*|share\w*|sharing|social\w*|related\w*|recommend\w*|newsletter\w*|subscribe\w*|signup|comments?|breadcrumbs?|tags?|tag-list|topics|sidebar|trending|popular|most-read|read-more|more-stories|cookie\w*|paywall|author-bio|outbrain|taboola)$/i;
/** class/id tokens of captions and photo credits. */
const CAPTION_TOKEN = /^(caption\w*|wp-caption-text|credit|credits|image-credit|photo-credit|media-credit)$/i;

function tokens(el: HElement): string[] {
  return `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`
    .toLowerCase()
    .split(/[\s]+/)
    .flatMap((t) => [t, ...t.split(/[-_]{1,2}/)])
    .filter(Boolean);
}

function isInvisible(el: HElement): boolean {
  return INVISIBLE.has(el.name) || 'hidden' in el.attribs || el.attribs['aria-hidden'] === 'true' || /display\s*:\s*none/i.test(el.attribs.style ?? '');
}

/** Chrome by what the element is (tag or ARIA role): reliable, whatever it contains. */
function chromeByTag(el: HElement): 'photo-caption' | 'html-chrome' | null {
  if (CAPTION_TAGS.has(el.name)) return 'photo-caption';
  if (CHROME_TAGS.has(el.name) || el.attribs.role === 'navigation' || el.attribs.role === 'complementary') return 'html-chrome';
  return null;
}

/** Chrome by class/id names: a guess, so callers check the element does not hold the article. */
function chromeByClass(el: HElement): 'photo-caption' | 'html-chrome' | null {
  // Page-level wrappers carry layout classes ("has-sidebar") that say nothing about their content.
  if (PAGE_TAGS.has(el.name) || el.attribs.itemprop === 'articleBody') return null;
  const t = tokens(el);
  if (t.some((x) => CAPTION_TOKEN.test(x))) return 'photo-caption';
  if (t.some((x) => CHROME_TOKEN.test(x))) return 'html-chrome';
  return null;
}

function chromeKind(el: HElement): 'photo-caption' | 'html-chrome' | null {
  return chromeByTag(el) ?? chromeByClass(el);
}

/**
 * An HTML page → its article: metadata from <head> / JSON-LD / OpenGraph, the main text found by a
 * Readability-like heuristic, every kept character mapped to its raw offset, captions and visible
 * chrome recorded in `removed`, links in the body kept as `url` citations.
 */
export function parseHtml(raw: string, label: string): ParsedInput {
  const doc = parseHtmlTree(raw);
  const { meta, warnings, articleBody } = readHtmlMeta(doc, raw, label);
  const removed: Removed[] = [];
  const citations: Citation[] = [];
  const root = mainContent(doc);
  const rootProse = proseIn(root) || 1;
  const walker = new BlockWalker((el) => proseIn(el) / rootProse, raw, meta.url, removed, citations);
  walker.walk(root);
  let blocks = walker.finish();
  recordOutside(doc, root, removed);
  const allWarnings: ArticleWarning[] = [...warnings];
  const textLength = blocks.reduce((n, b) => n + b.length, 0);
  if (articleBody && textLength < Math.min(200, articleBody.node.value.trim().length)) {
    // The page renders its text with scripts, but the publisher's JSON-LD carries it: use that.
    blocks = [locatedString(raw, articleBody.node)];
    citations.length = 0;
    allWarnings.push({ code: 'BODY_FROM_JSON_LD', message: 'page body too short; used JSON-LD articleBody', severity: 'info' });
  }
  removed.sort((a, b) => a.rawStart - b.rawStart || a.rawEnd - b.rawEnd);
  return { format: 'html', raw, blocks, meta, removed, citations, warnings: allWarnings };
}

/** Paragraph text of `p` elements inside `el` (long enough to be prose, outside chrome). */
function proseLength(p: HElement): number {
  let n = 0;
  const visit = (node: HNode) => {
    if (node.type === 'text') n += node.text.text.replace(/\s+/g, ' ').trim().length;
    else if (!isInvisible(node)) node.children.forEach(visit);
  };
  visit(p);
  return n >= 25 ? n : 0;
}

/** Inside invisible or tag-chrome (nav, aside, footer...). Class names are not trusted here: an article
 * wrapper called "share-enabled" must still be able to win the paragraph count. */
/** Paragraph text inside `el` (outside invisible and tag chrome). */
function proseIn(el: HElement): number {
  let n = 0;
  for (const p of findAll(el, (e) => e.name === 'p')) if (!insideChrome(p)) n += proseLength(p);
  return n;
}

function insideChrome(el: HElement): boolean {
  for (let a: HElement | null = el; a; a = a.parent) if (isInvisible(a) || chromeByTag(a)) return true;
  return false;
}

/**
 * The element holding the article text: `[itemprop=articleBody]`, else the `<article>` with the most
 * paragraph text (if it holds at least half of the best paragraph cluster), else the element whose
 * children and grandchildren paragraphs carry the most text (Readability's scoring, simplified),
 * widened to its ancestors while they hold clearly more paragraph text.
 */
function mainContent(doc: HElement): HElement {
  const paragraphs = findAll(doc, (e) => e.name === 'p' && !insideChrome(e));
  const lengths = new Map<HElement, number>(paragraphs.map((p) => [p, proseLength(p)]));
  const proseIn = (el: HElement) => paragraphs.reduce((n, p) => (contains(el, p) ? n + (lengths.get(p) ?? 0) : n), 0);

  const body = findAll(doc, (e) => e.attribs.itemprop === 'articleBody').sort((a, b) => proseIn(b) - proseIn(a))[0];
  if (body && proseIn(body) > 0) return body;

  const scores = new Map<HElement, number>();
  for (const p of paragraphs) {
    const len = lengths.get(p) ?? 0;
    if (!len || !p.parent) continue;
    scores.set(p.parent, (scores.get(p.parent) ?? 0) + len);
    if (p.parent.parent) scores.set(p.parent.parent, (scores.get(p.parent.parent) ?? 0) + len / 2);
  }
  let best: HElement | undefined;
  for (const [el, s] of scores) if (!best || s > (scores.get(best) ?? 0)) best = el;

  const articles = findAll(doc, (e) => e.name === 'article').map((a) => ({ a, n: proseIn(a) }));
  articles.sort((x, y) => y.n - x.n);
  const bestProse = best ? proseIn(best) : 0;
  if (articles[0] && articles[0].n > 0 && articles[0].n >= bestProse / 2) return articles[0].a;
  if (best) {
    // Sites wrap each paragraph in its own <div>: climb while the parent holds clearly more prose.
    let prose = bestProse;
    while (best.parent && !PAGE_TAGS.has(best.parent.name)) {
      const parentProse = proseIn(best.parent);
      if (parentProse < prose * 1.3) break;
      best = best.parent;
      prose = parentProse;
    }
    return best;
  }
  return findAll(doc, (e) => e.name === 'body')[0] ?? doc;
}

function contains(ancestor: HElement, el: HElement): boolean {
  for (let a: HElement | null = el; a; a = a.parent) if (a === ancestor) return true;
  return false;
}

/** Walks the main content, cutting it into paragraph candidates at block boundaries. */
class BlockWalker {
  private current: LocatedText[] = [];
  private blocks: LocatedText[] = [];
  constructor(
    private readonly proseShare: (el: HElement) => number,
    private readonly raw: string,
    private readonly baseUrl: string | undefined,
    private readonly removed: Removed[],
    private readonly citations: Citation[],
  ) {}

  walk(node: HNode, isRoot = true): void {
    if (node.type === 'text') {
      this.current.push(node.text);
      return;
    }
    if (isInvisible(node)) return;
    // The chosen root is content by decision, whatever its class names say; and a class-name
    // guess never removes the bulk of the article's paragraphs.
    const kind = isRoot ? null : (chromeByTag(node) ?? (chromeByClass(node) && this.proseShare(node) < 0.5 ? chromeByClass(node) : null));
    if (kind) {
      this.flush();
      const text = visibleText(node);
      if (text) this.removed.push({ kind, text, rawStart: node.start, rawEnd: node.end, rule: kind === 'photo-caption' ? 'html/caption' : 'html/chrome' });
      return;
    }
    const block = BLOCK_TAGS.has(node.name);
    if (block) this.flush();
    if (node.name === 'a') this.cite(node);
    for (const c of node.children) this.walk(c, false);
    if (block) this.flush();
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

/** What a reader would see of a subtree, one line per block. */
function visibleText(node: HElement): string {
  const parts: string[] = [];
  let cur = '';
  const visit = (n: HNode) => {
    if (n.type === 'text') {
      cur += n.text.text;
      return;
    }
    if (isInvisible(n)) return;
    const block = BLOCK_TAGS.has(n.name) || CAPTION_TAGS.has(n.name) || CHROME_TAGS.has(n.name);
    if (block) {
      parts.push(cur);
      cur = '';
    }
    n.children.forEach(visit);
    if (block) {
      parts.push(cur);
      cur = '';
    }
  };
  visit(node);
  parts.push(cur);
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
}

/** Page text outside the main content (menus, sidebars, footers): one `removed` entry per region. */
function recordOutside(doc: HElement, root: HElement, removed: Removed[]): void {
  const visit = (el: HElement) => {
    for (const c of el.children) {
      if (c === root) continue;
      if (c.type === 'text') {
        const t = c.text.text.replace(/\s+/g, ' ').trim();
        if (t) removed.push({ kind: 'html-chrome', text: t, rawStart: c.text.rawAt(0), rawEnd: c.text.rawAt(c.text.length), rule: 'html/outside-main' });
      } else if (isInvisible(c)) continue;
      else if (contains(c, root)) visit(c);
      else {
        const t = visibleText(c);
        if (t) removed.push({ kind: chromeKind(c) ?? 'html-chrome', text: t, rawStart: c.start, rawEnd: c.end, rule: 'html/outside-main' });
      }
    }
  };
  visit(doc);
}
