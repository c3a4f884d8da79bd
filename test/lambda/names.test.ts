import { decide, decideByFirstName, firstNameScore, frenchReading, nameWords, parseSpelled, queryNameKeys, respell, soundKey, spelledDistance, surnameForms, userNameKeys, MAX_QUERY_KEYS, MAX_USER_KEYS } from '../../lambda-src/shared/names';

describe('normalization', () => {
  test('accents, apostrophes, hyphens and Mc/Mac/O prefixes', () => {
    expect(nameWords('Lefèvre')).toEqual(['lefevre']);
    expect(nameWords("O'Brien")).toEqual(['obrien']);
    expect(nameWords('O Brien')).toEqual(['obrien']);
    expect(nameWords('Mc Donald')).toEqual(['mcdonald']);
    expect(nameWords('García-López')).toEqual(['garcia', 'lopez']);
    expect(nameWords('Łukasz Wołoszyn')).toEqual(['lukasz', 'woloszyn']);
    expect(nameWords('  ')).toEqual([]);
  });

  test('compound and multi-word surnames are matched whole, without particles and part by part', () => {
    expect(surnameForms('De La Cruz')).toEqual(expect.arrayContaining(['delacruz', 'cruz']));
    expect(surnameForms('García López')).toEqual(expect.arrayContaining(['garcialopez', 'garcia', 'lopez']));
    expect(surnameForms('MacDonald')).toEqual(expect.arrayContaining(['macdonald', 'mcdonald']));
  });
});

describe('phonetic keys', () => {
  test('GIVEN a user and a misheard surname WHEN keys are computed THEN they share a key', () => {
    const shared = (a: string, b: string) => {
      const q = queryNameKeys([b]);
      return [...q.near, ...q.wide].some((k) => userNameKeys(a).includes(k));
    };
    expect(shared('Santus', 'Santos')).toBe(true);
    expect(shared('Szymański', 'Shimanski')).toBe(true);
    expect(shared('Nguyen', 'Win')).toBe(true);
    expect(shared('Kowalczyk', 'Kovalchik')).toBe(true);
    expect(shared('Santus', 'Fitzgerald')).toBe(false);
  });

  test('key counts stay within the tag and filter limits', () => {
    expect(userNameKeys('Krishnamurthy Venkataraman de la Fuente').length).toBeLessThanOrEqual(MAX_USER_KEYS);
    const keys = queryNameKeys(['Krishnamurthy Venkataraman', 'Krishnamoorthy']);
    expect(keys.near.length).toBeLessThanOrEqual(MAX_QUERY_KEYS);
    expect(keys.wide.length).toBeLessThanOrEqual(MAX_QUERY_KEYS);
    expect(queryNameKeys([''])).toEqual({ near: [], wide: [] });
  });
});

describe('spelled input', () => {
  test.each([
    ['SANTUS', 'santus'],
    ['s a n t u s', 'santus'],
    ['S as in Sam A as in apple N T U S', 'santus'],
    ['sierra alpha november tango uniform sierra', 'santus'],
    ['B for boy E L L', 'bell'],
    ['double L O Y D', 'lloyd'],
    ['es a en tee you es', 'santus'],
  ])('%s → %s', (spelled, letters) => {
    expect(parseSpelled(spelled)).toBe(letters);
  });
});

