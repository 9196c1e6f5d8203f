// Outlet gazetteer: canonical name, then aliases, separated by "|".
// Provenance: the outlets named in ../shared/corpora/README.md's labelling
// guide, Wikipedia's "List of news agencies" and "List of newspapers in the
// United States by circulation", and the broadcasters of the major US, UK,
// Chinese, Russian and Gulf networks; then the national papers and public
// broadcasters of Canada, Australia, Ireland, the UK, Japan, Korea, Singapore,
// India, Israel, the Gulf, France, Germany, Italy, Spain, Brazil, Argentina,
// Russia and Ukraine that wire copy cites most, and the sports, entertainment,
// technology and business titles whose interviews news stories quote (with the
// European sports papers and broadcasters that transfer stories cite: Marca,
// L'Équipe, La Gazzetta dello Sport, Cadena SER …); and the
// scientific and medical journals whose studies news stories cite most; and the
// platforms people post on since 2023 (Threads, Bluesky …); and the Nigerian, Kenyan and South African
// broadcasters and papers African wire copy cites (Channels TV, Citizen TV, SABC …), the red-carpet and
// tennis broadcasters, and NASA TV and Space.com for space news; STAT, the health-news site; the Middle Eastern state
// news agencies wire copy cites (WAFA, SANA, QNA, WAM, MENA, KUNA, the Iranian agencies); the German and Austrian
// papers and groups it cites besides (Funke, RND, Handelsblatt, Tagesspiegel, ORF, Der Standard …); the British and
// Irish talk radio stations and racing and cricket titles sports copy quotes (LBC, Times Radio, Newstalk, ITV Racing,
// ESPNcricinfo …), and the Malaysian, Thai, Philippine and Indonesian papers, broadcasters and agencies Asian wire copy
// cites (Bernama, Malaysiakini, Bangkok Post, Rappler, GMA, Kompas, Antara …), Ukrinform and VKontakte; PA Media;
// the French, Italian, Greek, Turkish, Dutch and Belgian papers and broadcasters European copy cites (France Inter, Les
// Échos, RFI, La Stampa, Kathimerini, ERT, NOS, RTBF …), the Australian, New Zealand, Latin American and African
// titles besides (RNZ, Stuff, The Age, SBS, La Nación, Mail & Guardian, ThisDay …), the science magazines (New
// Scientist, Scientific American, The Conversation), the games press (IGN, Kotaku, Polygon, Eurogamer) and the big
// US local stations of three-letter call signs (KSL, WGN, KGO, WBZ); the rugby, motor-racing, cricket, combat-sports
// and US sports sites sports copy quotes (RugbyPass, Autosport, Cricbuzz, MMA Junkie, Pro Football Talk …), Carbon
// Brief, The Bookseller and Le Devoir.
// Programmes are mapped to their network ("Meet the Press" → NBC). Platforms
// are outlets too ("said on Twitter"), by the name the text gives them: X is X,
// Twitter and a tweet are Twitter. Aliases are matched case-sensitively,
// as written in news text.

