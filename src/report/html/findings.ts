/** The findings sections of the HTML report: labels, wording, quotes, omissions, rewrites, vocabulary, tone. */
import { own } from '../../util/own.js';
import { plural, fmt, signed, truncate } from '../text-utils.js';
import { escapeHtml as esc } from './escape.js';
import type { LabelFlag } from '../../types/comparison.js';
import { passagesHtml } from './coverage.js';
import { chip, collapsible, type Ctx, diffHtml, moreClass, NONE, outletHeads, section, table } from './parts.js';
import { loadedWording } from '../loaded.js';

export function labelsSection(ctx: Ctx): string {
  const { model } = ctx;
  const c = model.comparison;
  const rows = model.labelledActors();
  if (!rows.length) return section('labels', 'Labels: how each outlet names the actors', '<p>No outlet attached a label to a named actor.</p>');
  const tableHtml = table(
    ['Actor', ...outletHeads(ctx)],
    rows.map((r) => [
      esc(r.name),
      ...c.outlets.map((o) => {
        const uses = own(r.byOutlet, o.id);
        if (!uses) return NONE;
        if (!uses.length) return '<td class="none"><em>name only</em></td>';
        return uses
          .map((u) => chip(ctx, u.label, u.evidence, { count: u.count, cls: u.evaluative ? 'evaluative' : '', title: `${u.evaluative ? 'evaluative label · ' : ''}rule: ${u.rules.join(', ')}` }))
          .join(' ');
      }),
    ]),
  );
  const flags = rows.flatMap((r) =>
    mergedFlags(r.flags).map((f) => `${f.types.map((t) => `<span class="flag-type">${esc(t)}</span>`).join(' · ')} ${esc(r.name)}: ${f.messages.map(esc).join('; ')} ${chip(ctx, 'evidence', f.evidence, { count: f.evidence.length })}`),
  );
  const flagList = `<ul class="flags">${flags.map((f, i) => `<li${moreClass(i)}>${f}</li>`).join('')}</ul>`;
  return section(
    'labels',
    'Labels: how each outlet names the actors',
    `${tableHtml}${flags.length ? `<h3>Flags</h3>${collapsible(flagList, flags.length, 'flags')}` : ''}`,
    'Descriptors each outlet attached to the name, most frequent first. Red: evaluative. — : the outlet does not mention the actor.',
  );
}

/**
 * One line per flagged use: a label that is both evaluative and used by one outlet only is one
 * line with two kinds, not the same label listed twice.
 */
function mergedFlags(flags: readonly LabelFlag[]): { types: string[]; messages: string[]; evidence: LabelFlag['evidence'] }[] {
  const byEvidence = new Map<string, { types: string[]; messages: string[]; evidence: LabelFlag['evidence'] }>();
  for (const f of flags) {
    const key = f.evidence.map((e) => `${e.articleId}:${e.start}:${e.end}`).sort().join('|');
    const seen = byEvidence.get(key);
    if (!seen) byEvidence.set(key, { types: [f.type], messages: [f.message], evidence: f.evidence });
    else {
      if (!seen.types.includes(f.type)) seen.types.push(f.type);
      if (!seen.messages.includes(f.message)) seen.messages.push(f.message);
    }
  }
  return [...byEvidence.values()];
}

export function variantsSection(ctx: Ctx): string {
  const c = ctx.model.comparison;
  if (!c.variants.length) return section('variants', 'Same thing, different words', '<p>No wording variants found.</p>');
  const rows = c.variants.map((g) => [
    `${esc(g.description)}<br><span class="n">${esc(g.concept)} · ${esc(g.origin)}</span>`,
    ...c.outlets.map((o) => {
      const ws = own(g.byOutlet, o.id);
      return ws?.length ? ws.map((w) => chip(ctx, w.wording, w.evidence, { count: w.count, title: `rule: ${g.rule}` })).join(' ') : NONE;
    }),
  ]);
  return section('variants', 'Same thing, different words', table(['Concept', ...outletHeads(ctx)], rows, 'concepts'),
    'Wordings each outlet chose for the same thing, found by aligning parallel sentences and from the concept lexicon.');
}

