/**
 * Writes the held-out name sets `bench/data/names-heldout-17.json` and `-18.json`: two more fresh
 * unseen tests of dial-by-name, each about 65 people and 200 queries, in the file format of the
 * other sets (see bench/README.md).
 *
 * How they were written: the people (surnames of many languages — French of Quebec and France,
 * Spanish of Spain, Mexico, Catalonia and the Basque Country, Quechua of Peru, Mapuche of Chile,
 * Portuguese of Portugal and Brazil, Italian, German, Austrian, Dutch, Flemish, Swedish,
 * Finnish, Icelandic, Polish, Hungarian, Serbian, Bulgarian, Latvian, Greek, Russian, Turkish,
 * Kurdish, Armenian, Arabic of the Gulf, Egypt, Tunisia and Morocco, Persian, Hebrew, Hindi,
 * Punjabi, Gujarati, Marwari, Bengali, Tamil, Konkani, Pakistani, Bangladeshi, Sri Lankan
 * (Sinhala), Nepali, Mandarin (Pinyin), Cantonese, Japanese, Korean, Vietnamese, Filipino,
 * Indonesian, Malay, Khmer, Lao, Yoruba, Hausa, Ghanaian (Akan), Kenyan (Kikuyu), Zulu, Afrikaans,
 * Fula, Wolof, Bambara, Somali, Irish-language forms, Scottish, Welsh, English, Maori, Fijian,
 * Haitian and Navajo — with first names that go with them) and what an English-trained recognizer
 * writes for each surname were written by hand, without reference to how any matcher works; no
 * surname of an earlier set is used, and the two sets share none. Spelled queries are generated
 * from the real spelling with the letter confusions of spelling over the phone (a rhyming letter,
 * a letter dropped or doubled), and some callers give the first name too, both drawn from a
 * generator with a fixed seed per set, so the files are reproducible.
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
 *   npx ts-node --transpile-only --project test/tsconfig.json bench/make-names-heldout-17.ts
 */
import { type SetSpec, writeSets } from './heldout-sets';

