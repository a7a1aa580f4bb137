/**
 * Scores a comparison against a claim-alignment gold file (tests/fixtures/claim-alignment/*.json,
 * rules in that folder's README). Pure: takes the comparison's articles and findings, returns counts.
 * Used by scripts/score-alignment.mjs (dev data) and by tests/quality/claim-alignment.test.ts (seed).
 *
 * Gold sentences are located by their anchor text (the first words of the sentence) in each article's
 * normalized text; a finding's evidence span is mapped to the gold sentences whose anchors start inside
 * it. A span holding no gold sentence is an "other" sentence: gold lists every fact two outlets share,
 * so any pairing of an other sentence with another outlet is a false alignment.
 */

/** Same-length fold so offsets stay valid: curly quotes and dashes straightened, case folded. */
function fold(s) {
  return s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\u00a0/g, ' ').toLowerCase();
}

/** Gold id → { article index, start } and the per-article list of located gold sentences. */
export function locateGold(gold, articles, articleOfKey) {
  const where = new Map();
  const missing = [];
  for (const [id, anchor] of Object.entries(gold.sentences)) {
    const ai = articleOfKey(id.replace(/\d+$/, ''));
    if (ai < 0) {
      missing.push(id);
      continue;
    }
    const text = fold(articles[ai].text);
    const a = fold(anchor).replace(/\s+/g, ' ');
    let at = text.indexOf(a);
    if (at < 0) at = text.replace(/\s+/g, ' ').indexOf(a) >= 0 ? looseIndex(text, a) : -1;
    if (at < 0) missing.push(id);
    else where.set(id, { article: ai, start: at });
  }
  return { where, missing };
}

function looseIndex(text, needle) {
  // Whitespace-insensitive search mapped back to an offset of `text`.
  const map = [];
  let flat = '';
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]) && /\s/.test(flat[flat.length - 1] ?? '')) continue;
    map.push(i);
    flat += /\s/.test(text[i]) ? ' ' : text[i];
  }
  const k = flat.indexOf(needle);
  return k < 0 ? -1 : map[k];
}

/** Gold ids inside an evidence span, or one synthetic id for a span holding none. */
function idsOf(span, where, articleIndex) {
  const ai = articleIndex.get(span.articleId);
  const ids = [];
  for (const [id, w] of where) if (w.article === ai && w.start >= span.start && w.start < span.end) ids.push(id);
  return ids.length ? ids : [`other:${ai}:${span.start}`];
}

const outletOfId = (id) => (id.startsWith('other:') ? `#${id.split(':')[1]}` : id.replace(/\d+$/, ''));