const OUTLETS = `
Reuters|Thomson Reuters|Reuters news agency|Reuters Information Company
Associated Press|AP|The Associated Press|the Associated Press
Agence France-Presse|AFP|Agence France Presse
Bloomberg|Bloomberg News|Bloomberg Television|Bloomberg TV
Xinhua|Xinhua News Agency|Xinhua news agency
TASS|Tass|ITAR-TASS
RIA Novosti|RIA
Interfax
Kyodo|Kyodo News
Yonhap|Yonhap News Agency
PTI|Press Trust of India
ANI|Asian News International
dpa|DPA|Deutsche Presse-Agentur
EFE
ANSA
Sputnik
KCNA|Korean Central News Agency
IRNA
WAFA|Wafa|WAFA news agency|Wafa news agency
SANA|Syrian Arab News Agency
QNA|Qatar News Agency
Saudi Press Agency|SPA
WAM|Emirates News Agency
MENA|Middle East News Agency
KUNA|Kuwait News Agency
ISNA|Iranian Students' News Agency
Tasnim|Tasnim news agency
Fars|Fars news agency
Mehr|Mehr news agency
Army Radio
Anadolu|Anadolu Agency
BBC|BBC News|BBC Radio 4|BBC World Service
CNN|CNN International
Fox News|Fox|Fox News Channel
Fox Business Network|Fox Business|FBN
NBC|NBC News
ABC|ABC News
CBS|CBS News
MSNBC
CNBC
NPR|National Public Radio
PBS|PBS NewsHour
C-SPAN
Al Jazeera
CCTV|China Central Television
CGTN
RT America
RT|Russia Today
DW|Deutsche Welle
France 24
Sky News
ITV|ITV News
Channel 4|Channel 4 News
Euronews
Univision
Telemundo
The New York Times|New York Times|NYT|the New York Times
The Washington Post|Washington Post|the Washington Post
The Wall Street Journal|Wall Street Journal|WSJ|the Wall Street Journal
The Guardian|Guardian|the Guardian
Financial Times|FT|the Financial Times
The Times|the Times of London
The Telegraph|Daily Telegraph|the Telegraph
The Independent|the Independent
Daily Mail|Mail Online|the Daily Mail|MailOnline
The Economist|Economist|the Economist
The Advocate|Advocate|the Advocate
USA Today|USA TODAY
Los Angeles Times|LA Times|the Los Angeles Times
Chicago Tribune|the Chicago Tribune
The Boston Globe|Boston Globe|the Boston Globe
New York Post|The New York Post|the New York Post
New York Daily News|Daily News
Politico|POLITICO
Axios
STAT|STAT News|Stat News
Breitbart|Breitbart News
The Hill|the Hill
The Atlantic|the Atlantic
The New Yorker|New Yorker|the New Yorker
New York Magazine|New York magazine|New York Mag
Time|TIME|Time magazine
Newsweek
Vox
Slate
Salon
BuzzFeed|BuzzFeed News
HuffPost|Huffington Post|The Huffington Post|the Huffington Post
The Daily Beast|Daily Beast|the Daily Beast
Vanity Fair
Rolling Stone
Mother Jones
National Review
The Weekly Standard|Weekly Standard
The Daily Caller|Daily Caller|the Daily Caller
The Washington Times|Washington Times|the Washington Times
Washington Examiner|The Washington Examiner|the Washington Examiner
The Intercept|the Intercept
ProPublica
Forbes
Fortune
Business Insider
The Des Moines Register|Des Moines Register|the Des Moines Register
Miami Herald|the Miami Herald
The Dallas Morning News|Dallas Morning News
Houston Chronicle|the Houston Chronicle
San Francisco Chronicle
The Philadelphia Inquirer|Philadelphia Inquirer
Politifact|PolitiFact
Real Clear Politics|RealClearPolitics
Drudge Report|the Drudge Report
Infowars
Der Spiegel|Spiegel
Le Monde
El País
Haaretz
The Times of Israel|Times of Israel
Kommersant
Izvestia
RBC
Global Times|the Global Times
People's Daily|People’s Daily
China Daily
South China Morning Post
Nikkei|Nikkei Asia
Asahi|Asahi Shimbun
The Hindu
Times of India|The Times of India
Dawn
CBC|CBC News|Canadian Broadcasting Corporation
The Globe and Mail|Globe and Mail|the Globe and Mail
Toronto Star|the Toronto Star
ABC News Australia|Australian Broadcasting Corporation
The Sydney Morning Herald|Sydney Morning Herald|the Sydney Morning Herald
The Australian|the Australian newspaper
The Irish Times|Irish Times|the Irish Times
RTÉ|RTE
The Scotsman|the Scotsman
Evening Standard|the Evening Standard
The Sun|the Sun newspaper
Daily Mirror|the Daily Mirror
Daily Express|the Daily Express
The Observer|the Observer
Sky Sports|Sky Sports F1|Sky Sports News
talkSPORT|TalkSport|Talksport
NHK
Channels TV|Channels Television
Arise News|Arise TV
The Punch|Punch newspaper|Punch
Premium Times
Vanguard newspaper|Vanguard
Citizen TV
NTV Kenya
Daily Nation|the Daily Nation|Nation Media Group
The Standard newspaper
SABC|SABC News
eNCA
News24
Yomiuri Shimbun|Yomiuri|the Yomiuri Shimbun
Mainichi Shimbun|Mainichi
Korea Herald|The Korea Herald|the Korea Herald
JoongAng Ilbo|JoongAng
The Straits Times|Straits Times|the Straits Times
CNA|Channel NewsAsia
Hindustan Times|the Hindustan Times
The Indian Express|Indian Express|the Indian Express
NDTV
Al Arabiya
Arab News
Gulf News
Press TV
The Jerusalem Post|Jerusalem Post|the Jerusalem Post
Ynet|Ynetnews
Le Figaro
Libération
Die Zeit|Zeit
Süddeutsche Zeitung|Sueddeutsche Zeitung
Frankfurter Allgemeine Zeitung|Frankfurter Allgemeine|FAZ
Bild
Corriere della Sera
La Repubblica
El Mundo
Folha de S.Paulo|Folha
O Globo
Clarín
Meduza
Novaya Gazeta
Kyiv Independent|The Kyiv Independent|the Kyiv Independent
Ukrainska Pravda
Radio Free Europe|Radio Free Europe/Radio Liberty|RFE/RL
Voice of America|VOA
Politico Europe
LBC
Times Radio
GB News
BBC Radio 5 Live|Radio 5 Live|5 Live
Newstalk
Irish Independent|the Irish Independent
ITV Racing
Racing Post|the Racing Post
ESPNcricinfo|Cricinfo
Wisden
Cyclingnews
RugbyPass
Planet Rugby
Autosport
Motorsport.com
Cricbuzz
The Cricketer|the Cricketer
MMA Junkie
Pro Football Talk|ProFootballTalk
Bleacher Report
Yahoo Sports
Carbon Brief
The Bookseller|the Bookseller
Le Devoir
Bernama
Malaysiakini
New Straits Times|the New Straits Times
Bangkok Post|The Bangkok Post|the Bangkok Post
Philippine Daily Inquirer|Inquirer.net
Rappler
GMA News|GMA
ABS-CBN|ABS-CBN News
DZBB
DZRH
Kompas
Tempo
The Jakarta Post|Jakarta Post|the Jakarta Post
Antara|Antara news agency
Ukrinform
Interfax-Ukraine
VKontakte|VK
PA Media|Press Association|PA
New Scientist
Scientific American
The Conversation|the Conversation
Les Échos|Les Echos
France Inter
Radio France
RFI|Radio France Internationale
France 2
Europe 1
RTL
L'Express|L’Express
Le Point
Mediapart
La Stampa
Il Sole 24 Ore
Kathimerini|Ekathimerini
ERT
Hürriyet|Hurriyet
TRT|TRT World
NOS
De Telegraaf
VRT
RTBF
Le Soir
n-tv
Asharq Al-Awsat
Prothom Alo
RNZ|Radio New Zealand
Stuff
The Age|the Age
9News|Nine News
7News|Seven News
SBS|SBS News
Crikey
Racing.com
La Nación
El Universal
Milenio
El Tiempo
Mail & Guardian|the Mail & Guardian
ThisDay
GhanaWeb
IGN
Kotaku
Polygon
Eurogamer
KSL-TV|KSL
WGN-TV|WGN
KGO-TV|KGO
WBZ-TV|WBZ
Euractiv
Semafor
The Free Press|the Free Press
Mediaite
Newsmax
One America News|OAN|One America News Network
The Daily Wire|Daily Wire|the Daily Wire
The Blaze|TheBlaze
ESPN|ESPN.com
The Athletic|the Athletic
Sports Illustrated
Variety
The Hollywood Reporter|Hollywood Reporter|the Hollywood Reporter
Deadline|Deadline Hollywood
TMZ
Billboard
People magazine|People
Entertainment Weekly
E! News|E! Online
Access Hollywood
Entertainment Tonight
Eurosport
Tennis Channel
Golf Channel
Space.com
NASA TV
Marca
Diario AS|AS
Mundo Deportivo
L'Équipe|L’Équipe|L'Equipe|L’Equipe
La Gazzetta dello Sport|Gazzetta dello Sport|the Gazzetta dello Sport
Corriere dello Sport
Tuttosport
Kicker
RMC Sport
Sky Sport Italia
Sky Sport Deutschland
Cadena SER|SER
COPE|Cadena COPE
A Bola
DAZN
beIN Sports|beIN SPORTS|beIN
BBC Sport
Le Parisien
Ouest-France
BFM TV|BFMTV
franceinfo|Franceinfo|France Info
TF1
RAI|Rai
RTVE|TVE
La Vanguardia
ZDF
ARD|Das Erste
Deutschlandfunk|DLF
Funke Media Group|Funke media group|Funke Mediengruppe|Funke newspapers
RedaktionsNetzwerk Deutschland|Redaktionsnetzwerk Deutschland|RND
Handelsblatt
Der Tagesspiegel|Tagesspiegel
Der Stern|Stern magazine
ORF|Austrian broadcaster ORF
Der Standard
Die Presse
Kronen Zeitung|Krone
Die Welt|Welt
Yle|YLE
SVT
NRK
TVN24
GQ
Vogue
Wired|WIRED
The Verge|the Verge
TechCrunch
Ars Technica
CNET
MarketWatch
Barron's|Barron’s
The Information
Yahoo News|Yahoo Finance
NBC Sports
The Lancet|Lancet|the Lancet
The New England Journal of Medicine|New England Journal of Medicine|NEJM|the New England Journal of Medicine
JAMA|Journal of the American Medical Association|the Journal of the American Medical Association|JAMA Network Open
British Medical Journal|The BMJ|BMJ|the British Medical Journal
Nature|Nature Medicine|Nature Climate Change|Nature Communications
Science|Science Advances
Proceedings of the National Academy of Sciences|PNAS|the Proceedings of the National Academy of Sciences
Annals of Internal Medicine|the Annals of Internal Medicine
Cell
Twitter|Tweet
X
Facebook
Instagram
Telegram
Truth Social
YouTube
TikTok
Reddit
LinkedIn
Snapchat
Weibo
WeChat
Periscope
Threads
Bluesky
Mastodon
Substack
WhatsApp
Discord
Slack
Blind
Twitch
Rumble
Kremlin|the Kremlin|Kremlin press service|the Kremlin press service
White House|the White House
`;

