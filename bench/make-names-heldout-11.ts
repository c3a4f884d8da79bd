/**
 * Writes the held-out name sets `bench/data/names-heldout-11.json` and `-12.json`: two more fresh
 * unseen tests of dial-by-name, each about 65 people and 200 queries, in the file format of the
 * other sets (see bench/README.md).
 *
 * How they were written: the people (surnames of many languages — French and Quebec French,
 * Spanish, Portuguese, Italian, German, Dutch and Afrikaans, Swedish, Danish and Finnish, Polish,
 * Czech, Russian and Ukrainian, Greek, Turkish, Arabic, Persian, Hebrew, Hindi, Tamil, Telugu,
 * Bengali, Punjabi, Marathi, Malayalam, Gujarati, Mandarin (Pinyin), Cantonese and Hokkien,
 * Japanese, Korean, Vietnamese, Filipino, Thai, Indonesian, Irish and Irish-language forms,
 * Scottish, Welsh, Yoruba, Igbo, Ghanaian, Zulu and Swazi, Amharic and Tigrinya, Swahili,
 * Hungarian, Romanian — with first names that go with them) and what an English-trained
 * recognizer writes for each surname were written by hand, without reference to how any matcher
 * works; no surname of an earlier set is used, and the two sets share none. Spelled queries are
 * generated from the real spelling with the letter confusions of spelling over the phone (a
 * rhyming letter, a letter dropped or doubled), and some callers give the first name too, both
 * drawn from a generator with a fixed seed per set, so the files are reproducible.
 *
 * Labeling rule: a `NO_MATCH` label must be decidable from the input. An absent spoken surname is
 * never something the recognizer could plausibly write for a directory person of its set (not a
 * sound-alike, not a one-vowel or one-letter variant of a directory surname), and an absent
 * spelled surname is more than one letter edit away from every directory surname of its set
 * (otherwise it could not be told from a misspelled directory name). Apart from that, the absent
 * names are ordinary surnames of the same spread of languages: neither sought as near-misses nor
 * kept away from names that share a syllable with a directory name. People who share a surname,
 * or surnames that sound the same, are `AMBIGUOUS` without a first name and the person meant with
 * one.
 *
 *   npx ts-node --transpile-only --project test/tsconfig.json bench/make-names-heldout-11.ts
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
  /** Surnames nobody in the directory has, as spoken by a caller. */
  readonly absent: readonly string[];
  /** Absent surnames given spelled. */
  readonly absentSpelled: readonly string[];
}

