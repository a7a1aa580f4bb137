/** Building blocks shared by the HTML sections: the render context, chips, tables, sections. */
import type { Evidence, WordDiffPart } from '../../types/comparison.js';
import type { ReportModel } from '../model.js';
import { escapeHtml as esc } from './escape.js';
import type { EvidenceRegistry } from './evidence-registry.js';

export interface Ctx {
  model: ReportModel;
  reg: EvidenceRegistry;
}

/** A clickable chip for a finding; without evidence it is plain text. */
export function chip(ctx: Ctx, label: string, evidence: readonly Evidence[], extra: { count?: number; cls?: string; title?: string } = {}): string {
  const ids = ctx.reg.ids(evidence);
  const count = extra.count && extra.count > 1 ? ` <span class="n">×${extra.count}</span>` : '';
  const cls = extra.cls ? ` ${extra.cls}` : '';
  const title = extra.title ? ` title="${esc(extra.title)}"` : '';
  return ids
    ? `<button type="button" class="ev${cls}" data-ev="${ids}"${title}>${esc(label)}${count}</button>`
    : `<span class="chip${cls}"${title}>${esc(label)}${count}</span>`;
}

export function section(id: string, title: string, content: string, intro = ''): string {
  return `<section id="${id}">\n<h2>${esc(title)}</h2>\n${intro ? `<p class="note">${esc(intro)}</p>\n` : ''}${content}\n</section>`;
}

/**
 * Items shown before a long table or list collapses behind "Show all": a phone reader sees the
 * start of every section instead of scrolling through the first one. The rest stays in the page
 * (hidden only once the script runs, and in print it shows), so no finding is lost.
 */
export const COLLAPSE_AFTER = 5;

/** Row `i` of a collapsible block: the ones past the limit carry class "more". */
export function moreClass(i: number, limit = COLLAPSE_AFTER): string {
  return i >= limit ? ' class="more"' : '';
}

/** Wrap `html` so rows/items marked "more" hide behind a "Show all" button when there are any. */
export function collapsible(html: string, total: number, noun: string, limit = COLLAPSE_AFTER): string {
  if (total <= limit) return html;
  return `<div class="collapsible collapsed">${html}<button type="button" class="show-all no-print" data-fd-action="show-all">Show all ${total} ${esc(noun)}</button></div>`;
}

export function table(head: string[], rows: string[][], noun = 'rows'): string {
  const body = rows
    .map((r, n) => `<tr${moreClass(n)}>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : c.startsWith('<td') ? c : `<td>${c}</td>`)).join('')}</tr>`)
    .join('');
  return collapsible(`<div class="scroll"><table><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table></div>`, rows.length, noun);
}

export const NONE = '<td class="none">—</td>';

export function outletHeads(ctx: Ctx): string[] {
  return ctx.model.comparison.outlets.map((o) => esc(o.name));
}

export function diffHtml(parts: readonly WordDiffPart[], show: 'to' | 'both' = 'both'): string {
  return parts
    .map((p) => (p.op === 'equal' ? esc(p.text) : p.op === 'added' ? `<ins>${esc(p.text)}</ins>` : show === 'both' ? `<del>${esc(p.text)}</del>` : ''))
    .join('');
}
