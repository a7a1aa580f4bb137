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

export function table(head: string[], rows: string[][]): string {
  return `<div class="scroll"><table><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : c.startsWith('<td') ? c : `<td>${c}</td>`)).join('')}</tr>`)
    .join('')}</tbody></table></div>`;
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
