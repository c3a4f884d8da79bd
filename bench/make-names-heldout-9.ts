/**
 * Writes the held-out name sets `bench/data/names-heldout-9.json` and `-10.json`: two fresh
 * unseen tests of dial-by-name, each about 65 people and 200 queries, in the file format of the
 * other sets (see bench/README.md).
 *
 * How they were written: the people (surnames of many languages — French, Spanish, Portuguese,
 * Italian, German, Dutch, Scandinavian, Polish, Czech, Russian and Ukrainian, Greek, Turkish,
 * Arabic, Persian, Hebrew, Hindi, Tamil, Telugu, Bengali, Punjabi, Marathi, Mandarin and Cantonese,
 * Japanese, Korean, Vietnamese, Filipino, Thai, Irish and Irish-language forms, Scottish, Welsh,
 * Yoruba, Igbo, Ghanaian, Zulu and Xhosa, Swahili, Hungarian, Finnish — with first names that go
 * with them) and what an English-trained recognizer writes for each surname were written by hand,
 * without reference to how any matcher works; no surname of an earlier set is used. Spelled
 * queries are generated from the real spelling with the letter confusions of spelling over the
 * phone (a rhyming letter, a letter dropped or doubled), and some callers give the first name too,
 * both drawn from a generator with a fixed seed per set, so the files are reproducible.
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
 *   npx ts-node --transpile-only --project test/tsconfig.json bench/make-names-heldout-9.ts
 */
import { type SetSpec, writeSets } from './heldout-sets';