// Programmes → their network.
const PROGRAMMES = `
Meet the Press|NBC
Today|NBC
Nightly News|NBC
Face the Nation|CBS
60 Minutes|CBS
CBS This Morning|CBS
This Week|ABC
Good Morning America|ABC
World News Tonight|ABC
Fox News Sunday|Fox News
Hannity|Fox News
The O'Reilly Factor|Fox News
The O’Reilly Factor|Fox News
Fox & Friends|Fox News
Fox and Friends|Fox News
Tucker Carlson Tonight|Fox News
The Kelly File|Fox News
Special Report|Fox News
State of the Union|CNN
The Situation Room|CNN
New Day|CNN
Anderson Cooper 360|CNN
AC360|CNN
Erin Burnett OutFront|CNN
Reliable Sources|CNN
Morning Joe|MSNBC
Hardball|MSNBC
The Rachel Maddow Show|MSNBC
All In|MSNBC
Squawk Box|CNBC
Newsnight|BBC
Today programme|BBC
Test Match Special|BBC
Morning Ireland|RTÉ
Focus on Africa|BBC
HARDtalk|BBC
The Tonight Show|NBC
Late Show|CBS
The Late Show|CBS
Jimmy Kimmel Live|ABC
The View|ABC
Real Time|HBO
Morning Edition|NPR
All Things Considered|NPR
Weekend Edition|NPR
Fresh Air|NPR
`;