/** Shared quotes shown with all their renderings before the rest collapse: each is several lines. */
const SHARED_QUOTES_SHOWN = 2;

export function quotesSection(ctx: Ctx): string {
  const { model } = ctx;
  const c = model.comparison;
  const out: string[] = [];
  if (c.quoteClusters.length) {
    out.push('<h3>Quote selection</h3><p class="note">One row per utterance; a ✓ means the outlet carries it (click to see where).</p>');
    out.push(table(
      ['Speaker', 'Quote', ...outletHeads(ctx)],
      c.quoteClusters.map((q) => {
        const longest = q.renderings.reduce((a, b) => (b.text.length > a.text.length ? b : a), q.renderings[0]);
        return [
          esc(q.speakerName ?? 'unattributed'),
          longest ? chip(ctx, `“${truncate(longest.text, 110)}”`, [longest.evidence]) : '',
          ...c.outlets.map((o) => {
            const rs = q.renderings.filter((r) => r.outletId === o.id);
            return rs.length ? `<td class="c">${chip(ctx, '✓', rs.map((r) => r.evidence), { count: rs.length, title: `${o.name}: ${truncate(rs[0].text, 200)}` })}</td>` : NONE;
          }),
        ];
      }),
    ));
  }
  if (c.speakers.length) {
    out.push('<h3>Whom each outlet quotes</h3>');
    out.push(table(
      ['Speaker', ...outletHeads(ctx)],
      c.speakers.map((s) => [
        esc(s.speakerName),
        ...c.outlets.map((o) => {
          const cell = own(s.byOutlet, o.id);
          return cell && cell.quotes ? `${cell.quotes} <span class="n">(${cell.words} words)</span>` : NONE;
        }),
      ]),
    ));
  }
  const shared = c.quoteClusters.filter((q) => q.outletIds.length > 1);
  if (shared.length) {
    out.push('<h3>How shared quotes are rendered</h3><p class="note">Each rendering against the longest one: <del>dropped</del> and <ins>added</ins> words.</p>');
    const clusters = shared.map((q, n) => {
      const items = q.renderings.map((r) => {
        const key = `${r.articleId}#${r.quoteId}`;
        const diff = q.diffs.find((d) => d.to === key);
        const body = diff ? diffHtml(diff.parts) : esc(r.text);
        return `<li>${chip(ctx, model.outletName(r.outletId), [r.evidence])} <blockquote>${body}</blockquote></li>`;
      });
      return `<div class="cluster${n >= SHARED_QUOTES_SHOWN ? ' more' : ''}"><strong>${esc(q.speakerName ?? 'Unattributed')}</strong><ul class="plain">${items.join('')}</ul></div>`;
    });
    out.push(collapsible(clusters.join(''), shared.length, 'shared quotes', SHARED_QUOTES_SHOWN));
  }
  return section('quotes', 'Quotes: who is quoted, and how', out.join('\n') || '<p>No quotes found.</p>');
}

export function rewritesSection(ctx: Ctx): string {
  const { model } = ctx;
  const c = model.comparison;
  const out: string[] = [];
  if (c.rewrites.length) {
    out.push(table(
      ['Article A', 'Article B', 'Relation', 'Shared sentences (A / B)', 'Shared sources'],
      c.rewrites.map((r) => {
        const name = (id: string) => model.outletName(model.article(id)?.outlet.id ?? id);
        return [
          esc(name(r.articleA)),
          esc(name(r.articleB)),
          chip(ctx, r.relation, r.pairs.flatMap((p) => [p.a, p.b])),
          `${Math.round(r.shareA * 100)}% / ${Math.round(r.shareB * 100)}%`,
          esc(r.sharedSources.join(', ') || '—'),
        ];
      }),
    ));
  } else if (!(c.sharedPassages ?? []).length) out.push("<p>No article reuses another article's wording.</p>");
  out.push(passagesHtml(ctx));
  if (c.sourcing.length) {
    const types = [...new Set(c.sourcing.flatMap((p) => Object.keys(p.counts)))].sort();
    out.push('<h3>Sourcing profile</h3>', '<p class="note">Attributions in the text (“according to…”, “citing…”) by type of source; links an article lists at its end are counted in the Outlets table.</p>');
    out.push(table(
      ['Outlet', ...types.map(esc)],
      c.sourcing.map((p) => [
        chip(ctx, model.outletName(p.outletId), p.evidence),
        ...types.map((t) => String(p.counts[t as keyof typeof p.counts] ?? 0)),
      ]),
    ));
  }
  return section('rewrites', 'Rewrites and sourcing', out.join('\n'), 'Articles that share so much wording that one rewrites the other or both rewrite the same wire copy.');
}

