/**
 * Writes the held-out name sets `bench/data/names-heldout-13.json` and `-14.json`: two more fresh
 * unseen tests of dial-by-name, each about 65 people and 200 queries, in the file format of the
 * other sets (see bench/README.md).
 *
 * How they were written: the people (surnames of many languages — French of France, Quebec and
 * Belgium, Spanish of Spain (Basque), Mexico and Argentina, Portuguese of Portugal and Brazil,
 * Italian, German, Dutch, Flemish and Afrikaans, Norwegian, Swedish and Danish, Polish, Czech,
 * Slovak, Serbian and Croatian, Russian and Ukrainian, Greek, Turkish, Arabic, Persian, Hebrew,
 * Armenian, Georgian, Hindi, Tamil, Telugu, Kannada, Bengali, Punjabi, Marathi, Malayalam,
 * Gujarati, Pakistani, Sri Lankan (Sinhala), Mandarin (Pinyin), Cantonese, Hokkien and Hakka,
 * Japanese, Korean, Vietnamese, Filipino, Thai, Indonesian, Malay, Irish and Irish-language forms,
 * Scottish, Welsh, Igbo and Yoruba, Ghanaian, Kenyan, Zulu and Sotho, Amharic, Somali, Hungarian,
 * Finnish, Romanian, Lithuanian — with first names that go with them) and what an English-trained recognizer writes
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
 *   npx ts-node --transpile-only --project test/tsconfig.json bench/make-names-heldout-13.ts
 */
import { type SetSpec, writeSets } from './heldout-sets';