function pairKey(a, b) {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * @param gold  parsed gold file
 * @param comparison  { articles, coverage, rewrites, attributionDrift? }
 * @param articleOfKey  gold outlet key ("f", "a") → index into comparison.articles
 */
export function scoreComparison(gold, comparison, articleOfKey) {
  const articles = comparison.articles;
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]));
  const keyOfArticle = new Map();
  for (const k of Object.keys(gold.articles)) keyOfArticle.set(articleOfKey(k), k);
  const { where, missing } = locateGold(gold, articles, articleOfKey);
  // A synthetic id's outlet key is its article's gold key.
  const outletKey = (id) => (id.startsWith('other:') ? keyOfArticle.get(Number(id.split(':')[1])) : outletOfId(id));

  const goldPairs = new Set();
  for (const f of gold.facts) {
    const m = f.members.filter((id) => where.has(id));
    for (let i = 0; i < m.length; i++) for (let j = i + 1; j < m.length; j++) if (outletKey(m[i]) !== outletKey(m[j])) goldPairs.add(pairKey(m[i], m[j]));
  }
  const claims = comparison.coverage.filter((c) => (c.kind ?? 'claim') === 'claim');
  const sysPairs = new Set();
  const itemIds = claims.map((c) => [...new Set(c.evidence.flatMap((e) => idsOf(e, where, articleIndex)))]);
  for (const ids of itemIds)
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) if (outletKey(ids[i]) !== outletKey(ids[j])) sysPairs.add(pairKey(ids[i], ids[j]));
  const tp = [...sysPairs].filter((p) => goldPairs.has(p)).length;

  // "Only in X": a claim one outlet carries is right when none of its sentences shares a gold fact with another outlet.
  const sharedIds = new Set();
  for (const f of gold.facts) if (new Set(f.members.map(outletKey)).size >= 2) for (const id of f.members) sharedIds.add(id);
  let onlyItems = 0;
  let onlyRight = 0;
  const onlyWrong = [];
  // Strict: no other outlet even has a related sentence (no `partial[]` entry).
  let strictItems = 0;
  let strictRight = 0;
  claims.forEach((c, k) => {
    if (c.outletIds.length !== 1) return;
    const right = !itemIds[k].some((id) => sharedIds.has(id));
    onlyItems++;
    if (right) onlyRight++;
    else onlyWrong.push(c.claim.slice(0, 80));
    if (c.partial && c.partial.length > 0) return;
    strictItems++;
    if (right) strictRight++;
  });

  // Omissions: a fact carried by two or more outlets and not by another one. Coverage stores carriers
  // only: an outlet not among them misses the claim.
  const outletsAll = [...new Set(articles.map((a) => a.outlet.id))];
  const missingOf = (c) => outletsAll.filter((o) => !c.outletIds.includes(o));
  const allKeys = Object.keys(gold.articles);
  let omissions = 0;
  let omissionsFound = 0;
  const omissionsMissed = [];
  for (const f of gold.facts) {
    const carrying = new Set(f.members.map(outletKey));
    if (carrying.size < 2) continue;
    const members = new Set(f.members);
    for (const k of allKeys) {
      if (carrying.has(k)) continue;
      omissions++;
      const outletId = articles[articleOfKey(k)]?.outlet.id;
      const found = claims.some((c, i) => {
        if (c.outletIds.length < 2 || c.outletIds.includes(outletId)) return false;
        const carriers = new Set(itemIds[i].filter((id) => members.has(id)).map(outletKey));
        return carriers.size >= 2;
      });
      if (found) omissionsFound++;
      else omissionsMissed.push(`${k}: ${f.note}`);
    }
  }
  // Omission claims made: (claim carried by ≥ 2 outlets, missing outlet) — right when a gold fact with
  // two of the item's sentences is not carried by the missing outlet.
  let omissionClaims = 0;
  let omissionClaimsRight = 0;
  claims.forEach((c, i) => {
    if (c.outletIds.length < 2) return;
    for (const o of missingOf(c)) {
      omissionClaims++;
      const k = keyOfArticle.get(articles.findIndex((a) => a.outlet.id === o));
      const ids = new Set(itemIds[i]);
      const ok = gold.facts.some((f) => {
        const inside = f.members.filter((id) => ids.has(id));
        return new Set(inside.map(outletKey)).size >= 2 && !f.members.some((id) => outletKey(id) === k);
      });
      if (ok) omissionClaimsRight++;
    }
  });

  // Attribution drift: a gold pair (attributed, as fact) found when some drift finding holds both.
  const drifts = comparison.attributionDrift ?? [];
  let driftGold = 0;
  let driftFound = 0;
  for (const d of gold.drift ?? []) {
    for (const b of d.asFact) {
      if (!where.has(b)) continue;
      driftGold++;
      const hit = drifts.some((x) => {
        const ids = new Set(x.evidence.flatMap((e) => idsOf(e, where, articleIndex)));
        return ids.has(b) && d.attributed.some((a) => ids.has(a));
      });
      if (hit) driftFound++;
    }
  }
  return {
    missingAnchors: missing,
    pairs: { gold: goldPairs.size, system: sysPairs.size, correct: tp },
    only: { items: onlyItems, right: onlyRight, wrong: onlyWrong, strictItems, strictRight },
    omissions: { gold: omissions, found: omissionsFound, missed: omissionsMissed, claims: omissionClaims, claimsRight: omissionClaimsRight },
    drift: { gold: driftGold, found: driftFound, reported: drifts.length },
    verbatim: scoreVerbatim(comparison, articles),
  };
}

/**
 * Verbatim passages: the reference is a brute-force scan for maximal shared runs of ≥ 40 words
 * ([a-z0-9]+ after folding) between articles of different outlets; found when a reported passage
 * covers at least 80 % of the run's words on one side.
 */
