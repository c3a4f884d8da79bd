/**
 * Writes the held-out name sets `bench/data/names-heldout-15.json` and `-16.json`: two more fresh
 * unseen tests of dial-by-name, each about 65 people and 200 queries, in the file format of the
 * other sets (see bench/README.md).
 *
 * How they were written: the people (surnames of many languages — French of France, Quebec,
 * Belgium and Switzerland, Spanish of Spain, Mexico, Colombia and Chile, Portuguese of Portugal,
 * Brazil and Angola, Italian, German, Austrian, Swiss German, Dutch, Swedish, Icelandic, Polish,
 * Czech, Slovak, Slovenian, Bosnian and Serbian, Bulgarian, Belarusian, Greek, Turkish,
 * Azerbaijani, Arabic of the Gulf, the Levant, Egypt and the Maghreb, Persian, Pashto, Hebrew,
 * Armenian, Georgian, Hindi, Tamil, Telugu, Kannada, Bengali, Punjabi, Marathi, Malayalam,
 * Gujarati, Odia, Konkani, Pakistani, Bangladeshi, Sri Lankan (Sinhala), Nepali, Mandarin
 * (Pinyin), Cantonese, Teochew, Hokkien and Hakka, Japanese, Korean, Vietnamese, Filipino, Thai,
 * Indonesian, Malay, Burmese, Khmer, Irish-language forms, Scottish, Welsh, Cornish, Yoruba, Igbo
 * and Hausa, Ghanaian, Kenyan, Ugandan, Xhosa, Amharic, Tigrinya, Somali, Wolof, Hungarian,
 * Finnish, Estonian, Romanian, Lithuanian, Latvian, Albanian, Maltese, Samoan, Tongan and
 * Hawaiian — with first names that go with them) and what an English-trained recognizer writes
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
 *   npx ts-node --transpile-only --project test/tsconfig.json bench/make-names-heldout-15.ts
 */
import { type SetSpec, writeSets } from './heldout-sets';

