import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.js';
import { detectLanguage, readsAsEnglish } from './language.js';

const GERMAN =
  'Die Bundesregierung hat am Mittwoch neue Regeln für den Export von Waffen beschlossen. Der Kanzler sagte, man werde die Partner in Europa eng einbinden, und die Opposition kritisierte, dass das Parlament nicht früher informiert worden sei.';
const UKRAINIAN =
  'Уряд України у середу ухвалив нові правила експорту зерна. Прем’єр-міністр заявив, що країна і надалі співпрацюватиме з партнерами в Європі, а опозиція розкритикувала те, що депутатів не поінформували раніше. За словами міністра економіки, нові правила почнуть діяти вже з наступного місяця, і фермери отримають більше часу на оформлення документів.';
const ENGLISH =
  'The government approved new rules for grain exports on Wednesday. The prime minister said the country would keep working with its partners in Europe, and the opposition criticised that parliament had not been told sooner.';

describe('language of a normalized article', () => {
  it('says de for a German article, inferred, not the English default', () => {
    const a = normalize(GERMAN, { inferTitle: false });
    expect(a.language).toBe('de');
    expect(a.provenance.language).toBe('inferred');
  });

  it('says uk for a Ukrainian article', () => {
    const a = normalize(UKRAINIAN, { inferTitle: false });
    expect(a.language).toBe('uk');
    expect(a.provenance.language).toBe('inferred');
  });

  it('keeps en (the default) for English prose, and an explicit language over the detection', () => {
    expect(normalize(ENGLISH, { inferTitle: false }).language).toBe('en');
    const given = normalize({ content: GERMAN, meta: { language: 'en' } }, { inferTitle: false });
    expect(given.language).toBe('en');
    expect(given.provenance.language).toBe('explicit');
  });

  it('does not guess on a text too short to tell', () => {
    expect(detectLanguage('Ja, sagte er.')).toBeNull();
    expect(normalize('Ja, sagte er.', { inferTitle: false }).language).toBe('en');
  });

  it('reads English with names and numbers as English', () => {
    expect(readsAsEnglish('Volodymyr Zelenskyy met Olaf Scholz and Emmanuel Macron in Kyiv on 12 June 2024, officials said.')).toBe(true);
    expect(readsAsEnglish(GERMAN)).toBe(false);
    expect(readsAsEnglish(UKRAINIAN)).toBe(false);
  });
});
