/**
 * Writes the held-out name sets `bench/data/names-heldout-5.json` to `-8.json` (see
 * bench/README.md). The people and the misrecognitions of their surnames are written by hand
 * (what an English-trained recognizer writes for each name); spelled queries are generated from
 * the real spelling with the letter confusions of spelling over the phone (D/T, B/P/V, M/N, F/S,
 * a letter dropped or doubled), with a fixed seed so the files are reproducible:
 *
 *   npx ts-node --transpile-only --project test/tsconfig.json bench/make-names-heldout.ts
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

interface Person {
  readonly first: string;
  readonly last: string;
  /** Surnames as speech recognition writes them for this person. */
  readonly heard: readonly string[];
  /** Generate a spelled query for this person. */
  readonly spell?: boolean;
}

interface SetSpec {
  readonly file: string;
  readonly prefix: string;
  readonly seed: number;
  readonly people: readonly Person[];
  /**
   * Queries naming people that share a surname or a sound: [heard surname, heard first name or '',
   * the first name of the person meant, or 'AMBIGUOUS'].
   */
  readonly ambiguous: ReadonlyArray<readonly [string, string, string]>;
  /** Surnames nobody in the directory has (some sound close to one who is). */
  readonly absent: readonly string[];
  /** Absent surnames given spelled. */
  readonly absentSpelled: readonly string[];
  /**
   * Surnames first listed as absent that are another spelling of a directory name (Siddique for
   * Siddiqui): their queries expect that person (by first name), in the same place in the file.
   */
  readonly sameNameAs?: Readonly<Record<string, string>>;
}

