/**
 * Small report pieces for notebooks and scripts (e.g. `Deno.jupyter.html(labelTable(c))`): a label
 * table, a quote selection matrix and the synopsis of one aligned group, as HTML (default) or Markdown.
 * HTML fragments carry inline styles only (no script), all text escaped.
 */
import { own } from '../util/own.js';
import type { Comparison, WordDiffPart } from '../types/comparison.js';
import { escapeHtml as esc } from './html/escape.js';
import { mdTable, mdText } from './markdown-escape.js';
import { ReportModel } from './model.js';
import { truncate } from './text-utils.js';

/** Output of a notebook fragment: an HTML table (default) or Markdown. */
export interface FragmentOptions {
  format?: 'html' | 'md';
}

const CELL = 'border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top';
const EVAL = 'color:#b3261e;font-weight:600';

function htmlTable(head: string[], rows: string[][]): string {
  const th = head.map((h) => `<th style="${CELL};background:#f3f3f3">${h}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td style="${CELL}">${c}</td>`).join('')}</tr>`).join('');
  return `<table class="framediff" style="border-collapse:collapse;font-size:14px"><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

/** Actors × outlets: the labels each outlet attached to each actor (evaluative ones marked). */
export function labelTable(comparison: Comparison, options: FragmentOptions = {}): string {
  const model = new ReportModel(comparison);
  const rows = model.labelledActors();
  const outlets = comparison.outlets;
  if (options.format === 'md') {
    return mdTable(
      ['Actor', ...outlets.map((o) => mdText(o.name))],
      rows.map((r) => [
        mdText(r.name),
        ...outlets.map((o) => {
          const uses = own(r.byOutlet, o.id);
          if (!uses) return '—';
          return uses.length ? uses.map((u) => `${mdText(u.label)}${u.count > 1 ? ` ×${u.count}` : ''}${u.evaluative ? ' ⚑' : ''}`).join('; ') : '(name only)';
        }),
      ]),
    );
  }
  return htmlTable(
    ['Actor', ...outlets.map((o) => esc(o.name))],
    rows.map((r) => [
      esc(r.name),
      ...outlets.map((o) => {
        const uses = own(r.byOutlet, o.id);
        if (!uses) return '—';
        if (!uses.length) return '<em>name only</em>';
        return uses
          .map((u) => `<span${u.evaluative ? ` style="${EVAL}" title="evaluative"` : ''}>${esc(u.label)}</span>${u.count > 1 ? ` ×${u.count}` : ''}`)
          .join('<br>');
      }),
    ]),
  );
}

/** Quote clusters × outlets: which outlet carries which utterance. */
export function quoteMatrix(comparison: Comparison, options: FragmentOptions = {}): string {
  const outlets = comparison.outlets;
  const rows = comparison.quoteClusters.map((q) => {
    const longest = q.renderings.reduce((a, b) => (b.text.length > a.text.length ? b : a), q.renderings[0]);
    return { speaker: q.speakerName ?? 'unattributed', text: truncate(longest?.text ?? '', 100), has: outlets.map((o) => q.outletIds.includes(o.id)) };
  });
  if (options.format === 'md') {
    return mdTable(
      ['Speaker', 'Quote', ...outlets.map((o) => mdText(o.name))],
      rows.map((r) => [mdText(r.speaker), `“${mdText(r.text)}”`, ...r.has.map((h) => (h ? '✓' : '—'))]),
    );
  }
  return htmlTable(
    ['Speaker', 'Quote', ...outlets.map((o) => esc(o.name))],
    rows.map((r) => [esc(r.speaker), `“${esc(r.text)}”`, ...r.has.map((h) => (h ? '✓' : '<span style="color:#999">—</span>'))]),
  );
}

/**
 * One aligned group side by side: each outlet's sentence, words that differ from the first
 * outlet's sentence highlighted. `group` is an alignment id or an index into the groups that span
 * two or more outlets (default 0).
 */
export function synopsis(comparison: Comparison, group: string | number = 0, options: FragmentOptions = {}): string {
  const rows = new ReportModel(comparison).synopsis();
  const row = typeof group === 'number' ? rows[group] : rows.find((r) => r.id === group);
  if (!row) return options.format === 'md' ? '_No such aligned group._' : '<p><em>No such aligned group.</em></p>';
  const cells = comparison.outlets.map((o) => ({ outlet: o.name, list: row.cells.get(o.id) ?? [] }));
  if (options.format === 'md') {
    const mdDiff = (parts: WordDiffPart[]) =>
      parts.filter((p) => p.op !== 'removed').map((p) => (p.op === 'added' && p.text.trim() ? `**${mdText(p.text.trim())}**${/\s$/.test(p.text) ? ' ' : ''}` : mdText(p.text))).join('');
    return mdTable(
      ['Outlet', 'Sentence (bold: differs from the first)'],
      cells.map((c) => [mdText(c.outlet), c.list.length ? c.list.map((x) => (x.diff ? mdDiff(x.diff) : mdText(x.member.text))).join(' ') : '_not reported_']),
    );
  }
  const htmlDiff = (parts: WordDiffPart[]) =>
    parts.filter((p) => p.op !== 'removed').map((p) => (p.op === 'added' ? `<mark style="background:#d7f5dd">${esc(p.text)}</mark>` : esc(p.text))).join('');
  return htmlTable(
    cells.map((c) => esc(c.outlet)),
    [cells.map((c) => (c.list.length ? c.list.map((x) => (x.diff ? htmlDiff(x.diff) : esc(x.member.text))).join(' ') : '<em style="color:#999">not reported</em>'))],
  );
}