describe('decision', () => {
  const people = [
    { id: 'u1', firstName: 'Paul', lastName: 'Santus' },
    { id: 'u2', firstName: 'Akira', lastName: 'Tanaka' },
    { id: 'u3', firstName: 'Yuki', lastName: 'Tanaka' },
    { id: 'u4', firstName: 'Siobhan', lastName: "O'Sullivan" },
  ];

  test('GIVEN a misheard surname WHEN one person sounds alike THEN MATCH', () => {
    const result = decide(['Santos'], undefined, people, 'spoken');
    expect(result.decision).toBe('MATCH');
    expect(result.match?.id).toBe('u1');
  });

  test('GIVEN two people with the surname WHEN no first name THEN AMBIGUOUS with both', () => {
    const result = decide(['Tanaka'], undefined, people, 'spoken');
    expect(result.decision).toBe('AMBIGUOUS');
    expect(result.candidates.map((c) => c.person.id).sort()).toEqual(['u2', 'u3']);
  });

  test('GIVEN two people with the surname WHEN a first name is heard THEN it breaks the tie', () => {
    expect(decide(['Tanaka'], 'Yuki', people, 'spoken').match?.id).toBe('u3');
    expect(decideByFirstName('Akira', people.slice(1, 3)).match?.id).toBe('u2');
    expect(decideByFirstName('Bob', people.slice(1, 3)).decision).toBe('NO_MATCH');
  });

  test('GIVEN homophones in the directory WHEN spoken THEN AMBIGUOUS; WHEN spelled THEN the letters decide', () => {
    const smiths = [{ id: 'a', lastName: 'Smith' }, { id: 'b', lastName: 'Smyth' }, { id: 'c', lastName: 'Thompson' }, { id: 'd', lastName: 'Thomson' }];
    expect(decide(['Smith'], undefined, smiths, 'spoken').decision).toBe('AMBIGUOUS');
    expect(decide(['Thomson'], undefined, smiths, 'spoken').decision).toBe('AMBIGUOUS');
    expect(decide(['SMYTH'], undefined, smiths, 'spelled').match?.id).toBe('b');
  });

  test('GIVEN other languages\' spellings WHEN heard the English way THEN they match', () => {
    const directory = [
      { id: 'pl', lastName: 'Wójcik' }, { id: 'vn', lastName: 'Nguyễn' }, { id: 'ie', lastName: 'Ó Ceallaigh' },
      { id: 'cn', lastName: 'Zhang' }, { id: 'cn2', lastName: 'Wang' }, { id: 'es', lastName: 'García López' },
    ];
    expect(decide(['Voychick'], undefined, directory, 'spoken').match?.id).toBe('pl');
    expect(decide(['Win'], undefined, directory, 'spoken').match?.id).toBe('vn');
    expect(decide(['O Kelly'], undefined, directory, 'spoken').match?.id).toBe('ie');
    expect(decide(['Jang'], undefined, directory, 'spoken').match?.id).toBe('cn');
    expect(decide(['Garcia'], undefined, directory, 'spoken').match?.id).toBe('es');
  });

  test('GIVEN an unrelated surname THEN NO_MATCH', () => {
    expect(decide(['Fitzgerald'], undefined, people, 'spoken').decision).toBe('NO_MATCH');
    expect(decide([''], undefined, people, 'spoken').decision).toBe('NO_MATCH');
  });

  test('GIVEN a spelled surname with one wrong letter THEN MATCH', () => {
    expect(decide(['osulivan'], undefined, people, 'spelled').match?.id).toBe('u4');
  });

  test('first names: prefixes and sound-alikes score high, others low', () => {
    expect(firstNameScore('Alex', 'Alexandra')).toBeGreaterThan(0.8);
    expect(firstNameScore('Katherine', 'Catherine')).toBeGreaterThan(0.8);
    expect(firstNameScore('Paul', 'Yuki')).toBeLessThan(0.4);
  });
});

describe('short names: how they sound, vowels kept', () => {
  test.each([
    ['woo', 'wu'],
    ['who', 'hu'],
    ['mah', 'ma'],
    ['lay', 'le'],
    ['shay', 'xie'],
    ['joe', 'zhou'],
    ['dow', 'dao'],
    ['lew', 'liu'],
    ['bay', 'bae'],
  ])('%s sounds like %s', (heard, name) => {
    expect(soundKey(heard)).toBe(soundKey(name));
  });

  test.each([
    ['chu', 'cho'],
    ['vu', 'vo'],
    ['lee', 'lay'],
  ])('%s does not sound like %s', (a, b) => {
    expect(soundKey(a)).not.toBe(soundKey(b));
  });

  test('an English word is read as it sounds only when heard, never a directory name such as Do', () => {
    // "who" is read as "hoo"; the Vietnamese surname Do keeps its own vowel.
    expect(soundKey('who')).toBe(soundKey('hu'));
    expect(soundKey('do')).not.toBe(soundKey('du'));
  });

  test('GIVEN a short surname WHEN the heard word sounds the same THEN the user and the query share a key', () => {
    const q = queryNameKeys(['Who']);
    expect([...q.near, ...q.wide].some((k) => userNameKeys('Hu').includes(k))).toBe(true);
  });

  test('GIVEN Wu, Lê and Hu WHEN the recognizer writes Woo, Lay and Who THEN each matches', () => {
    const people = [{ id: 'wu', lastName: 'Wu' }, { id: 'le', lastName: 'Lê' }, { id: 'hu', lastName: 'Hu' }];
    expect(decide(['Woo'], undefined, people, 'spoken')).toMatchObject({ decision: 'MATCH', match: { id: 'wu' } });
    expect(decide(['Lay'], undefined, people, 'spoken')).toMatchObject({ decision: 'MATCH', match: { id: 'le' } });
    expect(decide(['Who'], undefined, people, 'spoken')).toMatchObject({ decision: 'MATCH', match: { id: 'hu' } });
  });

  test('GIVEN Vũ and Võ WHEN the caller says Voo THEN the one with the same vowel is chosen, not the other', () => {
    const people = [{ id: 'vu', lastName: 'Vũ' }, { id: 'vo', lastName: 'Võ' }];
    expect(decide(['Voo'], undefined, people, 'spoken')).toMatchObject({ decision: 'MATCH', match: { id: 'vu' } });
    expect(decide(['Voh'], undefined, people, 'spoken')).toMatchObject({ decision: 'MATCH', match: { id: 'vo' } });
  });

  test('GIVEN only Cho WHEN the caller says Chu (another vowel) THEN it is not a match', () => {
    expect(decide(['Chu'], undefined, [{ id: 'cho', lastName: 'Cho' }], 'spoken').decision).toBe('NO_MATCH');
  });

  test('spelled input is read by its letters, not by sound', () => {
    // Spelled W O O is not the letters of Wu.
    expect(decide(['woo'], undefined, [{ id: 'wu', lastName: 'Wu' }], 'spelled').decision).toBe('NO_MATCH');
  });
});