const SET_11: SetSpec = {
  file: 'names-heldout-11.json',
  prefix: 'n',
  seed: 11011,
  people: [
    // French (Quebec)
    { first: 'Hélène', last: 'Archambault', heard: ['Archambo', 'Arshambault', 'Archambault'], spell: true },
    { first: 'Étienne', last: 'Desjardins', heard: ['Dejardin', 'Des Jardins'] },
    // Spanish
    { first: 'Rocío', last: 'Zúñiga', heard: ['Zuniga', 'Suniga'], spell: true },
    { first: 'Alejandro', last: 'Villaseñor', heard: ['Villasenor', 'Viyasenyor'] },
    // Portuguese
    { first: 'Rui', last: 'Guimarães', heard: ['Gimaraes', 'Guimaraes'], spell: true },
    { first: 'Mariana', last: 'Loureiro', heard: ['Lorero', 'Loureiro'] },
    // Italian
    { first: 'Federica', last: 'Scognamiglio', heard: ['Skonyamilio', 'Scognamiglio'], spell: true },
    { first: 'Matteo', last: 'Pellegrino', heard: ['Pelegrino', 'Pellegrino'] },
    // German
    { first: 'Jörg', last: 'Kirchhoff', heard: ['Kirkoff', 'Kirchoff'], spell: true },
    // Dutch, Afrikaans
    { first: 'Lieke', last: 'Hoogendoorn', heard: ['Hogendorn', 'Hoogendoorn', 'Hogan Doorn'] },
    { first: 'Wouter', last: 'van der Linden', heard: ['Van Der Linden', 'Vanderlinden'] },
    { first: 'Pieter', last: 'van der Merwe', heard: ['Van Der Merva', 'Vandermerwe'], spell: true },
    // Swedish, Danish
    { first: 'Ingrid', last: 'Sjöström', heard: ['Shostrom', 'Sjostrom'] },
    { first: 'Henrik', last: 'Kjærgaard', heard: ['Kyergard', 'Kjaergaard', 'Care Gard'], spell: true },
    // Polish
    { first: 'Przemysław', last: 'Szczygieł', heard: ['Shchigyew', 'Szczygiel'], spell: true },
    { first: 'Agnieszka', last: 'Błaszczyk', heard: ['Bwashchik', 'Blaszczyk'] },
    // Czech
    { first: 'Tomáš', last: 'Dvořák', heard: ['Dvorak', 'Dvorzhak'] },
    // Russian
    { first: 'Natalia', last: 'Shcherbakova', heard: ['Sherbakova', 'Shcherbakova'], spell: true },
    // Greek
    { first: 'Eleni', last: 'Karagiannis', heard: ['Karayannis', 'Kara Yannis'] },
    // Turkish
    { first: 'Emre', last: 'Çakıroğlu', heard: ['Chakiroglu', 'Chakirolu'] },
    // Arabic
    { first: 'Mounir', last: 'Belkacem', heard: ['Belkasem', 'Belkacem'] },
    { first: 'Rania', last: 'Al-Zoubi', heard: ['Zoubi', 'Al Zubi', 'Alzoobi'], spell: true },
    // Persian
    { first: 'Arash', last: 'Tehrani', heard: ['Tehrani', 'Teherani'] },
    { first: 'Golnaz', last: 'Esfandiari', heard: ['Esfandiary', 'Isfandiari'], spell: true },
    // Hebrew
    { first: 'Yosef', last: 'Mizrahi', heard: ['Mizrachi', 'Mitsrahi'] },
    // Hindi, Tamil, Telugu, Bengali, Punjabi, Marathi, Malayalam, Gujarati
    { first: 'Ankit', last: 'Khandelwal', heard: ['Kandelwal', 'Khandelwal'], spell: true },
    { first: 'Kavitha', last: 'Annamalai', heard: ['Anamalai', 'Anna Malai'] },
    { first: 'Suresh', last: 'Yarlagadda', heard: ['Yarlagada', 'Yarla Gadda'], spell: true },
    { first: 'Ritwik', last: 'Majumdar', heard: ['Mazumdar', 'Majumder'] },
    { first: 'Harpreet', last: 'Randhawa', heard: ['Randawa', 'Randhawa'] },
    { first: 'Aditi', last: 'Joglekar', heard: ['Joglekar', 'Jog Lekar'], spell: true },
    { first: 'Sreeja', last: 'Panicker', heard: ['Panikar', 'Panicker'] },
    { first: 'Nirali', last: 'Parekh', heard: ['Pareek', 'Parekh', 'Parakh'] },
    // Mandarin (Pinyin), Cantonese, Hokkien
    { first: 'Hongyu', last: 'Cui', heard: ['Tsway', 'Tsui'], spell: true },
    { first: 'Siu-ming', last: 'Kwok', heard: ['Kwok', 'Quock'] },
    { first: 'Mei Ling', last: 'Chua', heard: ['Chua', 'Chewa', 'Choo Ah'] },
    // Japanese
    { first: 'Shun', last: 'Tsukamoto', heard: ['Sukamoto', 'Tsukamoto'], spell: true },
    { first: 'Emi', last: 'Higashiyama', heard: ['Higashi Yama', 'Higashiama'] },
    // Korean
    { first: 'So-yeon', last: 'Seong', heard: ['Sung', 'Seong', 'Song'] },
    { first: 'Jae-won', last: 'Gu', heard: ['Koo', 'Goo'], spell: true },
    // Vietnamese
    { first: 'Phương', last: 'Tô', heard: ['Toe', 'Tow'], spell: true },
    { first: 'Thanh', last: 'Đàm', heard: ['Dam', 'Dahm'] },
    // Filipino
    { first: 'Rowena', last: 'Pangilinan', heard: ['Pangilinan', 'Pangelinan'], spell: true },
    // Thai
    { first: 'Nattapong', last: 'Chaiwong', heard: ['Chai Wong', 'Shy Wong'] },
    // Indonesian
    { first: 'Dewi', last: 'Wibowo', heard: ['Wibowo', 'Wee Bowo'] },
    // Irish (Irish-language form and English)
    { first: 'Gráinne', last: 'Ó Séaghdha', heard: ['O Shea', 'Oshay'], spell: true },
    { first: 'Fionnuala', last: 'Moynihan', heard: ['Moynihan', 'Moynahan'] },
    // Scottish
    { first: 'Ewan', last: 'Farquharson', heard: ['Farquarson', 'Farkerson'] },
    // Welsh
    { first: 'Siân', last: 'Cadwaladr', heard: ['Cadwallader', 'Cad Waladr'] },
    // Yoruba, Igbo
    { first: 'Babatunde', last: 'Adeleke', heard: ['Adeleke', 'Adelekay'], spell: true },
    { first: 'Ikechukwu', last: 'Onwudiwe', heard: ['Onwudiway', 'Onwudiwe'] },
    // Ghanaian (Akan)
    { first: 'Yaw', last: 'Ofori', heard: ['Ofori', 'Offori'] },
    // Zulu
    { first: 'Sipho', last: 'Dube', heard: ['Doobay', 'Dube', 'Dubay'] },
    // Amharic
    { first: 'Abebe', last: 'Tesfaye', heard: ['Tesfaye', 'Tesfay'] },
    // Swahili
    { first: 'Rehema', last: 'Bakari', heard: ['Bakari', 'Backary'] },
    // Hungarian
    { first: 'Réka', last: 'Fekete', heard: ['Fekete', 'Feketa'] },
    // Finnish
    { first: 'Jussi', last: 'Väisänen', heard: ['Vaisanen', 'Vysanen'], spell: true },
    // Romanian
    { first: 'Mihaela', last: 'Constantinescu', heard: ['Constantinesku', 'Constantinescu'] },
    // Shared surnames and sound-alike surnames
    { first: 'Sunita', last: 'Yadav', heard: [] },
    { first: 'Rohit', last: 'Yadav', heard: [] },
    { first: 'Jonas', last: 'Klein', heard: [] },
    { first: 'Brittany', last: 'Kline', heard: [] },
    { first: 'Daiki', last: 'Fujii', heard: [] },
    { first: 'Yui', last: 'Fujii', heard: [] },
    { first: 'Behnam', last: 'Rahimi', heard: [] },
    { first: 'Farzaneh', last: 'Rahimi', heard: [] },
  ],
  ambiguous: [
    ['Yadav', '', 'AMBIGUOUS'], ['Yadav', 'Sunita', 'Sunita'], ['Yadhav', 'Rohit', 'Rohit'],
    ['Kline', '', 'AMBIGUOUS'], ['Klein', '', 'AMBIGUOUS'], ['Klein', 'Jonas', 'Jonas'], ['Kline', 'Brittany', 'Brittany'],
    ['Fujii', '', 'AMBIGUOUS'], ['Fuji', 'Daiki', 'Daiki'], ['Fujii', 'Yui', 'Yui'],
    ['Rahimi', '', 'AMBIGUOUS'], ['Rahimy', 'Farzaneh', 'Farzaneh'], ['Rahimi', 'Behnam', 'Behnam'],
  ],
  absent: [
    'Lacoste', 'Olivares', 'Tavares', 'Morandi', 'Hartmann', 'Mulder', 'Haugland', 'Zawisza',
    'Kucera', 'Morozov', 'Antonopoulos', 'Polat', 'Haidar', 'Sadeghi', 'Katz', 'Agnihotri', 'Luo',
    'Nakano', 'Han', 'Manalo', 'Boonyarat', 'Susanto', 'Rafferty', 'MacLeod', 'Ibekwe', 'Agyeman',
    'Botha', 'Bekele', 'Otieno', 'Nagy', 'Virtanen',
  ],
  absentSpelled: ['MORAWSKI', 'NAKANO', 'OTIENO', 'TAVARES'],
};