const SET_13: SetSpec = {
  file: 'names-heldout-13.json',
  prefix: 's',
  seed: 13013,
  people: [
    // French (France, Quebec), Flemish
    { first: 'Margaux', last: 'Fauconnier', heard: ['Foconnier', 'Fauconnier'], spell: true },
    { first: 'Sylvain', last: 'Laframboise', heard: ['La Framboise', 'Lafromboise'] },
    { first: 'Thibaut', last: 'Bosschaert', heard: ['Boschart', 'Bosschaert'] },
    // Spanish (Basque of Spain, Argentina)
    { first: 'Iñaki', last: 'Goicoechea', heard: ['Goycochea', 'Goico Echea'] },
    { first: 'Facundo', last: 'Lanusse', heard: ['Lanusse', 'Lanuse', 'La Nuse'], spell: true },
    // Portuguese (Portugal, Brazil)
    { first: 'Gonçalo', last: 'Quintanilha', heard: ['Quintanilla', 'Kintanilya'] },
    { first: 'Thiago', last: 'Cavalcanti', heard: ['Cavalcanti', 'Cavalcante'] },
    // Italian
    { first: 'Salvatore', last: 'Quattrocchi', heard: ['Quatrocchi', 'Kwatroki'], spell: true },
    // German
    { first: 'Wolfgang', last: 'Pfannenstiel', heard: ['Fannenstiel', 'Pfannensteel'], spell: true },
    // Dutch, Afrikaans
    { first: 'Sander', last: 'IJzerman', heard: ['Eyzerman', 'Izerman'] },
    { first: 'Riaan', last: 'Coetzee', heard: ['Kutsee', 'Coetzee', 'Coetsee'] },
    // Norwegian, Swedish
    { first: 'Sindre', last: 'Ødegaard', heard: ['Odegard', 'Odegaard'] },
    { first: 'Linnea', last: 'Ljungberg', heard: ['Youngberg', 'Ljungberg'] },
    // Polish
    { first: 'Grzegorz', last: 'Krzyżanowski', heard: ['Kshizhanowski', 'Krzyzanowski'], spell: true },
    // Czech, Slovak
    { first: 'Radek', last: 'Vondráček', heard: ['Vondracek', 'Vondrachek'] },
    { first: 'Marek', last: 'Štefánik', heard: ['Stefanik', 'Shtefanik'], spell: true },
    // Serbian
    { first: 'Dragana', last: 'Đorđević', heard: ['Djordjevic', 'Jorjevich'] },
    // Russian
    { first: 'Anatoly', last: 'Pugachev', heard: ['Pugachov', 'Pugachev', 'Pugachoff'] },
    // Greek
    { first: 'Dimitris', last: 'Stathopoulos', heard: ['Stathopoulos', 'Stathopulos'] },
    // Turkish
    { first: 'Burak', last: 'Bayraktar', heard: ['Bayraktar', 'Byraktar'], spell: true },
    // Arabic
    { first: 'Karim', last: 'Ghannouchi', heard: ['Ganouchi', 'Ghannouchi'] },
    { first: 'Layla', last: 'Chehab', heard: ['Shehab', 'Chehab'] },
    // Persian
    { first: 'Shirin', last: 'Hosseinzadeh', heard: ['Hosseinzadeh', 'Hossein Zadeh', 'Hoseinzade'] },
    // Hebrew
    { first: 'Noa', last: 'Elkayam', heard: ['Elkayam', 'El Kayam'] },
    // Armenian
    { first: 'Anoush', last: 'Hovhannisyan', heard: ['Hovanessian', 'Hovhannisyan', 'Ovanisyan'], spell: true },
    // Georgian
    { first: 'Nino', last: 'Javakhishvili', heard: ['Javakishvili', 'Java Kishvili'], spell: true },
    // Hindi, Telugu, Kannada, Bengali, Punjabi, Marathi, Gujarati
    { first: 'Pranav', last: 'Bhatnagar', heard: ['Batnagar', 'Bhatnagar'] },
    { first: 'Srinivas', last: 'Gollapudi', heard: ['Golapudi', 'Gollapudi'] },
    { first: 'Raghavendra', last: 'Puttaswamy', heard: ['Puttaswamy', 'Putta Swamy'] },
    { first: 'Sohini', last: 'Bandyopadhyay', heard: ['Bandyopadhyay', 'Bando Padhyay', 'Bandopadhyay'], spell: true },
    { first: 'Manpreet', last: 'Sekhon', heard: ['Sekhon', 'Seckon'] },
    { first: 'Omkar', last: 'Phadke', heard: ['Padke', 'Fadke'] },
    { first: 'Dhruv', last: 'Jhaveri', heard: ['Javeri', 'Zaveri'], spell: true },
    // Pakistani (Pashto), Sri Lankan (Sinhala)
    { first: 'Imran', last: 'Khattak', heard: ['Khattak', 'Kattak'] },
    { first: 'Dinesh', last: 'Wickramasinghe', heard: ['Wickramasinghe', 'Wickrama Singhe', 'Vikramasinghe'], spell: true },
    // Mandarin (Pinyin), Hokkien, Hakka
    { first: 'Zhiwei', last: 'Zhuang', heard: ['Juang', 'Zhuang'], spell: true },
    { first: 'Boon Keat', last: 'Khoo', heard: ['Koo', 'Khoo'] },
    { first: 'Siew Lan', last: 'Voon', heard: ['Voon', 'Voone'], spell: true },
    // Korean
    { first: 'Min-ho', last: 'Byun', heard: ['Byun', 'Byeon', 'Be Yun'], spell: true },
    // Vietnamese
    { first: 'Hoa', last: 'Khổng', heard: ['Kong', 'Khong'], spell: true },
    // Filipino
    { first: 'Marites', last: 'Manalastas', heard: ['Manalastas', 'Manalastos'] },
    // Thai
    { first: 'Somchai', last: 'Charoenkul', heard: ['Charoenkul', 'Charon Kool'], spell: true },
    // Indonesian (Batak)
    { first: 'Agus', last: 'Simanjuntak', heard: ['Simanjuntak', 'Siman Juntak'] },
    // Irish (Irish-language form and English form)
    { first: 'Aoife', last: 'Ní Mhathúna', heard: ['Nee Wahoona', 'Ni Mahuna'], spell: true },
    { first: 'Declan', last: 'Ó Ruairc', heard: ['O Rourke', 'O Rork'] },
    // Scottish
    { first: 'Hamish', last: 'Colquhoun', heard: ['Calhoun', 'Cahoon', 'Colquhoun'] },
    // Welsh
    { first: 'Rhiannon', last: 'Llwyd', heard: ['Lloyd', 'Llwyd'] },
    // Igbo
    { first: 'Chinonso', last: 'Onyekachi', heard: ['Onyekachi', 'Onye Kachi'] },
    // Ghanaian (Akan)
    { first: 'Kofi', last: 'Acheampong', heard: ['Achampong', 'Acheampong', 'Cheampong'], spell: true },
    // Kenyan (Kikuyu)
    { first: 'Wanjiku', last: 'Njoroge', heard: ['Njoroge', 'Joroge', 'Njorogay'] },
    // Zulu
    { first: 'Thandeka', last: 'Buthelezi', heard: ['Buthelezi', 'Butelezi', 'Boothelezi'] },
    // Amharic
    { first: 'Meron', last: 'Getachew', heard: ['Getachew', 'Getachoo'] },
    // Somali
    { first: 'Hodan', last: 'Warsame', heard: ['Warsame', 'Warsamay'] },
    // Hungarian
    { first: 'Zsófia', last: 'Mészáros', heard: ['Mesaros', 'Meszaros'], spell: true },
    // Finnish
    { first: 'Aino', last: 'Kärkkäinen', heard: ['Karkkainen', 'Karkainen'] },
    // Romanian
    { first: 'Ioana', last: 'Răducanu', heard: ['Raducanu', 'Radukanu'] },
    // Lithuanian
    { first: 'Tomas', last: 'Kavaliauskas', heard: ['Kavaliauskas', 'Kavaliauskus'], spell: true },
    // Shared surnames and sound-alike surnames
    { first: 'Prakash', last: 'Shetty', heard: [] },
    { first: 'Anitha', last: 'Shetty', heard: [] },
    { first: 'Nadia', last: 'Halim', heard: [] },
    { first: 'Tariq', last: 'Haleem', heard: [] },
    { first: 'Farid', last: 'Yusof', heard: [] },
    { first: 'Hamdi', last: 'Yusuf', heard: [] },
    { first: 'Ren', last: 'Kitagawa', heard: [] },
    { first: 'Sakura', last: 'Kitagawa', heard: [] },
  ],
  ambiguous: [
    ['Shetty', '', 'AMBIGUOUS'], ['Shetti', '', 'AMBIGUOUS'], ['Shetty', 'Prakash', 'Prakash'], ['Shetty', 'Anitha', 'Anitha'],
    ['Halim', '', 'AMBIGUOUS'], ['Haleem', '', 'AMBIGUOUS'], ['Halim', 'Nadia', 'Nadia'], ['Haleem', 'Tariq', 'Tariq'],
    ['Yusuf', '', 'AMBIGUOUS'], ['Yusuf', 'Farid', 'Farid'], ['Yousef', 'Hamdi', 'Hamdi'],
    ['Kitagawa', '', 'AMBIGUOUS'], ['Kitagawa', 'Ren', 'Ren'], ['Kita Gawa', 'Sakura', 'Sakura'],
  ],
  absent: [
    'Gendron', 'Bidegain', 'Huerta', 'Sobral', 'Bevilacqua', 'Kessler', 'Wierzbicki',
    'Knezevic', 'Savchenko', 'Mavridis', 'Ekinci', 'Alaoui', 'Sohrabi', 'Azoulay', 'Ghazarian',
    'Kapanadze', 'Dwivedi', 'Ghoshal', 'Apte', 'Leghari', 'Gunasekara', 'Zhai', 'Hoshino',
    'Lacson', 'Ogilvie', 'Kiplagat', 'Molefe', 'Lakatos', 'Salminen', 'Nistor', 'Urbonas',
  ],
  absentSpelled: ['SOBRAL', 'LAKATOS', 'RANTANEN', 'KEBEDE'],
};