const SET_5: SetSpec = {
  file: 'names-heldout-5.json',
  prefix: 'e',
  seed: 5,
  people: [
    { first: 'Anne', last: 'Lambert', heard: ['Lambear', 'Lambair'], spell: true },
    { first: 'Hugo', last: 'Garnier', heard: ['Garnie', 'Garnyay'] },
    { first: 'Claire', last: 'Chauvin', heard: ['Shovan', 'Chauvan'], spell: true },
    { first: 'Luc', last: 'Boucher', heard: ['Booshay', 'Bushay'] },
    { first: 'Élise', last: 'Clément', heard: ['Clemon', 'Clement'] },
    { first: 'Marc', last: 'Guillot', heard: ['Geeyo', 'Guyo'], spell: true },
    { first: 'Inès', last: 'Brunet', heard: ['Bruney', 'Brunay'] },
    { first: 'Paul', last: 'Texier', heard: ['Texie', 'Tex ye'] },
    { first: 'Lucía', last: 'Salazar', heard: ['Salasar', 'Salazaar'] },
    { first: 'Diego', last: 'Castañeda', heard: ['Castaneda', 'Castanyeda'], spell: true },
    { first: 'Carmen', last: 'Villarreal', heard: ['Viyareal', 'Villareal'] },
    { first: 'Javier', last: 'Quintero', heard: ['Kintero', 'Quintaro'] },
    { first: 'Rocío', last: 'Ybarra', heard: ['Ibarra', 'Ebarra'], spell: true },
    { first: 'Yuki', last: 'Hashimoto', heard: ['Hashimotto', 'Hashimodo'] },
    { first: 'Kenji', last: 'Ikeda', heard: ['Ikeeda', 'Ekeda'] },
    { first: 'Aiko', last: 'Ueda', heard: ['Weda', 'Uyeda'], spell: true },
    { first: 'Sota', last: 'Kato', heard: ['Cato', 'Katoh'] },
    { first: 'Mai', last: 'Ono', heard: ['Ohno', 'Onoh'] },
    { first: 'Ren', last: 'Saito', heard: ['Sighto', 'Saitoh'] },
    { first: 'Thu', last: 'Phùng', heard: ['Fung', 'Foong'], spell: true },
    { first: 'Bảo', last: 'Lương', heard: ['Luong', 'Loong'] },
    { first: 'Hạnh', last: 'Tôn', heard: ['Ton', 'Tone'] },
    { first: 'Quốc', last: 'Lại', heard: ['Lie', 'Lai'] },
    { first: 'Agnieszka', last: 'Kwiatkowska', heard: ['Kviatkovska', 'Kwiatkovska'], spell: true },
    { first: 'Tomasz', last: 'Wróbel', heard: ['Vrobel', 'Wrobel'] },
    { first: 'Ewa', last: 'Pietrzak', heard: ['Pietshak', 'Pietrzack'] },
    { first: 'Marek', last: 'Jabłoński', heard: ['Yablonski', 'Jablonski'], spell: true },
    { first: 'Zofia', last: 'Chmielewska', heard: ['Hmielevska', 'Shmielevska'] },
    { first: 'Siobhán', last: 'Ó Dálaigh', heard: ['O Daly', 'Odaly'] },
    { first: 'Cathal', last: 'Ó Murchú', heard: ['O Murcoo', 'Murchu'], spell: true },
    { first: 'Ciarán', last: 'Keogh', heard: ['Kyo', 'Keo'] },
    { first: 'Aoife', last: 'Geraghty', heard: ['Gerrity', 'Geraty'] },
    { first: 'Dónal', last: 'Mulcahy', heard: ['Mulcahey', 'Mulkahy'] },
    { first: 'Omar', last: 'Al-Farsi', heard: ['Alfarsi', 'Farsi'], spell: true },
    { first: 'Leila', last: 'Haddadin', heard: ['Hadadeen', 'Haddadeen'] },
    { first: 'Tariq', last: 'Nassar', heard: ['Nasar', 'Nassaar'] },
    { first: 'Rania', last: 'Zayed', heard: ['Zaid', 'Zayid'] },
    { first: 'Samir', last: 'Bouazizi', heard: ['Bouazeezi', 'Buazizi'], spell: true },
    { first: 'Priya', last: 'Chaudhary', heard: ['Choudhary', 'Chowdry'] },
    { first: 'Vikram', last: 'Malhotra', heard: ['Malotra', 'Malhotraa'] },
    { first: 'Anjali', last: 'Venkatesh', heard: ['Venkatash', 'Venkatesh'], spell: true },
    { first: 'Rohan', last: 'Bhatt', heard: ['Bat', 'Bhat'] },
    { first: 'Deepa', last: 'Ravindran', heard: ['Ravindren', 'Ravindran'] },
    { first: 'Ngozi', last: 'Okoye', heard: ['Okoyay', 'Okoya'] },
    { first: 'Jan', last: 'de Jong', heard: ['De Young', 'Dejong'], spell: true },
    { first: 'Sibusiso', last: 'Dlamini', heard: ['Lamini', 'Dlameeni'] },
    { first: 'Jun-ho', last: 'Seo', heard: ['Soh', 'Seoh'] },
    { first: 'Mei', last: 'Lin', heard: [] },
    { first: 'Wei', last: 'Lin', heard: [] },
    { first: 'Sarah', last: 'Reid', heard: [] },
    { first: 'Tom', last: 'Reed', heard: [] },
    { first: 'Julie', last: 'Meyer', heard: [] },
    { first: 'Klaus', last: 'Maier', heard: [] },
    { first: 'Fatima', last: 'Khan', heard: [] },
    { first: 'Imran', last: 'Khan', heard: [] },
  ],
  ambiguous: [
    ['Lin', '', 'AMBIGUOUS'], ['Lynn', 'Wei', 'Wei'], ['Lin', 'May', 'Mei'],
    ['Read', '', 'AMBIGUOUS'], ['Reid', 'Sarah', 'Sarah'], ['Reed', 'Thomas', 'Tom'],
    ['Myer', '', 'AMBIGUOUS'], ['Mayer', 'Klaus', 'Klaus'], ['Meyer', 'Julie', 'Julie'],
    ['Khan', '', 'AMBIGUOUS'], ['Kahn', 'Fatima', 'Fatima'], ['Khan', 'Imran', 'Imran'],
  ],
  absent: [
    'Lombardi', 'Gardner', 'Salinas', 'Castro', 'Ishida', 'Kondo', 'Pham', 'Kowalski', "O'Connor",
    'Murphy', 'Nasrallah', 'Chopra', 'Mehta', 'Okafor', 'Hughes', 'Petit', 'Navarro', 'Tanabe',
    'Novak', 'Farah', 'Schmidt', 'Moreno', 'Dubois', 'Brennan', 'Haddad',
  ],
  // Murphy is the English form of Ó Murchú: a caller asking for Murphy means Cathal.
  sameNameAs: { Murphy: 'Cathal' },
  absentSpelled: ['MORENO', 'WALSH', 'PETIT', 'KONDO'],
};

