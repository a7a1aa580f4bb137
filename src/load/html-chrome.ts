import { findAll, type HElement, type HNode } from './html-tree.js';
import { defaultHtmlRules, type HtmlRules } from './html-rules.js';

export type ChromeKind = 'photo-caption' | 'html-chrome';

/** Wrappers never judged by their class names: their layout classes ("has-sidebar") say nothing about content. */
const PAGE_TAGS = new Set(['html', 'body', 'main', 'article', '#document']);

/**
 * Tags of the invisible list whose text a reader does see on the page (form controls, option
 * lists, drawings, formulas): never article text, but recorded, not dropped.
 */
const SHOWN_TAGS = new Set(['button', 'select', 'option', 'optgroup', 'textarea', 'label', 'svg', 'math', 'map', 'datalist', 'output', 'legend']);

/** A paragraph shorter than this is a label or a teaser, not prose. */
const MIN_PROSE = 25;

/**
 * What on an HTML page is not article text, by the rules in lexicons/html.json:
 * invisible elements, chrome known by its tag or ARIA role, and chrome guessed from class names.
 */
export class HtmlChrome {
  constructor(readonly rules: HtmlRules = defaultHtmlRules()) {}

  isPageTag(name: string): boolean {
    return PAGE_TAGS.has(name);
  }

  isBlock(el: HElement): boolean {
    return this.rules.blockTags.has(el.name) || this.rules.captionTags.has(el.name) || this.rules.chromeTags.has(el.name);
  }

  /** Never article text: invisible, or hidden from assistive technology, or a control (see `isRendered`). */
  isInvisible(el: HElement): boolean {
    return this.rules.invisibleTags.has(el.name) || 'hidden' in el.attribs || el.attribs['aria-hidden'] === 'true' || /display\s*:\s*none/i.test(el.attribs.style ?? '');
  }

  /**
   * Drawn on the page, so its text must be kept or recorded: everything but `hidden`,
   * `display: none` and the invisible tags (head, script, style, ...) other than controls,
   * drawings and formulas. An `aria-hidden` element is drawn (it is hidden from screen readers only).
   */
  isRendered(el: HElement): boolean {
    if ('hidden' in el.attribs || /display\s*:\s*none/i.test(el.attribs.style ?? '')) return false;
    return !this.rules.invisibleTags.has(el.name) || SHOWN_TAGS.has(el.name);
  }

  /** Rule id for the text of a drawn element that is not article text (`isInvisible` but `isRendered`). */
  shownRule(el: HElement): 'html/aria-hidden' | 'html/widget' {
    return el.attribs['aria-hidden'] === 'true' && !SHOWN_TAGS.has(el.name) ? 'html/aria-hidden' : 'html/widget';
  }

  /** Chrome by what the element is (tag or ARIA role): reliable, whatever it contains. */
  byTag(el: HElement): ChromeKind | null {
    if (this.rules.captionTags.has(el.name)) return 'photo-caption';
    if (this.rules.chromeTags.has(el.name) || this.rules.chromeRoles.has(el.attribs.role ?? '')) return 'html-chrome';
    return null;
  }

  /** Chrome by class/id names: a guess, so callers check the element does not hold the article. */
  byClass(el: HElement): ChromeKind | null {
    if (PAGE_TAGS.has(el.name) || el.attribs.itemprop === 'articleBody') return null;
    const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase().split(/\s+/).filter(Boolean);
    // "article-share" is tested whole and by its parts.
    const tokens = names.flatMap((t) => [t, ...t.split(/[-_]{1,2}/)]).filter(Boolean);
    if (tokens.some((t) => this.rules.captionClass.test(t))) return 'photo-caption';
    if (tokens.some((t) => this.rules.chromeClass.test(t))) return 'html-chrome';
    return null;
  }

  kind(el: HElement): ChromeKind | null {
    return this.byTag(el) ?? this.byClass(el);
  }

  /**
   * Inside something invisible or tag-chrome (nav, aside, footer...). Class names are not trusted
   * here: an article wrapper called "share-enabled" must still win the paragraph count.
   */
  insideChrome(el: HElement): boolean {
    for (let a: HElement | null = el; a; a = a.parent) if (this.isInvisible(a) || this.byTag(a)) return true;
    return false;
  }

  /** Visible text length of a paragraph, or 0 when it is too short to be prose. */
  proseLength(p: HElement): number {
    let n = 0;
    const visit = (node: HNode) => {
      if (node.type === 'text') n += node.text.text.replace(/\s+/g, ' ').trim().length;
      else if (!this.isInvisible(node)) node.children.forEach(visit);
    };
    visit(p);
    return n >= MIN_PROSE ? n : 0;
  }

  /** Paragraph text inside `el`, outside invisible and tag chrome. */
  proseIn(el: HElement): number {
    let n = 0;
    for (const p of findAll(el, (e) => e.name === 'p')) if (!this.insideChrome(p)) n += this.proseLength(p);
    return n;
  }

  /** What a reader would see of a subtree, one line per block (controls and aria-hidden parts included). */
  visibleText(node: HElement): string {
    const parts: string[] = [];
    let cur = '';
    const visit = (n: HNode) => {
      if (n.type === 'text') {
        cur += n.text.text;
        return;
      }
      if (!this.isRendered(n)) return;
      const block = this.isBlock(n);
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
    return parts
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
  }
}
