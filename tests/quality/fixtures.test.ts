/**
 * Integrity of the hand-written test data: the gold set (tests/fixtures/gold) and the
 * multi-outlet event fixtures (tests/fixtures/events). These check the DATA, not the code:
 * every annotated quote, label and source is verbatim in its text, and every planted
 * difference names files and outlets that exist.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  GOLD_STYLES,
  containsWord,
  endsAtMarkOrParagraph,
  goldSurname,
  loadGold,
  locateQuotes,
  quoteParts,
} from './gold-data.js';

const QUOTE_KINDS = ['direct', 'partial', 'scare'];
const SPEAKER_KINDS = ['person', 'organization', 'source'];
const SOURCE_TYPES = ['wire', 'state-media', 'official', 'expert', 'anonymous', 'outlet', 'document', 'other'];
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('gold set', () => {
  const docs = loadGold();

  it('has at least 12 texts, two or more in each style', () => {
    expect(docs.length).toBeGreaterThanOrEqual(12);
    for (const style of GOLD_STYLES) {
      expect(docs.filter((d) => d.style === style).length, style).toBeGreaterThanOrEqual(2);
    }
  });

  it('covers straight and curly marks, split, multi-paragraph, partial, scare and unattributed quotes', () => {
    const quotes = docs.flatMap((d) => d.quotes);
    expect(docs.some((d) => /"[^"\n]+"/.test(d.raw))).toBe(true);
    expect(docs.some((d) => /“[^”\n]+”/.test(d.raw))).toBe(true);
    expect(quotes.filter((q) => (q.parts?.length ?? 0) >= 2).length).toBeGreaterThanOrEqual(10);
    expect(quotes.filter((q) => (q.parts?.length ?? 0) >= 3).length).toBeGreaterThanOrEqual(3);
    expect(quotes.filter((q) => q.kind === 'partial').length).toBeGreaterThanOrEqual(20);
    expect(quotes.filter((q) => q.kind === 'scare').length).toBeGreaterThanOrEqual(4);
    expect(quotes.filter((q) => q.speaker === null && q.kind !== 'scare').length).toBeGreaterThanOrEqual(2);
  });

  for (const doc of docs) {
    describe(doc.name, () => {
      it('is 150–400 words with several quotes', () => {
        const words = wordCount(doc.raw);
        expect(words).toBeGreaterThanOrEqual(150);
        expect(words).toBeLessThanOrEqual(400);
        expect(doc.quotes.filter((q) => q.kind === 'direct').length).toBeGreaterThanOrEqual(2);
      });

      it('annotates every quote verbatim, in text order, between quotation marks', () => {
        const located = locateQuotes(doc.raw, doc.quotes);
        if ('error' in located) throw new Error(`${doc.name}: ${located.error}`);
        located.spans.forEach((spans, i) => {
          const q = doc.quotes[i];
          for (const s of spans) {
            expect(endsAtMarkOrParagraph(doc.raw, s), `${doc.name}: part not closed: ${doc.raw.slice(s.start, s.end)}`).toBe(true);
          }
          if (q.parts && q.parts.length > 1) expect(q.text).toBe(q.parts.join(' … '));
        });
      });

      it('leaves no quotation in the text unannotated', () => {
        // Every opening double mark in the text starts a gold part (single marks are apostrophes here).
        const located = locateQuotes(doc.raw, doc.quotes);
        if ('error' in located) throw new Error(located.error);
        const starts = new Set(located.spans.flat().map((s) => s.start));
        const opened: number[] = [];
        let open = false;
        for (let i = 0; i < doc.raw.length; i++) {
          const c = doc.raw[i];
          if (c === '“') opened.push(i + 1);
          else if (c === '"') {
            if (!open) opened.push(i + 1);
            open = !open;
            if (doc.raw[i + 1] === '\n') open = false;
          } else if (c === '\n' && doc.raw[i + 1] === '\n') open = false;
        }
        for (const at of opened) expect(starts.has(at), `${doc.name}: unannotated quote at ${at}: ${doc.raw.slice(at, at + 40)}`).toBe(true);
      });

      it('uses known kinds and consistent speakers', () => {
        for (const q of doc.quotes) {
          expect(QUOTE_KINDS).toContain(q.kind);
          if (q.speaker === null) expect(q.speakerKind).toBeNull();
          else expect(SPEAKER_KINDS).toContain(q.speakerKind);
          if (q.kind === 'scare') expect(q.speaker).toBeNull();
          if (q.speakerKind === 'person') {
            const surname = goldSurname(q.speaker!, q.surname);
            expect(containsWord(doc.raw, surname), `${doc.name}: speaker ${q.speaker} not in text`).toBe(true);
          }
          for (const part of quoteParts(q)) expect(part.length).toBeGreaterThan(0);
        }
      });

      it('annotates labels verbatim, each next to a mention of its actor', () => {
        for (const l of doc.labels) {
          expect(doc.raw.includes(l.label), `${doc.name}: label ${l.label}`).toBe(true);
          expect(containsWord(doc.raw, goldSurname(l.actor)), `${doc.name}: actor ${l.actor}`).toBe(true);
          expect(typeof l.evaluative).toBe('boolean');
        }
      });

      it('annotates sources verbatim with a known type', () => {
        for (const s of doc.sources) {
          expect(doc.raw.includes(s.text), `${doc.name}: source ${s.text}`).toBe(true);
          expect(SOURCE_TYPES).toContain(s.type);
        }
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Multi-outlet event fixtures

const EVENTS_DIR = new URL('../fixtures/events/', import.meta.url).pathname;

interface Manifest {
  event: { title: string; date: string };
  outlets: Record<string, { name: string; kind: string }>;
  articles: { file: string; outlet: string }[];
}

interface Planted {
  labels?: { actor: string; outlet: string; label: string; evaluative: boolean }[];
  variants?: { concept: string; byOutlet: Record<string, string> }[];
  quotes?: { speaker: string; onlyIn?: string[]; text?: string; renderings?: Record<string, string> }[];
  omissions?: { onlyIn: string[]; sentenceContains: string }[];
  rewrites?: { a: string; b: string; note: string }[];
  distinctive?: { outlet: string; term: string }[];
}

const eventDirs = existsSync(EVENTS_DIR)
  ? readdirSync(EVENTS_DIR)
      .filter((d) => statSync(join(EVENTS_DIR, d)).isDirectory())
      .sort()
  : [];

/** Body text of an event file: front matter (if any) dropped. */
function body(dir: string, file: string): string {
  const raw = readFileSync(join(EVENTS_DIR, dir, file), 'utf8');
  return raw.startsWith('---\n') ? raw.slice(raw.indexOf('\n---\n', 4) + 5) : raw;
}

