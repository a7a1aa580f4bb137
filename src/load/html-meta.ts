import type { ArticleMetaInput, ArticleWarning } from '../types/article.js';
import { findAll, findFirst, textContent, type HElement } from './html-tree.js';
import { jsonField, parseJsonLocated, type JsonNode, jsonValue } from './json-locate.js';
import { domainOf, toByline, toIsoDate } from './meta-fields.js';

/** schema.org types whose JSON-LD describes a news article. */
const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BlogPosting', 'LiveBlogPosting', 'Report']);

export interface HtmlMeta {
  meta: ArticleMetaInput;
  warnings: ArticleWarning[];
  /** JSON-LD `articleBody` as a located string node (raw offsets into the page), if present. */
  articleBody?: { node: JsonNode & { kind: 'string' } };
}

/**
 * Metadata of an HTML page. Precedence per field: JSON-LD (NewsArticle/Article) over OpenGraph and
 * `article:*` over plain `<meta name>` over `<title>` / `<html lang>`, because the structured forms
 * are the most deliberate statements a publisher makes.
 */
export function readHtmlMeta(doc: HElement, raw: string, label: string): HtmlMeta {
  const metas = new Map<string, string>();
  for (const el of findAll(doc, (e) => e.name === 'meta')) {
    const key = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? '').toLowerCase();
    const content = el.attribs.content?.trim();
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  const m = (...keys: string[]) => keys.map((k) => metas.get(k)).find((v) => v);
  const warnings: ArticleWarning[] = [];
  const ld = readJsonLd(doc, raw, label, warnings);
  const ldv = ld ? (jsonValue(ld) as Record<string, unknown>) : {};
  const ldName = (v: unknown): string | undefined => {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === 'string') return first.trim() || undefined;
    if (first && typeof first === 'object' && typeof (first as { name?: unknown }).name === 'string') return (first as { name: string }).name.trim() || undefined;
    return undefined;
  };

  const meta: ArticleMetaInput = {};
  const siteName = ldName(ldv.publisher) ?? m('og:site_name', 'application-name', 'publisher');
  const titleEl = findFirst(doc, (e) => e.name === 'title');
  const docTitle = titleEl ? textContent(titleEl).replace(/\s+/g, ' ').trim() : undefined;
  const title = str(ldv.headline) ?? m('og:title', 'twitter:title', 'title', 'dc.title') ?? stripSiteSuffix(docTitle, siteName);
  if (title) meta.title = title.replace(/\s+/g, ' ');
  const subtitle = str(ldv.alternativeHeadline) ?? m('og:description', 'description', 'twitter:description') ?? str(ldv.description);
  if (subtitle) meta.subtitle = subtitle.replace(/\s+/g, ' ');

  const canonical = findFirst(doc, (e) => e.name === 'link' && /(^|\s)canonical(\s|$)/i.test(e.attribs.rel ?? ''))?.attribs.href;
  const url = canonical ?? m('og:url') ?? str(ldv.url) ?? ldName(ldv.mainEntityOfPage);
  if (url) meta.url = url;
  if (siteName) meta.outlet = url && /^https?:/.test(url) ? { name: siteName, url: new URL(url).origin } : siteName;
  else if (url && /^https?:\/\//.test(url)) {
    const domain = domainOf(new URL(url).origin);
    if (domain) meta.outlet = { name: domain, url: new URL(url).origin };
  }

  const dateText = str(ldv.datePublished) ?? m('article:published_time', 'og:published_time', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'parsely-pub-date', 'sailthru.date') ?? timeElementDate(doc);
  if (dateText) {
    const iso = toIsoDate(dateText);
    if (iso) meta.publishedAt = iso;
    else warnings.push({ code: 'DATE_UNPARSED', message: `cannot read the date "${dateText}"`, severity: 'warning', actual: dateText, expected: 'a date' });
  }

  const authors = ldv.author !== undefined ? toByline(ldv.author) : toByline(m('author', 'article:author', 'byl', 'parsely-author', 'sailthru.author')?.replace(/^by\s+/i, ''));
  const byline = authors.filter((a) => !/^https?:\/\//.test(a));
  if (byline.length) meta.byline = byline;

  const lang = str(ldv.inLanguage) ?? findFirst(doc, (e) => e.name === 'html')?.attribs.lang ?? m('og:locale', 'language', 'content-language');
  if (lang) meta.language = lang.toLowerCase().split(/[-_]/)[0];

  const body = ld ? jsonField(ld, 'articleBody') : undefined;
  return { meta, warnings, articleBody: body?.kind === 'string' && body.value.trim() ? { node: body } : undefined };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** "Xi calls Putin | The Daily Example" → "Xi calls Putin" when the site name is known. */
function stripSiteSuffix(title: string | undefined, site: string | undefined): string | undefined {
  if (!title || !site) return title;
  const m = new RegExp(`\\s+[|\\-–—:·•]\\s+${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i').exec(title);
  return m ? title.slice(0, m.index) : title;
}

function timeElementDate(doc: HElement): string | undefined {
  const el = findFirst(doc, (e) => e.name === 'time' && !!e.attribs.datetime && ('pubdate' in e.attribs || e.attribs.itemprop === 'datePublished'));
  return el?.attribs.datetime;
}

/** The first JSON-LD object describing an article (top level, in an array, or in `@graph`). */
function readJsonLd(doc: HElement, raw: string, label: string, warnings: ArticleWarning[]): JsonNode | undefined {
  const scripts = findAll(doc, (e) => e.name === 'script' && (e.attribs.type ?? '').toLowerCase() === 'application/ld+json');
  for (const script of scripts) {
    const text = script.children.find((c) => c.type === 'text');
    if (!text || text.type !== 'text' || text.text.length === 0) continue;
    // Script content is raw text (no entities), so it lies verbatim in the page: parse it in place.
    const start = text.text.rawAt(0);
    const end = text.text.rawAt(text.text.length);
    let root: JsonNode;
    try {
      root = parseJsonLocated(raw, label, start, end);
    } catch (error) {
      warnings.push({ code: 'JSON_LD_INVALID', message: `ignored a JSON-LD block: ${(error as Error).message}`, severity: 'warning', rawStart: start, rawEnd: end });
      continue;
    }
    const found = findArticleNode(root);
    if (found) return found;
  }
  return undefined;
}

function findArticleNode(node: JsonNode): JsonNode | undefined {
  if (node.kind === 'array') {
    for (const item of node.items) {
      const f = findArticleNode(item);
      if (f) return f;
    }
    return undefined;
  }
  if (node.kind !== 'object') return undefined;
  const type = jsonValue(jsonField(node, '@type') ?? { kind: 'null', start: 0, end: 0, value: null });
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t))) return node;
  const graph = jsonField(node, '@graph');
  return graph ? findArticleNode(graph) : undefined;
}