const SET_12: SetSpec = {
  file: 'names-heldout-12.json',
  prefix: 'r',
  seed: 12012,
  people: [
    // French (Quebec)
    { first: 'Amandine', last: 'Vaillancourt', heard: ['Vayancourt', 'Vaillancourt'], spell: true },
    { first: 'Rémi', last: 'Ducharme', heard: ['Dusharm', 'Du Charme'] },
    // Spanish
    { first: 'Inmaculada', last: 'Barrionuevo', heard: ['Barrio Nuevo', 'Barionuevo'] },
    { first: 'Joaquín', last: 'Valenzuela', heard: ['Valensuela', 'Valenzuela'] },
    // Portuguese
    { first: 'Rodrigo', last: 'Albuquerque', heard: ['Albukerke', 'Albukirk'], spell: true },
    { first: 'Leonor', last: 'Sampaio', heard: ['Sampayo', 'Sampaio'] },
    // Italian
    { first: 'Gianluca', last: 'Iannuzzi', heard: ['Yanuzzi', 'Iannuzzi'], spell: true },
    // German
    { first: 'Friederike', last: 'Lindemann', heard: ['Lindeman', 'Linda Man'] },
    { first: 'Uwe', last: 'Strauß', heard: ['Strauss', 'Strouse'], spell: true },
    // Dutch
    { first: 'Daan', last: 'Kuipers', heard: ['Koypers', 'Kuipers'] },
    { first: 'Maaike', last: 'Timmermans', heard: ['Timmerman', 'Timmermans'], spell: true },
    // Swedish
    { first: 'Sigrid', last: 'Nyqvist', heard: ['Nyquist', 'New Quist'], spell: true },
    // Polish
    { first: 'Jadwiga', last: 'Grzelak', heard: ['Gzhelak', 'Grzelak'], spell: true },
    // Czech
    { first: 'Lenka', last: 'Šťastná', heard: ['Shtastna', 'Stastna'], spell: true },
    // Ukrainian, Russian
    { first: 'Dmytro', last: 'Zakharchenko', heard: ['Zaharchenko', 'Zakharchenko'] },
    { first: 'Oleksandr', last: 'Yevtushenko', heard: ['Evtushenko', 'Yeftushenko'], spell: true },
    // Greek
    { first: 'Stavros', last: 'Christodoulou', heard: ['Christodulu', 'Christo Doulou'] },
    // Turkish
    { first: 'Zeynep', last: 'Güneş', heard: ['Gunes', 'Gunesh'], spell: true },
    // Arabic
    { first: 'Fatima Zahra', last: 'El Idrissi', heard: ['Idrissi', 'El Idrisi'], spell: true },
    { first: 'Youssef', last: 'Chaaban', heard: ['Shaban', 'Chaaban'] },
    // Persian
    { first: 'Mehdi', last: 'Khorasani', heard: ['Korasani', 'Khorasani'] },
    { first: 'Negin', last: 'Mousavi', heard: ['Musavi', 'Moosavi'] },
    // Hebrew
    { first: 'Shira', last: 'Avraham', heard: ['Abraham', 'Avraham'] },
    // Hindi, Tamil, Telugu, Bengali, Punjabi, Marathi, Malayalam, Gujarati
    { first: 'Vandana', last: 'Awasthi', heard: ['Avasthi', 'Awasti'], spell: true },
    { first: 'Senthil', last: 'Murugesan', heard: ['Murugesan', 'Murugeshan'] },
    { first: 'Chaitanya', last: 'Nallamothu', heard: ['Nallamotu', 'Nalla Mothu'] },
    { first: 'Sudipta', last: 'Bhowmick', heard: ['Bhowmik', 'Bomick'] },
    { first: 'Gurinder', last: 'Dhaliwal', heard: ['Dhaliwal', 'Daliwal'] },
    { first: 'Vaishali', last: 'Gadgil', heard: ['Gadgil', 'Gad Gil'] },
    { first: 'Jinu', last: 'Varghese', heard: ['Vargese', 'Vergis'] },
    { first: 'Hitesh', last: 'Vaghela', heard: ['Vagela', 'Vaghela'] },
    // Mandarin (Pinyin), Cantonese, Hokkien
    { first: 'Qingyun', last: 'Xiang', heard: ['Shiang', 'Siang'], spell: true },
    { first: 'Jiayi', last: 'Ouyang', heard: ['Ouyang', 'Oh Yang'] },
    { first: 'Wai-ling', last: 'Mok', heard: ['Mok', 'Mock'] },
    { first: 'Siew Hoon', last: 'Quek', heard: ['Kwek', 'Quek'], spell: true },
    // Japanese
    { first: 'Kenji', last: 'Kurosawa', heard: ['Kurasawa', 'Kurosawa'] },
    // Korean
    { first: 'Hye-jin', last: 'Noh', heard: ['Noh', 'No'] },
    { first: 'Yu-na', last: 'Jeong', heard: ['Jung', 'Chung'], spell: true },
    // Vietnamese
    { first: 'Quỳnh', last: 'Hứa', heard: ['Hua', 'Hoo Ah'], spell: true },
    { first: 'Sơn', last: 'Thạch', heard: ['Tack', 'Thach'] },
    // Filipino
    { first: 'Bayani', last: 'Macaraeg', heard: ['Makaraeg', 'Macaraig'], spell: true },
    // Thai
    { first: 'Anong', last: 'Kittikachorn', heard: ['Kitikajorn', 'Kitti Kachorn'] },
    // Indonesian
    { first: 'Putri', last: 'Hartono', heard: ['Hartono', 'Har Tono'] },
    // Irish (Irish-language form and English)
    { first: 'Caoimhe', last: 'Ó Cearbhaill', heard: ['O Carroll', 'O Karavil'], spell: true },
    { first: 'Niamh', last: 'Geoghegan', heard: ['Gagan', 'Geoghegan'] },
    // Scottish
    { first: 'Morag', last: 'Auchinleck', heard: ['Affleck', 'Ochinleck'], spell: true },
    // Welsh
    { first: 'Dafydd', last: 'Prydderch', heard: ['Pritherch', 'Prydderch'] },
    // Yoruba, Igbo
    { first: 'Oluwaseun', last: 'Fashola', heard: ['Fashola', 'Fasola'] },
    { first: 'Chiamaka', last: 'Okonjo', heard: ['Okonjo', 'O Konjo'] },
    // Ghanaian (Akan)
    { first: 'Kwabena', last: 'Adjei', heard: ['Ajay', 'Adjei'], spell: true },
    // Swazi, Afrikaans
    { first: 'Lindiwe', last: 'Mabuza', heard: ['Mabuza', 'Mabooza'] },
    { first: 'Johan', last: 'Pretorius', heard: ['Pretorius', 'Pritorius'] },
    // Tigrinya
    { first: 'Selam', last: 'Gebremedhin', heard: ['Gebre Medhin', 'Gabre Medin'], spell: true },
    // Swahili
    { first: 'Salma', last: 'Mwinyi', heard: ['Mwinyi', 'Winyi'] },
    // Hungarian
    { first: 'Dorottya', last: 'Szalai', heard: ['Salai', 'Szalai'], spell: true },
    // Finnish
    { first: 'Tuomas', last: 'Heikkilä', heard: ['Heikkila', 'Haykila'] },
    // Romanian
    { first: 'Andreea', last: 'Dumitrescu', heard: ['Dumitrescu', 'Dumitresku'] },
    // Shared surnames and sound-alike surnames
    { first: 'Lars', last: 'Sørensen', heard: [] },
    { first: 'Brooke', last: 'Sorenson', heard: [] },
    { first: 'Joana', last: 'Mendes', heard: [] },
    { first: 'Alberto', last: 'Méndez', heard: [] },
    { first: 'Venkatesh', last: 'Rao', heard: [] },
    { first: 'Madhavi', last: 'Rao', heard: [] },
    { first: 'Wei Jie', last: 'Teo', heard: [] },
    { first: 'Hui Min', last: 'Teoh', heard: [] },
  ],
  ambiguous: [
    ['Sorenson', '', 'AMBIGUOUS'], ['Sorensen', '', 'AMBIGUOUS'], ['Sorensen', 'Lars', 'Lars'], ['Sorenson', 'Brooke', 'Brooke'],
    ['Mendez', '', 'AMBIGUOUS'], ['Mendes', 'Joana', 'Joana'], ['Mendez', 'Alberto', 'Alberto'],
    ['Rao', '', 'AMBIGUOUS'], ['Rao', 'Venkatesh', 'Venkatesh'], ['Row', 'Madhavi', 'Madhavi'],
    ['Teo', '', 'AMBIGUOUS'], ['Teoh', '', 'AMBIGUOUS'], ['Teo', 'Wei Jie', 'Wei Jie'], ['Teoh', 'Hui Min', 'Hui Min'],
  ],
  absent: [
    'Bouvier', 'Carrasco', 'Queiroz', 'Capuano', 'Vogel', 'Dekker', 'Lindahl', 'Piatek', 'Vesely',
    'Melnyk', 'Vlachos', 'Erdogan', 'Sabbagh', 'Jafari', 'Chaturvedi', 'Fang', 'Sakamoto', 'Nam',
    'Dizon', 'Chaiyasit', 'Gunawan', 'Hegarty', 'Drummond', 'Adeniyi', 'Boakye', 'Ngubane', 'Haile',
    'Kamau', 'Balogh', 'Nieminen', 'Stoica',
  ],
  absentSpelled: ['DEKKER', 'SAKAMOTO', 'HEGARTY', 'JAFARI'],
};

