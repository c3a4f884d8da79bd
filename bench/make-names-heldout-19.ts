/**
 * Writes the held-out name sets `bench/data/names-heldout-19.json` and `-20.json`: two more fresh
 * unseen tests of dial-by-name, each about 65 people and 200 queries, in the file format of the
 * other sets (see bench/README.md).
 *
 * How they were written: the people (surnames of many languages — French of Quebec and France,
 * Spanish of Spain, Mexico and Colombia, Catalan, Basque, Quechua of Peru, Aymara of Bolivia,
 * Portuguese of Brazil, Italian, German, Austrian, Dutch (Frisian), Danish, Swedish, Icelandic,
 * Polish, Hungarian, Croatian, Serbian, Albanian, Greek, Russian, Ukrainian, Turkish, Armenian,
 * Arabic of the Gulf, the Emirates, Lebanon, Egypt, Algeria and Morocco, Persian, Hebrew, Hindi,
 * Punjabi, Tamil, Gujarati, Bengali, Pakistani, Bangladeshi, Sri Lankan (Sinhala), Mandarin
 * (Pinyin), Japanese, Korean, Vietnamese, Burmese, Filipino, Indonesian, Batak, Thai, Igbo, Yoruba,
 * Hausa, Kenyan (Kikuyu, Luo), Ethiopian (Amharic), Burkinabe (Mossi), Senegalese (Serer), Ugandan
 * (Ganda), Zimbabwean (Ndebele), Afrikaans, Irish, Scottish, Welsh, English, Maori, Inuit, Navajo
 * and Haitian — with first names that go with them) and what an English-trained recognizer writes
 * for each surname were written by hand, without reference to how any matcher works; no surname of
 * an earlier set is used, and the two sets share none. Spelled queries are generated from the real
 * spelling with the letter confusions of spelling over the phone (a rhyming letter, a letter
 * dropped or doubled), and some callers give the first name too, both drawn from a generator with
 * a fixed seed per set, so the files are reproducible.
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
 *   npx ts-node --transpile-only --project test/tsconfig.json bench/make-names-heldout-19.ts
 */
import { type SetSpec, writeSets } from './heldout-sets';

