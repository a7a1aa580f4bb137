import { describe, expect, it } from 'vitest';
import { detectFormat, extensionOf } from '../../src/load/detect.js';

describe('detectFormat', () => {
  it('goes by the extension first', () => {
    expect(detectFormat('a/b/story.HTM', 'plain')).toBe('html');
    expect(detectFormat('feed.ndjson', '{}')).toBe('jsonl');
    expect(detectFormat('notes.markdown', 'x')).toBe('markdown');
    expect(detectFormat('x.txt', '<html><body>hi</body></html>')).toBe('text');
    expect(extensionOf('dir.v2/README')).toBe('');
  });

  it('sniffs HTML, JSON, JSON Lines and Markdown when there is no known extension', () => {
    expect(detectFormat('page', '\n  <!DOCTYPE html><html><body><p>x</p></body></html>')).toBe('html');
    expect(detectFormat(undefined, '[{"title": "a", "text": "b"}]')).toBe('json');
    expect(detectFormat(undefined, '{"text": "a"}\n{"text": "b"}\n')).toBe('jsonl');
    expect(detectFormat(undefined, '# Heading\n\nSome **bold** text.')).toBe('markdown');
    expect(detectFormat(undefined, 'Xi and Putin spoke on Monday.\n\n# not a heading at the start')).toBe('text');
  });
});