test('names that are also property names of a plain object are read as names', () => {
  expect(soundKey('constructor')).toMatch(/^k/);
  expect(userNameKeys('toString').length).toBeGreaterThan(0);
});

describe('spelled letters that sound alike', () => {
  test('a letter of the same rhyme (T for D, N for M, S for F) or a doubled letter costs less than another letter', () => {
    expect(spelledDistance('santus', 'santus')).toBe(0);
    expect(spelledDistance('dinh', 'tinh')).toBeCloseTo(0.6);
    expect(spelledDistance('kim', 'kin')).toBeCloseTo(0.6);
    expect(spelledDistance('sujita', 'fujita')).toBeCloseTo(0.6);
    expect(spelledDistance('russo', 'ruso')).toBeCloseTo(0.4);
    expect(spelledDistance('ruso', 'russo')).toBeCloseTo(0.4);
    expect(spelledDistance('kim', 'kir')).toBe(1);
    expect(spelledDistance('', 'abc')).toBe(3);
  });

  test('GIVEN Fujita WHEN spelled S U J I T A THEN the second search asks for the keys of the spelling one confused letter away', () => {
    const user = userNameKeys('Fujita');
    const spelled = queryNameKeys(['sujita'], 'spelled');
    const spoken = queryNameKeys(['sujita'], 'spoken');
    expect(spelled.wide.some((k) => user.includes(k))).toBe(true);
    expect([...spoken.near, ...spoken.wide].some((k) => user.includes(k))).toBe(false);
    expect(spelled.wide.length).toBeLessThanOrEqual(MAX_QUERY_KEYS);
  });

  test('GIVEN Kim and Kirk WHEN spelled K I N THEN Kim is chosen; spoken "Kin" is not read the same way', () => {
    const people = [{ id: 'kim', lastName: 'Kim' }, { id: 'kirk', lastName: 'Kirk' }];
    expect(decide(['kin'], undefined, people, 'spelled')).toMatchObject({ decision: 'MATCH', match: { id: 'kim' } });
  });

  test('French -erc ends like -er (Leclerc)', () => {
    expect(respell('leclerc')).toBe('lecler');
  });
});