const SET_14: SetSpec = {
  file: 'names-heldout-14.json',
  prefix: 't',
  seed: 14014,
  people: [
    // French (Belgium, Quebec), Flemish
    { first: 'Grégoire', last: 'Jacquemin', heard: ['Jackmin', 'Jacquemin'] },
    { first: 'Geneviève', last: 'Courtemanche', heard: ['Court Manche', 'Courtemanche', 'Cortmansh'] },
    { first: 'Lotte', last: 'Dewaele', heard: ['Devaley', 'Dewaele'], spell: true },
    // Spanish (Mexico, Argentina)
    { first: 'Xóchitl', last: 'Hinojosa', heard: ['Inojosa', 'Hinojosa', 'Enohosa'], spell: true },
    { first: 'Lucía', last: 'Anchorena', heard: ['Anchorena', 'Ancho Rena'] },
    // Portuguese (Portugal, Brazil)
    { first: 'Inês', last: 'Cerqueira', heard: ['Serqueira', 'Cerkeira'] },
    { first: 'Thaís', last: 'Junqueira', heard: ['Junkeira', 'Junqueira'] },
    // Italian
    { first: 'Giuseppe', last: 'Tagliaferro', heard: ['Taliaferro', 'Talyaferro'], spell: true },
    // German
    { first: 'Sabine', last: 'Kreutzer', heard: ['Kroitzer', 'Kreutzer'] },
    // Dutch
    { first: 'Joost', last: 'Oosterhuis', heard: ['Osterhouse', 'Oosterhuis'], spell: true },
    // Norwegian
    { first: 'Eirik', last: 'Fjeldstad', heard: ['Fieldstad', 'Fjelstad'] },
    // Polish
    { first: 'Wojciech', last: 'Żurawski', heard: ['Zurawski', 'Zhuravski'] },
    { first: 'Katarzyna', last: 'Jędrzejczak', heard: ['Jendzheychak', 'Jedrzejczak'], spell: true },
    // Czech
    { first: 'Jitka', last: 'Růžičková', heard: ['Ruzickova', 'Ruzhichkova'], spell: true },
    // Croatian
    { first: 'Ivana', last: 'Bošnjak', heard: ['Bosnyak', 'Boshnjak'] },
    // Ukrainian
    { first: 'Taras', last: 'Lytvynenko', heard: ['Litvinenko', 'Lytvynenko'], spell: true },
    // Greek
    { first: 'Konstantina', last: 'Tsakalidis', heard: ['Tsakalidis', 'Sakalidis'], spell: true },
    // Turkish
    { first: 'Serkan', last: 'Aydoğan', heard: ['Aydogan', 'Aidoan'] },
    // Arabic
    { first: 'Hamza', last: 'Tahiri', heard: ['Tahiri', 'Tahiry'] },
    { first: 'Samira', last: 'Bouzid', heard: ['Bouzid', 'Buzeed'], spell: true },
    // Persian
    { first: 'Dariush', last: 'Ardalan', heard: ['Ardalan', 'Ardelan'] },
    // Hebrew
    { first: 'Avital', last: 'Ashkenazi', heard: ['Ashkenazi', 'Ashkenazy'] },
    // Armenian
    { first: 'Vartan', last: 'Boghossian', heard: ['Bogosian', 'Boghossian'], spell: true },
    // Georgian
    { first: 'Giorgi', last: 'Chkheidze', heard: ['Cheidze', 'Chkheidze'], spell: true },
    // Tamil, Telugu, Kannada, Bengali, Punjabi, Malayalam, Gujarati
    { first: 'Karthik', last: 'Thangavelu', heard: ['Thangavelu', 'Tangavelu'] },
    { first: 'Lavanya', last: 'Chennupati', heard: ['Chennupati', 'Chenupati'] },
    { first: 'Prajwal', last: 'Ullal', heard: ['Ullal', 'Ulal'] },
    { first: 'Arindam', last: 'Chattopadhyay', heard: ['Chattopadhyay', 'Chatto Padhyay', 'Chattopadhyaya'], spell: true },
    { first: 'Jaswinder', last: 'Bhullar', heard: ['Bhullar', 'Buller'] },
    { first: 'Biju', last: 'Kurian', heard: ['Kurian', 'Kurien'] },
    { first: 'Hardik', last: 'Chokshi', heard: ['Choksi', 'Chokshi'] },
    // Pakistani (Pashto), Sri Lankan (Sinhala)
    { first: 'Bilal', last: 'Durrani', heard: ['Durrani', 'Durani'] },
    { first: 'Chaminda', last: 'Kumarasinghe', heard: ['Kumarasinghe', 'Kumara Singhe'], spell: true },
    // Mandarin (Pinyin), Cantonese, Hokkien, Hakka
    { first: 'Xiaoling', last: 'Rong', heard: ['Rong', 'Wrong'], spell: true },
    { first: 'Chi-keung', last: 'Tse', heard: ['Tse', 'Tsay'] },
    { first: 'Swee Lin', last: 'Goh', heard: ['Goh', 'Go'] },
    { first: 'Kon Fatt', last: 'Liew', heard: ['Liew', 'Lew', 'Lou'] },
    // Japanese
    { first: 'Haruto', last: 'Yanagisawa', heard: ['Yanagisawa', 'Yanagi Sawa'] },
    // Korean
    { first: 'Ji-hoon', last: 'Heo', heard: ['Huh', 'Hur'], spell: true },
    // Vietnamese
    { first: 'Lan', last: 'Tiêu', heard: ['Tieu', 'Tew'], spell: true },
    // Filipino
    { first: 'Rodel', last: 'Panganiban', heard: ['Panganiban', 'Pangganiban'] },
    // Thai
    { first: 'Kittipong', last: 'Rattanakorn', heard: ['Rattanakorn', 'Ratana Korn'] },
    // Indonesian (Batak), Malay
    { first: 'Rizky', last: 'Siregar', heard: ['Siregar', 'Sea Regar'] },
    { first: 'Aisyah', last: 'Shamsuddin', heard: ['Shamsudin', 'Shams Uddin'] },
    // Irish (Irish-language form and English form)
    { first: 'Pádraig', last: 'Ó Donnchadha', heard: ['O Donohoe', 'O Dunnaha'], spell: true },
    { first: 'Orla', last: 'Cullinane', heard: ['Cullinane', 'Cullinan'] },
    // Scottish
    { first: 'Alasdair', last: 'MacGillivray', heard: ['McGillivray', 'Mack Gillivray'], spell: true },
    // Welsh
    { first: 'Gwenllian', last: 'Gruffydd', heard: ['Griffith', 'Gruffydd'] },
    // Yoruba
    { first: 'Folake', last: 'Akinola', heard: ['Akinola', 'Akin Ola'] },
    // Ghanaian (Akan)
    { first: 'Akosua', last: 'Kuffour', heard: ['Kufuor', 'Kuffour', 'Coffour'] },
    // Kenyan (Kalenjin)
    { first: 'Faith', last: 'Chebet', heard: ['Chebet', 'Chebbet'] },
    // Sotho
    { first: 'Lerato', last: 'Radebe', heard: ['Radebe', 'Radeby'] },
    // Amharic, Tigrinya
    { first: 'Yohannes', last: 'Woldemichael', heard: ['Wolde Michael', 'Woldemichael'], spell: true },
    // Somali
    { first: 'Ayaan', last: 'Samatar', heard: ['Samatar', 'Sama Tar'] },
    // Hungarian
    { first: 'Bence', last: 'Juhász', heard: ['Juhas', 'Yuhas', 'Juhasz'], spell: true },
    // Finnish
    { first: 'Eveliina', last: 'Hämäläinen', heard: ['Hamalainen', 'Hamaleinen'] },
    // Romanian
    { first: 'Bogdan', last: 'Dragomir', heard: ['Dragomir', 'Dragomeer'] },
    // Lithuanian
    { first: 'Rūta', last: 'Žukauskaitė', heard: ['Zukauskaite', 'Zhukauskaite'], spell: true },
    // Shared surnames and sound-alike surnames
    { first: 'Kunal', last: 'Desai', heard: [] },
    { first: 'Pooja', last: 'Desai', heard: [] },
    { first: 'Jens', last: 'Rasmussen', heard: [] },
    { first: 'Elin', last: 'Rasmusson', heard: [] },
    { first: 'Sachin', last: 'Pawar', heard: [] },
    { first: 'Rupali', last: 'Powar', heard: [] },
    { first: 'Ayesha', last: 'Rana', heard: [] },
    { first: 'Vikram', last: 'Rana', heard: [] },
  ],
  ambiguous: [
    ['Desai', '', 'AMBIGUOUS'], ['Dessai', '', 'AMBIGUOUS'], ['Desai', 'Kunal', 'Kunal'], ['Desai', 'Pooja', 'Pooja'],
    ['Rasmussen', '', 'AMBIGUOUS'], ['Rasmusson', '', 'AMBIGUOUS'], ['Rasmussen', 'Jens', 'Jens'], ['Rasmussen', 'Elin', 'Elin'],
    ['Pawar', '', 'AMBIGUOUS'], ['Power', '', 'AMBIGUOUS'], ['Pawar', 'Sachin', 'Sachin'], ['Powar', 'Rupali', 'Rupali'],
    ['Rana', '', 'AMBIGUOUS'], ['Rana', 'Ayesha', 'Ayesha'], ['Rahna', 'Vikram', 'Vikram'],
  ],
  absent: [
    'Lapointe', 'Delvaux', 'Ochoa', 'Teixeira', 'Giordano', 'Ziegler', 'Solberg', 'Michalak',
    'Vukovic', 'Shevchuk', 'Xenakis', 'Karaca', 'Shaheen', 'Jalali', 'Dayan', 'Petrosyan',
    'Beridze', 'Upadhyay', 'Ramasamy', 'Hegde', 'Cheema', 'Jadhav', 'Perera', 'Nomura',
    'Shaughnessy', 'Drysdale', 'Opoku', 'Joubert', 'Alemu', 'Hirsi', 'Koskinen',
  ],
  absentSpelled: ['ZIEGLER', 'PERERA', 'HALASZ', 'BUTKUS'],
};

writeSets([SET_13, SET_14]);