const SET_6: SetSpec = {
  file: 'names-heldout-6.json',
  prefix: 'f',
  seed: 6,
  people: [
    { first: 'Hélène', last: 'Lemoine', heard: ['Lemwan', 'Lemoyne'], spell: true },
    { first: 'Bruno', last: 'Fabre', heard: ['Fab', 'Fabra'] },
    { first: 'Odile', last: 'Hébert', heard: ['Ebair', 'Hebair'] },
    { first: 'Loïc', last: 'Rivière', heard: ['Riviair', 'Rivierre'], spell: true },
    { first: 'Manon', last: 'Caron', heard: ['Karon', 'Carron'] },
    { first: 'Yves', last: 'Bertin', heard: ['Bertan', 'Berten'] },
    { first: 'Chloé', last: 'Duval', heard: ['Duvall', 'Doovall'] },
    { first: 'Rémi', last: 'Perrault', heard: ['Pero', 'Perrot'], spell: true },
    { first: 'Sofía', last: 'Álvarez', heard: ['Alvares', 'Albarez'] },
    { first: 'Mateo', last: 'Fuentes', heard: ['Fwentes', 'Fuentez'] },
    { first: 'Nuria', last: 'Gallego', heard: ['Gayego', 'Galego'], spell: true },
    { first: 'Pablo', last: 'Zapata', heard: ['Sapata', 'Zapatta'] },
    { first: 'Elena', last: 'Arroyo', heard: ['Aroyo', 'Arojo'] },
    { first: 'Andrés', last: 'Olmedo', heard: ['Olmaydo', 'Olmeido'] },
    { first: 'Haruto', last: 'Nishimura', heard: ['Nishamura', 'Nishimora'], spell: true },
    { first: 'Emi', last: 'Fukuda', heard: ['Fookuda', 'Fukooda'] },
    { first: 'Kaito', last: 'Aoki', heard: ['Owki', 'Aoky'] },
    { first: 'Rina', last: 'Hirano', heard: ['Hiranoh', 'Hirono'] },
    { first: 'Yuto', last: 'Tsuchiya', heard: ['Suchiya', 'Tsuchia'], spell: true },
    { first: 'Nao', last: 'Ota', heard: ['Ohta', 'Oda'] },
    { first: 'Thanh', last: 'Giang', heard: ['Zang', 'Yang'] },
    { first: 'Phúc', last: 'Vương', heard: ['Vuong', 'Vong'], spell: true },
    { first: 'Ngọc', last: 'Châu', heard: ['Chow', 'Chau'] },
    { first: 'Tâm', last: 'Kiều', heard: ['Kew', 'Kieu'] },
    { first: 'Duy', last: 'Thái', heard: ['Tie', 'Thai'] },
    { first: 'Katarzyna', last: 'Jasińska', heard: ['Yasinska', 'Jasinska'], spell: true },
    { first: 'Paweł', last: 'Kaczmarczyk', heard: ['Kachmarchik', 'Kaczmarchik'] },
    { first: 'Joanna', last: 'Sobczak', heard: ['Sobchak', 'Sobshak'] },
    { first: 'Adam', last: 'Pawłowski', heard: ['Pavlovski', 'Pawlowsky'] },
    { first: 'Michał', last: 'Przybylski', heard: ['Pshibilski', 'Przybilski'], spell: true },
    { first: 'Seán', last: 'Ó Cinnéide', heard: ['O Kinnaydeh', 'Kinnede'] },
    { first: 'Gráinne', last: 'Breathnach', heard: ['Brannock', 'Brathnach'], spell: true },
    { first: 'Eoin', last: 'Cassidy', heard: ['Casidy', 'Cassiday'] },
    { first: 'Méabh', last: 'Donoghue', heard: ['Donohue', 'Donahoo'] },
    { first: 'Pádraig', last: 'Ó Faoláin', heard: ['O Fwaylan', 'Faolain'] },
    { first: 'Khalid', last: 'Al-Zahrani', heard: ['Zahrani', 'Al Zahrany'], spell: true },
    { first: 'Nadia', last: 'Abboud', heard: ['Aboud', 'Abood'] },
    { first: 'Youssef', last: 'Shalabi', heard: ['Shalaby', 'Chalabi'] },
    { first: 'Mona', last: 'Mahfouz', heard: ['Mafooz', 'Mahfuz'] },
    { first: 'Rami', last: 'Bishara', heard: ['Beshara', 'Bishaara'], spell: true },
    { first: 'Lakshmi', last: 'Nambiar', heard: ['Nambia', 'Nambiyar'] },
    { first: 'Arjun', last: 'Kapoor', heard: ['Kapur', 'Kapor'] },
    { first: 'Sunita', last: 'Rajagopalan', heard: ['Raja Gopalan', 'Rajagopalen'], spell: true },
    { first: 'Nikhil', last: 'Trivedi', heard: ['Trivedy', 'Trevedi'] },
    { first: 'Ananya', last: 'Ghosh', heard: ['Gosh', 'Ghose'] },
    { first: 'Ravi', last: 'Pandey', heard: ['Panday', 'Pandy'] },
    { first: 'Tunde', last: 'Adebayo', heard: ['Adebio', 'Adebaio'] },
    { first: 'Pieter', last: 'van Dijk', heard: ['Van Dyke', 'Vandike'], spell: true },
    { first: 'Olga', last: 'Kuznetsova', heard: ['Kooznetsova', 'Kuznetzova'] },
    { first: 'Emre', last: 'Çelik', heard: ['Chelik', 'Chelick'] },
    { first: 'Sigrid', last: 'Haugen', heard: ['Howgen', 'Haugan'] },
    { first: 'Jean', last: 'Dupont', heard: [] },
    { first: 'Marie', last: 'Dupont', heard: [] },
    { first: 'Alison', last: 'Gray', heard: [] },
    { first: 'Peter', last: 'Grey', heard: [] },
    { first: 'Fiona', last: 'Stewart', heard: [] },
    { first: 'Callum', last: 'Stuart', heard: [] },
  ],
  ambiguous: [
    ['Dupont', '', 'AMBIGUOUS'], ['Dupon', 'Jean', 'Jean'], ['Dupont', 'Marie', 'Marie'],
    ['Grey', '', 'AMBIGUOUS'], ['Gray', 'Alison', 'Alison'], ['Grey', 'Peter', 'Peter'],
    ['Stuart', '', 'AMBIGUOUS'], ['Stewart', 'Fiona', 'Fiona'], ['Steward', 'Callum', 'Callum'],
  ],
  absent: [
    'Lemaitre', 'Caradec', 'Dufour', 'Alvarado', 'Gallardo', 'Nishida', 'Fujimoto', 'Aoyama',
    'Truong', 'Jankowski', 'Sobieski', 'Kennedy', 'Donovan', 'Abbas', 'Mahmoud', 'Kapadia',
    'Pandit', 'Adeyemi', 'Stevens', 'Murray', 'Walker', 'Bianchi', 'Castillo', 'Hoang', 'Olsen',
  ],
  // Kennedy is the English form of Ó Cinnéide.
  sameNameAs: { Kennedy: 'Seán' },
  absentSpelled: ['DUFOUR', 'MURRAY', 'ABBAS', 'NISHIDA'],
};

