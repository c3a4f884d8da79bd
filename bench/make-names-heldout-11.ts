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
import { type SetSpec, writeSets } from './heldout-sets';

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

writeSets([SET_11, SET_12]);