const SET_17: SetSpec = {
  file: 'names-heldout-17.json',
  prefix: 'w',
  seed: 17017,
  people: [
    // French (Quebec, France)
    { first: 'Geneviève', last: 'Ouellet', heard: ['Ouellet', 'Willette', 'Wellet'], spell: true },
    { first: 'Nathalie', last: 'Leblanc', heard: ['Leblanc', 'Le Blanc'] },
    // Spanish (Spain, Mexico, Basque Country, Peru, Chile)
    { first: 'María José', last: 'Gómez', heard: ['Gomez', 'Gomes'] },
    { first: 'Javier', last: 'Vargas', heard: ['Vargas', 'Vargus'] },
    { first: 'Fernando', last: 'Ortiz', heard: ['Ortiz', 'Ortis'], spell: true },
    { first: 'Itziar', last: 'Arrizabalaga', heard: ['Arrizabalaga', 'Arisabalaga', 'Arriza Balaga'], spell: true },
    { first: 'Yolanda', last: 'Quispe', heard: ['Quispe', 'Kispe', 'Keespay'], spell: true },
    { first: 'Nahuel', last: 'Huenchumilla', heard: ['Huenchumilla', 'Wenchumiya'], spell: true },
    // Portuguese (Brazil, Portugal)
    { first: 'Thiago', last: 'Nascimento', heard: ['Nascimento', 'Nasimento'] },
    { first: 'Inês', last: 'Ribeiro', heard: ['Ribeiro', 'Ribero'] },
    // Italian
    { first: 'Giulia', last: 'Ricci', heard: ['Ricci', 'Richie', 'Reachy'] },
    { first: 'Marco', last: 'De Luca', heard: ['De Luca', 'Deluca'] },
    { first: 'Alessandro', last: 'Mancini', heard: ['Mancini', 'Manchini'] },
    // German, Austrian
    { first: 'Katrin', last: 'Wagner', heard: ['Wagner', 'Vagner'] },
    { first: 'Andreas', last: 'Huber', heard: ['Huber', 'Hoober'] },
    { first: 'Jürgen', last: 'Schäfer', heard: ['Schafer', 'Shafer', 'Schaefer'], spell: true },
    // Dutch, Flemish
    { first: 'Pieter', last: 'Vermeulen', heard: ['Vermeulen', 'Ver Mullen'] },
    { first: 'Sanne', last: 'de Groot', heard: ['De Groot', 'Degroot', 'De Grote'] },
    // Swedish, Finnish
    { first: 'Lars', last: 'Gustafsson', heard: ['Gustafsson', 'Gustafson'] },
    { first: 'Mikko', last: 'Järvinen', heard: ['Jarvinen', 'Yarvinen'], spell: true },
    // Polish, Hungarian
    { first: 'Magdalena', last: 'Czarnecka', heard: ['Czarnecka', 'Charnetska'], spell: true },
    { first: 'Zsófia', last: 'Szilágyi', heard: ['Szilagyi', 'Seelaji'], spell: true },
    // Serbian, Greek, Russian
    { first: 'Milica', last: 'Jovanović', heard: ['Jovanovic', 'Yovanovich'], spell: true },
    { first: 'Dimitris', last: 'Nikolaidis', heard: ['Nikolaidis', 'Nicolaides'] },
    { first: 'Olga', last: 'Smirnova', heard: ['Smirnova', 'Smernova'] },
    // Turkish, Armenian
    { first: 'Burak', last: 'Yıldız', heard: ['Yildiz', 'Yildis'] },
    { first: 'Narek', last: 'Grigoryan', heard: ['Grigoryan', 'Gregorian'] },
    // Arabic (Egypt, the Gulf, Morocco)
    { first: 'Omar', last: 'Ibrahim', heard: ['Ibrahim', 'Ebrahim'] },
    { first: 'Noura', last: 'Al Mutairi', heard: ['Al Mutairi', 'Almutairi', 'Al Mutery'], spell: true },
    { first: 'Salma', last: 'Bennani', heard: ['Bennani', 'Benani'] },
    // Hebrew
    { first: 'Yael', last: 'Ben-David', heard: ['Ben David', 'Bendavid'] },
    // Hindi, Punjabi, Tamil, Marwari, Bangladeshi, Sri Lankan (Sinhala), Nepali
    { first: 'Priya', last: 'Mishra', heard: ['Mishra', 'Misra'] },
    { first: 'Gurpreet', last: 'Ahluwalia', heard: ['Ahluwalia', 'Alluwalia'], spell: true },
    { first: 'Meenakshi', last: 'Chidambaram', heard: ['Chidambaram', 'Chidam Baram'] },
    { first: 'Ankit', last: 'Bansal', heard: ['Bansal', 'Bunsal'] },
    { first: 'Neha', last: 'Tripathi', heard: ['Tripathi', 'Tripathy'] },
    { first: 'Rafiqul', last: 'Talukder', heard: ['Talukder', 'Talukdar'] },
    { first: 'Chaminda', last: 'Senanayake', heard: ['Senanayake', 'Senana Yake'], spell: true },
    { first: 'Sunita', last: 'Shrestha', heard: ['Shrestha', 'Shresta'] },
    // Mandarin (Pinyin), Japanese, Korean, Vietnamese
    { first: 'Haoran', last: 'Tian', heard: ['Tian', 'Tien'] },
    { first: 'Haruka', last: 'Mochizuki', heard: ['Mochizuki', 'Mochi Zuki'] },
    { first: 'Ji-hoon', last: 'Ahn', heard: ['Ahn', 'Ann'], spell: true },
    { first: 'Long', last: 'Giáp', heard: ['Giap', 'Yap'] },
    // Filipino, Indonesian, Chinese Indonesian
    { first: 'Rodel', last: 'Macapagal', heard: ['Macapagal', 'Maka Pagal'] },
    { first: 'Dewi', last: 'Kurniawan', heard: ['Kurniawan', 'Kurnia Wan'], spell: true },
    { first: 'Hendrik', last: 'Tjandra', heard: ['Tjandra', 'Chandra'], spell: true },
    // Yoruba, Ghanaian (Akan), Kenyan (Kikuyu), Zulu, Guinean (Fula)
    { first: 'Funmilayo', last: 'Afolabi', heard: ['Afolabi', 'Afolabee'] },
    { first: 'Kwabena', last: 'Frimpong', heard: ['Frimpong', 'Frim Pong'] },
    { first: 'Grace', last: 'Mwangi', heard: ['Mwangi', 'Wangi'] },
    { first: 'Thandeka', last: 'Sithole', heard: ['Sithole', 'Sitholay'], spell: true },
    { first: 'Mamadou', last: 'Diallo', heard: ['Diallo', 'Jallow'] },
    // Irish (Irish-language form), Scottish, Welsh
    { first: 'Caoimhe', last: 'Mac an tSaoi', heard: ['McEntee', 'Mac an tSaoi'], spell: true },
    { first: 'Ewan', last: 'Mackintosh', heard: ['Mackintosh', 'McIntosh'] },
    { first: 'Gethin', last: 'Rhys', heard: ['Reese', 'Rhys'], spell: true },
    // English
    { first: 'James', last: 'Wright', heard: ['Wright', 'Right'] },
    { first: 'Emily', last: 'Robinson', heard: ['Robinson'] },
    // Maori
    { first: 'Hemi', last: 'Parata', heard: ['Parata', 'Pirata'] },
    // Shared surnames and sound-alike surnames
    { first: 'Kavita', last: 'Shah', heard: [] },
    { first: 'Rakesh', last: 'Shah', heard: [] },
    { first: 'Wei', last: 'Liang', heard: [] },
    { first: 'Xiaoyu', last: 'Liang', heard: [] },
    { first: 'Harpreet', last: 'Gill', heard: [] },
    { first: 'Alasdair', last: 'Gill', heard: [] },
    { first: 'Arpita', last: 'Das', heard: [] },
    { first: 'Sourav', last: 'Dass', heard: [] },
  ],
  ambiguous: [
    ['Shah', '', 'AMBIGUOUS'], ['Shaw', '', 'AMBIGUOUS'], ['Shah', 'Kavita', 'Kavita'], ['Shaw', 'Rakesh', 'Rakesh'],
    ['Liang', '', 'AMBIGUOUS'], ['Liang', 'Wei', 'Wei'], ['Lyang', 'Xiaoyu', 'Xiaoyu'],
    ['Gill', '', 'AMBIGUOUS'], ['Gil', '', 'AMBIGUOUS'], ['Gill', 'Harpreet', 'Harpreet'], ['Gill', 'Alasdair', 'Alasdair'],
    ['Das', '', 'AMBIGUOUS'], ['Dass', '', 'AMBIGUOUS'], ['Das', 'Arpita', 'Arpita'], ['Dass', 'Sourav', 'Sourav'],
  ],
  absent: [
    'Lavoie', 'Fortin', 'Guerrero', 'Sandoval', 'Benítez', 'Cardoso', 'Palumbo', 'Gentile',
    'Lorenz', 'Brunner', 'Hendriks', 'Nyberg', 'Krajewski', 'Hájek', 'Takács', 'Stojanović',
    'Popov', 'Kalniņš', 'Şimşek', 'Hakobyan', 'Al Kaabi', 'Najjar', 'Soltani', 'Segal',
    'Jain', 'Bhattarai', 'Dissanayake', 'Hattori', 'Sitompul', 'Nkrumah', 'Mutasa', 'Cunningham',
  ],
  absentSpelled: ['SANDOVAL', 'HENDRIKS', 'SOLTANI', 'AKANDE'],
};