const SET_7: SetSpec = {
  file: 'names-heldout-7.json',
  prefix: 'g',
  seed: 7,
  people: [
    { first: 'Margaux', last: 'Renard', heard: ['Renar', 'Reynard'], spell: true },
    { first: 'Thibaut', last: 'Marchal', heard: ['Marshal', 'Marchall'] },
    { first: 'Capucine', last: 'Delacroix', heard: ['Dela Crwa', 'Delacrois'] },
    { first: 'Gaspard', last: 'Besnard', heard: ['Benard', 'Baynard'], spell: true },
    { first: 'Agathe', last: 'Courtois', heard: ['Courtwa', 'Kortwa'] },
    { first: 'Étienne', last: 'Vasseur', heard: ['Vasser', 'Vassure'] },
    { first: 'Ximena', last: 'Ocampo', heard: ['O Campo', 'Okampo'], spell: true },
    { first: 'Rodrigo', last: 'Bermúdez', heard: ['Bermudes', 'Vermudez'] },
    { first: 'Pilar', last: 'Echeverri', heard: ['Echevery', 'Etcheverri'] },
    { first: 'Iker', last: 'Aguirre', heard: ['Agirre', 'Aguire'], spell: true },
    { first: 'Valentina', last: 'Cienfuegos', heard: ['Sienfuegos', 'Cien Fuegos'] },
    { first: 'Hiroshi', last: 'Matsuda', heard: ['Matsooda', 'Matzuda'] },
    { first: 'Sakura', last: 'Kinoshita', heard: ['Kinoshta', 'Kinosheeta'], spell: true },
    { first: 'Takumi', last: 'Oshiro', heard: ['O Shiro', 'Oshiroh'] },
    { first: 'Yui', last: 'Kudo', heard: ['Kudoh', 'Coodo'] },
    { first: 'Daiki', last: 'Sugimoto', heard: ['Sugimotto', 'Sugamoto'] },
    { first: 'Linh', last: 'Mạc', heard: ['Mack', 'Mak'], spell: true },
    { first: 'Khánh', last: 'Hà', heard: ['Ha', 'Hah'] },
    { first: 'Trang', last: 'Nghiêm', heard: ['Nyem', 'Ngiem'] },
    { first: 'Long', last: 'Tăng', heard: ['Tung', 'Tahng'] },
    { first: 'Dorota', last: 'Wasilewska', heard: ['Vasilevska', 'Wasilevska'], spell: true },
    { first: 'Krzysztof', last: 'Dudek', heard: ['Doodek', 'Dudeck'] },
    { first: 'Małgorzata', last: 'Szczepaniak', heard: ['Shchepaniak', 'Stepaniak'] },
    { first: 'Łukasz', last: 'Głowacki', heard: ['Gwovatski', 'Glowacki'], spell: true },
    { first: 'Bartosz', last: 'Mróz', heard: ['Mrooz', 'Mroose'] },
    { first: 'Ruairí', last: 'Mac Lochlainn', heard: ['McLoughlin', 'Mac Lochlan'] },
    { first: 'Clodagh', last: 'Ó hAodha', heard: ['O Hay', 'O Haya'], spell: true },
    { first: 'Tadhg', last: 'Kiernan', heard: ['Kernan', 'Kiernen'] },
    { first: 'Sorcha', last: 'Fahy', heard: ['Fahey', 'Fay'] },
    { first: 'Fergal', last: 'Ó Dubhghaill', heard: ['O Doyle', 'O Duvgal'] },
    { first: 'Hamza', last: 'Al-Qahtani', heard: ['Kahtani', 'Al Kahtani'], spell: true },
    { first: 'Salma', last: 'Fawzi', heard: ['Fowzi', 'Fauzi'] },
    { first: 'Bilal', last: 'Siddiqui', heard: ['Sidiki', 'Siddiki'] },
    { first: 'Noor', last: 'El-Khoury', heard: ['Elkhoury', 'El Kori'] },
    { first: 'Ziad', last: 'Hijazi', heard: ['Hejazi', 'Hijazy'], spell: true },
    { first: 'Kavya', last: 'Subramaniam', heard: ['Subramanium', 'Subra Maniam'] },
    { first: 'Aditya', last: 'Bhardwaj', heard: ['Bardwaj', 'Bharadwaj'], spell: true },
    { first: 'Meera', last: 'Pillay', heard: ['Pilay', 'Pillai'] },
    { first: 'Sanjay', last: 'Chakraborty', heard: ['Chakrabarti', 'Chakraborti'] },
    { first: 'Neha', last: 'Kulkarni', heard: ['Kool Karni', 'Kulkarny'] },
    { first: 'Chiamaka', last: 'Nwankwo', heard: ['Wankwo', 'Nwanko'], spell: true },
    { first: 'Thabo', last: 'Mokoena', heard: ['Mokwena', 'Mokoina'] },
    { first: 'Björn', last: 'Sjöberg', heard: ['Shoberg', 'Sjoberg'] },
    { first: 'Eleni', last: 'Papadakis', heard: ['Papadakis', 'Papadackis'] },
    { first: 'Giulia', last: 'Ghirardelli', heard: ['Girardelli', 'Gerardelli'], spell: true },
    { first: 'Deniz', last: 'Aksoy', heard: ['Axoy', 'Aksoi'] },
    { first: 'Hye-jin', last: 'Shin', heard: ['Sheen', 'Shinn'] },
    { first: 'Ming', last: 'Zhu', heard: ['Joo', 'Ju'] },
    { first: 'Anna', last: 'Schneider', heard: [] },
    { first: 'Lukas', last: 'Snyder', heard: [] },
    { first: 'Claire', last: 'Martin', heard: [] },
    { first: 'Hugo', last: 'Martin', heard: [] },
    { first: 'Rosa', last: 'Pérez', heard: [] },
    { first: 'Emilio', last: 'Peres', heard: [] },
  ],
  ambiguous: [
    ['Martin', '', 'AMBIGUOUS'], ['Martin', 'Claire', 'Claire'], ['Martan', 'Hugo', 'Hugo'],
    ['Perez', '', 'AMBIGUOUS'], ['Perez', 'Rosa', 'Rosa'], ['Peres', 'Emilio', 'Emilio'],
    ['Snider', '', 'AMBIGUOUS'], ['Schneider', 'Anna', 'Anna'], ['Snyder', 'Lukas', 'Lukas'],
  ],
  absent: [
    'Renaud', 'Marchetti', 'Bernard', 'Courtney', 'Ocasio', 'Bermejo', 'Aguilar', 'Matsumura',
    'Kimura', 'Sugiyama', 'Mai', 'Tran', 'Wasik', 'Dudley', 'Sadowski', 'McLaughlin', 'Keegan',
    'Fahim', 'Siddique', 'Hijab', 'Subramani', 'Chakrabarty', 'Mokoka', 'Sandberg', 'Aksu', 'Shinoda',
    'Zhou', 'Snow', 'Marin',
  ],
  absentSpelled: ['AGUILAR', 'DUDLEY', 'SANDBERG', 'MARIN'],
  // Spellings of the same names as Siddiqui, Subramaniam (shortened) and Chakraborty: a
  // receptionist would put these callers through, so they were mislabelled as absent.
  // McLaughlin, like McLoughlin, is the English form of Mac Lochlainn.
  sameNameAs: { Siddique: 'Bilal', Subramani: 'Kavya', Chakrabarty: 'Sanjay', McLaughlin: 'Ruairí' },
};

