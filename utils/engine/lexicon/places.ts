/**
 * Countries with their names, abbreviations and demonyms, so "American soldiers", "US troops" and
 * "troops of the United States" share one owner key ("us"). General world knowledge, not tied to
 * any article subject.
 */

/** One country (or union/alliance) as it can be written. */
export interface PlaceEntry {
  /** Stable key used in subject keys: "us", "uk", "saudi-arabia". */
  key: string;
  /** Display name as a place: "Iraq", "the US". */
  name: string;
  /** Display adjective as an owner: "US", "Iraqi". */
  adjective: string;
  /** Case-sensitive surface forms: names, abbreviations, demonyms (singular and plural). */
  aliases: readonly string[];
}

/** Countries and a few supranational bodies. Aliases are matched case-sensitively on word boundaries. */
export const PLACES: readonly PlaceEntry[] = [
  { key: 'us', name: 'US', adjective: 'US', aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States', 'United States of America', 'America', 'American', 'Americans'] },
  { key: 'uk', name: 'UK', adjective: 'UK', aliases: ['UK', 'U.K.', 'United Kingdom', 'Britain', 'Great Britain', 'British', 'Briton', 'Britons'] },
  { key: 'eu', name: 'EU', adjective: 'EU', aliases: ['EU', 'E.U.', 'European Union'] },
  { key: 'nato', name: 'NATO', adjective: 'NATO', aliases: ['NATO', 'Nato'] },
  { key: 'un', name: 'UN', adjective: 'UN', aliases: ['UN', 'U.N.', 'United Nations'] },
  { key: 'russia', name: 'Russia', adjective: 'Russian', aliases: ['Russia', 'Russian Federation', 'Russian', 'Russians'] },
  { key: 'china', name: 'China', adjective: 'Chinese', aliases: ['China', 'PRC', "People's Republic of China", 'Chinese'] },
  { key: 'iran', name: 'Iran', adjective: 'Iranian', aliases: ['Iran', 'Iranian', 'Iranians', 'Islamic Republic of Iran'] },
  { key: 'iraq', name: 'Iraq', adjective: 'Iraqi', aliases: ['Iraq', 'Iraqi', 'Iraqis'] },
  { key: 'syria', name: 'Syria', adjective: 'Syrian', aliases: ['Syria', 'Syrian', 'Syrians'] },
  { key: 'israel', name: 'Israel', adjective: 'Israeli', aliases: ['Israel', 'Israeli', 'Israelis'] },
  { key: 'palestine', name: 'Palestine', adjective: 'Palestinian', aliases: ['Palestine', 'Palestinian', 'Palestinians', 'Palestinian territories'] },
  { key: 'lebanon', name: 'Lebanon', adjective: 'Lebanese', aliases: ['Lebanon', 'Lebanese'] },
  { key: 'jordan', name: 'Jordan', adjective: 'Jordanian', aliases: ['Jordan', 'Jordanian', 'Jordanians'] },
  { key: 'egypt', name: 'Egypt', adjective: 'Egyptian', aliases: ['Egypt', 'Egyptian', 'Egyptians'] },
  { key: 'saudi-arabia', name: 'Saudi Arabia', adjective: 'Saudi', aliases: ['Saudi Arabia', 'Saudi', 'Saudis', 'KSA'] },
  { key: 'turkey', name: 'Turkey', adjective: 'Turkish', aliases: ['Turkey', 'Türkiye', 'Turkiye', 'Turkish', 'Turks'] },
  { key: 'yemen', name: 'Yemen', adjective: 'Yemeni', aliases: ['Yemen', 'Yemeni', 'Yemenis'] },
  { key: 'afghanistan', name: 'Afghanistan', adjective: 'Afghan', aliases: ['Afghanistan', 'Afghan', 'Afghans'] },
  { key: 'pakistan', name: 'Pakistan', adjective: 'Pakistani', aliases: ['Pakistan', 'Pakistani', 'Pakistanis'] },
  { key: 'india', name: 'India', adjective: 'Indian', aliases: ['India', 'Indian', 'Indians'] },
  { key: 'bangladesh', name: 'Bangladesh', adjective: 'Bangladeshi', aliases: ['Bangladesh', 'Bangladeshi', 'Bangladeshis'] },
  { key: 'sri-lanka', name: 'Sri Lanka', adjective: 'Sri Lankan', aliases: ['Sri Lanka', 'Sri Lankan', 'Sri Lankans'] },
  { key: 'myanmar', name: 'Myanmar', adjective: 'Myanmar', aliases: ['Myanmar', 'Burma', 'Burmese'] },
  { key: 'france', name: 'France', adjective: 'French', aliases: ['France', 'French'] },
  { key: 'germany', name: 'Germany', adjective: 'German', aliases: ['Germany', 'German', 'Germans'] },
  { key: 'italy', name: 'Italy', adjective: 'Italian', aliases: ['Italy', 'Italian', 'Italians'] },
  { key: 'spain', name: 'Spain', adjective: 'Spanish', aliases: ['Spain', 'Spanish', 'Spaniards'] },
  { key: 'portugal', name: 'Portugal', adjective: 'Portuguese', aliases: ['Portugal', 'Portuguese'] },
  { key: 'ukraine', name: 'Ukraine', adjective: 'Ukrainian', aliases: ['Ukraine', 'Ukrainian', 'Ukrainians'] },
  { key: 'belarus', name: 'Belarus', adjective: 'Belarusian', aliases: ['Belarus', 'Belarusian', 'Belarusians'] },
  { key: 'poland', name: 'Poland', adjective: 'Polish', aliases: ['Poland', 'Polish', 'Poles'] },
  { key: 'netherlands', name: 'Netherlands', adjective: 'Dutch', aliases: ['Netherlands', 'Holland', 'Dutch'] },
  { key: 'belgium', name: 'Belgium', adjective: 'Belgian', aliases: ['Belgium', 'Belgian', 'Belgians'] },
  { key: 'sweden', name: 'Sweden', adjective: 'Swedish', aliases: ['Sweden', 'Swedish', 'Swedes'] },
  { key: 'norway', name: 'Norway', adjective: 'Norwegian', aliases: ['Norway', 'Norwegian', 'Norwegians'] },
  { key: 'denmark', name: 'Denmark', adjective: 'Danish', aliases: ['Denmark', 'Danish', 'Danes'] },
  { key: 'finland', name: 'Finland', adjective: 'Finnish', aliases: ['Finland', 'Finnish', 'Finns'] },
  { key: 'switzerland', name: 'Switzerland', adjective: 'Swiss', aliases: ['Switzerland', 'Swiss'] },
  { key: 'austria', name: 'Austria', adjective: 'Austrian', aliases: ['Austria', 'Austrian', 'Austrians'] },
  { key: 'greece', name: 'Greece', adjective: 'Greek', aliases: ['Greece', 'Greek', 'Greeks'] },
  { key: 'ireland', name: 'Ireland', adjective: 'Irish', aliases: ['Ireland', 'Irish'] },
  { key: 'hungary', name: 'Hungary', adjective: 'Hungarian', aliases: ['Hungary', 'Hungarian', 'Hungarians'] },
  { key: 'romania', name: 'Romania', adjective: 'Romanian', aliases: ['Romania', 'Romanian', 'Romanians'] },
  { key: 'serbia', name: 'Serbia', adjective: 'Serbian', aliases: ['Serbia', 'Serbian', 'Serbians', 'Serbs'] },
  { key: 'czechia', name: 'Czechia', adjective: 'Czech', aliases: ['Czechia', 'Czech Republic', 'Czech', 'Czechs'] },
  { key: 'canada', name: 'Canada', adjective: 'Canadian', aliases: ['Canada', 'Canadian', 'Canadians'] },
  { key: 'mexico', name: 'Mexico', adjective: 'Mexican', aliases: ['Mexico', 'Mexican', 'Mexicans'] },
  { key: 'cuba', name: 'Cuba', adjective: 'Cuban', aliases: ['Cuba', 'Cuban', 'Cubans'] },
  { key: 'brazil', name: 'Brazil', adjective: 'Brazilian', aliases: ['Brazil', 'Brazilian', 'Brazilians'] },
  { key: 'argentina', name: 'Argentina', adjective: 'Argentine', aliases: ['Argentina', 'Argentine', 'Argentinian', 'Argentines', 'Argentinians'] },
  { key: 'colombia', name: 'Colombia', adjective: 'Colombian', aliases: ['Colombia', 'Colombian', 'Colombians'] },
  { key: 'venezuela', name: 'Venezuela', adjective: 'Venezuelan', aliases: ['Venezuela', 'Venezuelan', 'Venezuelans'] },
  { key: 'chile', name: 'Chile', adjective: 'Chilean', aliases: ['Chile', 'Chilean', 'Chileans'] },
  { key: 'peru', name: 'Peru', adjective: 'Peruvian', aliases: ['Peru', 'Peruvian', 'Peruvians'] },
  { key: 'japan', name: 'Japan', adjective: 'Japanese', aliases: ['Japan', 'Japanese'] },
  { key: 'south-korea', name: 'South Korea', adjective: 'South Korean', aliases: ['South Korea', 'South Korean', 'South Koreans', 'Republic of Korea'] },
  { key: 'north-korea', name: 'North Korea', adjective: 'North Korean', aliases: ['North Korea', 'North Korean', 'North Koreans', 'DPRK'] },
  { key: 'taiwan', name: 'Taiwan', adjective: 'Taiwanese', aliases: ['Taiwan', 'Taiwanese'] },
  { key: 'vietnam', name: 'Vietnam', adjective: 'Vietnamese', aliases: ['Vietnam', 'Viet Nam', 'Vietnamese'] },
  { key: 'thailand', name: 'Thailand', adjective: 'Thai', aliases: ['Thailand', 'Thai'] },
  { key: 'indonesia', name: 'Indonesia', adjective: 'Indonesian', aliases: ['Indonesia', 'Indonesian', 'Indonesians'] },
  { key: 'philippines', name: 'Philippines', adjective: 'Philippine', aliases: ['Philippines', 'Philippine', 'Filipino', 'Filipinos'] },
  { key: 'malaysia', name: 'Malaysia', adjective: 'Malaysian', aliases: ['Malaysia', 'Malaysian', 'Malaysians'] },
  { key: 'australia', name: 'Australia', adjective: 'Australian', aliases: ['Australia', 'Australian', 'Australians'] },
  { key: 'new-zealand', name: 'New Zealand', adjective: 'New Zealand', aliases: ['New Zealand', 'New Zealanders'] },
  { key: 'south-africa', name: 'South Africa', adjective: 'South African', aliases: ['South Africa', 'South African', 'South Africans'] },
  { key: 'nigeria', name: 'Nigeria', adjective: 'Nigerian', aliases: ['Nigeria', 'Nigerian', 'Nigerians'] },
  { key: 'kenya', name: 'Kenya', adjective: 'Kenyan', aliases: ['Kenya', 'Kenyan', 'Kenyans'] },
  { key: 'ethiopia', name: 'Ethiopia', adjective: 'Ethiopian', aliases: ['Ethiopia', 'Ethiopian', 'Ethiopians'] },
  { key: 'sudan', name: 'Sudan', adjective: 'Sudanese', aliases: ['Sudan', 'Sudanese'] },
  { key: 'somalia', name: 'Somalia', adjective: 'Somali', aliases: ['Somalia', 'Somali', 'Somalis'] },
  { key: 'libya', name: 'Libya', adjective: 'Libyan', aliases: ['Libya', 'Libyan', 'Libyans'] },
  { key: 'tunisia', name: 'Tunisia', adjective: 'Tunisian', aliases: ['Tunisia', 'Tunisian', 'Tunisians'] },
  { key: 'algeria', name: 'Algeria', adjective: 'Algerian', aliases: ['Algeria', 'Algerian', 'Algerians'] },
  { key: 'morocco', name: 'Morocco', adjective: 'Moroccan', aliases: ['Morocco', 'Moroccan', 'Moroccans'] },
  { key: 'mali', name: 'Mali', adjective: 'Malian', aliases: ['Mali', 'Malian', 'Malians'] },
  { key: 'qatar', name: 'Qatar', adjective: 'Qatari', aliases: ['Qatar', 'Qatari', 'Qataris'] },
  { key: 'uae', name: 'UAE', adjective: 'Emirati', aliases: ['UAE', 'U.A.E.', 'United Arab Emirates', 'Emirati', 'Emiratis'] },
  { key: 'kuwait', name: 'Kuwait', adjective: 'Kuwaiti', aliases: ['Kuwait', 'Kuwaiti', 'Kuwaitis'] },
  { key: 'bahrain', name: 'Bahrain', adjective: 'Bahraini', aliases: ['Bahrain', 'Bahraini', 'Bahrainis'] },
  { key: 'oman', name: 'Oman', adjective: 'Omani', aliases: ['Oman', 'Omani', 'Omanis'] },
  { key: 'kazakhstan', name: 'Kazakhstan', adjective: 'Kazakh', aliases: ['Kazakhstan', 'Kazakh', 'Kazakhs'] },
  { key: 'kurdistan', name: 'Kurdistan', adjective: 'Kurdish', aliases: ['Kurdistan', 'Kurdish', 'Kurds'] },
];

/**
 * Names used for a country's government (metonyms): "Washington has 2,500 troops", "the Kremlin said".
 * Only used to find an owner, never as a place (a capital in "in Moscow" is a place of its own).
 */
export const GOVERNMENT_METONYMS: Readonly<Record<string, string>> = {
  Washington: 'us', Pentagon: 'us', 'White House': 'us', 'State Department': 'us',
  Kremlin: 'russia', Moscow: 'russia', Beijing: 'china', Tehran: 'iran', Baghdad: 'iraq',
  Damascus: 'syria', London: 'uk', Whitehall: 'uk', 'Downing Street': 'uk', Paris: 'france',
  'Élysée': 'france', Berlin: 'germany', Kyiv: 'ukraine', Kiev: 'ukraine', Ankara: 'turkey',
  Riyadh: 'saudi-arabia', Tokyo: 'japan', Seoul: 'south-korea', Pyongyang: 'north-korea',
  Ottawa: 'canada', Canberra: 'australia', 'New Delhi': 'india', Islamabad: 'pakistan',
  Kabul: 'afghanistan', Cairo: 'egypt', Beirut: 'lebanon', Amman: 'jordan', Brussels: 'eu',
  Rome: 'italy', Madrid: 'spain', Warsaw: 'poland', Minsk: 'belarus', Caracas: 'venezuela',
  Havana: 'cuba', Taipei: 'taiwan', Doha: 'qatar', 'Abu Dhabi': 'uae',
};