const SET_18: SetSpec = {
  file: 'names-heldout-18.json',
  prefix: 'x',
  seed: 18018,
  people: [
    // French (Quebec)
    { first: 'Mélanie', last: 'Gervais', heard: ['Gervais', 'Jervay'], spell: true },
    { first: 'Olivier', last: 'Charbonneau', heard: ['Charbonneau', 'Sharbono'] },
    // Spanish (Mexico, Spain, Catalonia)
    { first: 'Carmen', last: 'Flores', heard: ['Flores', 'Floris'] },
    { first: 'Diego', last: 'Guzmán', heard: ['Guzman', 'Goosman'] },
    { first: 'Raúl', last: 'Delgado', heard: ['Delgado', 'Del Gado'] },
    { first: 'Ximena', last: 'Orozco', heard: ['Orozco', 'Orosco'], spell: true },
    { first: 'Pau', last: 'Puigdemont', heard: ['Puigdemont', 'Puchdemon'], spell: true },
    // Portuguese (Brazil)
    { first: 'João', last: 'Oliveira', heard: ['Oliveira', 'Olivera'] },
    { first: 'Larissa', last: 'Bezerra', heard: ['Bezerra', 'Bezera'], spell: true },
    // Italian
    { first: 'Francesca', last: 'Santoro', heard: ['Santoro'] },
    // German
    { first: 'Stefan', last: 'Richter', heard: ['Richter', 'Rikter'] },
    { first: 'Lukas', last: 'Neumann', heard: ['Neumann', 'Newman'] },
    // Dutch, Flemish
    { first: 'Daan', last: 'van Leeuwen', heard: ['Van Leeuwen', 'Van Loewen', 'Vanleeuwen'], spell: true },
    { first: 'Wout', last: 'Verstraete', heard: ['Verstraete', 'Verstraten'] },
    // Swedish, Icelandic
    { first: 'Erik', last: 'Berglund', heard: ['Berglund', 'Berg Lund'] },
    { first: 'Gunnar', last: 'Sigurðsson', heard: ['Sigurdsson', 'Sigurdson'], spell: true },
    // Polish, Hungarian, Bulgarian, Latvian, Serbian
    { first: 'Kamil', last: 'Wójtowicz', heard: ['Wojtowicz', 'Voytovich'], spell: true },
    { first: 'Eszter', last: 'Tóth', heard: ['Toth', 'Tote'] },
    { first: 'Georgi', last: 'Dimitrov', heard: ['Dimitrov', 'Dimitroff'] },
    { first: 'Jānis', last: 'Bērziņš', heard: ['Berzins', 'Berzinsh'], spell: true },
    { first: 'Ivana', last: 'Marković', heard: ['Markovic', 'Markovich'] },
    // Turkish, Kurdish
    { first: 'Elif', last: 'Kılıç', heard: ['Kilic', 'Kilich'], spell: true },
    { first: 'Rebwar', last: 'Barzani', heard: ['Barzani', 'Barzany'] },
    // Arabic (Egypt, Tunisia, Saudi Arabia)
    { first: 'Tarek', last: 'Shehata', heard: ['Shehata', 'Shahata'] },
    { first: 'Leila', last: 'Trabelsi', heard: ['Trabelsi', 'Trabelsy'] },
    { first: 'Fahad', last: 'Al Shehri', heard: ['Al Shehri', 'Alshehri', 'Al Shehry'], spell: true },
    // Persian, Hebrew
    { first: 'Farhad', last: 'Yazdani', heard: ['Yazdani', 'Yazdany'] },
    { first: 'Noa', last: 'Biton', heard: ['Biton', 'Beaton'] },
    // Punjabi, Bengali, Tamil, Konkani, Pakistani, Sri Lankan (Sinhala), Nepali
    { first: 'Vikram', last: 'Oberoi', heard: ['Oberoi', 'Oberoy'] },
    { first: 'Tanmoy', last: 'Dutta', heard: ['Dutta', 'Duta'] },
    { first: 'Lakshmi', last: 'Venugopal', heard: ['Venugopal', 'Venu Gopal'] },
    { first: 'Kavya', last: 'Kamath', heard: ['Kamath', 'Kamat'], spell: true },
    { first: 'Bilal', last: 'Sheikh', heard: ['Sheikh', 'Shake', 'Sheik'] },
    { first: 'Dilshan', last: 'Weerasinghe', heard: ['Weerasinghe', 'Weera Singhe'], spell: true },
    { first: 'Bikash', last: 'Thapa', heard: ['Thapa', 'Tapa'] },
    // Mandarin (Pinyin), Cantonese, Japanese, Korean, Vietnamese
    { first: 'Ting', last: 'Yuan', heard: ['Yuan', 'Yuen'] },
    { first: 'Wing Yan', last: 'Szeto', heard: ['Szeto', 'See Toe', 'Seto'], spell: true },
    { first: 'Ryota', last: 'Takagi', heard: ['Takagi', 'Takagee'] },
    { first: 'Min-seo', last: 'Yeom', heard: ['Yeom', 'Yum'], spell: true },
    { first: 'Hoa', last: 'Lục', heard: ['Luc', 'Look'] },
    // Malay, Khmer, Lao
    { first: 'Nurul', last: 'Ismail', heard: ['Ismail', 'Ishmael'] },
    { first: 'Dara', last: 'Sok', heard: ['Sok', 'Sock'] },
    { first: 'Khamla', last: 'Souvannavong', heard: ['Souvannavong', 'Suvanna Vong'], spell: true },
    // Hausa, Wolof, Somali, Afrikaans, Zulu, Bambara
    { first: 'Amina', last: 'Abubakar', heard: ['Abubakar', 'Abu Bakar'] },
    { first: 'Fatou', last: 'Mbaye', heard: ['Mbaye', 'Mbye', 'Embye'], spell: true },
    { first: 'Hodan', last: 'Abdi', heard: ['Abdi', 'Abdy'] },
    { first: 'Johan', last: 'van Wyk', heard: ['Van Wyk', 'Van Wick'] },
    { first: 'Nomvula', last: 'Shabalala', heard: ['Shabalala', 'Shaba Lala'] },
    { first: 'Aminata', last: 'Traoré', heard: ['Traore', 'Traoray'] },
    // Irish (Irish-language form), Scottish, Welsh
    { first: 'Niamh', last: 'Ó Laoghaire', heard: ['O Leary', 'O Laoghaire'], spell: true },
    { first: 'Callum', last: 'Strachan', heard: ['Strachan', 'Strawn', 'Strakan'] },
    { first: 'Bethan', last: 'Pritchard', heard: ['Pritchard', 'Prichard'] },
    // English
    { first: 'Rebecca', last: 'Knight', heard: ['Knight', 'Night'] },
    { first: 'Charlotte', last: 'Marjoribanks', heard: ['Marchbanks', 'Marjoribanks'], spell: true },
    // Fijian, Haitian, Navajo
    { first: 'Jone', last: 'Waqa', heard: ['Waqa', 'Wanga'], spell: true },
    { first: 'Marie-Lourdes', last: 'Jean-Baptiste', heard: ['Jean Baptiste', 'John Baptiste'] },
    { first: 'Shawn', last: 'Begay', heard: ['Begay', 'Begaye'] },
    // Shared surnames and sound-alike surnames
    { first: 'Ahmed', last: 'Mohammed', heard: [] },
    { first: 'Fatima', last: 'Muhammad', heard: [] },
    { first: 'Yuki', last: 'Tamura', heard: [] },
    { first: 'Kenji', last: 'Tamura', heard: [] },
    { first: 'George', last: 'Phillips', heard: [] },
    { first: 'Anna', last: 'Philips', heard: [] },
    { first: 'Alejandro', last: 'Reyes', heard: [] },
    { first: 'Lucía', last: 'Reyes', heard: [] },
  ],
  ambiguous: [
    ['Mohammed', '', 'AMBIGUOUS'], ['Muhammad', '', 'AMBIGUOUS'], ['Mohamed', 'Ahmed', 'Ahmed'], ['Muhammad', 'Fatima', 'Fatima'],
    ['Tamura', '', 'AMBIGUOUS'], ['Tamura', 'Yuki', 'Yuki'], ['Ta Mura', 'Kenji', 'Kenji'],
    ['Phillips', '', 'AMBIGUOUS'], ['Philips', '', 'AMBIGUOUS'], ['Phillips', 'George', 'George'], ['Philips', 'Anna', 'Anna'],
    ['Reyes', '', 'AMBIGUOUS'], ['Rayes', '', 'AMBIGUOUS'], ['Reyes', 'Alejandro', 'Alejandro'], ['Reyes', 'Lucia', 'Lucía'],
  ],
  absent: [
    'Simard', 'Poulin', 'Montenegro', 'Arellano', 'Mejía', 'Moreira', 'Coppola', 'Cattaneo',
    'Baumann', 'Voigt', 'Maes', 'Hedlund', 'Mäkinen', 'Ostrowski', 'Papp', 'Todorov',
    'Petrauskas', 'Ünal', 'Tsiklauri', 'Gemayel', 'Al Nuaimi', 'Sasson', 'Mittal', 'Karunaratne',
    'Kojima', 'Ugwu', 'Kariuki', 'Coulibaly', 'Galbraith', 'Tuiasosopo', 'Yupanqui', 'Adhikari',
  ],
  absentSpelled: ['MONTENEGRO', 'VOIGT', 'KARIUKI', 'GALBRAITH'],
};

writeSets([SET_17, SET_18]);
