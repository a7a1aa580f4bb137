/** Actor, mention and label facts on dev texts about other events (a summit, an election, a strike, a war). */
import { describe, expect, it } from 'vitest';
import { actor, analyzed, labelTexts, mentionWith } from './analyze-helpers.js';

describe('summit', () => {
  const { analysis } = analyzed('dev', 'summit.txt');

  it('labels Merz "German Chancellor" and links "The German chancellor" and "Mr Merz" to him', () => {
    const merz = actor(analysis, 'person:friedrich-merz');
    expect(labelTexts(merz)).toContain('German Chancellor');
    const desc = mentionWith(merz, (m) => m.form === 'descriptor');
    expect(desc.text).toBe('German chancellor');
    expect(desc.label?.head).toBe('chancellor');
    expect(mentionWith(merz, (m) => m.form === 'honorific').text).toBe('Merz');
  });

  it('an evaluative modifier makes a neutral head evaluative: "authoritarian Hungarian leader"', () => {
    const orban = actor(analysis, 'person:viktor-orban');
    expect(orban.name).toBe('Viktor Orbán');
    expect(mentionWith(orban, (m) => m.label !== null).label).toMatchObject({ text: 'authoritarian Hungarian leader', head: 'leader', evaluative: true });
    expect(actor(analysis, 'organization:viktor-orban-s-office').mentions[0].text).toBe("Orbán's office");
  });

  it('before-labels win over appositives; affiliation after the name', () => {
    expect(labelTexts(actor(analysis, 'person:giorgia-meloni'))).toEqual(['Italian Prime Minister']);
    const dennison = actor(analysis, 'person:susi-dennison');
    expect(labelTexts(dennison)).toEqual(['of the European Council on Foreign Relations']);
    expect(mentionWith(dennison, (m) => m.form === 'honorific').text).toBe('Dennison');
    expect(actor(analysis, 'organization:european-council-on-foreign-relations').kind).toBe('organization');
  });

  it('a sentence-initial group noun is a group, not a person', () => {
    expect(actor(analysis, 'group:analysts').kind).toBe('group');
    expect(analysis.actors.map((a) => a.id)).not.toContain('person:analysts');
  });
});

describe('election', () => {
  const { analysis } = analyzed('dev', 'election.txt');

  it('keeps particles in names and links a middle name ("Lula")', () => {
    const lula = actor(analysis, 'person:luiz-inacio-lula-da-silva');
    expect(lula.name).toBe('Luiz Inácio Lula da Silva');
    expect(lula.aliases).toContain('Lula');
    expect(actor(analysis, 'organization:luiz-inacio-lula-da-silva-s-campaign').mentions[0].text).toBe("Lula's campaign");
    expect(actor(analysis, 'person:alexandre-de-moraes').name).toBe('Alexandre de Moraes');
  });

  it('two people sharing a surname stay apart; "Bolsonaro" goes to the one named before it', () => {
    const jair = actor(analysis, 'person:jair-bolsonaro');
    const flavio = actor(analysis, 'person:flavio-bolsonaro');
    // Pronouns that take him for tone (form 'pronoun') aside.
    expect(jair.mentions.filter((m) => m.form !== 'pronoun').map((m) => m.text)).toEqual(['Jair Bolsonaro', 'Bolsonaro']);
    expect(mentionWith(jair, (m) => m.text === 'Bolsonaro').label).toMatchObject({ text: 'former army captain', head: 'captain', temporal: 'former' });
    expect(labelTexts(flavio)).toEqual(['Senator']);
    expect(mentionWith(jair, (m) => m.text === 'Jair Bolsonaro').label).toMatchObject({ text: 'incumbent', temporal: 'current' });
  });

  it('appositive label after a name ends at the comma; organizations with "of" complements', () => {
    const moraes = actor(analysis, 'person:alexandre-de-moraes');
    expect(mentionWith(moraes, (m) => m.label !== null).label).toMatchObject({ text: 'president of the Superior Electoral Court', head: 'president' });
    expect(actor(analysis, 'organization:organization-of-american-states').kind).toBe('organization');
    expect(actor(analysis, 'place:sao-paulo').kind).toBe('place');
  });
});

