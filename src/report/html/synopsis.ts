/** The synopsis section: aligned sentences of the outlets side by side, word differences marked. */
import { escapeHtml as esc } from './escape.js';
import { collapsible, type Ctx, diffHtml, section } from './parts.js';

const SYNOPSIS_ROWS = 200;
/** Synopsis rows shown before "Show all": each row is several sentences tall. */
const COLLAPSE_AFTER_ROWS = 3;
/** Above this many outlets, "not reported" cells are left out and the row wraps. */
const SYNOPSIS_ALL_COLUMNS = 6;

export function synopsisSection(ctx: Ctx): string {
  const { model } = ctx;
  const c = model.comparison;
  const all = model.synopsis();
  if (!all.length) return section('synopsis', 'Synopsis', '<p>No sentences align across outlets.</p>');
  const rows = all.slice(0, SYNOPSIS_ROWS);
  const wide = c.outlets.length > SYNOPSIS_ALL_COLUMNS;
  const html = rows.map((row, n) => {
    const cells = c.outlets.flatMap((o) => {
      const list = row.cells.get(o.id);
      if (!list) return wide ? [] : [`<div class="synopsis-cell missing"><span class="who">${esc(o.name)}</span>not reported</div>`];
      const body = list
        .map((cell) => {
          const ids = ctx.reg.ids([cell.member]);
          const text = cell.diff ? diffHtml(cell.diff, 'to') : esc(cell.member.text);
          return `<span class="ev" role="button" tabindex="0" data-ev="${ids}">${text}</span>`;
        })
        .join(' ');
      const extra = row.more.get(o.id);
      const more = extra ? ` <span class="n">(+${extra} more)</span>` : '';
      const ref = list.some((cell) => cell.diff === null) ? ' <span class="ref">(reference)</span>' : '';
      return [`<div class="synopsis-cell"><span class="who">${esc(o.name)}${ref}</span>${body}${more}</div>`];
    });
    const cols = wide ? Math.min(cells.length, 4) : c.outlets.length;
    const more = n >= COLLAPSE_AFTER_ROWS ? ' more' : '';
    return `<div class="synopsis-row${row.differs ? '' : ' same'}${more}" style="--cols:${cols}">${cells.join('')}</div>`;
  });
  const cut = all.length > rows.length ? `<p class="note">${all.length - rows.length} more aligned groups in the JSON report (\`synopsis\`).</p>` : '';
  return section(
    'synopsis',
    'Synopsis: the same sentences side by side',
    `<label class="toggle no-print"><input type="checkbox" id="fd-only-diff"> only rows where the wording differs</label>${collapsible(`<div id="fd-synopsis">${html.join('\n')}</div>`, rows.length, 'aligned sentences', COLLAPSE_AFTER_ROWS)}${cut}`,
    'Sentences that report the same fact, aligned across outlets. Highlighted words differ from the row\'s reference sentence (the first outlet that carries it).',
  );
}