const SET_9: SetSpec = {
  file: 'names-heldout-9.json',
  prefix: 'i',
  seed: 9009,
  people: [
    // French
    { first: 'Camille', last: 'Dufresne', heard: ['Dufrain', 'Du Fresne', 'Dufrane'], spell: true },
    { first: 'Benoît', last: 'Lévesque', heard: ['Levek', 'Levesque'] },
    { first: 'Margot', last: 'Desrosiers', heard: ['Derozier', 'Des Rosiers'] },
    // Spanish
    { first: 'Gonzalo', last: 'Izquierdo', heard: ['Isquierdo', 'Eskierdo'], spell: true },
    { first: 'Ana Belén', last: 'Sepúlveda', heard: ['Sepulveda', 'Sepulbeda'] },
    // Portuguese
    { first: 'Thiago', last: 'Gusmão', heard: ['Gusmao', 'Goosmow'], spell: true },
    { first: 'Beatriz', last: 'Nogueira', heard: ['Nogera', 'Nogueira', 'No Gayra'] },
    // Italian
    { first: 'Lorenzo', last: 'Gagliardi', heard: ['Galyardi', 'Gagliardi'], spell: true },
    { first: 'Chiara', last: 'Squillace', heard: ['Squilache', 'Squillachi'] },
    // German
    { first: 'Sabine', last: 'Eichhorn', heard: ['Eikhorn', 'Ikehorn'], spell: true },
    { first: 'Matthias', last: 'Schwarzkopf', heard: ['Schwartzkopf', 'Shwarts Kopf'] },
    // Dutch
    { first: 'Sanne', last: 'van den Heuvel', heard: ['Van Den Hoovel', 'Vandenhuvel', 'Van den Heuvel'], spell: true },
    { first: 'Joost', last: 'Verhoeven', heard: ['Verhoven', 'Ferhooven'] },
    // Swedish, Norwegian
    { first: 'Linnea', last: 'Åkesson', heard: ['Okesson', 'Akesson'] },
    { first: 'Magnus', last: 'Bjørnstad', heard: ['Byornstad', 'Bjornstad'] },
    // Polish
    { first: 'Grzegorz', last: 'Brzęczek', heard: ['Bzhenchek', 'Brzeczek'], spell: true },
    { first: 'Aleksandra', last: 'Wawrzyniak', heard: ['Vavzhiniak', 'Wawrzyniak'] },
    // Czech
    { first: 'Jiří', last: 'Procházka', heard: ['Prohaska', 'Prochazka'] },
    // Ukrainian, Russian
    { first: 'Oksana', last: 'Tkachenko', heard: ['Kachenko', 'Tkachenko'] },
    { first: 'Sergei', last: 'Zhuravlev', heard: ['Juravlev', 'Zhuravlyov'], spell: true },
    // Greek
    { first: 'Dimitra', last: 'Oikonomou', heard: ['Ekonomou', 'Economou'], spell: true },
    // Turkish
    { first: 'Burak', last: 'Karagöz', heard: ['Karagoz', 'Kara Goes'] },
    // Arabic
    { first: 'Layla', last: 'Al-Shammari', heard: ['Shammari', 'Al Shamari'], spell: true },
    { first: 'Nour', last: 'Ghanem', heard: ['Ganem', 'Ghanim'] },
    { first: 'Yassine', last: 'Bensaïd', heard: ['Ben Said', 'Bensayeed'] },
    // Persian
    { first: 'Shirin', last: 'Ghorbani', heard: ['Gorbani', 'Ghorbany'], spell: true },
    { first: 'Dariush', last: 'Mirzaei', heard: ['Mirzai', 'Mirzaee'] },
    // Hebrew
    { first: 'Avi', last: 'Shapira', heard: ['Shapiro', 'Shapeera'] },
    // Hindi, Tamil, Telugu, Bengali, Punjabi, Marathi
    { first: 'Aarti', last: 'Srivastava', heard: ['Shrivastava', 'Srivastav'], spell: true },
    { first: 'Karthik', last: 'Palaniswamy', heard: ['Palaniswami', 'Palani Swamy'] },
    { first: 'Venkat', last: 'Kondapalli', heard: ['Kondapally', 'Conda Palli'] },
    { first: 'Debjani', last: 'Sengupta', heard: ['Sen Gupta', 'Sengupta'] },
    { first: 'Gurpreet', last: 'Grewal', heard: ['Grewal', 'Grewall'] },
    { first: 'Sneha', last: 'Patwardhan', heard: ['Patwardan', 'Pat Wardhan'], spell: true },
    // Mandarin, Cantonese
    { first: 'Wen', last: 'Jiang', heard: ['Jiang', 'Jyang'] },
    { first: 'Lei', last: 'Qiu', heard: ['Chew', 'Chiu'], spell: true },
    { first: 'Kwok-wai', last: 'Leung', heard: ['Leung', 'Loong'] },
    // Japanese
    { first: 'Haruna', last: 'Yamashita', heard: ['Yamashta', 'Yamashita'] },
    { first: 'Takeshi', last: 'Okamura', heard: ['Okamoora', 'Okamurra'] },
    // Korean
    { first: 'Seo-yeon', last: 'Jeon', heard: ['Jun', 'John'] },
    { first: 'Dong-hyun', last: 'Chae', heard: ['Chay', 'Che'], spell: true },
    // Vietnamese
    { first: 'Thảo', last: 'Diệp', heard: ['Yep', 'Diep'], spell: true },
    { first: 'Quân', last: 'Ông', heard: ['Ong', 'Ohm'] },
    // Filipino
    { first: 'Maricel', last: 'Dimaculangan', heard: ['Dimaculangan', 'Dima Kulangan'], spell: true },
    // Thai
    { first: 'Somchai', last: 'Srisuk', heard: ['Srisook', 'Sri Suk'] },
    // Irish (Irish-language forms and English)
    { first: 'Órla', last: 'Ó Flaithbheartaigh', heard: ['O Flaherty', 'Oflaherty'], spell: true },
    { first: 'Eimear', last: 'Ní Bhraonáin', heard: ['Nee Vreenan', 'Ni Vrainan'] },
    { first: 'Ruairí', last: 'Houlihan', heard: ['Hoolihan', 'Houlihan'] },
    // Scottish
    { first: 'Alasdair', last: 'Urquhart', heard: ['Urkurt', 'Urquart'], spell: true },
    // Welsh
    { first: 'Rhys', last: 'Llewellyn', heard: ['Lewellyn', 'Llewelyn'] },
    // Yoruba, Igbo
    { first: 'Olumide', last: 'Ogunleye', heard: ['Ogunlaye', 'Ogun Leye'], spell: true },
    { first: 'Ifeoma', last: 'Nwachukwu', heard: ['Wachukwu', 'Nwachuku'] },
    // Ghanaian (Akan)
    { first: 'Kofi', last: 'Boateng', heard: ['Boateng', 'Bwateng'] },
    // Zulu, Ndebele
    { first: 'Nomvula', last: 'Mahlangu', heard: ['Mashlangu', 'Mahlangoo'] },
    // Swahili
    { first: 'Baraka', last: 'Mwamba', heard: ['Mamba', 'Mwamba'] },
    // Hungarian
    { first: 'Zsófia', last: 'Molnár', heard: ['Molnar', 'Mole Nar'], spell: true },
    // Finnish
    { first: 'Aino', last: 'Häkkinen', heard: ['Hakkinen', 'Hackinen'] },
    // Shared surnames and sound-alike surnames
    { first: 'Farid', last: 'Ahmadi', heard: [] },
    { first: 'Mariam', last: 'Ahmadi', heard: [] },
    { first: 'Katrin', last: 'Schulz', heard: [] },
    { first: 'Daniel', last: 'Schultz', heard: [] },
    { first: 'Ka-yan', last: 'Chan', heard: [] },
    { first: 'Ming', last: 'Chan', heard: [] },
    { first: 'Amrit', last: 'Singh', heard: [] },
    { first: 'Harjit', last: 'Singh', heard: [] },
  ],
  ambiguous: [
    ['Ahmadi', '', 'AMBIGUOUS'], ['Ahmady', 'Farid', 'Farid'], ['Ahmadi', 'Mariam', 'Mariam'],
    ['Schultz', '', 'AMBIGUOUS'], ['Schulz', '', 'AMBIGUOUS'], ['Schulz', 'Katrin', 'Katrin'], ['Shultz', 'Daniel', 'Daniel'],
    ['Chan', '', 'AMBIGUOUS'], ['Chan', 'Ka Yan', 'Ka-yan'], ['Chen', 'Ming', 'Ming'],
    ['Singh', '', 'AMBIGUOUS'], ['Sing', 'Amrit', 'Amrit'], ['Singh', 'Harjit', 'Harjit'],
  ],
  absent: [
    'Beauchamp', 'Robles', 'Quiroga', 'Azevedo', 'Krüger', 'Brouwer', 'Lundqvist',
    'Zajac', 'Svoboda', 'Bondarenko', 'Papageorgiou', 'Aydin', 'Khalifa', 'Friedman', 'Saxena',
    'Raghavan', 'Gokhale', 'Deng', 'Ryu', 'Ninh', 'Bautista', 'Wongsawat', 'Hennessy',
    'Buchanan', 'Vaughan', 'Balogun', 'Owusu', 'Zungu', 'Kovacs', 'Korhonen',
  ],
  absentSpelled: ['VOLKOV', 'BAUTISTA', 'KIKUCHI', 'OWUSU'],
};