describe('strike', () => {
  const { analysis } = analyzed('dev', 'strike.txt');

  it('labels officials by their titles and heads', () => {
    expect(mentionWith(actor(analysis, 'person:steve-barclay'), (m) => m.label !== null).label).toMatchObject({ text: 'Health Secretary', head: 'secretary' });
    expect(actor(analysis, 'person:steve-barclay').aliases).toEqual(['Barclay', 'Steve Barclay']);
    expect(mentionWith(actor(analysis, 'person:pat-cullen'), (m) => m.label !== null).label).toMatchObject({ text: "union's general secretary", head: 'secretary', key: 'union general secretary' });
    expect(labelTexts(actor(analysis, 'person:rishi-sunak'))).toEqual(['Prime Minister']);
  });

  it('finds organizations the gazetteer does not know', () => {
    for (const id of ['organization:royal-college-of-nursing', 'organization:national-health-service', 'organization:patients-association']) {
      expect(actor(analysis, id).known).toBe(false);
    }
    expect(actor(analysis, 'organization:bbc').known).toBe(true);
    expect(labelTexts(actor(analysis, 'person:rachel-power'))).toEqual(['of the Patients Association']);
  });
});

describe('ceasefire', () => {
  const { analysis } = analyzed('dev', 'ceasefire.txt');

  it('"warlord" is an evaluative epithet; "al-" names stay whole', () => {
    const dagalo = actor(analysis, 'person:mohamed-hamdan-dagalo');
    expect(mentionWith(dagalo, (m) => m.label !== null).label).toMatchObject({ text: 'warlord', evaluative: true, category: 'epithet' });
    expect(dagalo.aliases).toEqual(['Dagalo', 'Mohamed Hamdan Dagalo']);
    const burhan = actor(analysis, 'person:abdel-fattah-al-burhan');
    expect(mentionWith(burhan, (m) => m.form === 'title')).toMatchObject({ text: 'al-Burhan', label: { text: 'General' } });
  });

  it('links "The Sudanese army leader" to the one person labelled with Sudan and a role', () => {
    const burhan = actor(analysis, 'person:abdel-fattah-al-burhan');
    expect(labelTexts(burhan)).toContain("Sudan's army chief");
    expect(mentionWith(burhan, (m) => m.form === 'descriptor').text).toBe('Sudanese army leader');
  });

  it('"US Secretary of State" and "The UN envoy, Ramtane Lamamra"', () => {
    expect(mentionWith(actor(analysis, 'person:antony-blinken'), (m) => m.label !== null).label).toMatchObject({ text: 'US Secretary of State', head: 'secretary', key: 'us secretary of state' });
    expect(labelTexts(actor(analysis, 'person:ramtane-lamamra'))).toEqual(['UN envoy']);
    expect(actor(analysis, 'place:jeddah').kind).toBe('place');
    expect(actor(analysis, 'organization:rapid-support-forces').kind).toBe('organization');
  });
});

describe('names from many traditions', () => {
  const { analysis } = analyzed('dev', 'names.txt');
  const ids = analysis.actors.map((a) => a.id);

  it('keeps letters wink splits ("Erdoğan") and particles ("bin", "von der", "al-") inside names', () => {
    expect(actor(analysis, 'person:recep-tayyip-erdogan').name).toBe('Recep Tayyip Erdoğan');
    expect(labelTexts(actor(analysis, 'person:mohammed-bin-salman'))).toEqual(['Saudi Crown Prince']);
    expect(actor(analysis, 'person:bashar-al-assad').name).toBe('Bashar al-Assad');
    const vdl = actor(analysis, 'person:ursula-von-der-leyen');
    expect(vdl.aliases).toEqual(['Ursula von der Leyen', 'Von der Leyen']);
    expect(labelTexts(vdl)).toEqual(['European Commission President']);
  });

  it('separates the organization before a title from the name: "Apple CEO Tim Cook", "Tesla boss Elon Musk"', () => {
    expect(mentionWith(actor(analysis, 'person:tim-cook'), (m) => m.label !== null).label).toMatchObject({ text: 'Apple CEO', head: 'ceo' });
    expect(labelTexts(actor(analysis, 'person:elon-musk'))).toEqual(['Tesla boss', "world's richest man"]);
  });

  it('regnal numerals, "late", titles and honorific-with-label', () => {
    expect(mentionWith(actor(analysis, 'person:elizabeth-ii'), (m) => m.label !== null).label).toMatchObject({ text: 'late Queen', temporal: 'former' });
    expect(mentionWith(actor(analysis, 'person:francis'), (m) => m.form === 'title').label?.text).toBe('Pope');
    const tamim = actor(analysis, 'person:tamim-bin-hamad-al-thani');
    expect(mentionWith(tamim, (m) => m.form === 'honorific').label?.text).toBe("Qatar's emir");
    expect(actor(analysis, 'person:kim-jong-un').aliases).toEqual(['Kim', 'Kim Jong Un']);
    expect(ids).toContain('person:kim-yo-jong');
  });

  it('no persons or places from "a South Carolina Republican" or "in December"', () => {
    expect(ids.filter((id) => id.includes('carolina') || id.includes('december'))).toEqual([]);
  });
});