describe('names read the way their language says them', () => {
  test.each([
    ['boucher', 'boushay'],
    ['lambert', 'lambair'],
    ['hebert', 'ebair'],
    ['chauvin', 'shauvan'],
    ['fabre', 'fab'],
    ['garnier', 'garnyay'],
    ['courtois', 'courtwa'],
  ])('French: %s reads %s', (name, reading) => {
    expect(frenchReading(name)).toBe(reading);
  });

  test('a name without a French ending has no French reading (Chiao, Hoang stay as they are)', () => {
    expect(frenchReading('chiao')).toBe('');
    expect(frenchReading('hoang')).toBe('');
  });

  test('GIVEN Boucher, Lambert and Hébert WHEN the recognizer writes how they sound in French THEN each matches', () => {
    const people = [{ id: 'b', lastName: 'Boucher' }, { id: 'l', lastName: 'Lambert' }, { id: 'h', lastName: 'Hébert' }, { id: 'x', lastName: 'Bush' }];
    expect(decide(['Booshay'], undefined, people, 'spoken')).toMatchObject({ decision: 'MATCH', match: { id: 'b' } });
    expect(decide(['Lambair'], undefined, people, 'spoken')).toMatchObject({ decision: 'MATCH', match: { id: 'l' } });
    expect(decide(['Ebair'], undefined, people, 'spoken')).toMatchObject({ decision: 'MATCH', match: { id: 'h' } });
  });

  test('Irish gh between vowels, Polish rz after p/t/k, Japanese initial ts, Korean eo', () => {
    expect(respell('donoghue')).toBe(respell('donohue'));
    expect(respell('callaghan')).toBe(respell('callahan'));
    expect(respell('przybylski')).toMatch(/^psh/);
    expect(respell('tsuchiya')).toMatch(/^such/);
    expect(soundKey('seo')).toBe(soundKey('soh'));
    // nowhere else: Rzepka keeps its zh, Gallagher's gh before a consonant is still dropped
    expect(respell('rzepka')).toMatch(/^zh/);
  });

  test('GIVEN Haddadin WHEN the caller says Haddad (a name that stops a syllable short) THEN it scores lower than a misheard vowel', () => {
    const haddadin = [{ id: 'h', lastName: 'Haddadin' }];
    const short = decide(['Haddad'], undefined, haddadin, 'spoken');
    const misheard = decide(['Haddadeen'], undefined, haddadin, 'spoken');
    expect(misheard.decision).toBe('MATCH');
    expect(short.decision).toBe('NO_MATCH');
    // one silent letter short is a misrecognition, not another name
    expect(decide(['Poirie'], undefined, [{ id: 'p', lastName: 'Poirier' }], 'spoken').decision).toBe('MATCH');
  });
});

describe('weak spoken matches must sound alike, vowels included', () => {
  const one = (lastName: string, firstName?: string) => [{ id: 'x', firstName, lastName }];

  test('GIVEN one person WHEN a different real name is heard that scores just above the accept score but sounds unlike THEN NO_MATCH (the caller spells)', () => {
    expect(decide(['Tran'], undefined, one('Shin'), 'spoken').decision).toBe('NO_MATCH');
    expect(decide(['Lombardi'], undefined, one('Lambert'), 'spoken').decision).toBe('NO_MATCH');
    expect(decide(['Wang'], undefined, one('Jung'), 'spoken').decision).toBe('NO_MATCH');
    expect(decide(['Castillo'], undefined, one('Cassidy'), 'spoken').decision).toBe('NO_MATCH');
  });

  test('GIVEN a weak score WHEN the names sound alike with their vowels (a final written e silent) THEN MATCH', () => {
    expect(decide(['Renar'], undefined, one('Renard'), 'spoken').decision).toBe('MATCH');
    expect(decide(['Ghose'], undefined, one('Ghosh'), 'spoken').decision).toBe('MATCH');
    expect(decide(['Lemwan'], undefined, one('Lemoine'), 'spoken').decision).toBe('MATCH');
  });

  test('GIVEN a weak, unlike-sounding surname WHEN the heard first name is the person\'s THEN MATCH', () => {
    expect(decide(['Tran'], undefined, one('Shin', 'Minho'), 'spoken').decision).toBe('NO_MATCH');
    expect(decide(['Tran'], 'Minho', one('Shin', 'Minho'), 'spoken').match?.id).toBe('x');
    expect(decide(['Tran'], 'Paul', one('Shin', 'Minho'), 'spoken').decision).toBe('NO_MATCH');
  });

  test('GIVEN a spelling one rhyming letter off (P for T) WHEN its sound is unlike THEN the letters decide: MATCH', () => {
    expect(decide(['pran'], undefined, one('Trần'), 'spelled').decision).toBe('MATCH');
    expect(decide(['nkir'], undefined, one('Nair'), 'spelled').decision).toBe('MATCH');
  });
});

describe('Irish aodh', () => {
  test('GIVEN Ó hAodha WHEN the recognizer writes O Hay THEN it matches (dh after a vowel silent, ao as "ay")', () => {
    expect(respell('ohaodha')).toBe(respell('ohay'));
    expect(decide(['O Hay'], undefined, [{ id: 'c', lastName: 'Ó hAodha' }], 'spoken').decision).toBe('MATCH');
  });
});