export interface OutletEntry {
  /** The canonical name reported. */
  name: string;
  alias: string;
  /** A programme of the network `name`. */
  programme: boolean;
}

function compile(): OutletEntry[] {
  const out: OutletEntry[] = [];
  for (const line of OUTLETS.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const [name, ...aliases] = line.split('|') as [string, ...string[]];
    for (const a of new Set([name, ...aliases])) out.push({ name, alias: a, programme: false });
  }
  for (const line of PROGRAMMES.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const [prog, network] = line.split('|') as [string, string];
    out.push({ name: network, alias: prog, programme: true });
  }
  // longest alias first, so "Fox News Sunday" wins over "Fox News" over "Fox"
  out.sort((a, b) => b.alias.length - a.alias.length);
  return out;
}

export const OUTLET_ENTRIES: readonly OutletEntry[] = compile();

/** Aliases that are common words too: only trusted right after an outlet pattern. */
export const WEAK_ALIASES: ReadonlySet<string> = new Set([
  'X', 'Threads', 'Rumble', 'Time', 'TIME', 'Today', 'Fox', 'RIA', 'RT', 'AP', 'Dawn', 'Salon', 'Slate', 'Fortune', 'Tweet', 'This Week', 'New Day', 'All In', 'Real Time', 'Special Report', 'Guardian', 'Economist', 'Hill', 'Advocate', 'RBC', 'EFE', 'ANI', 'State of the Union', 'The View', 'Late Show', 'Daily News',
  // (words of any sentence's start, a paper's name shortened, a place or a surname too)
  'Nature', 'Science', 'Cell', 'Lancet',
  'DLF', 'Krone', 'Wafa', 'SPA', 'WAM', 'MENA', 'Fars', 'Mehr', 'Punch', 'Vanguard', 'Marca', 'AS', 'SER', 'COPE', 'Kicker', 'beIN', 'Rai', 'RAI', 'TVE', 'Welt', 'Yle', 'YLE',
  'PA', 'RTL', 'NOS', 'Stuff', 'The Age', 'Polygon', 'ERT', 'Le Point', 'The Conversation',
  'Tempo', 'VK', 'GMA', 'Wisden', 'STAT', 'Blind', 'People', 'Variety', 'Deadline', 'Billboard', 'Wired', 'WIRED', 'Vogue', 'Bild', 'Zeit', 'Folha', 'Mainichi', 'Yomiuri', 'JoongAng', 'The Australian', 'The Sun', 'The Observer', 'The Information', 'The Free Press', 'The Athletic', 'CNA', 'Semafor', 'Mediaite', 'Newsmax', 'Arab News', 'Gulf News', 'Meduza',
]);