describe('strike reaction (wire style with a bullet list)', () => {
  const { analysis } = analyzed('dev', 'strike-reaction.txt');

  it('descriptors link through places and organizations: "The Ukrainian leader", "The UN chief"', () => {
    expect(mentionWith(actor(analysis, 'person:volodymyr-zelensky'), (m) => m.form === 'descriptor').text).toBe('Ukrainian leader');
    const guterres = actor(analysis, 'person:antonio-guterres');
    expect(mentionWith(guterres, (m) => m.form === 'descriptor').text).toBe('UN chief');
    expect(mentionWith(guterres, (m) => m.form === 'full').label).toMatchObject({ text: 'UN Secretary-General', head: 'secretary-general' });
  });

  it('two-word titles and folded ids: "NATO Secretary General", "Radosław Sikorski"', () => {
    expect(mentionWith(actor(analysis, 'person:mark-rutte'), (m) => m.label !== null).label?.head).toBe('secretary-general');
    const sikorski = actor(analysis, 'person:radoslaw-sikorski');
    expect(sikorski.name).toBe('Radosław Sikorski');
    expect(labelTexts(sikorski)).toEqual(['Polish Foreign Minister']);
  });

  it('a surname used twice with no full name is a person of its own; "Putin\'s regime" an organization', () => {
    expect(actor(analysis, 'person:putin').mentions.map((m) => m.text)).toEqual(['Putin', 'Putin']);
    expect(actor(analysis, 'organization:putin-s-regime').mentions[0].text).toBe("Putin's regime");
    expect(actor(analysis, 'organization:joe-biden-s-administration').kind).toBe('organization');
    expect(labelTexts(actor(analysis, 'person:dmitry-peskov'))).toEqual(['Kremlin spokesman']);
  });
});

describe('reactions (label shapes)', () => {
  const { analysis } = analyzed('dev', 'reactions.txt');

  it('a name made of common words is a person when a speech verb names it: "said Bill Gates"', () => {
    expect(actor(analysis, 'person:bill-gates').mentions[0].text).toBe('Bill Gates');
  });

  it('compound and capitalized modifiers stay in the label', () => {
    expect(labelTexts(actor(analysis, 'person:amal-clooney'))).toEqual(['Veteran human rights lawyer']);
    expect(labelTexts(actor(analysis, 'person:kamala-harris'))).toEqual(['Democratic presidential candidate']);
    expect(labelTexts(actor(analysis, 'person:lindsey-graham'))).toEqual(['Republican Senator']);
    expect(mentionWith(actor(analysis, 'person:steve-bannon'), (m) => m.label !== null).label).toMatchObject({ text: 'Trump ally', category: 'relation' });
  });

  it('appositives: after an honorific, before a name, after an age', () => {
    const putin = actor(analysis, 'person:vladimir-putin');
    expect(mentionWith(putin, (m) => m.form === 'honorific').label).toMatchObject({ text: "Russia's president", key: 'russia president' });
    expect(mentionWith(putin, (m) => m.form === 'full').label?.text).toBe('Russian leader');
    expect(labelTexts(actor(analysis, 'person:jane-roe'))).toEqual(['nurse from Leeds']);
    expect(labelTexts(actor(analysis, 'person:tom-hale'))).toEqual(["party's leader"]);
  });
});