const SET_15: SetSpec = {
  file: 'names-heldout-15.json',
  prefix: 'u',
  seed: 15015,
  people: [
    // French (France, Quebec, Switzerland)
    { first: 'Hélène', last: 'Pélissier', heard: ['Pelissier', 'Pelisier'], spell: true },
    { first: 'Mathieu', last: 'Daigneault', heard: ['Daigneault', 'Deneau'] },
    { first: 'Laurent', last: 'Cuendet', heard: ['Cuendet', 'Kwende'] },
    // Spanish (Spain, Mexico, Colombia, Chile)
    { first: 'Rocío', last: 'Villaescusa', heard: ['Villaescusa', 'Biyaescusa', 'Villa Escusa'] },
    { first: 'Guadalupe', last: 'Olguín', heard: ['Olguin', 'Olgeen'] },
    { first: 'Andrés', last: 'Restrepo', heard: ['Restrepo', 'Restrapo'] },
    { first: 'Catalina', last: 'Errázuriz', heard: ['Errazuriz', 'Erasuris'], spell: true },
    // Portuguese (Portugal, Brazil, Angola)
    { first: 'Rui', last: 'Quaresma', heard: ['Quaresma', 'Kwaresma'] },
    { first: 'Luana', last: 'Wanderley', heard: ['Wanderley', 'Vanderlay'] },
    { first: 'Bornito', last: 'Van-Dúnem', heard: ['Van Dunem', 'Vandunem'], spell: true },
    // Italian
    { first: 'Rosario', last: 'Sciacchitano', heard: ['Shakitano', 'Sciacchitano'], spell: true },
    // Austrian, Swiss German
    { first: 'Florian', last: 'Hinterberger', heard: ['Hinterberger', 'Hinter Berger'] },
    { first: 'Ueli', last: 'Tschudi', heard: ['Choody', 'Tschudi'] },
    // Dutch
    { first: 'Maarten', last: 'Schuurmans', heard: ['Schuurmans', 'Skurmans', 'Shoormans'] },
    // Icelandic
    { first: 'Sólveig', last: 'Guðmundsdóttir', heard: ['Gudmundsdottir', 'Gudmunds Dottir'], spell: true },
    // Polish
    { first: 'Bartosz', last: 'Szczepańczyk', heard: ['Shchepanchik', 'Szczepanczyk', 'Shepanchick'], spell: true },
    // Czech, Slovenian
    { first: 'Ondřej', last: 'Hrubý', heard: ['Hruby', 'Hrooby'] },
    { first: 'Nejc', last: 'Zupančič', heard: ['Zupancic', 'Zupanchich'], spell: true },
    // Bosnian
    { first: 'Emir', last: 'Hadžiomerović', heard: ['Hadziomerovic', 'Hajiomerovich'], spell: true },
    // Belarusian
    { first: 'Aliaksandr', last: 'Lukashevich', heard: ['Lukashevich', 'Lukashevitch'] },
    // Greek
    { first: 'Eleni', last: 'Triantafyllou', heard: ['Triantafyllou', 'Trianta Fillou', 'Triantafilou'], spell: true },
    // Turkish, Azerbaijani
    { first: 'Emre', last: 'Bozkurt', heard: ['Bozkurt', 'Boz Kurt'] },
    { first: 'Rashad', last: 'Mammadov', heard: ['Mammadov', 'Mamedov'] },
    // Arabic (Gulf, Egypt, Maghreb)
    { first: 'Khalid', last: 'Al Mazrouei', heard: ['Al Mazrouei', 'Almazroui'], spell: true },
    { first: 'Mona', last: 'Abdel-Fattah', heard: ['Abdel Fattah', 'Abdelfatah'] },
    { first: 'Youssef', last: 'Lahlou', heard: ['Lahlou', 'Lalou'] },
    // Persian
    { first: 'Parisa', last: 'Nikpour', heard: ['Nikpour', 'Nickpoor'] },
    // Hebrew
    { first: 'Moshe', last: 'Ohayon', heard: ['Ohayon', 'O Hayon'] },
    // Armenian
    { first: 'Armen', last: 'Der Sarkissian', heard: ['Der Sarkissian', 'Dersarkissian', 'Der Sarkisian'], spell: true },
    // Georgian
    { first: 'Tamar', last: 'Tsereteli', heard: ['Tsereteli', 'Sereteli'] },
    // Hindi, Tamil, Odia, Konkani
    { first: 'Anupam', last: 'Maheshwari', heard: ['Maheshwari', 'Maheshwary'] },
    { first: 'Senthil', last: 'Muthuswamy', heard: ['Muthuswamy', 'Muthu Swamy'] },
    { first: 'Subhashree', last: 'Mohapatra', heard: ['Mohapatra', 'Mahapatra'], spell: true },
    { first: 'Gautam', last: 'Dempo', heard: ['Dempo', 'Dembo'] },
    // Nepali
    { first: 'Pasang', last: 'Gurung', heard: ['Gurung', 'Goorung'] },
    // Mandarin (Pinyin), Cantonese, Teochew (Thai Chinese)
    { first: 'Wenjie', last: 'Zhuge', heard: ['Zhuge', 'Jugo'] },
    { first: 'Wing Sze', last: 'Cheuk', heard: ['Cheuk', 'Chuck'], spell: true },
    { first: 'Somsak', last: 'Sae-Heng', heard: ['Sae Heng', 'Say Heng'] },
    // Japanese
    { first: 'Kenji', last: 'Hirabayashi', heard: ['Hirabayashi', 'Hira Bayashi'] },
    // Korean
    { first: 'Ji-yeon', last: 'Maeng', heard: ['Maeng', 'Mang'], spell: true },
    // Vietnamese
    { first: 'Quang', last: 'Tôn Thất', heard: ['Ton That', 'Tonthat'] },
    // Filipino
    { first: 'Imelda', last: 'Magsaysay', heard: ['Magsaysay', 'Mag Saysay'] },
    // Thai
    { first: 'Nattapong', last: 'Chaiyaphum', heard: ['Chaiyaphum', 'Chaiyapoom'] },
    // Indonesian (Batak)
    { first: 'Fitri', last: 'Nasution', heard: ['Nasution', 'Nasutian'] },
    // Burmese, Khmer
    { first: 'Zaw', last: 'Thein', heard: ['Thein', 'Thane'], spell: true },
    { first: 'Sokha', last: 'Chhim', heard: ['Chim', 'Chhim'], spell: true },
    // Irish (Irish-language form)
    { first: 'Siobhán', last: 'Ní Chonaill', heard: ['Nee Connell', 'Ni Conal'], spell: true },
    // Scottish, Cornish
    { first: 'Fraser', last: 'Menteith', heard: ['Menteith', 'Menteeth'] },
    { first: 'Jago', last: 'Trevithick', heard: ['Trevithick', 'Trevethick'] },
    // Hausa
    { first: 'Aminu', last: 'Danjuma', heard: ['Danjuma', 'Dan Juma'] },
    // Ugandan (Ganda)
    { first: 'Brian', last: 'Ssempala', heard: ['Sempala', 'Ssempala'], spell: true },
    // Tigrinya (Eritrea)
    { first: 'Senait', last: 'Tesfamariam', heard: ['Tesfamariam', 'Tesfa Mariam'] },
    // Wolof (Senegal)
    { first: 'Moussa', last: 'Mbengue', heard: ['Mbengue', 'Embengay'], spell: true },
    // Albanian
    { first: 'Arben', last: 'Hoxha', heard: ['Hoja', 'Hodja', 'Hoxha'], spell: true },
    // Maltese
    { first: 'Charmaine', last: 'Xuereb', heard: ['Shureb', 'Xuereb', 'Shoo Reb'] },
    // Samoan, Hawaiian
    { first: 'Alesana', last: 'Tuilagi', heard: ['Tuilagi', 'Tui Lagi'] },
    { first: 'Keoni', last: 'Kahananui', heard: ['Kahananui', 'Kahana Nui'] },
    // Shared surnames and sound-alike surnames
    { first: 'Sandeep', last: 'Bhosale', heard: [] },
    { first: 'Vaishali', last: 'Bhosale', heard: [] },
    { first: 'Ruwan', last: 'Jayawardena', heard: [] },
    { first: 'Dilani', last: 'Jayawardene', heard: [] },
    { first: 'Tunde', last: 'Ogunbanjo', heard: [] },
    { first: 'Bisola', last: 'Ogunbanjo', heard: [] },
    { first: 'Ayumi', last: 'Sugimura', heard: [] },
    { first: 'Takeshi', last: 'Sugimura', heard: [] },
  ],
  ambiguous: [
    ['Bhosale', '', 'AMBIGUOUS'], ['Bhosle', '', 'AMBIGUOUS'], ['Bhosale', 'Sandeep', 'Sandeep'], ['Bhosle', 'Vaishali', 'Vaishali'],
    ['Jayawardena', '', 'AMBIGUOUS'], ['Jaya Wardena', '', 'AMBIGUOUS'], ['Jayawardena', 'Ruwan', 'Ruwan'], ['Jayawardene', 'Dilani', 'Dilani'],
    ['Ogunbanjo', '', 'AMBIGUOUS'], ['Ogunbanjo', 'Tunde', 'Tunde'], ['Ogun Banjo', 'Bisola', 'Bisola'],
    ['Sugimura', '', 'AMBIGUOUS'], ['Sugimura', 'Ayumi', 'Ayumi'], ['Sugi Mura', 'Takeshi', 'Takeshi'],
  ],
  absent: [
    'Lamarque', 'Boisvert', 'Wauters', 'Dubochet', 'Ballesteros', 'Iturbide', 'Jaramillo', 'Vicuña',
    'Medeiros', 'Zuccarello', 'Moosbrugger', 'Zwahlen', 'Kloosterman', 'Oblak', 'Yermolenko', 'Zervas',
    'Aliyev', 'Al Ghamdi', 'Sfeir', 'Moghaddam', 'Wardak', 'Papazian', 'Lomidze', 'Venkatachalam',
    'Panigrahi', 'Lamichhane', 'Pardede', 'Trelawny', 'Kiggundu', 'Wondimu', 'Zammit', 'Kivisild',
  ],
  absentSpelled: ['JARAMILLO', 'OBERDORFER', 'GEBREYESUS', 'HASLINGER'],
};