/** mulberry32: a small seeded generator, so the files are reproducible. */
function rng(seed: number): () => number {
  let a = seed;
  /* eslint-disable no-bitwise */
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /* eslint-enable no-bitwise */
}

/** Letters confused when spelled over the phone: each letter, then the letters heard for it. */
const CONFUSED: Record<string, string[]> = Object.fromEntries(
  'dtb tdp bpvd pbt vb mn nm fs sf cz zc gj jg ka ak iy yi'.split(' ').map((e) => [e[0], e.slice(1).split('')]),
);
/** The words of "B as in Boy", for a to z. */
const EXAMPLE_WORDS: Record<string, string> = Object.fromEntries(
  ('Apple Boy Cat Dog Edward Frank George Henry Ida John King Larry Mary Nancy Ocean Peter Queen Robert Sam Tom Union '
    + 'Victor William X-ray Yellow Zebra').split(' ').map((w, i) => [String.fromCharCode(97 + i), w]),
);

/** The plain letters a caller spells for a name: accents dropped, letters without a decomposition written out. */
function letters(name: string): string {
  return name
    .toLowerCase()
    .replace(/ł/g, 'l').replace(/ß/g, 'ss').replace(/ı/g, 'i').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/œ/g, 'oe').replace(/đ/g, 'd')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '');
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