const countOf = (hay: string, needle: string) => hay.toLowerCase().split(needle.toLowerCase()).length - 1;

describe('event fixtures', () => {
  it('has at least two planted events and one identical-text event', () => {
    expect(eventDirs.filter((d) => d !== 'identical').length).toBeGreaterThanOrEqual(2);
    expect(eventDirs).toContain('identical');
  });

  for (const dir of eventDirs) {
    describe(dir, () => {
      const manifest = JSON.parse(readFileSync(join(EVENTS_DIR, dir, 'manifest.json'), 'utf8')) as Manifest;
      const outletIds = Object.keys(manifest.outlets);
      const files = manifest.articles.map((a) => a.file);
      const textOf = (outlet: string) =>
        manifest.articles
          .filter((a) => a.outlet === outlet)
          .map((a) => body(dir, a.file))
          .join('\n\n');

      it('manifest names existing files and declared outlets, three or more', () => {
        expect(manifest.event.title.length).toBeGreaterThan(0);
        expect(manifest.event.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(outletIds.length).toBeGreaterThanOrEqual(3);
        for (const a of manifest.articles) {
          expect(existsSync(join(EVENTS_DIR, dir, a.file)), a.file).toBe(true);
          expect(outletIds).toContain(a.outlet);
        }
        for (const id of outletIds) expect(manifest.articles.some((a) => a.outlet === id), id).toBe(true);
      });

      if (dir === 'identical') {
        it('carries the same body text in every outlet', () => {
          const bodies = new Set(files.map((f) => body(dir, f).trim()));
          expect(bodies.size).toBe(1);
        });
        return;
      }

      const planted = JSON.parse(readFileSync(join(EVENTS_DIR, dir, 'planted.json'), 'utf8')) as Planted;

      it('plants labels that appear in the named outlet only', () => {
        expect(planted.labels?.length ?? 0).toBeGreaterThan(0);
        for (const l of planted.labels ?? []) {
          expect(outletIds).toContain(l.outlet);
          expect(textOf(l.outlet).includes(l.label), `${l.outlet}: ${l.label}`).toBe(true);
          if (l.evaluative) {
            for (const other of outletIds.filter((o) => o !== l.outlet)) {
              expect(textOf(other).includes(l.label), `${other} should not say ${l.label}`).toBe(false);
            }
          }
        }
      });

      it('plants wording variants each found in its outlet', () => {
        expect(planted.variants?.length ?? 0).toBeGreaterThan(0);
        for (const v of planted.variants ?? []) {
          const ids = Object.keys(v.byOutlet);
          expect(ids.length).toBeGreaterThanOrEqual(2);
          for (const id of ids) {
            expect(outletIds).toContain(id);
            expect(textOf(id).includes(v.byOutlet[id]), `${id}: ${v.byOutlet[id]}`).toBe(true);
          }
          expect(new Set(Object.values(v.byOutlet)).size).toBeGreaterThanOrEqual(2);
        }
      });

      it('plants quotes: exclusive ones only where stated, renderings verbatim', () => {
        expect(planted.quotes?.length ?? 0).toBeGreaterThan(0);
        for (const q of planted.quotes ?? []) {
          if (q.onlyIn) {
            for (const id of outletIds) {
              const has = textOf(id).includes(q.text!);
              expect(has, `${id} ${q.onlyIn.includes(id) ? 'lacks' : 'has'}: ${q.text}`).toBe(q.onlyIn.includes(id));
            }
          }
          for (const [id, rendering] of Object.entries(q.renderings ?? {})) {
            expect(outletIds).toContain(id);
            expect(textOf(id).includes(rendering), `${id}: ${rendering}`).toBe(true);
          }
        }
      });

      it('plants omissions present only in the named outlets', () => {
        for (const o of planted.omissions ?? []) {
          for (const id of outletIds) {
            expect(textOf(id).includes(o.sentenceContains), `${id}: ${o.sentenceContains}`).toBe(o.onlyIn.includes(id));
          }
        }
      });

      it('names rewrite pairs that exist', () => {
        for (const r of planted.rewrites ?? []) {
          expect(files).toContain(r.a);
          expect(files).toContain(r.b);
        }
      });

      it('plants distinctive terms used repeatedly by one outlet and by no other', () => {
        for (const d of planted.distinctive ?? []) {
          expect(countOf(textOf(d.outlet), d.term), `${d.outlet}: ${d.term}`).toBeGreaterThanOrEqual(3);
          for (const other of outletIds.filter((o) => o !== d.outlet)) {
            expect(countOf(textOf(other), d.term), `${other}: ${d.term}`).toBe(0);
          }
        }
      });
    });
  }
});