const SET_19: SetSpec = {
  file: 'names-heldout-19.json',
  prefix: 'y',
  seed: 19019,
  people: [
    // French (Quebec, France)
    { first: 'Sylvie', last: 'Thériault', heard: ['Theriault', 'Terrio'], spell: true },
    { first: 'Mathieu', last: 'Robichaud', heard: ['Robichaud', 'Robisho'] },
    // Spanish (Mexico, Spain, Colombia), Quechua of Peru, Basque
    { first: 'Alejandra', last: 'Medina', heard: ['Medina'] },
    { first: 'Jorge', last: 'Romero', heard: ['Romero', 'Romeo'] },
    { first: 'Guadalupe', last: 'Maldonado', heard: ['Maldonado', 'Mal Donado'] },
    { first: 'Rosa', last: 'Contreras', heard: ['Contreras', 'Contrairas'], spell: true },
    { first: 'Wilfredo', last: 'Huamán', heard: ['Huaman', 'Waman'], spell: true },
    { first: 'Aitor', last: 'Olaizola', heard: ['Olaizola', 'Olay Zola'], spell: true },
    // Portuguese (Brazil)
    { first: 'Rafael', last: 'Almeida', heard: ['Almeida', 'Al Mayda'] },
    // Italian
    { first: 'Chiara', last: 'Sorrentino', heard: ['Sorrentino', 'Sorentino'] },
    // German, Austrian
    { first: 'Tobias', last: 'Schreiber', heard: ['Schreiber', 'Shriber'] },
    { first: 'Sabine', last: 'Pichler', heard: ['Pichler', 'Pickler'], spell: true },
    // Dutch (Frisian)
    { first: 'Bram', last: 'Hoekstra', heard: ['Hoekstra', 'Hookstra'] },
    // Swedish, Icelandic
    { first: 'Ingrid', last: 'Håkansson', heard: ['Hakansson', 'Hokanson', 'Hawkinson'], spell: true },
    { first: 'Sigrún', last: 'Ólafsdóttir', heard: ['Olafsdottir', 'Olafs Dottir'], spell: true },
    // Polish, Hungarian, Croatian
    { first: 'Agnieszka', last: 'Woźniak', heard: ['Wozniak', 'Vozniak'] },
    { first: 'Paweł', last: 'Stępień', heard: ['Stepien', 'Stempien'], spell: true },
    { first: 'Bence', last: 'Lukács', heard: ['Lukacs', 'Lukach', 'Lucas'] },
    { first: 'Luka', last: 'Kovačević', heard: ['Kovacevic', 'Kovachevich'], spell: true },
    // Greek, Russian
    { first: 'Eleni', last: 'Stavropoulos', heard: ['Stavropoulos', 'Stavropolis'] },
    { first: 'Dmitry', last: 'Novikov', heard: ['Novikov', 'Novikoff'] },
    // Turkish, Armenian
    { first: 'Emre', last: 'Özdemir', heard: ['Ozdemir', 'Oz Demir'] },
    { first: 'Ani', last: 'Khachatryan', heard: ['Khachatryan', 'Kachaturian'], spell: true },
    // Arabic (the Gulf, Lebanon, Morocco), Hebrew
    { first: 'Khalid', last: 'Al Marri', heard: ['Al Marri', 'Almarri', 'Al Mary'] },
    { first: 'Rania', last: 'Habib', heard: ['Habib', 'Habeeb'] },
    { first: 'Youssef', last: 'Berrada', heard: ['Berrada', 'Barada'] },
    { first: 'Avi', last: 'Rosenberg', heard: ['Rosenberg', 'Rosenburg'] },
    // Punjabi, Hindi, Tamil, Pakistani, Bangladeshi, Sri Lankan (Sinhala)
    { first: 'Rohit', last: 'Arora', heard: ['Arora', 'Aurora'] },
    { first: 'Pooja', last: 'Shukla', heard: ['Shukla', 'Shookla'] },
    { first: 'Sundar', last: 'Swaminathan', heard: ['Swaminathan', 'Swami Nathan'], spell: true },
    { first: 'Karthik', last: 'Murugan', heard: ['Murugan', 'Moorugan'] },
    { first: 'Hardeep', last: 'Ghuman', heard: ['Ghuman', 'Guman', 'Goomun'], spell: true },
    { first: 'Imran', last: 'Naqvi', heard: ['Naqvi', 'Nakvi'], spell: true },
    { first: 'Ayesha', last: 'Malik', heard: ['Malik', 'Malick'] },
    { first: 'Nusrat', last: 'Islam', heard: ['Islam'] },
    { first: 'Nuwan', last: 'Jayasuriya', heard: ['Jayasuriya', 'Jaya Suriya'], spell: true },
    // Mandarin (Pinyin), Japanese, Korean, Vietnamese
    { first: 'Jiayi', last: 'Mao', heard: ['Mao', 'Mow'] },
    { first: 'Zhiwei', last: 'Liao', heard: ['Liao', 'Lee Ow', 'Leo'] },
    { first: 'Aiko', last: 'Iwasaki', heard: ['Iwasaki', 'Ewa Saki'], spell: true },
    { first: 'Ji-woo', last: 'Hwangbo', heard: ['Hwangbo', 'Hwang Bo', 'Wang Bo'], spell: true },
    { first: 'Thanh', last: 'Phí', heard: ['Phi', 'Fee'] },
    // Filipino, Indonesian (Batak), Thai
    { first: 'Maricel', last: 'Pascual', heard: ['Pascual', 'Pasqual'] },
    { first: 'Togar', last: 'Pangaribuan', heard: ['Pangaribuan', 'Pangari Buan'], spell: true },
    { first: 'Somchai', last: 'Charoenpong', heard: ['Charoenpong', 'Charoen Pong', 'Jaroenpong'], spell: true },
    // Igbo, Yoruba, Hausa, Kenyan (Kikuyu), Ethiopian (Amharic), Burkinabe (Mossi), Zimbabwean (Ndebele)
    { first: 'Chinedu', last: 'Chukwu', heard: ['Chukwu', 'Chuku'] },
    { first: 'Bukola', last: 'Adesanya', heard: ['Adesanya', 'Adesania'] },
    { first: 'Usman', last: 'Aliyu', heard: ['Aliyu', 'Aliu', 'Ali You'] },
    { first: 'Wanjiku', last: 'Kimani', heard: ['Kimani', 'Kimany'] },
    { first: 'Dawit', last: 'Tadesse', heard: ['Tadesse', 'Tadessa'], spell: true },
    { first: 'Issa', last: 'Ouédraogo', heard: ['Ouedraogo', 'Wedraogo'], spell: true },
    { first: 'Tendai', last: 'Sibanda', heard: ['Sibanda', 'Sabanda'] },
    // Irish, Scottish, English
    { first: 'Siobhan', last: 'Lynch', heard: ['Lynch', 'Linch'] },
    { first: 'Fiona', last: 'Dalziel', heard: ['Deyell', 'Dalziel', 'Dee Ell'], spell: true },
    { first: 'Oliver', last: 'Fletcher', heard: ['Fletcher'] },
    { first: 'Henry', last: 'Cholmondeley', heard: ['Chumley', 'Cholmondeley'], spell: true },
    // Navajo, Haitian
    { first: 'Darlene', last: 'Benally', heard: ['Benally', 'Ben Alley'] },
    { first: 'Jean-Robert', last: 'Toussaint', heard: ['Toussaint', 'Too Saint'] },
    // Shared surnames and sound-alike surnames
    { first: 'Zainab', last: 'Ansari', heard: [] },
    { first: 'Faisal', last: 'Ansari', heard: [] },
    { first: 'Sudipta', last: 'Mondal', heard: [] },
    { first: 'Ranjit', last: 'Mandal', heard: [] },
    { first: 'Haruto', last: 'Nakajima', heard: [] },
    { first: 'Yui', last: 'Nakajima', heard: [] },
    { first: 'Carlos', last: 'Vega', heard: [] },
    { first: 'Isabel', last: 'Vega', heard: [] },
  ],
  ambiguous: [
    ['Ansari', '', 'AMBIGUOUS'], ['Ansary', '', 'AMBIGUOUS'], ['Ansari', 'Zainab', 'Zainab'], ['Ansari', 'Faisal', 'Faisal'],
    ['Mondal', '', 'AMBIGUOUS'], ['Mandal', '', 'AMBIGUOUS'], ['Mondal', 'Sudipta', 'Sudipta'], ['Mandal', 'Ranjit', 'Ranjit'],
    ['Nakajima', '', 'AMBIGUOUS'], ['Nakajima', 'Haruto', 'Haruto'], ['Naka Jima', 'Yui', 'Yui'],
    ['Vega', '', 'AMBIGUOUS'], ['Vegas', '', 'AMBIGUOUS'], ['Vega', 'Carlos', 'Carlos'], ['Vega', 'Isabel', 'Isabel'],
  ],
  absent: [
    'Beauchemin', 'Lachance', 'Cervantes', 'Peñalosa', 'Barbosa', 'Zwicker', 'de Boer',
    'Mortensen', 'Ozoliņš', 'Grabowski', 'Horák', 'Dumitru', 'Makris', 'Orlova', 'Sargsyan',
    'Kassab', 'Shirazi', 'Prasad', 'Kurup', 'Rizvi', 'Uddin', 'Jayaraman', 'Okamoto',
    'Wijaya', 'Nnamdi', 'Wambui', 'Mbarga', 'Bangura', 'Mapfumo', 'Campbell', 'Attenborough',
  ],
  absentSpelled: ['HOLMBERG', 'MICALLEF', 'NKANSAH', 'VASHISHT'],
};