export const VERBATIM_MIN_WORDS = 40;

function words(text) {
  const out = [];
  const re = /[a-z0-9]+/g;
  const t = fold(text);
  let m;
  while ((m = re.exec(t))) out.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

export function sharedRuns(a, b, min = VERBATIM_MIN_WORDS) {
  const wa = words(a);
  const wb = words(b);
  const runs = [];
  // Longest common suffix per cell, one row at a time; a run is maximal where it does not continue diagonally.
  let prev = new Int32Array(wb.length + 2);
  for (let i = 1; i <= wa.length + 1; i++) {
    const cur = new Int32Array(wb.length + 2);
    if (i <= wa.length) for (let j = 1; j <= wb.length; j++) if (wa[i - 1].w === wb[j - 1].w) cur[j] = prev[j - 1] + 1;
    for (let j = 1; j <= wb.length; j++) {
      const n = prev[j];
      if (n >= min && cur[j + 1] !== n + 1) runs.push({ a: [wa[i - 1 - n].start, wa[i - 2].end], b: [wb[j - n].start, wb[j - 1].end], words: n });
    }
    prev = cur;
  }
  return runs;
}

function scoreVerbatim(comparison, articles) {
  const passages = comparison.sharedPassages ?? [];
  let gold = 0;
  let found = 0;
  for (let i = 0; i < articles.length; i++)
    for (let j = i + 1; j < articles.length; j++) {
      if (articles[i].outlet.id === articles[j].outlet.id) continue;
      for (const run of sharedRuns(articles[i].text, articles[j].text)) {
        gold++;
        const covered = passages.some((p) => covers(p, articles[i].id, run.a) || covers(p, articles[j].id, run.b));
        if (covered) found++;
      }
    }
  return { gold, found, reported: passages.length };
}

function covers(passage, articleId, [s, e]) {
  return [passage.a, passage.b].some((ev) => ev.articleId === articleId && Math.min(ev.end, e) - Math.max(ev.start, s) >= 0.8 * (e - s));
}

/** Sums of several events' scores, and the ratios. */
export function summarize(results) {
  const sum = (f) => results.reduce((n, r) => n + f(r), 0);
  const ratio = (a, b) => (b ? Math.round((a / b) * 1000) / 1000 : null);
  const s = {
    events: results.length,
    pairPrecision: ratio(sum((r) => r.pairs.correct), sum((r) => r.pairs.system)),
    pairRecall: ratio(sum((r) => r.pairs.correct), sum((r) => r.pairs.gold)),
    onlyRight: ratio(sum((r) => r.only.right), sum((r) => r.only.items)),
    onlyStrictRight: ratio(sum((r) => r.only.strictRight), sum((r) => r.only.strictItems)),
    omissionRecall: ratio(sum((r) => r.omissions.found), sum((r) => r.omissions.gold)),
    omissionPrecision: ratio(sum((r) => r.omissions.claimsRight), sum((r) => r.omissions.claims)),
    driftRecall: ratio(sum((r) => r.drift.found), sum((r) => r.drift.gold)),
    driftReported: sum((r) => r.drift.reported),
    verbatimRecall: ratio(sum((r) => r.verbatim.found), sum((r) => r.verbatim.gold)),
    counts: {
      pairs: `${sum((r) => r.pairs.correct)}/${sum((r) => r.pairs.system)} sys, ${sum((r) => r.pairs.gold)} gold`,
      only: `${sum((r) => r.only.right)}/${sum((r) => r.only.items)}`,
      onlyStrict: `${sum((r) => r.only.strictRight)}/${sum((r) => r.only.strictItems)} (no related sentence elsewhere)`,
      omissions: `${sum((r) => r.omissions.found)}/${sum((r) => r.omissions.gold)} found; ${sum((r) => r.omissions.claimsRight)}/${sum((r) => r.omissions.claims)} claims right`,
      drift: `${sum((r) => r.drift.found)}/${sum((r) => r.drift.gold)}`,
      verbatim: `${sum((r) => r.verbatim.found)}/${sum((r) => r.verbatim.gold)}`,
      missingAnchors: sum((r) => r.missingAnchors.length),
    },
  };
  return s;
}
