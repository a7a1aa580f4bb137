/**
 * HTML sections for coverage (omissions with the sentences on both sides), attribution drift and
 * shared verbatim passages. Every finding shows its evidence as chips and its rule id on hover.
 */
import { missingOutlets } from '../../compare/missing.js';
import type { CoverageItem, CoverageMissing } from '../../types/comparison.js';
import { truncate } from '../text-utils.js';
import { escapeHtml as esc } from './escape.js';
import { chip, collapsible, type Ctx, moreClass, section } from './parts.js';


/** Every outlet not carrying the item (the dense view, derived here from the sparse coverage). */
function missingHtml(ctx: Ctx, misses: CoverageMissing[]): string {
  return misses
    .map((m) => {
      const name = esc(ctx.model.outletName(m.outletId));
      if (m.status === 'partial' && m.related) return `<span class="miss partial">${name}: partial, ${chip(ctx, truncate(m.related.text, 160), [m.related], { title: `related sentence, similarity ${m.similarity ?? ''}` })}</span>`;
      return `<span class="miss omitted">${name}: omitted</span>`;
    })
    .join('<br>');
}

export function coverageSection(ctx: Ctx): string {
  const { model } = ctx;
  const items = model.omissions();
  if (!items.length) return section('coverage', 'Coverage and omissions', '<p>Every claim found is carried by all outlets.</p>');
  const outletIds = model.comparison.outlets.map((o) => o.id);
  const shared = items.filter((i) => i.outletIds.length >= 2).sort((x, y) => (y.agreement ?? 0) - (x.agreement ?? 0));
  const single = items.filter((i) => i.outletIds.length === 1);
  const told = (item: CoverageItem) =>
    item.evidence
      .filter((e, k, all) => all.findIndex((x) => x.outletId === e.outletId) === k)
      .map((e) => `${esc(model.outletName(e.outletId))}: ${chip(ctx, truncate(e.text, 200), item.evidence.filter((x) => x.outletId === e.outletId))}`)
      .join('<br>');
  const sharedLi = (item: CoverageItem) =>
    `<li title="rule: ${esc(item.rule)}"><strong>Told by ${esc(item.outletIds.map((id) => model.outletName(id)).join(', '))}</strong><br>${told(item)}<br>${missingHtml(ctx, missingOutlets(outletIds, item))}</li>`;
  const singleLi = (item: CoverageItem) => {
    const only = !item.partial?.length;
    const partial = only ? '' : `<br>${missingHtml(ctx, item.partial!)}`;
    return `<li title="rule: ${esc(item.rule)}"><strong>${only ? 'Only ' : ''}${esc(model.outletName(item.outletIds[0]))}</strong><br>${chip(ctx, truncate(item.claim, 240), item.evidence)}${partial}</li>`;
  };
  // Past the first few, items collapse behind "Show all" (phone-length page; all stay in the page).
  const list = (xs: CoverageItem[], li: (i: CoverageItem) => string, what: string) =>
    collapsible(`<ul class="plain">${xs.map((x, i) => li(x).replace(/^<li/, `<li${moreClass(i)}`)).join('')}</ul>`, xs.length, what);
  const parts = [
    shared.length ? `<h3>Omitted by some outlets</h3><p class="note">Claims two or more outlets report and others leave out (partial: the outlet has a related sentence), the claims most outlets agree on first.</p>${list(shared, sharedLi, 'omissions')}` : '',
    single.length ? `<h3>Told by one outlet</h3><p class="note">“Only” when no other outlet has even a related sentence.</p>${list(single, singleLi, 'claims')}` : '',
  ];
  return section('coverage', 'Coverage and omissions', parts.join('\n'));
}

export function driftSection(ctx: Ctx): string {
  const { model } = ctx;
  const drift = model.comparison.attributionDrift ?? [];
  const intro = 'One claim attributed or hedged in one outlet (“critics say”, “according to”, “accuses”, “appeared to”) and stated as plain fact in another.';
  if (!drift.length) return section('drift', 'Attribution drift', '<p>No claim changes from attributed to stated.</p>', intro);
  const li = drift
    .map(
      (d) =>
        `<li title="rule: ${esc(d.rule)}"><strong>${esc(model.outletName(d.attributed.outletId))}</strong> attributes it (${chip(ctx, d.cue.text, [d.cue], { cls: 'evaluative', title: 'attribution words' })}): ${chip(ctx, truncate(d.attributed.text, 220), [d.attributed])}<br><strong>${esc(model.outletName(d.asFact.outletId))}</strong> states it: ${chip(ctx, truncate(d.asFact.text, 220), [d.asFact])}</li>`,
    )
    .join('');
  return section('drift', 'Attribution drift', `<ul class="plain">${li}</ul>`, intro);
}

/** Shared verbatim passages, for the rewrites section. */
export function passagesHtml(ctx: Ctx): string {
  const { model } = ctx;
  const passages = model.comparison.sharedPassages ?? [];
  if (!passages.length) return '';
  const li = passages
    .map((p) => {
      const who = p.quoted ? 'both quote the same text' : p.source ? `likely from ${model.outletName(model.article(p.source)?.outlet.id ?? p.source)} (by ${p.basis})` : 'direction unknown';
      return `<li title="rule: ${esc(p.rule)}"><strong>${p.words} words</strong>, ${esc(who)}<br>${esc(model.outletName(p.a.outletId))}: ${chip(ctx, truncate(p.a.text, 200), [p.a])}<br>${esc(model.outletName(p.b.outletId))}: ${chip(ctx, truncate(p.b.text, 200), [p.b])}</li>`;
    })
    .join('');
  return `<h3>Shared verbatim passages</h3><p class="note">Runs of 40 or more words two outlets share, whatever share of either article they make up.</p><ul class="plain">${li}</ul>`;
}