const SET_16: SetSpec = {
  file: 'names-heldout-16.json',
  prefix: 'v',
  seed: 16016,
  people: [
    // French (France, Quebec, Belgium)
    { first: 'Aurélien', last: 'Escoffier', heard: ['Escoffier', 'Escofier'], spell: true },
    { first: 'Josée', last: 'Brisebois', heard: ['Brisebois', 'Brisbois', 'Breeze Bwa'] },
    { first: 'Arnaud', last: 'Delhaize', heard: ['Delhaize', 'Delaize'] },
    // Spanish (Mexico, Colombia, Chile)
    { first: 'Itzel', last: 'Huitrón', heard: ['Witron', 'Huitron'] },
    { first: 'Juliana', last: 'Arboleda', heard: ['Arboleda', 'Arbo Leda'] },
    { first: 'Vicente', last: 'Undurraga', heard: ['Undurraga', 'Underaga'], spell: true },
    // Portuguese (Brazil, Angola)
    { first: 'Raimundo', last: 'Assunção', heard: ['Assuncao', 'Asunsao'] },
    { first: 'Esperança', last: 'Kassoma', heard: ['Kassoma', 'Casoma'] },
    // Italian
    { first: 'Lorenzo', last: 'Squarcialupi', heard: ['Squarcialupi', 'Skwarchalupi'], spell: true },
    // German
    { first: 'Dieter', last: 'Habermann', heard: ['Habermann', 'Haberman'] },
    // Swedish, Icelandic
    { first: 'Björn', last: 'Holmqvist', heard: ['Holmquist', 'Holmqvist'] },
    { first: 'Einar', last: 'Þórhallsson', heard: ['Thorhallsson', 'Torhalsson'], spell: true },
    // Slovak
    { first: 'Miroslav', last: 'Hlinka', heard: ['Hlinka', 'Linka'] },
    // Serbian
    { first: 'Nemanja', last: 'Radosavljević', heard: ['Radosavljevic', 'Radosavlyevich'], spell: true },
    // Bulgarian
    { first: 'Tsvetan', last: 'Zhelyazkov', heard: ['Zhelyazkov', 'Jelyazkov'] },
    // Azerbaijani
    { first: 'Elnur', last: 'Huseynov', heard: ['Huseynov', 'Husseinov'] },
    // Arabic (Gulf, Levant, Egypt)
    { first: 'Mariam', last: 'Al Suwaidi', heard: ['Al Suwaidi', 'Alsuwaidi'] },
    { first: 'Tony', last: 'Frangieh', heard: ['Frangieh', 'Franjieh', 'Franjie'], spell: true },
    { first: 'Amr', last: 'Zaghloul', heard: ['Zaghloul', 'Zaglool'] },
    // Persian
    { first: 'Mehdi', last: 'Tabatabai', heard: ['Tabatabai', 'Taba Tabai'] },
    // Afghan (Pashto)
    { first: 'Masoom', last: 'Stanikzai', heard: ['Stanikzai', 'Stanek Zai'] },
    // Georgian
    { first: 'Levan', last: 'Kvaratskhelia', heard: ['Kvaratskhelia', 'Kvara Tskhelia'], spell: true },
    // Hindi, Telugu, Kannada, Bengali, Punjabi, Malayalam, Gujarati
    { first: 'Alok', last: 'Vajpayee', heard: ['Vajpayee', 'Bajpai'] },
    { first: 'Sravani', last: 'Jonnalagadda', heard: ['Jonnalagadda', 'Jonna Lagadda'], spell: true },
    { first: 'Basavaraj', last: 'Hiremath', heard: ['Hiremath', 'Hiremut'] },
    { first: 'Debashis', last: 'Goswami', heard: ['Goswami', 'Goswamy'] },
    { first: 'Harjit', last: 'Brar', heard: ['Brar', 'Braar'], spell: true },
    { first: 'Jibin', last: 'Puthenveettil', heard: ['Puthenveettil', 'Puthen Veetil'], spell: true },
    { first: 'Jayesh', last: 'Solanki', heard: ['Solanki', 'Solanky'] },
    // Pakistani (Pashto), Bangladeshi
    { first: 'Usman', last: 'Niazi', heard: ['Niazi', 'Nyazi'] },
    { first: 'Shahidul', last: 'Howlader', heard: ['Howlader', 'Hawlader'] },
    // Mandarin (Pinyin), Hokkien (Indonesian spelling), Hakka (Mauritius)
    { first: 'Yiwen', last: 'Shangguan', heard: ['Shangguan', 'Shang Guan'], spell: true },
    { first: 'Hendra', last: 'Gouw', heard: ['Gouw', 'Gow'], spell: true },
    { first: 'Jean-Claude', last: 'Ah-Chuen', heard: ['Ah Chuen', 'Achuen', 'Ah Choon'] },
    // Japanese
    { first: 'Daisuke', last: 'Kobayakawa', heard: ['Kobayakawa', 'Kobaya Kawa'] },
    // Korean
    { first: 'Seo-yeon', last: 'Namgung', heard: ['Namgung', 'Nam Gung', 'Namkung'] },
    // Vietnamese
    { first: 'Thu', last: 'Khuất', heard: ['Khuat', 'Kwat'] },
    // Filipino
    { first: 'Jericho', last: 'Malabanan', heard: ['Malabanan', 'Mala Banan'] },
    // Thai
    { first: 'Siriporn', last: 'Kaewkhao', heard: ['Kaewkhao', 'Kaew Kao'], spell: true },
    // Indonesian (Batak), Malay
    { first: 'Ruth', last: 'Hutapea', heard: ['Hutapea', 'Hutapaya'] },
    { first: 'Azlan', last: 'Baharom', heard: ['Baharom', 'Baharum'] },
    // Burmese
    { first: 'Khin', last: 'Myint', heard: ['Myint', 'Mint'], spell: true },
    // Welsh
    { first: 'Dafydd', last: 'Gwilym', heard: ['Gwilym', 'Gwillim'] },
    // Yoruba, Igbo
    { first: 'Temitope', last: 'Oyinlola', heard: ['Oyinlola', 'Oyin Lola'] },
    { first: 'Obinna', last: 'Ikpeazu', heard: ['Ikpeazu', 'Ikpeazoo'], spell: true },
    // Ghanaian (Akan), Kenyan (Luo)
    { first: 'Kwame', last: 'Darko', heard: ['Darko', 'Darco'] },
    { first: 'Achieng', last: 'Odhiambo', heard: ['Odhiambo', 'Odiambo'] },
    // Xhosa
    { first: 'Sipho', last: 'Nqakula', heard: ['Nakula', 'Nqakula'], spell: true },
    // Amharic, Somali
    { first: 'Hirut', last: 'Mengistu', heard: ['Mengistu', 'Mengisto'] },
    { first: 'Waris', last: 'Dirie', heard: ['Dirie', 'Deary'] },
    // Hungarian
    { first: 'Gábor', last: 'Csizmadia', heard: ['Chizmadia', 'Csizmadia'], spell: true },
    // Finnish, Estonian
    { first: 'Juha', last: 'Kuusisto', heard: ['Kuusisto', 'Kusisto'] },
    { first: 'Triin', last: 'Ilves', heard: ['Ilves', 'Ilvez'] },
    // Lithuanian, Latvian
    { first: 'Darius', last: 'Jankauskas', heard: ['Jankauskas', 'Yankauskas'] },
    { first: 'Ilze', last: 'Krūmiņš', heard: ['Krumins', 'Kruminsh'], spell: true },
    // Albanian (Kosovo)
    { first: 'Blerim', last: 'Krasniqi', heard: ['Krasniqi', 'Krasnichi'], spell: true },
    // Tongan
    { first: 'Viliami', last: 'Vainikolo', heard: ['Vainikolo', 'Vaini Kolo'] },
    // Shared surnames and sound-alike surnames
    { first: 'Mihai', last: 'Ciobanu', heard: [] },
    { first: 'Elena', last: 'Ciobanu', heard: [] },
    { first: 'Kiran', last: 'Bhandari', heard: [] },
    { first: 'Shreya', last: 'Bhandary', heard: [] },
    { first: 'Sione', last: 'Tupou', heard: [] },
    { first: 'Mele', last: 'Tupou', heard: [] },
    { first: 'Awa', last: 'Thiam', heard: [] },
    { first: 'Cheikh', last: 'Thiam', heard: [] },
  ],
  ambiguous: [
    ['Ciobanu', '', 'AMBIGUOUS'], ['Chobanu', '', 'AMBIGUOUS'], ['Ciobanu', 'Mihai', 'Mihai'], ['Chobanu', 'Elena', 'Elena'],
    ['Bhandari', '', 'AMBIGUOUS'], ['Bhandary', '', 'AMBIGUOUS'], ['Bhandari', 'Kiran', 'Kiran'], ['Bandari', 'Shreya', 'Shreya'],
    ['Tupou', '', 'AMBIGUOUS'], ['Tupou', 'Sione', 'Sione'], ['Tupo', 'Mele', 'Mele'],
    ['Thiam', '', 'AMBIGUOUS'], ['Tiam', '', 'AMBIGUOUS'], ['Thiam', 'Awa', 'Awa'], ['Thiam', 'Cheikh', 'Cheikh'],
  ],
  absent: [
    'Vautrin', 'Lachapelle', 'Goffin', 'Jaquier', 'Fuster', 'Malacara', 'Ospina', 'Zañartu',
    'Valadares', 'Buonocore', 'Wimmer', 'Verbruggen', 'Kranjc', 'Mujkić', 'Tkachuk', 'Vlachopoulos',
    'Tekin', 'Al Dosari', 'Tannous', 'Jahanbani', 'Noorzai', 'Tatevosyan', 'Abashidze', 'Adiga',
    'Senapati', 'Dahal', 'Tregenza', 'Keter', 'Byaruhanga', 'Habtemariam', 'Landsbergis', 'Farrugia',
  ],
  absentSpelled: ['OSPINA', 'WIMMER', 'SENGHOR', 'PIMENTA'],
};

writeSets([SET_15, SET_16]);