export function termsSection(ctx: Ctx): string {
  const c = ctx.model.comparison;
  if (!c.distinctive.length) return section('terms', 'Distinctive vocabulary', '<p>No distinctive terms.</p>');
  const rows = c.outlets.map((o) => [
    esc(o.name),
    c.distinctive
      .filter((t) => t.outletId === o.id)
      .slice(0, 12)
      .map((t) => chip(ctx, t.term, t.evidence, { count: t.count, title: `z = ${fmt(t.z)}, log-odds = ${fmt(t.logOdds)}` }))
      .join(' ') || '—',
  ]);
  return section('terms', 'Distinctive vocabulary', table(['Outlet', 'Terms (most distinctive first)'], rows),
    'Words and phrases each outlet uses more than the others: log-odds ratio with an informative Dirichlet prior (Monroe et al. 2008); hover for z-scores.');
}

export function toneSection(ctx: Ctx): string {
  const c = ctx.model.comparison;
  if (!c.tone.length) return section('tone', 'Tone toward actors', '<p>No tone scores.</p>');
  const rows = c.tone.map((t) => [
    esc(t.name),
    ...c.outlets.map((o) => {
      const cell = own(t.byOutlet, o.id);
      const title = `${plural(cell?.sentences ?? 0, 'sentence')}${cell?.words.length ? `; words: ${cell.words.join(', ')}` : ''}`;
      return cell ? chip(ctx, signed(cell.score), cell.evidence, { title, cls: cell.score < -0.05 ? 'evaluative' : '' }) : NONE;
    }),
  ]);
  return section('tone', 'Tone toward actors', table(['Actor', ...outletHeads(ctx)], rows, 'actors'),
    'Mean tone (−1..1) of the words attached to the actor\'s mentions (label, modifiers, predicates of its clause; negation handled; none is 0). Hover for the words, click for the sentences.');
}

export function loadedSection(ctx: Ctx): string {
  const view = loadedWording(ctx.model.comparison);
  if (!view.outlets.some((o) => o.total > 0 || o.quoted > 0)) return section('loaded', 'Loaded wording', '<p>No loaded wording found.</p>');
  const rows = view.outlets.map((o) => [
    esc(ctx.model.outletName(o.outletId)),
    `${fmt(o.per1k)}<br><span class="n">${o.total} in ${o.words} words; ${o.quoted} in quotes</span>`,
    o.terms.slice(0, 16).map((t) => chip(ctx, t.term, t.evidence, { count: t.count, title: t.category, cls: 'evaluative' })).join(' ') || '—',
  ]);
  const pairs = view.pairs.map((p) => [
    chip(ctx, p.a.terms.join(', ') || '(none)', [p.a.evidence], { title: p.a.evidence.text }),
    chip(ctx, p.b.terms.join(', ') || '(none)', [p.b.evidence], { title: p.b.evidence.text }),
  ]);
  const pairTable = pairs.length ? `<h3>Same claim, different wording</h3>${table(['One outlet', 'Another outlet'], pairs)}` : '';
  return section('loaded', 'Loaded wording', `${table(['Outlet', 'Per 1,000 words', 'Narrator-voice loaded terms (most frequent first)'], rows)}${pairTable}`,
    "Evaluative and emotive words, intensifiers, sensational and criticism verbs, labels, scare quotes and claim-qualifying hedges in each outlet's own voice; a speaker's quoted words are counted apart. Click a term for its evidence.");
}