const SET_8: SetSpec = {
  file: 'names-heldout-8.json',
  prefix: 'h',
  seed: 8008,
  people: [
    { first: 'Solène', last: 'Lefranc', heard: ['Lefrank', 'Le Franc'], spell: true },
    { first: 'Baptiste', last: 'Morvan', heard: ['Morvin', 'Morven'] },
    { first: 'Aurélie', last: 'Thévenot', heard: ['Tevno', 'Thevenot'] },
    { first: 'Mathis', last: 'Delorme', heard: ['De Lorm', 'Delorm'] },
    { first: 'Cécile', last: 'Boulanger', heard: ['Boolanjay', 'Boulanjer'], spell: true },
    { first: 'Gilles', last: 'Rocher', heard: ['Roshay', 'Rosher'] },
    { first: 'Noémie', last: 'Guérin', heard: ['Gayran', 'Gerin'] },
    { first: 'Quentin', last: 'Lejeune', heard: ['Le Jern', 'Lejun'] },
    { first: 'Alejandro', last: 'Barrientos', heard: ['Barientos', 'Barrientes'], spell: true },
    { first: 'Lorena', last: 'Espinoza', heard: ['Espinosa', 'Spinoza'] },
    { first: 'Joaquín', last: 'Montoya', heard: ['Montoia', 'Montoyah'] },
    { first: 'Itziar', last: 'Arrieta', heard: ['Arieta', 'Arrietta'], spell: true },
    { first: 'Camila', last: 'Figueroa', heard: ['Figaroa', 'Figueroah'] },
    { first: 'Xabier', last: 'Larrañaga', heard: ['Laranyaga', 'Larranaga'] },
    { first: 'João', last: 'Carvalho', heard: ['Carvalio', 'Carvallo'], spell: true },
    { first: 'Inês', last: 'Rebelo', heard: ['Rebello', 'Hebelo'] },
    { first: 'Haruka', last: 'Morikawa', heard: ['Morikava', 'Moricawa'], spell: true },
    { first: 'Shota', last: 'Ishii', heard: ['Ishee', 'Ishi'] },
    { first: 'Mio', last: 'Takeuchi', heard: ['Takeuchy', 'Takayuchi'] },
    { first: 'Ren', last: 'Hosokawa', heard: ['Hosokava', 'Hosocawa'] },
    { first: 'Akane', last: 'Uchida', heard: ['Oochida', 'Uchita'], spell: true },
    { first: 'Yusuke', last: 'Ōtsuka', heard: ['Otsuka', 'Ozuka'] },
    { first: 'Hương', last: 'Lưu', heard: ['Loo', 'Lew'] },
    { first: 'Minh', last: 'Cao', heard: ['Cow', 'Kao'], spell: true },
    { first: 'Tuấn', last: 'Đoàn', heard: ['Doan', 'Dwan'] },
    { first: 'Lan', last: 'Nông', heard: ['Nong', 'Nohm'] },
    { first: 'Hải', last: 'Khúc', heard: ['Cook', 'Kuk'] },
    { first: 'Jing', last: 'Zheng', heard: ['Jung', 'Jeng'] },
    { first: 'Hao', last: 'Guo', heard: ['Gwo', 'Guoh'] },
    { first: 'Yan', last: 'Cai', heard: ['Tsai', 'Sai'] },
    { first: 'Min-seo', last: 'Baek', heard: ['Back', 'Beck'], spell: true },
    { first: 'Ji-woo', last: 'Hong', heard: ['Hung', 'Hawng'] },
    { first: 'Wiktoria', last: 'Mazurkiewicz', heard: ['Mazurkevich', 'Mazurkiewitz'], spell: true },
    { first: 'Piotr', last: 'Szewczyk', heard: ['Shevchik', 'Sefchik'] },
    { first: 'Natalia', last: 'Krawiec', heard: ['Kraviets', 'Kravietz'] },
    { first: 'Jakub', last: 'Żak', heard: ['Zhak', 'Zack'] },
    { first: 'Oliwia', last: 'Kołodziej', heard: ['Kowodziej', 'Kolodjay'], spell: true },
    { first: 'Niamh', last: 'Ó Broin', heard: ['O Byrne', 'O Brin'] },
    { first: 'Aisling', last: 'Ó Ceallacháin', heard: ['O Callaghan', 'O Kallahan'], spell: true },
    { first: 'Darragh', last: 'Mulligan', heard: ['Mulligen', 'Muligan'] },
    { first: 'Caoimhe', last: 'Dunphy', heard: ['Dunfy', 'Dumphy'] },
    { first: 'Cian', last: 'Ó Riordáin', heard: ['O Reardon', 'O Riordan'] },
    { first: 'Yasmin', last: 'Al-Tamimi', heard: ['Tamimi', 'Al Tameemi'], spell: true },
    { first: 'Karim', last: 'Benjelloun', heard: ['Ben Jelloun', 'Benjeloon'] },
    { first: 'Huda', last: 'Saad', heard: ['Sad', 'Saed'] },
    { first: 'Faisal', last: 'Al-Otaibi', heard: ['Otaibi', 'Al Otaybi'] },
    { first: 'Amira', last: 'Mustafa', heard: ['Moustafa', 'Mustapha'], spell: true },
    { first: 'Rahul', last: 'Mukhopadhyay', heard: ['Mukopadhyay', 'Mukho Padhyay'], spell: true },
    { first: 'Pooja', last: 'Gowda', heard: ['Gauda', 'Gowdah'] },
    { first: 'Arvind', last: 'Nagarajan', heard: ['Nagarajen', 'Naga Rajan'] },
    { first: 'Swati', last: 'Deshmukh', heard: ['Deshmook', 'Desmukh'], spell: true },
    { first: 'Harpreet', last: 'Dhillon', heard: ['Dillon', 'Dhilon'] },
    { first: 'Manoj', last: 'Thakur', heard: ['Tahkur', 'Thakoor'] },
    { first: 'Chinedu', last: 'Okwuosa', heard: ['Okwosa', 'Okuosa'], spell: true },
    { first: 'Folake', last: 'Adeyinka', heard: ['Adeyinca', 'Adeinka'] },
    { first: 'Kwame', last: 'Asante', heard: ['Asanti', 'Asantay'] },
    { first: 'Lindiwe', last: 'Khumalo', heard: ['Kumalo', 'Humalo'] },
    { first: 'Jonas', last: 'Weißmann', heard: ['Weissman', 'Weisman'], spell: true },
    { first: 'Astrid', last: 'Lindgren', heard: ['Lindgreen', 'Lingren'] },
    { first: 'Nikos', last: 'Karamanlis', heard: ['Karamanlees', 'Caramanlis'] },
    { first: 'Elif', last: 'Yıldırım', heard: ['Yildirim', 'Yuldurum'], spell: true },
    { first: 'Dmitri', last: 'Sokolov', heard: ['Sokoloff', 'Sokolof'] },
    { first: 'Matteo', last: 'Colombo', heard: ['Colombo', 'Columbo'] },
    { first: 'Hannes', last: 'Pfeiffer', heard: ['Fifer', 'Pfeifer'] },
    { first: 'Simran', last: 'Kaur', heard: [] },
    { first: 'Jasleen', last: 'Kaur', heard: [] },
    { first: 'Greta', last: 'Hoffmann', heard: [] },
    { first: 'Tobias', last: 'Hofmann', heard: [] },
    { first: 'Ingrid', last: 'Carlsen', heard: [] },
    { first: 'Eric', last: 'Carlson', heard: [] },
  ],
  ambiguous: [
    ['Kaur', '', 'AMBIGUOUS'], ['Kaur', 'Simran', 'Simran'], ['Kor', 'Jasleen', 'Jasleen'],
    ['Hoffman', '', 'AMBIGUOUS'], ['Hoffman', 'Greta', 'Greta'], ['Hofmann', 'Tobias', 'Tobias'],
    ['Carlson', '', 'AMBIGUOUS'], ['Carlsen', 'Ingrid', 'Ingrid'], ['Karlson', 'Eric', 'Eric'],
  ],
  absent: [
    'Roche', 'Guerra', 'Delmas', 'Montero', 'Figueira', 'Carvajal', 'Morimoto', 'Takeda', 'Hosoda',
    'Zeng', 'Gao', 'Bach', 'Szewczak', 'Kowalewski', 'Milligan', 'Dunne', 'Saadi', 'Tahir', 'Bakri',
    'Thakkar', 'Dhawan', 'Nagpal', 'Asamoah', 'Okoro', 'Lindberg', 'Sokolowski', 'Pfeffer', 'Weiss',
    'Karaman', 'Nolan', 'Whitaker', 'Ferguson',
  ],
  absentSpelled: ['ROCHE', 'LINDBERG', 'NOLAN', 'TAKEDA'],
};

