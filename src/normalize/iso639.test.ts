import { describe, expect, it } from 'vitest';
import { splitLanguageCodes } from './iso639.js';

describe('splitLanguageCodes', () => {
  it('splits glued ISO 639-1 codes only when every pair is one', () => {
    expect(splitLanguageCodes('ukenru')).toEqual(['uk', 'en', 'ru']);
    expect(splitLanguageCodes('ennl')).toEqual(['en', 'nl']);
    expect(splitLanguageCodes('en')).toEqual(['en']);
    expect(splitLanguageCodes('news')).toBeNull(); // "ne" is a code, "ws" is not
    expect(splitLanguageCodes('the')).toBeNull(); // odd length
    expect(splitLanguageCodes('enen')).toBeNull(); // a site lists each language once
    expect(splitLanguageCodes('EnRu')).toBeNull();
  });
});