const SET_20: SetSpec = {
  file: 'names-heldout-20.json',
  prefix: 'z',
  seed: 20020,
  people: [
    // French (Quebec, France)
    { first: 'Isabelle', last: 'Bergeron', heard: ['Bergeron', 'Berjeron'] },
    { first: 'Étienne', last: 'Jolicoeur', heard: ['Jolicoeur', 'Jolly Core'], spell: true },
    // Spanish (Mexico, Spain, Colombia), Catalan, Aymara of Bolivia and Peru
    { first: 'Luis', last: 'Pacheco', heard: ['Pacheco', 'Pachecko'] },
    { first: 'Verónica', last: 'Carrillo', heard: ['Carrillo', 'Carillo'], spell: true },
    { first: 'Mónica', last: 'Trujillo', heard: ['Trujillo', 'Truhillo'] },
    { first: 'Jordi', last: 'Casals', heard: ['Casals', 'Cassells'] },
    { first: 'Eusebio', last: 'Mamani', heard: ['Mamani', 'Mamany'], spell: true },
    // Portuguese (Brazil)
    { first: 'Gabriel', last: 'Freitas', heard: ['Freitas', 'Fraytas'] },
    // Italian
    { first: 'Matteo', last: 'Morelli', heard: ['Morelli', 'Morely'] },
    // German, Austrian
    { first: 'Jonas', last: 'Dietrich', heard: ['Dietrich', 'Deetrick'] },
    { first: 'Florian', last: 'Oberhauser', heard: ['Oberhauser', 'Ober Houser'], spell: true },
    // Danish, Swedish, Icelandic
    { first: 'Mette', last: 'Kristiansen', heard: ['Kristiansen', 'Christiansen'] },
    { first: 'Björn', last: 'Nyström', heard: ['Nystrom', 'Nistrom'], spell: true },
    { first: 'Einar', last: 'Guðmundsson', heard: ['Gudmundsson', 'Gudmundson'], spell: true },
    // Polish, Hungarian, Serbian, Albanian
    { first: 'Tomasz', last: 'Malinowski', heard: ['Malinowski', 'Malinovsky'] },
    { first: 'Katarzyna', last: 'Olszewska', heard: ['Olszewska', 'Olshefska'], spell: true },
    { first: 'Réka', last: 'Vörös', heard: ['Voros', 'Vorosh'], spell: true },
    { first: 'Nikola', last: 'Babić', heard: ['Babic', 'Babich'] },
    { first: 'Arben', last: 'Berisha', heard: ['Berisha', 'Bereesha'] },
    // Greek, Russian, Ukrainian, Armenian, Turkish
    { first: 'Konstantinos', last: 'Theodorou', heard: ['Theodorou', 'Theodoru'] },
    { first: 'Anastasia', last: 'Zakharova', heard: ['Zakharova', 'Zaharova'] },
    { first: 'Taras', last: 'Oliynyk', heard: ['Oliynyk', 'Oleynik'], spell: true },
    { first: 'Tigran', last: 'Vardanyan', heard: ['Vardanyan', 'Vardanian'] },
    { first: 'Zeynep', last: 'Kurt', heard: ['Kurt', 'Curt'] },
    // Arabic (the Emirates, Egypt, Algeria), Persian, Hebrew
    { first: 'Mariam', last: 'Al Falasi', heard: ['Al Falasi', 'Alfalasi', 'Al Falasy'], spell: true },
    { first: 'Mahmoud', last: 'Ragab', heard: ['Ragab', 'Rajab'] },
    { first: 'Karim', last: 'Ouali', heard: ['Ouali', 'Wali', 'Wally'] },
    { first: 'Arash', last: 'Esfahani', heard: ['Esfahani', 'Isfahani'] },
    { first: 'Tamar', last: 'Goldberg', heard: ['Goldberg', 'Goldburg'] },
    // Hindi, Tamil, Gujarati, Bengali, Pakistani, Bangladeshi, Sri Lankan (Sinhala)
    { first: 'Aditya', last: 'Kashyap', heard: ['Kashyap', 'Kashyup'] },
    { first: 'Deepa', last: 'Narayanan', heard: ['Narayanan', 'Narayanen'] },
    { first: 'Senthil', last: 'Arumugam', heard: ['Arumugam', 'Arumugham'], spell: true },
    { first: 'Nikhil', last: 'Parmar', heard: ['Parmar', 'Parmer'] },
    { first: 'Arnab', last: 'Biswas', heard: ['Biswas', 'Bisswas'] },
    { first: 'Hamza', last: 'Warraich', heard: ['Warraich', 'Warrich', 'Waraich'], spell: true },
    { first: 'Sana', last: 'Gilani', heard: ['Gilani', 'Jilani'] },
    { first: 'Shirin', last: 'Akter', heard: ['Akter', 'Actor'] },
    { first: 'Chathura', last: 'Gunawardena', heard: ['Gunawardena', 'Gunawardana'], spell: true },
    // Mandarin (Pinyin), Japanese, Burmese
    { first: 'Yuxuan', last: 'Geng', heard: ['Geng', 'Gung'] },
    { first: 'Lina', last: 'Ruan', heard: ['Ruan', 'Rwan'] },
    { first: 'Naoko', last: 'Taniguchi', heard: ['Taniguchi', 'Tani Guchi'], spell: true },
    { first: 'Sakura', last: 'Miyamoto', heard: ['Miyamoto', 'Miya Moto'], spell: true },
    { first: 'Thura', last: 'Kyaw', heard: ['Kyaw', 'Chow', 'Jaw'], spell: true },
    // Filipino, Indonesian
    { first: 'Rowena', last: 'Evangelista', heard: ['Evangelista', 'Evangelist'] },
    { first: 'Budi', last: 'Hidayat', heard: ['Hidayat', 'Hiday At'] },
    // Yoruba, Igbo, Kenyan (Luo), Ethiopian (Amharic), Afrikaans, Senegalese (Serer), Ugandan (Ganda)
    { first: 'Oluwaseun', last: 'Ogundipe', heard: ['Ogundipe', 'Ogun Dipe'] },
    { first: 'Emeka', last: 'Ekwueme', heard: ['Ekwueme', 'Eckwayme'], spell: true },
    { first: 'Brian', last: 'Ochieng', heard: ['Ochieng', 'O Ching'] },
    { first: 'Selam', last: 'Abebe', heard: ['Abebe', 'Ababe'] },
    { first: 'Pieter', last: 'du Plessis', heard: ['Du Plessis', 'Duplessis'] },
    { first: 'Cheikh', last: 'Diouf', heard: ['Diouf', 'Joof'], spell: true },
    { first: 'Moses', last: 'Ssemakula', heard: ['Ssemakula', 'Semakula'], spell: true },
    // Scottish, Welsh, English
    { first: 'Hamish', last: 'Munro', heard: ['Munro', 'Monroe'] },
    { first: 'Gareth', last: 'Bevan', heard: ['Bevan', 'Bevin'] },
    { first: 'Lucy', last: 'Featherstonehaugh', heard: ['Fanshaw', 'Featherstonehaugh'], spell: true },
    // Maori, Inuit
    { first: 'Aroha', last: 'Henare', heard: ['Henare', 'Henary'] },
    { first: 'Susie', last: 'Kuptana', heard: ['Kuptana', 'Cup Tana'] },
    // Shared surnames and sound-alike surnames
    { first: 'Javier', last: 'Molina', heard: [] },
    { first: 'Patricia', last: 'Molina', heard: [] },
    { first: 'Tariq', last: 'Amin', heard: [] },
    { first: 'Huda', last: 'Ameen', heard: [] },
    { first: 'Hiroshi', last: 'Abe', heard: [] },
    { first: 'Mai', last: 'Abe', heard: [] },
    { first: 'Marcos', last: 'Santana', heard: [] },
    { first: 'Paula', last: 'Santana', heard: [] },
  ],
  ambiguous: [
    ['Molina', '', 'AMBIGUOUS'], ['Molina', 'Javier', 'Javier'], ['Moleena', 'Patricia', 'Patricia'],
    ['Amin', '', 'AMBIGUOUS'], ['Ameen', '', 'AMBIGUOUS'], ['Amin', 'Tariq', 'Tariq'], ['Ameen', 'Huda', 'Huda'],
    ['Abe', '', 'AMBIGUOUS'], ['Abbey', '', 'AMBIGUOUS'], ['Abe', 'Hiroshi', 'Hiroshi'], ['Ah Bay', 'Mai', 'Mai'],
    ['Santana', '', 'AMBIGUOUS'], ['Santanna', '', 'AMBIGUOUS'], ['Santana', 'Marcos', 'Marcos'], ['Santana', 'Paula', 'Paula'],
  ],
  absent: [
    'Brassard', 'Escobar', 'Avendaño', 'Serra', 'Schwarz', 'Janssens', 'Øvrebø', 'Jónsdóttir',
    'Rutkowski', 'Kozlov', 'Antoniou', 'Harutyunyan', 'Al Shamsi', 'Bagheri', 'Chandrasekaran', 'Rathore',
    'Iqbal', 'Rajapaksa', 'Sugawara', 'Saputra', 'Batbayar', 'Babatunde', 'Kiprop', 'Venter',
    'Sawadogo', 'Chikwanha', 'Robertson', 'Postlethwaite', 'Tamihana', 'Dorvil', 'Yusupov', 'Lotfy',
  ],
  absentSpelled: ['GOUNDER', 'MEHMEDOVIC', 'BOYER', 'PIZARRO'],
};

writeSets([SET_19, SET_20]);