interface Query {
  readonly mode: 'spoken' | 'spelled';
  readonly lastName: string;
  readonly firstName?: string;
  readonly expect: string;
}

function build(spec: SetSpec) {
  const random = rng(spec.seed);
  const id = (i: number) => `${spec.prefix}${String(i + 1).padStart(2, '0')}`;
  const byFirstName = (first: string) => {
    const i = spec.people.findIndex((p) => p.first === first);
    if (i < 0) throw new Error(`${spec.file}: nobody has the first name ${first}`);
    return id(i);
  };
  const directory = spec.people.map((p, i) => ({ userId: id(i), firstName: p.first, lastName: p.last, extension: String(500 + i) }));
  const queries: Query[] = [];
  spec.people.forEach((p, i) => {
    for (const heard of p.heard) queries.push({ mode: 'spoken', lastName: heard, expect: id(i) });
    // Some callers give the first name with the surname.
    if (p.heard.length > 0 && random() < 0.25) queries.push({ mode: 'spoken', lastName: p.heard[0], firstName: p.first, expect: id(i) });
    if (p.spell) queries.push({ mode: 'spelled', lastName: spelledText(misspell(letters(p.last), random), random), expect: id(i) });
  });
  for (const [heard, first, expected] of spec.ambiguous) {
    queries.push({ mode: 'spoken', lastName: heard, ...(first ? { firstName: first } : {}), expect: expected === 'AMBIGUOUS' ? expected : byFirstName(expected) });
  }
  for (const name of spec.absent) queries.push({ mode: 'spoken', lastName: name, expect: 'NO_MATCH' });
  for (const name of spec.absentSpelled) queries.push({ mode: 'spelled', lastName: spelledText(letters(name), random), expect: 'NO_MATCH' });
  return { directory, queries };
}

for (const spec of [SET_11, SET_12]) {
  const out = build(spec);
  fs.writeFileSync(path.join(__dirname, 'data', spec.file), JSON.stringify(out, null, 1) + '\n');
  const absent = out.queries.filter((q) => q.expect === 'NO_MATCH').length;
  console.log(`${spec.file}: ${out.queries.length} queries (${absent} NO_MATCH), ${out.directory.length} people`);
}