/**
 * The news agencies of OUTLETS above by canonical name, whose names need not say so ("Kyodo", "Reuters"): "the agency"
 * takes them up. Provenance: Wikipedia's "List of news agencies", as the head of OUTLETS.
 */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set([
  'Reuters', 'Associated Press', 'Agence France-Presse', 'Bloomberg', 'Xinhua', 'TASS', 'RIA Novosti', 'Interfax', 'Kyodo', 'Yonhap', 'PTI', 'ANI',
  'dpa', 'EFE', 'ANSA', 'KCNA', 'IRNA', 'WAFA', 'SANA', 'QNA', 'Saudi Press Agency', 'WAM', 'MENA', 'KUNA', 'ISNA', 'Tasnim', 'Fars', 'Mehr', 'Anadolu', 'Bernama', 'Antara', 'Ukrinform', 'Interfax-Ukraine', 'PA Media',
]);

/** Cue verbs that name their platform: "tweeted" → Twitter. */
export const PLATFORM_VERBS: Readonly<Record<string, string>> = {
  tweet: 'Twitter', tweeted: 'Twitter', tweets: 'Twitter', tweeting: 'Twitter', retweeted: 'Twitter',
};

/**
 * Platforms: they carry what people post, but when one speaks itself ("Twitter
 * said it had suspended accounts") it is a company, not a carrier.
 */
export const PLATFORMS: ReadonlySet<string> = new Set([
  'Twitter', 'X', 'Facebook', 'Instagram', 'Telegram', 'Truth Social', 'YouTube', 'TikTok', 'Reddit', 'LinkedIn', 'Snapchat',
  'Weibo', 'WeChat', 'Periscope', 'Threads', 'Bluesky', 'Mastodon', 'Substack', 'WhatsApp', 'Discord', 'Slack', 'Blind', 'Twitch', 'Rumble',
]);

/**
 * Broadcasters, platforms and public bodies: many people speak on them in
 * public, so that several people told one of them something says nothing of who
 * wrote the article (see findPublisher). Provenance: the broadcasters and
 * platforms of OUTLETS above, and the networks PROGRAMMES map to.
 */
export const ON_AIR: ReadonlySet<string> = new Set([
  'BBC', 'CNN', 'Fox News', 'NBC', 'ABC', 'CBS', 'MSNBC', 'CNBC', 'NPR', 'PBS', 'C-SPAN', 'Al Jazeera', 'CCTV', 'CGTN',
  'RT', 'RT America', 'DW', 'France 24', 'Sky News', 'ITV', 'Channel 4', 'Euronews', 'Univision', 'Telemundo', 'HBO',
  'CBC', 'ABC News Australia', 'RTÉ', 'Sky Sports', 'talkSPORT', 'NHK', 'CNA', 'NDTV', 'Al Arabiya', 'Press TV', 'Radio Free Europe', 'Voice of America', 'Newsmax',
  'One America News', 'ESPN', 'NBC Sports', 'LBC', 'Times Radio', 'GB News', 'BBC Radio 5 Live', 'Newstalk', 'ITV Racing', 'GMA News', 'ABS-CBN', 'DZBB', 'DZRH',
  'Cadena SER', 'COPE', 'RMC Sport', 'Sky Sport Italia', 'Sky Sport Deutschland', 'BBC Sport', 'DAZN', 'beIN Sports', 'BFM TV', 'franceinfo', 'TF1', 'RAI', 'RTVE',
  'ZDF', 'ARD', 'Yle', 'SVT', 'NRK', 'TVN24',
  'Bloomberg',
  ...PLATFORMS,
  'Kremlin', 'White House',
]);
