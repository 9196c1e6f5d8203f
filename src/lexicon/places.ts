// Regions that follow a city after a comma in a dateline or an opening phrase ("in Dover, New Hampshire, …",
// "at a rally in Lyon, France, on Monday, …"): the place goes on, and the next words are not yet the subject.
// Provenance: the fifty US states and the District of Columbia (US Census Bureau), the provinces and territories of
// Canada and the states and territories of Australia (their governments' lists), the four nations of the United
// Kingdom, and the member states of the United Nations in their short English names (UN Protocol list), with a few
// common variants ("Britain", "the Netherlands" as "Netherlands"); the continents and the regions news names like
// them. Lower case, words joined by one space.

const US_STATES = `alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|
indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|
nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|
south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|d.c.|puerto rico`;

const PROVINCES = `alberta|british columbia|manitoba|new brunswick|newfoundland|newfoundland and labrador|nova scotia|ontario|
prince edward island|quebec|saskatchewan|yukon|nunavut|northwest territories|new south wales|queensland|victoria|tasmania|
western australia|south australia|northern territory|england|scotland|wales|northern ireland`;

const COUNTRIES = `afghanistan|albania|algeria|andorra|angola|antigua and barbuda|argentina|armenia|australia|austria|azerbaijan|
bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia and herzegovina|botswana|brazil|brunei|
bulgaria|burkina faso|burundi|cambodia|cameroon|canada|cape verde|central african republic|chad|chile|china|colombia|comoros|
congo|costa rica|croatia|cuba|cyprus|czech republic|czechia|denmark|djibouti|dominica|dominican republic|ecuador|egypt|
el salvador|equatorial guinea|eritrea|estonia|eswatini|ethiopia|fiji|finland|france|gabon|gambia|germany|ghana|greece|grenada|
guatemala|guinea|guinea-bissau|guyana|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|
ivory coast|jamaica|japan|jordan|kazakhstan|kenya|kiribati|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|
liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|mexico|micronesia|
moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|burma|namibia|nauru|nepal|netherlands|new zealand|nicaragua|
niger|nigeria|north korea|north macedonia|norway|oman|pakistan|palau|panama|papua new guinea|paraguay|peru|philippines|poland|
portugal|qatar|romania|russia|rwanda|samoa|san marino|saudi arabia|senegal|serbia|seychelles|sierra leone|singapore|slovakia|
slovenia|somalia|south africa|south korea|south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|
tajikistan|tanzania|thailand|togo|tonga|trinidad and tobago|tunisia|turkey|turkmenistan|tuvalu|uganda|ukraine|
united arab emirates|united kingdom|britain|great britain|uruguay|uzbekistan|vanuatu|venezuela|vietnam|yemen|zambia|zimbabwe|
west bank|gaza|hong kong|u.k.`;

// Continents and the regions news names like countries ("Latin America", "the Middle East").
const CONTINENTS = `europe|asia|africa|antarctica|oceania|north america|south america|latin america|central america|
middle east|caribbean|balkans|scandinavia|siberia|new england|midwest|appalachia|silicon valley`;

/** The regions above, in lower case, words joined by one space. */
export const REGIONS: ReadonlySet<string> = new Set(
  [US_STATES, PROVINCES, COUNTRIES, CONTINENTS].flatMap((list) => list.split('|').map((s) => s.trim())),
);

/** A region with a point of the compass before it ("Southern California", "Western Europe", "East Asia"). */
export function isRegion(words: readonly string[]): boolean {
  const name = words.join(' ');
  return REGIONS.has(name) || words.length > 1 && COMPASS.test(words[0]!) && REGIONS.has(words.slice(1).join(' '));
}
const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|southwest|upstate|downstate)$/;

/**
 * The words that end a place's name in news ("Mexico City", "Orange County", "Trump Plaza", "Boca Raton" aside) or
 * open it ("Lake Erie", "Mount Hood"): such a name is no person's. Source: US Census Bureau place and feature classes
 * (not those that are common surnames too: Woods, Ridge, Hills, Park).
 */
// (and "d.c" as a name's cleaned words end it: "Washington D.C")
export const PLACE_LAST: ReadonlySet<string> = new Set('city county plaza beach valley island islands bay airport square heights springs falls harbor harbour canyon desert d.c sea ocean river strait straits gulf shoal reef mountains peninsula sound creek township borough parish junction area region province territory'.split(' '));
export const PLACE_FIRST: ReadonlySet<string> = new Set('lake mount mt. cape fort port san santa los las'.split(' '));

/** The most words a region above has. */
export const REGION_WORDS = Math.max(...[...REGIONS].map((r) => r.split(' ').length));
