import { languageReadings } from '../../lambda-src/shared/name-readings';
import { decide, profile, phoneticCodes, surnameForms, userNameKeys, MAX_USER_KEYS } from '../../lambda-src/shared/names';

const one = (lastName: string, firstName?: string) => [{ id: 'x', firstName, lastName }];

describe('language readings of directory surnames', () => {
  test.each([
    ['Dương', ['zoong', 'yoong']],
    ['Giang', ['zang', 'yang']],
    ['Hoàng', ['hwang', 'wang']],
    ['Ông', ['om']],
    ['Diệp', ['zyep', 'yep']],
    ['Xue', ['shway', 'hsue']],
    ['Jeon', ['jun', 'chun']],
    ['Ngcobo', ['kobo']],
    ['Cicchetti', ['chiketti']],
    ['Conceição', ['conceisow']],
    ['Eichhorn', ['ikorn']],
    ['Çakıroğlu', ['chakirolu']],
    ['Kjærgaard', ['kaergard']],
    ['Nyqvist', ['nyquist']],
    ['Đorđević', ['jorjevich']],
    ['Schouten', ['skowten']],
    ['Szilágyi', ['silaji']],
    ['Kovács', ['kovach']],
    ['Ricci', ['richi']],
    ['Diallo', ['jallo']],
    ['Rhys', ['reese', 'rees', 'rhis']],
    ['Hoxha', ['hoja']],
    ['Mbengue', ['embengue']],
    ['Petrovic', ['petrovich']],
    ['Dvořák', ['dvorzhak']],
    ['Đinh', ['din']],
    ['Gruffydd', ['grifith']],
    ['Hinojosa', ['inohosa']],
    ['Colquhoun', ['calhoun', 'cahoon']],
    ['Ní Mhathúna', ['omahony', 'mahony', 'neewahoona']],
    ['Nghiêm', ['nyem']],
    ['Szewczyk', ['shevchik']],
    ['Krawiec', ['kravyets']],
    ['Kołodziej', ['kowojay']],
    ['Pfeiffer', ['fiffer']],
    ['Carvalho', ['carvalyo']],
    ['Zhao', ['jow', 'chao']],
    ['Cai', ['tsai']],
    ['Guo', ['gwo', 'kuo']],
    ['Xu', ['shoo', 'hsu']],
    ['Ó Broin', ['obyrne', 'byrne', 'obron']],
    ['Breathnach', ['walsh', 'brannock']],
    ['Ní Bhriain', ['obrien', 'brien', 'neewrian']],
  ])('GIVEN %s THEN it is read as %j', (name, readings) => {
    expect(languageReadings(name)).toEqual(readings);
  });

  test.each(['Smith', 'Lambert', 'Santus', 'García', 'Tanaka', 'Quang', 'Chen', 'Lee', 'Keith', 'Neil', 'Bianchi', 'Jones', 'Jackson', 'Novak', 'Medina', 'O Brien', 'Rossi', 'constructor', '__proto__', ''])(
    'GIVEN %j, whose spelling shows no language with its own reading, THEN none', (name) => {
      expect(languageReadings(name)).toEqual([]);
    });

  test('GIVEN a Pinyin spelling that is not a syllable (Quang: q never takes -uang) THEN no Pinyin reading', () => {
    expect(languageReadings('Quang')).toEqual([]);
    expect(languageReadings('Qiang')).toEqual(['chiang']);
  });

  test('GIVEN long names with readings WHEN the keys are cut to the tag budget THEN the code of every form and reading is kept', () => {
    for (const name of ['Wojciechowska', 'Krzyżanowski', 'Ó Ceallacháin', 'Ó Flaithbheartaigh', 'Mac Giolla Phádraig', 'Nguyễn Thị Minh Khai']) {
      const keys = userNameKeys(name);
      expect(keys.length).toBeLessThanOrEqual(MAX_USER_KEYS);
      // Only one-deletion neighbours may be cut: every form's own codes are searched for.
      expect(keys).toEqual(expect.arrayContaining(phoneticCodes(surnameForms(name))));
    }
  });
});

describe('matching through a reading', () => {
  test.each([
    ['Zoong', 'Dương'],
    ['Yang', 'Giang'],
    ['Sefchik', 'Szewczyk'],
    ['Kraviets', 'Krawiec'],
    ['Fifer', 'Pfeiffer'],
    ['Chao', 'Zhao'],
    ['Tsai', 'Cai'],
    ['O Byrne', 'Ó Broin'],
    ['Doyle', 'Ó Dubhghaill'],
    ['Kennedy', 'Ó Cinnéide'],
    ['Ohm', 'Ông'],
    ['Yep', 'Diệp'],
    ['Shway', 'Xue'],
    ['Chiketti', 'Cicchetti'],
    ['Levek', 'Lévesque'],
    ['Dufrain', 'Dufresne'],
    ['Lemew', 'Lemieux'],
    ['Chung', 'Jeong'],
    ['Jorjevich', 'Đorđević'],
    ['Skouten', 'Schouten'],
    ['Seelaji', 'Szilágyi'],
    ['Richie', 'Ricci'],
    ['Jallow', 'Diallo'],
    ['Chandra', 'Tjandra'],
    ['Jervay', 'Gervais'],
    ['McEntee', 'Mac an tSaoi'],
    ['Strawn', 'Strachan'],
    ['Hodja', 'Hoxha'],
    ['Embengay', 'Mbengue'],
    ['Choody', 'Tschudi'],
    ['Getachoo', 'Getachew'],
    ['Ruzhichkova', 'Růžičková'],
    ['Griffith', 'Gruffydd'],
    ['Enohosa', 'Hinojosa'],
    ['Cahoon', 'Colquhoun'],
    ['Nee Wahoona', 'Ní Mhathúna'],
    ['Ajay', 'Adjei'],
    ['Chakirolu', 'Çakıroğlu'],
    ['Care Gard', 'Kjærgaard'],
  ])('GIVEN %s is heard WHEN the directory has %s THEN MATCH', (heard, surname) => {
    expect(decide([heard], undefined, one(surname), 'spoken').decision).toBe('MATCH');
  });

  test('GIVEN a spelled surname THEN a reading does not count as letters (a caller spells the name as written)', () => {
    // Spoken, Walsh is how Breathnach is said in English; spelled W-A-L-S-H is another name.
    expect(decide(['Walsh'], undefined, one('Breathnach'), 'spoken').decision).toBe('MATCH');
    expect(decide(['walsh'], undefined, one('Breathnach'), 'spelled').decision).toBe('NO_MATCH');
  });

  test('GIVEN a Vietnamese -ung WHEN another short name is heard THEN the lips reading of -ông does not reach it', () => {
    expect(decide(['Pham'], undefined, one('Phùng'), 'spoken').decision).not.toBe('MATCH');
  });

  test('GIVEN a reading THEN the codes only it has are marked, so a spelled surname is not compared with them', () => {
    const codes = profile('Breathnach').codes;
    const [walsh] = phoneticCodes(['walsh']);
    const [written] = phoneticCodes(['breathnach']);
    expect(codes.find((c) => c.code === walsh)?.reading).toBe(true);
    expect(codes.find((c) => c.code === written)?.reading).toBe(false);
  });

  test('GIVEN an English name WHEN another language\'s rules would make it sound like the heard one THEN they are not applied', () => {
    // Wang is not read as Vietnamese (no Vietnamese spelling), so it stays unlike Vong.
    expect(decide(['Vong'], undefined, one('Wang'), 'spoken').decision).not.toBe('MATCH');
  });
});
