/** `language` says what the text is when nobody said: a German or Ukrainian article is not "en". */
import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../../src/analyze/analyze.js';
import { detectLanguage } from '../../src/normalize/language.js';
import { normalize } from '../../src/normalize/normalize.js';

const GERMAN = 'Stadtrat beschließt neue Buslinien\n\nDer Stadtrat hat am Dienstag zwei neue Buslinien beschlossen. Die Bürgermeisterin sagte, die Fahrpreise würden nicht steigen, und die Opposition nannte den Plan zu teuer für die Stadt.';
const UKRAINIAN = 'Міська рада ухвалила нові автобусні маршрути\n\nУ вівторок міська рада ухвалила два нові автобусні маршрути. Мер заявила, що ціни на квитки не зростуть, а опозиція назвала план занадто дорогим для міста.';
const ENGLISH = 'Council approves new bus routes\n\nThe city council approved two new bus routes on Tuesday. The mayor said fares would not rise, while the opposition called the plan too expensive for the city.';

describe('language detection', () => {
  it('names German and Ukrainian by their ISO 639-1 codes', () => {
    expect(detectLanguage(GERMAN)).toBe('de');
    expect(detectLanguage(UKRAINIAN)).toBe('uk');
    expect(detectLanguage('Kurz.')).toBeNull();
  });

  it('an analyzed German or Ukrainian article says so, beside its not-English warning', () => {
    const [de, uk, en] = analyzeCorpus([GERMAN, UKRAINIAN, ENGLISH].map((content, i) => normalize({ content, label: `${i}.txt` })));
    for (const [a, code] of [[de, 'de'], [uk, 'uk']] as const) {
      expect(a.language).toBe(code);
      expect(a.analysis.language).toBe(code);
      expect(a.provenance.language).toBe('inferred');
      expect(a.analysis.warnings.map((w) => w.code)).toContain('LANGUAGE_NOT_ENGLISH');
    }
    expect([en.language, en.analysis.language, en.provenance.language]).toEqual(['en', 'en', 'default']);
  });

  it('a language given in the metadata is kept', () => {
    const [a] = analyzeCorpus([normalize({ content: GERMAN, label: 'de.txt', meta: { language: 'de-AT' } })]);
    expect(a.language).toBe('de-AT');
    expect(a.provenance.language).toBe('explicit');
  });
});