const SET_10: SetSpec = {
  file: 'names-heldout-10.json',
  prefix: 'j',
  seed: 10010,
  people: [
    // French (Quebec)
    { first: 'Sébastien', last: 'Gagnon', heard: ['Ganyon', 'Gagnon', 'Gannon'], spell: true },
    { first: 'Amélie', last: 'Lemieux', heard: ['Lemew', 'Lemieux', 'Le Mieux'] },
    { first: 'Geneviève', last: 'Tremblay', heard: ['Tremblay', 'Trumblay'] },
    // Spanish, Basque
    { first: 'Esperanza', last: 'Betancourt', heard: ['Betancur', 'Bettencourt'], spell: true },
    { first: 'Rafael', last: 'Ugarte', heard: ['Oogarte', 'Ugartay'] },
    // Portuguese
    { first: 'Gonçalo', last: 'Figueiredo', heard: ['Figueredo', 'Figaredo'], spell: true },
    { first: 'Luana', last: 'Conceição', heard: ['Consaysow', 'Conceicao'] },
    // Italian
    { first: 'Francesca', last: 'Mastroianni', heard: ['Mastroyani', 'Mastro Ianni'], spell: true },
    { first: 'Davide', last: 'Cicchetti', heard: ['Chiketti', 'Cicchetti'] },
    // German
    { first: 'Wolfgang', last: 'Zimmermann', heard: ['Zimmerman', 'Simmerman'], spell: true },
    { first: 'Anke', last: 'Köhler', heard: ['Kohler', 'Kaler', 'Koehler'] },
    // Dutch
    { first: 'Bram', last: 'Schouten', heard: ['Skouten', 'Shouten'], spell: true },
    { first: 'Femke', last: 'de Graaf', heard: ['De Graff', 'Degraff'] },
    // Norwegian, Swedish
    { first: 'Solveig', last: 'Thorsen', heard: ['Torsen', 'Thorson'] },
    { first: 'Oskar', last: 'Ekström', heard: ['Ekstrom', 'Eck Strom'], spell: true },
    // Polish
    { first: 'Magdalena', last: 'Chrzanowska', heard: ['Hshanovska', 'Chrzanowska', 'Shanovska'], spell: true },
    { first: 'Wojciech', last: 'Ślusarczyk', heard: ['Slusarchik', 'Shlusarczyk'] },
    // Czech
    { first: 'Pavel', last: 'Černý', heard: ['Cherny', 'Cerny'] },
    // Ukrainian, Russian
    { first: 'Yulia', last: 'Kovalenko', heard: ['Kovalenko', 'Kovalenco'] },
    { first: 'Andrei', last: 'Vorobyov', heard: ['Vorobiev', 'Vorobyof'], spell: true },
    // Greek
    { first: 'Vasilis', last: 'Tsakiridis', heard: ['Sakiridis', 'Tsakirides'] },
    // Turkish
    { first: 'Selin', last: 'Şahin', heard: ['Sahin', 'Shahin'], spell: true },
    // Arabic
    { first: 'Karima', last: 'Bouchareb', heard: ['Busharab', 'Boushareb'] },
    { first: 'Walid', last: 'Al-Hakim', heard: ['Hakim', 'Al Hakeem'], spell: true },
    { first: 'Rasha', last: 'Tawfiq', heard: ['Tofik', 'Tawfik'] },
    // Persian
    { first: 'Kaveh', last: 'Hosseini', heard: ['Hoseini', 'Husseini'] },
    { first: 'Parisa', last: 'Farahani', heard: ['Farahany', 'Fara Hani'], spell: true },
    // Hebrew
    { first: 'Tamar', last: 'Peretz', heard: ['Perets', 'Peretz'] },
    // Hindi, Tamil, Telugu, Bengali, Punjabi, Marathi
    { first: 'Rakesh', last: 'Tiwari', heard: ['Tewari', 'Tiwary'] },
    { first: 'Meenakshi', last: 'Sundaram', heard: ['Sundaram', 'Sundarum'] },
    { first: 'Srikanth', last: 'Vemulapalli', heard: ['Vemula Palli', 'Vemulapally'], spell: true },
    { first: 'Sourav', last: 'Ganguly', heard: ['Ganguli', 'Gangooly'] },
    { first: 'Navjot', last: 'Sidhu', heard: ['Sidhu', 'Sidhoo', 'Sidu'] },
    { first: 'Prasad', last: 'Gaikwad', heard: ['Gaekwad', 'Guykwad'], spell: true },
    // Mandarin, Cantonese
    { first: 'Xiaoling', last: 'Zhong', heard: ['Jong', 'Zhong'] },
    { first: 'Jun', last: 'Xue', heard: ['Shway', 'Sway', 'Shue'], spell: true },
    { first: 'Wing-kei', last: 'Yeung', heard: ['Young', 'Yeung'] },
    { first: 'Chi-keung', last: 'Tsang', heard: ['Sang', 'Tsang'] },
    // Japanese
    { first: 'Kana', last: 'Miyazaki', heard: ['Miyazaki', 'Miazaki'] },
    { first: 'Ryota', last: 'Hasegawa', heard: ['Hasegava', 'Hasagawa'], spell: true },
    // Korean
    { first: 'Ji-hoon', last: 'Shim', heard: ['Shim', 'Sheem'] },
    { first: 'Eun-ji', last: 'Moon', heard: ['Moon', 'Mun'] },
    // Vietnamese
    { first: 'Khoa', last: 'Từ', heard: ['Tu', 'Too'], spell: true },
    { first: 'Yến', last: 'Kha', heard: ['Ka', 'Kah'] },
    // Filipino
    { first: 'Jericho', last: 'Dela Paz', heard: ['Delapaz', 'De La Pass'] },
    // Thai
    { first: 'Kanokwan', last: 'Suwannarat', heard: ['Suwanarat', 'Suwanna Rat'], spell: true },
    // Irish (Irish-language forms and English)
    { first: 'Saoirse', last: 'Ó Tuathail', heard: ['O Toole', 'O Toohill'], spell: true },
    { first: 'Clíodhna', last: 'Ní Mhaoláin', heard: ['Nee Whalen', 'Whelan'] },
    { first: 'Colm', last: 'Tierney', heard: ['Tierney', 'Teerney'] },
    // Scottish
    { first: 'Iain', last: 'Menzies', heard: ['Mingis', 'Menzies', 'Mengies'], spell: true },
    // Welsh
    { first: 'Bethan', last: 'Pugh', heard: ['Pew', 'Pugh'] },
    // Yoruba, Igbo
    { first: 'Adebola', last: 'Olatunji', heard: ['Olatunji', 'Ola Tunji'] },
    { first: 'Chukwuemeka', last: 'Anyanwu', heard: ['Anyanwu', 'Anyan Woo'], spell: true },
    // Ghanaian (Akan)
    { first: 'Akosua', last: 'Appiah', heard: ['Apia', 'Appiah'] },
    // Zulu, Xhosa
    { first: 'Lwazi', last: 'Ngcobo', heard: ['Cobo', 'Nikobo', 'Ngobo'] },
    { first: 'Thandeka', last: 'Sisulu', heard: ['Sisulu', 'Sisoolu'] },
    // Swahili
    { first: 'Halima', last: 'Juma', heard: ['Juma', 'Jumah'] },
    // Hungarian
    { first: 'Bence', last: 'Szekeres', heard: ['Sekeresh', 'Szekeres'], spell: true },
    // Finnish
    { first: 'Eero', last: 'Laaksonen', heard: ['Laksonen', 'Laaksonen'] },
    // Shared surnames and sound-alike surnames
    { first: 'Tanvir', last: 'Hossain', heard: [] },
    { first: 'Nusrat', last: 'Hossain', heard: [] },
    { first: 'Mette', last: 'Petersen', heard: [] },
    { first: 'Kyle', last: 'Peterson', heard: [] },
    { first: 'Anil', last: 'Kumar', heard: [] },
    { first: 'Pradeep', last: 'Kumar', heard: [] },
    { first: 'Tiago', last: 'Sousa', heard: [] },
    { first: 'Fernanda', last: 'Souza', heard: [] },
  ],
  ambiguous: [
    ['Hossain', '', 'AMBIGUOUS'], ['Hussain', 'Tanvir', 'Tanvir'], ['Hossain', 'Nusrat', 'Nusrat'],
    ['Peterson', '', 'AMBIGUOUS'], ['Petersen', '', 'AMBIGUOUS'], ['Petersen', 'Mette', 'Mette'], ['Peterson', 'Kyle', 'Kyle'],
    ['Kumar', '', 'AMBIGUOUS'], ['Kumar', 'Anil', 'Anil'], ['Kumaar', 'Pradeep', 'Pradeep'],
    ['Sousa', '', 'AMBIGUOUS'], ['Souza', 'Tiago', 'Tiago'], ['Sosa', 'Fernanda', 'Fernanda'],
  ],
  absent: [
    'Pelletier', 'Valdez', 'Zamora', 'Pinheiro', 'Antunes', 'Rinaldi', 'Baumgartner',
    'Levi', 'Eriksson', 'Kubiak', 'Kratochvil', 'Lebedev', 'Georgiou', 'Arslan', 'Zaki', 'Karimi',
    'Chauhan', 'Krishnan', 'Bose', 'Peng', 'Kaneko', 'Santiago', 'Brady', 'Fraser', 'Griffiths',
    'Osei', 'Mkhize', 'Omondi', 'Farkas', 'Lehtonen',
  ],
  absentSpelled: ['VISSER', 'MURAKAMI', 'ADEWALE', 'KRISHNAN'],
};

writeSets([SET_9, SET_10]);