/** mulberry32: a small seeded generator, so the files are reproducible. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Letters confused when spelled over the phone. */
const CONFUSED: Record<string, string[]> = {
  d: ['t', 'b'], t: ['d', 'p'], b: ['p', 'v', 'd'], p: ['b', 't'], v: ['b'], m: ['n'], n: ['m'],
  f: ['s'], s: ['f'], c: ['z'], z: ['c'], g: ['j'], j: ['g'], k: ['a'], a: ['k'], i: ['y'], y: ['i'],
};
const EXAMPLE_WORDS: Record<string, string> = {
  a: 'Apple', b: 'Boy', c: 'Cat', d: 'Dog', e: 'Edward', f: 'Frank', g: 'George', h: 'Henry', i: 'Ida',
  j: 'John', k: 'King', l: 'Larry', m: 'Mary', n: 'Nancy', o: 'Ocean', p: 'Peter', q: 'Queen',
  r: 'Robert', s: 'Sam', t: 'Tom', u: 'Union', v: 'Victor', w: 'William', x: 'X-ray', y: 'Yellow', z: 'Zebra',
};

function letters(name: string): string {
  return name.toLowerCase().replace(/ł/g, 'l').replace(/ß/g, 'ss').replace(/ı/g, 'i').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '');
}

/** The spelling a caller's letters come through as: one confusion, a dropped or doubled letter, or none. */
function misspell(word: string, random: () => number): string {
  const kind = random();
  const i = Math.floor(random() * word.length);
  if (kind < 0.45) {
    const options = CONFUSED[word[i]];
    if (options) return word.slice(0, i) + options[Math.floor(random() * options.length)] + word.slice(i + 1);
    return word;
  }
  if (kind < 0.65 && word.length > 4) return word.slice(0, i) + word.slice(i + 1);
  if (kind < 0.8) return word.slice(0, i + 1) + word[i] + word.slice(i + 1);
  return word;
}

