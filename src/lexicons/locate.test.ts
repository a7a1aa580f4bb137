import { describe, expect, it } from 'vitest';
import { locateEntry, pathSegments } from './locate.js';

const text = `{
  "labels": {
    "heads": { "prime minister": { "evaluative": "no" } },
    "modifiers": ["vice", "", "top"]
  },
  "remove": { "gazetteer": { "entries": ["Kremlin"] } }
}`;

describe('locateEntry: the line and column of an entry in a lexicon file', () => {
  it('reads paths back into segments', () => {
    expect(pathSegments('labels.heads["prime minister"].evaluative')).toEqual(['labels', 'heads', 'prime minister', 'evaluative']);
    expect(pathSegments('attribution.verbs.said[2]')).toEqual(['attribution', 'verbs', 'said', 2]);
  });

  it('finds keys with spaces, list items and removal entries', () => {
    expect(locateEntry(text, 'labels.heads["prime minister"].evaluative')).toEqual({ line: 3, column: 50 });
    expect(locateEntry(text, 'labels.modifiers[1]')).toEqual({ line: 4, column: 27 });
    expect(locateEntry(text, 'remove.gazetteer.entries[0]')).toEqual({ line: 6, column: 42 });
  });

  it('an entry the file does not hold points at the nearest enclosing value', () => {
    expect(locateEntry(text, 'labels.modifiers[9]')).toEqual({ line: 4, column: 18 });
    expect(locateEntry(text, 'labels.topTitles')).toEqual({ line: 2, column: 13 });
  });
});