/** How Lex hands back a spelling: letters with spaces, one word, or "B as in Boy". */
function spelledText(word: string, random: () => number): string {
  const style = random();
  if (style < 0.5) return word.toUpperCase().split('').join(' ');
  if (style < 0.7) return word.toUpperCase();
  return word.split('').map((c) => `${c.toUpperCase()} as in ${EXAMPLE_WORDS[c]}`).join(' ');
}

function build(spec: SetSpec) {
  const random = rng(spec.seed);
  const id = (i: number) => `${spec.prefix}${String(i + 1).padStart(2, '0')}`;
  const directory = spec.people.map((p, i) => ({ userId: id(i), firstName: p.first, lastName: p.last, extension: String(500 + i) }));
  const queries: Array<{ mode: 'spoken' | 'spelled'; lastName: string; firstName?: string; expect: string }> = [];
  spec.people.forEach((p, i) => {
    for (const heard of p.heard) queries.push({ mode: 'spoken', lastName: heard, expect: id(i) });
    // Some callers give the first name with the surname.
    if (p.heard.length > 0 && random() < 0.25) queries.push({ mode: 'spoken', lastName: p.heard[0], firstName: p.first, expect: id(i) });
    if (p.spell) queries.push({ mode: 'spelled', lastName: spelledText(misspell(letters(p.last), random), random), expect: id(i) });
  });
  for (const [heard, first, expected] of spec.ambiguous) {
    queries.push({ mode: 'spoken', lastName: heard, ...(first ? { firstName: first } : {}), expect: expected === 'AMBIGUOUS' ? expected : id(spec.people.findIndex((p) => p.first === expected)) });
  }
  for (const name of spec.absent) {
    const same = spec.sameNameAs?.[name];
    queries.push({ mode: 'spoken', lastName: name, expect: same ? id(spec.people.findIndex((p) => p.first === same)) : 'NO_MATCH' });
  }
  for (const name of spec.absentSpelled) queries.push({ mode: 'spelled', lastName: spelledText(letters(name), random), expect: 'NO_MATCH' });
  return { directory, queries };
}

for (const spec of [SET_5, SET_6, SET_7, SET_8]) {
  const out = build(spec);
  fs.writeFileSync(path.join(__dirname, 'data', spec.file), JSON.stringify(out, null, 1) + '\n');
  console.log(`${spec.file}: ${out.queries.length} queries (${out.queries.filter((q) => q.expect === 'NO_MATCH').length} NO_MATCH), ${out.directory.length} people`);
}
