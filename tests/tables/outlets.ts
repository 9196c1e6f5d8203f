// Acceptance table for the reporting outlet (issue 5): which news
// organisation, programme, platform or publishing body the text says carried
// a quotation's words. Every sentence was written for this table; none is
// taken from a corpus. Expectations are what a careful annotator would answer
// under the labelling guide in ../shared/corpora/README.md ("told reporters",
// "in a statement", "at a rally" → null), with two additions from the issue: a
// dateline credit ("(Reuters) -") names the outlet of the article's quotes,
// and a programme is reported as its network ("Meet the Press" → NBC).
// Canonical names are those of src/lexicon/outlets.ts (first on each line);
// outlets on no list are expected as the text names them, without "the".
// Rows the engine gets wrong carry `known: true` and run as `it.fails`.
import type { ExtractOptions } from '../../src/types.js';
import { STORM_REPORT } from './texts.js';

export interface ExpectedOutlet {
  /** Words inside the quotation, enough to pick it out. */
  quote: string;
  outlet: string | null;
}

export interface OutletRow {
  note: string;
  text: string;
  quotes: ExpectedOutlet[];
  options?: ExtractOptions;
  known?: boolean;
}

export const OUTLET_ROWS: OutletRow[] = [
  // ── stations, podcasts and the newer platforms ─────────────────────────
  {
    note: 'a charity\'s or a campaign\'s "Network" is no medium ("the Front Range Relief Network"); a channel\'s is ("the Food Network")',
    text: 'Wildfire shelters fill\n\nAccording to the Front Range Relief Network, more than 300 people had registered at the shelter by evening.\n\nAccording to the Food Network, the cooking show will return in the spring.',
    quotes: [
      { quote: 'more than 300 people had registered at the shelter by evening', outlet: null },
      { quote: 'the cooking show will return in the spring', outlet: 'Food Network' },
    ],
  },
  {
    note: '"told STAT": the health-news site; "stat" in lower case is no outlet',
    text: 'Vaccine trial results\n\n“We expected to see solid protection against flu,” Dr. Miriam Okafor, the study’s lead author, told STAT.\n\nNurses were told to give the dose stat, the hospital said in a memo.',
    quotes: [
      { quote: 'We expected to see solid protection', outlet: 'STAT' },
      { quote: 'Nurses were told to give the dose stat', outlet: null },
    ],
  },
  {
    note: '"At least 11 people were killed …, Gov. X said in a post on X": a count opening the clause; "he told the national broadcaster" after "told the ABC" is the ABC',
    text: 'Storm toll rises\n\nAt least 11 people were killed in the storm, Gov. Randall Pryce said in a post on X late on Thursday.\n\nDefence Minister Liam Halloran told the ABC that defence was the most important job in government.\n\n“I went to the prime minister six weeks ago,” he told the national broadcaster.',
    quotes: [
      { quote: 'At least 11 people were killed in the storm', outlet: 'X' },
      { quote: 'I went to the prime minister', outlet: 'ABC' },
    ],
  },
  {
    note: '"posting a photo to his Instagram story. “…,” he wrote": the platform the sentence before posted to; "court documents obtained by TMZ" speak through TMZ',
    text: 'Star files for divorce\n\nActress Mara Vance filed for divorce on Monday, citing irreconcilable differences, according to court documents obtained by TMZ.\n\nThe musician appeared to break his silence late on Monday, posting a photo of a rain-streaked window to his Instagram story.\n\n“Some chapters end before you’ve finished reading them,” he wrote over the image.\n\nVance struck a brighter note on her own Instagram story on Tuesday, sharing a picture of a beach.\n\n“Grateful for every one of you,” she wrote.',
    quotes: [
      { quote: 'Actress Mara Vance filed for divorce on Monday', outlet: 'TMZ' },
      { quote: 'Some chapters end', outlet: 'Instagram' },
      { quote: 'Grateful for every one of you', outlet: 'Instagram' },
    ],
  },
  {
    note: 'a platform\'s piece after any verb: "revealed in a TikTok video filmed backstage that", "referred to him as “…” in a Facebook post"',
    text: 'Festival goes on\n\nSinger Priya Hale revealed in a TikTok video filmed backstage that the band had almost pulled out of the festival.\n\nA friend referred to the drummer as “the calmest man I know” in a Facebook post.',
    quotes: [
      { quote: 'the band had almost pulled out of the festival', outlet: 'TikTok' },
      { quote: 'the calmest man I know', outlet: 'Facebook' },
    ],
  },
  {
    note: 'a programme in marks after "told" and its network, or "said on": the network or the programme carried the clause',
    text: 'Transit bill heads for a vote\n\nSen. Ann Pryor told CBS’s “Face the Nation” on Sunday that the transit bill would pass before the recess.\n\nMayor Ruth Vance said on “Harbour Morning” that the ferry plan would be scrapped.',
    quotes: [
      { quote: 'the transit bill would pass before the recess', outlet: 'CBS' },
      { quote: 'the ferry plan would be scrapped', outlet: 'Harbour Morning' },
    ],
  },
  {
    note: 'a scare quote after "to" or "on" is no programme: "pointing to his “D-minus” rating", "a counter to “Harbour First” policies"',
    text: 'Gun record under fire\n\nSanders has said repeatedly that the campaign is unfairly maligning his record, pointing to his “D-minus” rating from the rifle lobby.\n\nIn an apparent counter to “Harbour First” policies, Defense Secretary Ash Conlan said the fleet would stay in the strait.',
    quotes: [
      { quote: 'the campaign is unfairly maligning his record', outlet: null },
      { quote: 'the fleet would stay in the strait', outlet: null },
    ],
  },
  {
    note: 'Discord, Slack and Blind are platforms: "wrote in a Discord message to users", "wrote on Blind"; "blind" is no outlet',
    text: '“Funds are safe, everything will be back up within a few hours,” Talia Brenn, the exchange’s head of support, wrote in a Discord message to users.\n\n“We need to talk about the roadmap,” the chief executive wrote in a Slack message to staff.\n\nOne user who identified as a product manager wrote on Blind that the layoffs had been planned for months.\n\nA union official said the cuts were made blind.',
    quotes: [
      { quote: 'Funds are safe', outlet: 'Discord' },
      { quote: 'We need to talk about the roadmap', outlet: 'Slack' },
      { quote: 'the layoffs had been planned for months', outlet: 'Blind' },
      { quote: 'the cuts were made blind', outlet: null },
    ],
  },
  {
    note: '"a statement to People": the magazine by its short name, after an outlet pattern only',
    text: '“Maren is healthy and very proud of this record,” her representative said in a statement to People.\n\nPeople who bought tickets will be refunded, the promoter said.',
    quotes: [
      { quote: 'Maren is healthy', outlet: 'People magazine' },
      { quote: 'who bought tickets will be refunded', outlet: null },
    ],
  },
  {
    note: 'one person telling one outlet twice does not make it the publisher, though a country’s initials stand between ("the company’s U.S. sales arm, told")',
    text: '“We waited too long,” chief executive Kenji Morisawa told Nikkei Asia in an interview.\n\nMorisawa, who took the top job after two decades running the company’s U.S. sales arm, told Nikkei Asia he was not considering stepping down.',
    quotes: [
      { quote: 'We waited too long', outlet: 'Nikkei' },
      { quote: 'he was not considering stepping down', outlet: 'Nikkei' },
    ],
  },
  {
    note: 'space, tennis, red-carpet and African broadcasters and sites: Space.com, NASA TV, Eurosport, E! News, Channels TV, Citizen TV',
    text: 'The week in quotes\n\nAstronomer Tom Ferris told Space.com that the flyby could settle the debate.\n\nCoach Pieter van Daal told Eurosport that the pair had trained all winter.\n\nThe singer told E! News that he had written the song in a day.\n\nOpposition leader Ade Bako told Channels TV that the vote was rigged.\n\nGovernor Ruth Wanjiku told Citizen TV that the county would appeal.',
    quotes: [
      { quote: 'the flyby could settle the debate', outlet: 'Space.com' },
      { quote: 'the pair had trained all winter', outlet: 'Eurosport' },
      { quote: 'he had written the song in a day', outlet: 'E! News' },
      { quote: 'the vote was rigged', outlet: 'Channels TV' },
      { quote: 'the county would appeal', outlet: 'Citizen TV' },
    ],
  },
  {
    note: 'a statement is another occasion than the op-ed before it: "In a separate statement, she said …"',
    text: 'Writing in the Yorkshire Post on Tuesday, Baroness Ilse Marwood warned that the delay would “send the wrong signal” to investors.\n\nIn a separate statement on Wednesday, she said she would table an amendment.',
    quotes: [
      { quote: 'send the wrong signal', outlet: 'Yorkshire Post' },
      { quote: 'she would table an amendment', outlet: null },
    ],
  },
  {
    note: 'a transcript’s turns are not the outlet of an earlier occasion: "She told the BBC in 2019" before a magazine’s own Q&A',
    text: 'Ndlovu has kept her silence on the subject before. She told the BBC in 2019 that she would never write about her father.\n\nThe interview below has been edited for length.\n\nQ: Is this book about your father?\n\nNDLOVU: It is about a man who is not in the room.\n\nQ: What comes next?\n\nNDLOVU: Sleep, then a garden.',
    quotes: [
      { quote: 'she would never write about her father', outlet: 'BBC' },
      { quote: 'It is about a man who is not in the room', outlet: null },
      { quote: 'Sleep, then a garden', outlet: null },
    ],
  },
  {
    note: 'another time is another occasion: "He once told an interviewer that …" does not go on with the interview before',
    text: 'In a 1998 interview, Dorrance told The Paris Review that he never began a novel until he had “heard the last sentence.”\n\nHe once told an interviewer that he had burned the manuscripts of his first two novels.',
    quotes: [
      { quote: 'heard the last sentence', outlet: 'The Paris Review' },
      { quote: 'he had burned the manuscripts', outlet: null },
    ],
  },
  {
    note: 'a body that publishes, speaking itself, is the source, not the outlet: "The White House said in a statement"; its transcript of another’s words is one',
    text: 'The White House said in a statement that the administration would support the bill.\n\nPutin told reporters the talks had been useful, according to a transcript released by the Kremlin.',
    quotes: [
      { quote: 'the administration would support the bill', outlet: null },
      { quote: 'the talks had been useful', outlet: 'Kremlin' },
    ],
  },
  {
    note: 'a medium no list holds, named after what it is, as the subject of "quoted": "The state news agency VARTAG quoted …"',
    text: 'The state news agency VARTAG quoted Deputy Defence Minister Arkady Zorin as saying that the units had “cut the last supply route” into the district.',
    quotes: [{ quote: 'cut the last supply route', outlet: 'VARTAG' }],
  },
  {
    note: 'guard: a body after such a word is no medium: "the border agency Home Office said"',
    text: 'Officials at the border agency Home Office said the crossing would reopen on Monday, after a week of delays.',
    quotes: [{ quote: 'the crossing would reopen on Monday', outlet: null }],
  },
  {
    note: 'the European sports press a transfer story cites: "told Marca", "told Cadena SER", and an unlisted daily with two particles',
    text: 'Celestin told Marca on Monday night that leaving had been “the hardest decision of my life”.\n\n“They tried to sell him as if he were a painting,” the agent later told Cadena SER.\n\n“We are not angry with Dario,” the fan group’s president, Lucía Ferrándiz, told the local daily Diario de la Bahía.',
    quotes: [
      { quote: 'the hardest decision of my life', outlet: 'Marca' },
      { quote: 'They tried to sell him', outlet: 'Cadena SER' },
      { quote: 'We are not angry with Dario', outlet: 'Diario de la Bahía' },
    ],
  },
  {
    note: 'guard: a weak alias needs its trigger: "the Marca brand" names no outlet',
    text: 'As for the Marca brand, the company said it would expand the line into three new markets next year.',
    quotes: [{ quote: 'it would expand the line', outlet: null }],
  },
  {
    note: 'a spinner’s "told Reuters": "expressed to Reuters that"',
    text: 'Provincial Transport Minister Harriet Lindqvist expressed to Reuters that the government would not intervene directly in the dispute.',
    quotes: [{ quote: 'the government would not intervene', outlet: 'Reuters' }],
  },
  {
    note: 'an agency’s name goes on past "of" and a place: "the News Agency of Nigeria (NAN)"',
    text: 'In Kano, Alhaji Yakubu Dan-Iya, chairman of the traders’ association, told the News Agency of Nigeria (NAN): “Since January, I have spent more on diesel than on shop rent.”',
    quotes: [{ quote: 'Since January, I have spent', outlet: 'News Agency of Nigeria' }],
  },
  {
    note: 'the name a state medium’s descriptor introduces, on no list, is the outlet: "quoted by state broadcaster VTV"',
    text: '“This is not the end of our differences,” Radek said at a joint news conference, quoted by state broadcaster VTV.\n\nHalase told the state news agency VNA that negotiators had worked through the night.',
    quotes: [
      { quote: 'This is not the end', outlet: 'VTV' },
      { quote: 'negotiators had worked through the night', outlet: 'VNA' },
    ],
  },
  {
    note: 'guard: a day after "state television" is no name of it',
    text: 'Halase told state television Tuesday that the talks had gone on through the night.',
    quotes: [{ quote: 'the talks had gone on through the night', outlet: 'state television' }],
  },
  {
    note: 'an email to a paper carried the words: "said in an email to the Valley Courier"',
    text: 'Superintendent Alan Petrosyan, who did not attend the meeting, said in an email to the Valley Courier that the district faced a shortfall next year.',
    quotes: [{ quote: 'the district faced a shortfall next year', outlet: 'Valley Courier' }],
  },
  {
    note: 'guard: an email to a person of an outlet is private, not the outlet’s',
    text: 'Oz is “smart as hell,” Steve Mosko wrote in an email to the NFL Network’s Rich Eisen.',
    quotes: [{ quote: 'smart as hell', outlet: null }],
  },
  {
    note: 'the outlet’s own piece the words were said in, its name a weak alias: "in a 2009 Guardian interview"',
    text: 'Margit Ellery studied ice for forty years. “Better maps,” she said in a 2009 Guardian interview.',
    quotes: [{ quote: 'Better maps', outlet: 'The Guardian' }],
  },
  {
    note: 'guard: a piece that is evidence, not the words’ carrier',
    text: 'Based on the evidence of a Guardian article, Sanders on Tuesday said he wants to end four tax breaks.',
    quotes: [{ quote: 'he wants to end four tax breaks', outlet: null }],
  },
  {
    note: 'a paper that saw or obtained the document carried its words, its name ending in a newspaper’s word',
    text: 'In an internal email seen by the Harbour Ledger, chief operating officer Graham Pickett told managers that the closures would be completed by September.',
    quotes: [{ quote: 'the closures would be completed', outlet: 'Harbour Ledger' }],
  },
  {
    note: 'guard: a body that obtained a document is no outlet',
    text: 'In documents obtained by the FBI, Graham Pickett wrote that the closures would be completed by September.',
    quotes: [{ quote: 'the closures would be completed', outlet: null }],
  },
  {
    note: 'a person’s words according to a wire: the wire is the outlet',
    text: 'Gordon Pike conceded on Tuesday. Pike said he had not decided whether to run again, according to Reuters.',
    quotes: [{ quote: 'he had not decided', outlet: 'Reuters' }],
  },
  {
    note: 'a station’s channel number is part of its name',
    text: '“My staff did exactly what they were trained to do,” Fiona Gallagher told WKHR News 8.',
    quotes: [{ quote: 'My staff did exactly', outlet: 'WKHR News 8' }],
  },
  {
    note: 'guard: a number after a name that is no station’s is no part of it',
    text: '“We did our best,” Gallagher told the Harbour News 2 weeks ago.',
    quotes: [{ quote: 'We did our best', outlet: 'Harbour News' }],
  },
  {
    note: 'a call sign names a station, with or without its band',
    text: '“The water came up fast,” Ray Dunmore told KTVB on Sunday. “We lost the road,” a neighbour told WGN-TV.',
    quotes: [
      { quote: 'The water came up fast', outlet: 'KTVB' },
      { quote: 'We lost the road', outlet: 'WGN-TV' },
    ],
  },
  {
    note: 'guard: an acronym of a body is no call sign',
    text: '“We will test every athlete,” Ana Ruiz told WADA on Monday. “The records were lost,” the agency told CREW.',
    quotes: [
      { quote: 'We will test every athlete', outlet: null },
      { quote: 'The records were lost', outlet: null },
    ],
  },
  {
    note: 'a podcast named after its descriptor is the outlet, words joined by “&” and all',
    text: 'Oren Maclachlan defended the change in an interview on the technology podcast Signal & Noise. “We are not a small app anymore,” he said.',
    quotes: [{ quote: 'We are not a small app', outlet: 'Signal & Noise' }],
  },
  {
    note: 'the platforms people post on since 2023',
    text: 'Marcus Bell wrote on Threads: “I am moving my portfolio.”\n\nDana Whitcombe posted on Bluesky: “My reach will fall off a cliff.”',
    quotes: [
      { quote: 'I am moving my portfolio', outlet: 'Threads' },
      { quote: 'My reach will fall', outlet: 'Bluesky' },
    ],
  },
  // ── a wire's own interview ────────────────────────────────────────────
  {
    note: 'in a story a dateline credits to a wire, "said in an interview" is that wire’s interview',
    text: 'OSLO (Reuters) - Fjord Power said on Wednesday it had raised $40 million.\n\n“We can cut the cost by a third,” chief executive Ane Berg said in an interview.',
    quotes: [{ quote: 'We can cut the cost by a third', outlet: 'Reuters' }],
  },
  {
    note: 'guard: an interview with another outlet is that outlet’s',
    text: 'OSLO (Reuters) - Fjord Power said on Wednesday it had raised $40 million.\n\n“We can cut the cost by a third,” Ane Berg said in an interview with Bloomberg.',
    quotes: [{ quote: 'We can cut the cost by a third', outlet: 'Bloomberg' }],
  },
  {
    note: 'guard: with no dateline, an interview names no outlet',
    text: 'Fjord Power raised $40 million.\n\n“We can cut the cost by a third,” Ane Berg said in an interview.',
    quotes: [{ quote: 'We can cut the cost by a third', outlet: null }],
  },
  // ── media named by what they are ──────────────────────────────────────
  {
    note: 'remarks broadcast by state television',
    text: 'The foreign minister said in remarks broadcast by state television that the country would “not negotiate under threat.”',
    quotes: [{ quote: 'not negotiate under threat', outlet: 'state television' }],
  },
  {
    note: 'told a nationality’s state TV',
    text: '“We will not yield,” the minister told Iranian state TV on Monday.',
    quotes: [{ quote: 'We will not yield', outlet: 'Iranian state TV' }],
  },
  {
    note: 'guard: a named broadcaster after its description wins',
    text: '“We will not yield,” Xi was quoted by state broadcaster CCTV as saying.',
    quotes: [{ quote: 'We will not yield', outlet: 'CCTV' }],
  },
  {
    note: 'guard: "the newspaper" alone names no outlet',
    text: '“We will not yield,” the minister told the newspaper.',
    quotes: [{ quote: 'We will not yield', outlet: null }],
  },
  {
    note: 'a video posted on a platform, then the speaker’s clause',
    text: 'In a video posted on Telegram, President Ilse Varga said the border would reopen on Friday.',
    quotes: [{ quote: 'the border would reopen on Friday', outlet: 'Telegram' }],
  },
  // ── journals ───────────────────────────────────────────────────────────
  {
    note: 'according to a study published on a day in a journal',
    text: 'Night-shift workers are more likely to develop diabetes, according to a study published on Thursday in The Lancet.',
    quotes: [{ quote: 'Night-shift workers are more likely', outlet: 'The Lancet' }],
  },
  {
    note: 'the authors wrote in a journal named in full',
    text: '“The effect held after we accounted for diet,” the authors wrote in the New England Journal of Medicine.',
    quotes: [{ quote: 'The effect held', outlet: 'The New England Journal of Medicine' }],
  },
  {
    note: 'guard: "Nature" as a word of the quotation is no outlet',
    text: '“Nature is healing,” the mayor said on Monday.',
    quotes: [{ quote: 'Nature is healing', outlet: null }],
  },
  // ── told / interview with / statement to ───────────────────────────────
  {
    note: 'told Reuters',
    text: '“We will not sell the unit at any price,” chief executive Lars Eklund told Reuters on Tuesday.',
    quotes: [{ quote: 'not sell the unit', outlet: 'Reuters' }],
  },
  {
    note: 'told Reuters in an interview, before the quote',
    text: 'Finance Minister Ana Costa told Reuters in an interview: “The worst of the inflation is behind us.”',
    quotes: [{ quote: 'worst of the inflation', outlet: 'Reuters' }],
  },
  {
    note: 'in an interview with CNN',
    text: 'In an interview with CNN, Senator Amy Klein said the bill was “dead on arrival in the Senate.”',
    quotes: [{ quote: 'dead on arrival', outlet: 'CNN' }],
  },
  {
    note: 'in an interview with The Washington Post',
    text: '“I made mistakes, and I own them,” the former governor said in an interview with The Washington Post.',
    quotes: [{ quote: 'I made mistakes', outlet: 'The Washington Post' }],
  },
  {
    note: 'in a statement to The Associated Press',
    text: '“The company is cooperating fully with investigators,” spokeswoman Dana Lowe said in a statement to The Associated Press.',
    quotes: [{ quote: 'cooperating fully', outlet: 'Associated Press' }],
  },
  {
    note: 'told the AP',
    text: '“Nobody warned us the levee could fail,” resident Carl Jensen told the AP.',
    quotes: [{ quote: 'levee could fail', outlet: 'Associated Press' }],
  },
  {
    note: 'told the BBC',
    text: '“We are running out of water and medicine,” a doctor in the city told the BBC by phone.',
    quotes: [{ quote: 'running out of water', outlet: 'BBC' }],
  },
  {
    note: 'told Politico',
    text: '“The votes are simply not there,” a senior Democratic aide told Politico.',
    quotes: [{ quote: 'votes are simply not there', outlet: 'Politico' }],
  },
  {
    note: 'told Time magazine',
    text: '“I have never felt more free,” the singer told Time magazine.',
    quotes: [{ quote: 'never felt more free', outlet: 'Time' }],
  },
  {
    note: 'wrote in an op-ed for The Wall Street Journal',
    text: 'Senator Rick Haldane wrote in an op-ed for The Wall Street Journal that the tariffs were “a tax on every family.”',
    quotes: [{ quote: 'tax on every family', outlet: 'The Wall Street Journal' }],
  },
  {
    note: 'in an article for the paper, before the attribution',
    text: 'In an article for the Daily Telegraph, the former minister wrote that the party had “lost touch with its own voters.”',
    quotes: [{ quote: 'lost touch with its own voters', outlet: 'The Telegraph' }],
  },
  {
    note: 'after an interview with a paper, "told reporters" is the press at large',
    text: '“The worst is over,” Finance Minister Ana Costa told The Harbor Times on Thursday.\n\nCosta later told reporters that the budget would be published in March.',
    quotes: [
      { quote: 'The worst is over', outlet: 'The Harbor Times' },
      { quote: 'the budget would be published in March', outlet: null },
    ],
  },
  {
    note: '"per" a paper on no list, after a statement',
    text: '“We have heard the concerns,” the mayor’s office said in a statement, per the Harbor Courier.',
    quotes: [{ quote: 'We have heard the concerns', outlet: 'Harbor Courier' }],
  },
  {
    note: 'an essay in a magazine, through "according to"',
    text: 'The rival bids were “never serious,” according to a long essay in The Atlantic by a former adviser.',
    quotes: [{ quote: 'never serious', outlet: 'The Atlantic' }],
  },
  {
    note: 'a piece for a paper, then an interview that names no outlet: a new occasion',
    text: 'Dana Ruiz wrote a piece for The Boston Globe last month calling the tax “theft in daylight.”\n\n“Nobody in this town wants it,” she said in an interview.',
    quotes: [
      { quote: 'theft in daylight', outlet: 'The Boston Globe' },
      { quote: 'Nobody in this town', outlet: null },
    ],
  },

  // ── the outlet reports or quotes ───────────────────────────────────────
  {
    note: 'Reuters reported',
    text: 'The ministry described the contract as “a mistake we will not repeat,” Reuters reported.',
    quotes: [{ quote: 'mistake we will not repeat', outlet: 'Reuters' }],
  },
  {
    note: 'according to The Washington Post',
    text: 'The president told aides the plan was “a disaster waiting to happen,” according to The Washington Post.',
    quotes: [{ quote: 'disaster waiting to happen', outlet: 'The Washington Post' }],
  },
  {
    note: 'was quoted by Xinhua as saying',
    text: '“China will open its doors even wider,” Premier Li Qiang was quoted by Xinhua as saying.',
    quotes: [{ quote: 'open its doors', outlet: 'Xinhua' }],
  },
  {
    note: 'the official news agency quoted him as saying',
    text: '“The region needs calm, not more weapons,” the official Xinhua news agency quoted the envoy as saying.',
    quotes: [{ quote: 'needs calm', outlet: 'Xinhua' }],
  },
  {
    note: 'was quoted as saying by China’s state broadcaster CCTV',
    text: '“Unilateral tariffs help nobody,” Commerce Minister Wang Wentao was quoted as saying by China’s state broadcaster CCTV.',
    quotes: [{ quote: 'Unilateral tariffs', outlet: 'CCTV' }],
  },
  {
    note: 'TASS quoted … as saying',
    text: 'TASS quoted Deputy Foreign Minister Sergei Ryabkov as saying the treaty was “effectively dead.”',
    quotes: [{ quote: 'effectively dead', outlet: 'TASS' }],
  },

  // ── programmes → their network ─────────────────────────────────────────
  {
    note: 'said on Fox News Sunday',
    text: 'Treasury Secretary Scott Bessent said on Fox News Sunday that the deal was “very close.”',
    quotes: [{ quote: 'very close', outlet: 'Fox News' }],
  },
  {
    note: 'told “Fox News Sunday” (title in marks)',
    text: '“We are not going to negotiate against ourselves,” Representative Jim Coyle told “Fox News Sunday.”',
    quotes: [{ quote: 'negotiate against ourselves', outlet: 'Fox News' }],
  },
  {
    note: 'on NBC’s “Meet the Press”',
    text: 'Speaking on NBC’s “Meet the Press,” Senator Lisa Grant said the nominee was “not qualified.”',
    quotes: [{ quote: 'not qualified', outlet: 'NBC' }],
  },
  {
    note: '“Meet the Press” alone → NBC',
    text: '“The base is fired up,” the campaign manager said on "Meet the Press."',
    quotes: [{ quote: 'base is fired up', outlet: 'NBC' }],
  },
  {
    note: 'on CBS’s “Face the Nation”',
    text: 'Appearing on CBS’s “Face the Nation,” Governor Wes Dorsey called the ruling “a gift to the cartels.”',
    quotes: [{ quote: 'gift to the cartels', outlet: 'CBS' }],
  },
  {
    note: 'BBC Radio 4’s Today programme',
    text: '“The hospitals are full tonight,” Health Secretary Wes Carding told BBC Radio 4’s Today programme.',
    quotes: [{ quote: 'hospitals are full', outlet: 'BBC' }],
  },

  // ── outlets beyond US politics: sports, entertainment, public broadcasters abroad ──
  {
    note: "ESPN's X reported: a sports network's reporter",
    text: '"He will miss at least two weeks," ESPN\'s Adrian Wojnarowski reported on Monday.',
    quotes: [{ quote: 'miss at least two weeks', outlet: 'ESPN' }],
  },
  {
    note: 'told Variety, told NHK',
    text: 'The singer told Variety that the album was "the most personal thing I have made". "We are ready," the defence minister told NHK on Sunday.',
    quotes: [
      { quote: 'most personal thing', outlet: 'Variety' },
      { quote: 'We are ready', outlet: 'NHK' },
    ],
  },
  {
    note: 'negative: "Variety" opening a sentence is the word, not the magazine',
    text: 'Variety matters to shoppers, the grocer said, calling the new aisle "a small revolution".',
    quotes: [{ quote: 'small revolution', outlet: null }],
  },

  {
    note: 'a spinner\'s "state information company" for "state news agency", after "in keeping with"',
    text: '"We are prepared to work with all parties," Putin acknowledged, in keeping with the state information company RIA Novosti.',
    quotes: [{ quote: 'prepared to work with all parties', outlet: 'RIA Novosti' }],
  },
  {
    note: 'negative: "according to the company" names no outlet',
    text: 'Sales rose "sharply" in March, according to the company.',
    quotes: [{ quote: 'sharply', outlet: null }],
  },

  {
    note: 'writing in a paper, an op-ed\'s opening phrase',
    text: 'Writing in the Daily Telegraph, the former prime minister argued that the policy was "a historic mistake".',
    quotes: [{ quote: 'historic mistake', outlet: 'The Telegraph' }],
  },
  {
    note: 'negative: writing in a letter names no outlet',
    text: 'Writing in a letter to staff, the chief executive said the cuts were "painful but necessary".',
    quotes: [{ quote: 'painful but necessary', outlet: null }],
  },

  // ── platforms ──────────────────────────────────────────────────────────
  {
    note: 'wrote on Twitter',
    text: '“This is a sad day for our democracy,” Senator Chris Vance wrote on Twitter.',
    quotes: [{ quote: 'sad day for our democracy', outlet: 'Twitter' }],
  },
  {
    note: 'posted on X: the platform by the name the text gives it',
    text: '“We will not be intimidated,” the minister posted on X late on Sunday.',
    quotes: [{ quote: 'not be intimidated', outlet: 'X' }],
  },
  {
    note: 'on Truth Social',
    text: 'In a post on Truth Social, Trump called the verdict “a total disgrace.”',
    quotes: [{ quote: 'total disgrace', outlet: 'Truth Social' }],
  },
  {
    note: 'in a post on X: X, whose name is one letter, counts after "a post on" as after "posted on"',
    text: 'Councillor Rita Ames called the plan "reckless", saying in a post on X: "The county deserves better."',
    quotes: [
      { quote: 'reckless', outlet: 'X' },
      { quote: 'county deserves better', outlet: 'X' },
    ],
  },
  {
    note: 'negative: a letter X that no post is on is no platform',
    text: 'The mayor said Plan X was "the only way forward".',
    quotes: [{ quote: 'only way forward', outlet: null }],
  },
  {
    note: '"In a tweet," and "a reply on X": the piece names its platform',
    text: 'In a tweet, Senator Ana Ruiz called the ruling "a travesty". "This is not over," the billionaire wrote in a reply on X.',
    quotes: [
      { quote: 'a travesty', outlet: 'Twitter' },
      { quote: 'This is not over', outlet: 'X' },
    ],
  },
  {
    note: 'negative: a tweet an aside speaks of is not where the later words were said',
    text: 'Senator Tom Berg, who attacked the mayor in a tweet last week, said on Monday that her plan was "reckless".',
    quotes: [{ quote: 'reckless', outlet: null }],
  },
  {
    note: 'negative: tweets spoken of are no platform the words were said on',
    text: 'The mayor said the tweets about the plan were "misleading".',
    quotes: [{ quote: 'misleading', outlet: null }],
  },
  {
    note: 'tweeted',
    text: '“Congratulations to the team on a historic win,” the mayor tweeted.',
    quotes: [{ quote: 'historic win', outlet: 'Twitter' }],
  },
  {
    note: 'in a Facebook post',
    text: '“Our doors stay open for anyone who needs a meal,” the shelter said in a Facebook post.',
    quotes: [{ quote: 'doors stay open', outlet: 'Facebook' }],
  },

  // ── publishing bodies ──────────────────────────────────────────────────
  {
    note: 'a transcript released by the Kremlin',
    text: 'Putin called the agreement “a stabilising factor for the whole region,” according to a transcript released by the Kremlin.',
    quotes: [{ quote: 'stabilising factor', outlet: 'Kremlin' }],
  },
  {
    note: 'a readout published by the White House',
    text: 'The president told his counterpart the alliance was “ironclad,” according to a readout published by the White House.',
    quotes: [{ quote: 'ironclad', outlet: 'White House' }],
  },

  // ── hosts and anchors ──────────────────────────────────────────────────
  {
    note: 'MSNBC host Chris Matthews said',
    text: '“That is the worst debate performance I have ever seen,” MSNBC host Chris Matthews said.',
    quotes: [{ quote: 'worst debate performance', outlet: 'MSNBC' }],
  },
  {
    note: 'told CNN’s Jake Tapper',
    text: 'Senator Joni Marsh told CNN’s Jake Tapper: “The votes are there if leadership wants them.”',
    quotes: [{ quote: 'votes are there', outlet: 'CNN' }],
  },
  {
    note: 'Fox News host … said on her show',
    text: '“Voters are tired of being lectured,” Fox News host Laura Ingraham said on her show on Tuesday.',
    quotes: [{ quote: 'tired of being lectured', outlet: 'Fox News' }],
  },

  // ── dateline credits ───────────────────────────────────────────────────
  {
    note: 'dateline (Reuters) -',
    text: 'LONDON (Reuters) - Britain’s finance minister said on Monday the budget would be “tough but fair.”\n\n“There will be no return to austerity,” she told parliament.',
    quotes: [
      { quote: 'tough but fair', outlet: 'Reuters' },
      { quote: 'no return to austerity', outlet: 'Reuters' },
    ],
  },
  {
    note: 'dateline WASHINGTON (AP) —',
    text: 'WASHINGTON (AP) — Senate leaders reached a deal late Wednesday. “We got it done,” Majority Leader Tom Saxon said.',
    quotes: [{ quote: 'We got it done', outlet: 'Associated Press' }],
  },
  {
    note: 'dateline BEIJING (Xinhua) --',
    text: 'BEIJING, March 3 (Xinhua) -- “Development is the master key to every problem,” the official said at the opening session.',
    quotes: [{ quote: 'master key', outlet: 'Xinhua' }],
  },
  {
    note: 'dateline agency, but the quote names another outlet',
    text: 'WASHINGTON (AP) — The senator did not back down on Sunday. “I stand by every word,” she told CNN.',
    quotes: [{ quote: 'stand by every word', outlet: 'CNN' }],
  },

  // ── short forms after the full name ────────────────────────────────────
  {
    note: '“the Times” after The New York Times',
    text: 'Mayor Eric Dunne first spoke to The New York Times in March. In a second interview, he told the Times: “I was wrong about the budget.”',
    quotes: [{ quote: 'wrong about the budget', outlet: 'The New York Times' }],
  },
  {
    note: '“the Post” after The Washington Post',
    text: 'The Washington Post obtained the memo last week. “We had no idea,” a senior official told the Post on Friday.',
    quotes: [{ quote: 'We had no idea', outlet: 'The Washington Post' }],
  },
  {
    note: '“the Journal” after The Wall Street Journal',
    text: 'The Wall Street Journal first reported the talks. “A deal is possible by the summer,” one of the bankers told the Journal.',
    quotes: [{ quote: 'deal is possible', outlet: 'The Wall Street Journal' }],
  },

  // ── outlets on no list ─────────────────────────────────────────────────
  {
    note: 'told the Des Moines Register',
    text: '“Iowa deserves better than this,” the candidate told the Des Moines Register.',
    quotes: [{ quote: 'Iowa deserves better', outlet: 'The Des Moines Register' }],
  },
  {
    note: 'told the Toledo Blade',
    text: '“The plant will run three shifts by autumn,” the plant manager told the Toledo Blade.',
    quotes: [{ quote: 'three shifts', outlet: 'Toledo Blade' }],
  },
  {
    note: 'told the Omaha World-Herald',
    text: '“The flooding is the worst since 2019,” the county engineer told the Omaha World-Herald.',
    quotes: [{ quote: 'worst since 2019', outlet: 'Omaha World-Herald' }],
  },
  {
    note: 'in an interview with the Cedar Valley Courier',
    text: 'In an interview with the Cedar Valley Courier, the superintendent said the schools were “bursting at the seams.”',
    quotes: [{ quote: 'bursting at the seams', outlet: 'Cedar Valley Courier' }],
  },
  {
    note: 'told Radio Free Asia',
    text: '“We were forced to work without pay,” a former worker told Radio Free Asia.',
    quotes: [{ quote: 'forced to work', outlet: 'Radio Free Asia' }],
  },
  {
    note: 'told the German newspaper Die Welt',
    text: '“Europe must pay for its own defence,” the minister told the German newspaper Die Welt.',
    quotes: [{ quote: 'pay for its own defence', outlet: 'Die Welt' }],
  },

  // ── the outlet as the author of a piece (issue 5, second pass) ────────
  {
    note: 'as <outlet> put it',
    text: 'The mayor has long been seen, as The Atlantic put it in a profile, as “a showman first and a manager second.”',
    quotes: [{ quote: 'showman first', outlet: 'The Atlantic' }],
  },
  {
    note: 'a <outlet> report that',
    text: 'The senator pointed to a Bloomberg report that the merger was “all but finished.”',
    quotes: [{ quote: 'all but finished', outlet: 'Bloomberg' }],
  },
  {
    note: 'an outlet that rules on a claim: PolitiFact then rated',
    text: 'PolitiFact then rated the governor’s claim “mostly false.”',
    quotes: [{ quote: 'mostly false', outlet: 'Politifact' }],
  },
  {
    note: 'a study that appeared in a journal (a nationality word is part of the name)',
    text: 'A study that appeared in the Scottish Medical Review found the drug “no better than a placebo.”',
    quotes: [{ quote: 'no better than a placebo', outlet: 'Scottish Medical Review' }],
  },
  {
    note: 'writing for <outlet>',
    text: 'Writing for the Chicago Tribune, the historian Mara Quint called the vote “a warning, not a revolution.”',
    quotes: [{ quote: 'a warning, not a revolution', outlet: 'Chicago Tribune' }],
  },
  {
    note: 'wrote <person> for <unlisted publication>',
    text: '“Turnout will decide this one,” wrote Pat Delaney for Granite Ledger.',
    quotes: [{ quote: 'Turnout will decide', outlet: 'Granite Ledger' }],
  },
  {
    note: 'RT America is its own outlet',
    text: '“I will not read this script,” the anchor told the RT America audience.',
    quotes: [{ quote: 'not read this script', outlet: 'RT America' }],
  },
  {
    note: 'his time on <outlet> is a job, not the occasion',
    text: 'Mr. Dale, who spent his time on CNN covering Congress, said he was “glad to be done with cable news.”',
    quotes: [{ quote: 'glad to be done', outlet: null }],
  },
  {
    note: 'an outlet criticised is not the carrier',
    text: 'The candidate attacked CNN for its coverage. “They have been totally unfair to us,” he said.',
    quotes: [{ quote: 'totally unfair', outlet: null }],
  },

  // ── reported speech: the outlet stage reads it as it reads quotations ──
  {
    note: 'a short form with a time before its verb, in reported speech, after the full name',
    text: 'A Los Angeles Times report on the budget drew fire from the council. The Times on Monday wrote that the city had hidden a deficit of $40 million.',
    quotes: [{ quote: 'the city had hidden a deficit', outlet: 'Los Angeles Times' }],
  },
  {
    note: '"The Times" with no fuller name before it is its own entry',
    text: 'The Times last week reported that the minister had met the donor twice.',
    quotes: [{ quote: 'the minister had met the donor', outlet: 'The Times' }],
  },
  {
    note: 'an outlet and a time, then a verb that is no report',
    text: 'Reuters on Monday moved its bureau to Nairobi. Officials said that the move was overdue.',
    quotes: [{ quote: 'the move was overdue', outlet: null }],
  },
  {
    note: 'the quote’s own sentence opens with the piece: reported speech',
    text: 'In a Boston Globe op-ed on Sunday, Senator Nora Vance argued that the port deal would cost jobs.',
    quotes: [{ quote: 'the port deal would cost jobs', outlet: 'The Boston Globe' }],
  },
  {
    note: 'the quote’s own sentence opens with the piece: a quotation',
    text: 'In a Politico interview, the mayor was blunt: “We are broke, and everyone at City Hall knows it.”',
    quotes: [{ quote: 'We are broke', outlet: 'Politico' }],
  },
  {
    note: 'a sentence that opens with an occasion that is no piece of an outlet',
    text: 'In a speech on Monday, the mayor said that the Daily Planet had misquoted her.',
    quotes: [{ quote: 'had misquoted her', outlet: null }],
  },
  {
    note: 'the people an outlet interviewed speak through it',
    text: 'Reuters interviewed a dozen dock workers at the port. They said that their shifts had been cut without notice.',
    quotes: [{ quote: 'their shifts had been cut', outlet: 'Reuters' }],
  },
  {
    note: 'the people the police interviewed speak through no outlet',
    text: 'Police interviewed a dozen witnesses at the scene. They said that the driver had fled on foot.',
    quotes: [{ quote: 'the driver had fled', outlet: null }],
  },
  {
    note: 'what was said in someone’s appearance on an outlet',
    text: 'Critics seized on the senator’s RT interview, in which she said that the sanctions had failed.',
    quotes: [{ quote: 'the sanctions had failed', outlet: 'RT' }],
  },
  {
    note: 'what was said in someone’s appearance on an outlet, through a verb no lexicon lists before a pronoun’s clause',
    text: 'Critics seized on the senator’s RT interview, in which she propounded she was skeptical of the sanctions.',
    quotes: [{ quote: 'she was skeptical of the sanctions', outlet: 'RT' }],
  },
  {
    note: 'what was said in an appearance that is no outlet’s',
    text: 'Critics seized on the senator’s appearance at the fair, in which she said that the sanctions had failed.',
    quotes: [{ quote: 'the sanctions had failed', outlet: null }],
  },
  {
    note: 'one writer whatever the punctuation of the name',
    text: 'Writing for a Chicago Tribune panel, Anna B. Crane noted that the debate had changed few minds.\n\n“Nobody walked out of that hall a different voter,” Crane wrote.',
    quotes: [
      { quote: 'the debate had changed few minds', outlet: 'Chicago Tribune' },
      { quote: 'Nobody walked out', outlet: 'Chicago Tribune' },
    ],
  },
  {
    note: 'the writer’s own interview is not the outlet the speaker told something before',
    text: 'The farm bill stalled again on Tuesday. Senator Ray Olsen told MSNBC that the bill was dead.\n\nLater, in the interview I conducted with him, Olsen said that he might still vote for it.',
    quotes: [
      { quote: 'the bill was dead', outlet: 'MSNBC' },
      { quote: 'he might still vote for it', outlet: null },
    ],
  },
  {
    note: 'the speaker tells the writer: the outlet named before does not go on',
    text: 'The farm bill stalled again on Tuesday. Senator Ray Olsen told MSNBC that the bill was dead. “I am done negotiating,” he told me afterward.',
    quotes: [
      { quote: 'the bill was dead', outlet: 'MSNBC' },
      { quote: 'done negotiating', outlet: null },
    ],
  },

  {
    note: 'an outlet’s host set off by commas',
    text: 'Another Fox News host, Dana Ruiz, said that the border deal was a surrender.',
    quotes: [{ quote: 'the border deal was a surrender', outlet: 'Fox News' }],
  },
  {
    note: 'a host set off by commas who is no outlet’s',
    text: 'Another dinner host, Dana Ruiz, said that the evening had raised $2 million.',
    quotes: [{ quote: 'the evening had raised', outlet: null }],
  },

  // ── scope: an outlet belongs to the quotes it is attached to ───────────
  {
    note: 'carries to a later quote of the same interview',
    text: 'Governor Anne Holt told NPR on Monday that the state was “out of options.” In the same interview, she added: “We will need federal help.”',
    quotes: [
      { quote: 'out of options', outlet: 'NPR' },
      { quote: 'need federal help', outlet: 'NPR' },
    ],
  },
  {
    note: 'carries to the continuation paragraph of the same answer',
    text: 'The coach, Ines Arroyo, told Sky News: “We were the better team for eighty minutes.”\n\n“The last ten will haunt me.”',
    quotes: [
      { quote: 'better team', outlet: 'Sky News' },
      { quote: 'last ten will haunt me', outlet: 'Sky News' },
    ],
  },
  {
    note: 'both pieces of an interrupted quote',
    text: '“We are not for sale,” the prime minister told the BBC, “and we never will be.”',
    quotes: [
      { quote: 'We are not for sale', outlet: 'BBC' },
      { quote: 'never will be', outlet: 'BBC' },
    ],
  },
  {
    note: 'does not carry to a quote from another occasion',
    text: 'In an interview with CNN on Sunday, Senator Amy Park said the plan was “dead on arrival.”\n\nAt a town hall in Des Moines on Monday, she said: “We will keep fighting for this.”',
    quotes: [
      { quote: 'dead on arrival', outlet: 'CNN' },
      { quote: 'keep fighting', outlet: null },
    ],
  },
  {
    note: 'two quotes, two outlets',
    text: '“Rates will stay high,” the central bank governor told Reuters. Later, his deputy told Bloomberg: “We could cut in June.”',
    quotes: [
      { quote: 'Rates will stay high', outlet: 'Reuters' },
      { quote: 'cut in June', outlet: 'Bloomberg' },
    ],
  },
  {
    note: 'an earlier outlet does not carry to another speaker',
    text: '“The deal is fair,” the minister told the Financial Times.\n\n“It is nothing of the sort,” said opposition leader Maya Roth.',
    quotes: [
      { quote: 'deal is fair', outlet: 'Financial Times' },
      { quote: 'nothing of the sort', outlet: null },
    ],
  },

  {
    note: 'the speaker is an outlet',
    text: '“Voters deserve better than this,” USA Today argued.',
    quotes: [{ quote: 'Voters deserve better', outlet: 'USA Today' }],
  },
  {
    note: 'a pronoun takes up the outlet’s person named in the sentence before',
    text: 'Polls have barely moved since the convention, observed NBC’s Tom Briar.\n\n“Voters made up their minds months ago,” he wrote.',
    quotes: [{ quote: 'made up their minds', outlet: 'NBC' }],
  },
  {
    note: 'a bare “to the White House” before does not carry',
    text: 'The senator hopes to move to the White House next year. “I am ready for the job,” she said.',
    quotes: [{ quote: 'ready for the job', outlet: null }],
  },
  {
    note: '“the article read” takes the outlet of the article named before',
    text: 'The New York Times has changed its tune on the mayor. Ten years ago, a Times article praised him as a reformer. “He has cleaned up city hall,” the article read.',
    quotes: [{ quote: 'cleaned up city hall', outlet: 'The New York Times' }],
  },
  {
    note: '“in the interview” goes back to the interview the speaker gave',
    text: 'The plan was first described by Dana Fry in an interview with Vogue magazine. A spokesman declined to comment.\n\nFry repeated the point in the interview, saying “nothing is off the table.”',
    quotes: [{ quote: 'nothing is off the table', outlet: 'Vogue' }],
  },
  {
    note: 'an interview “then” (in the past) does not carry to today’s quotes',
    text: '“This is our last chance,” Senator Ray Odom told Politico then.\n\n“We have to act now,” Odom said on Tuesday.',
    quotes: [
      { quote: 'our last chance', outlet: 'Politico' },
      { quote: 'act now', outlet: null },
    ],
  },

  {
    note: 'an interview in the past still carries to the rest of the same quote',
    text: '“We will not raise taxes,” the governor told Reuters last year. “Not this term, not next term.”',
    quotes: [
      { quote: 'not raise taxes', outlet: 'Reuters' },
      { quote: 'Not this term', outlet: 'Reuters' },
    ],
  },
  {
    note: 'an outlet of an earlier occasion in an opening clause is not the quote’s',
    text: 'Months after he savaged her on Twitter, Governor Paul Brandt says the anchor was treated unfairly by the network.',
    quotes: [{ quote: 'the anchor was treated unfairly', outlet: null }],
  },
  {
    note: 'an opening clause of the same occasion keeps its outlet',
    text: 'Speaking on CNN, the mayor said the new bridge was “a triumph for the city.”',
    quotes: [{ quote: 'a triumph for the city', outlet: 'CNN' }],
  },
  {
    note: 'a person who bears an outlet’s name is not the outlet',
    text: 'Michael Bloomberg has not ruled out a run. Now Bloomberg says the campaign is “an insult to voters.”',
    quotes: [{ quote: 'insult to voters', outlet: null }],
  },
  {
    note: 'a platform speaking as a company is not the carrier',
    text: 'In a blog post, the company explained itself. Twitter said it had removed “thousands of fake accounts.”',
    quotes: [{ quote: 'thousands of fake accounts', outlet: null }],
  },
  {
    note: 'a pronoun whose own sentence names its person does not take up the sentence before',
    text: 'Mayor Ruiz mocked the governor, telling CNN that he was “out of his depth.” At a later forum, Governor Hale hit back, though he said the feud was “not worth anyone’s time.”',
    quotes: [
      { quote: 'out of his depth', outlet: 'CNN' },
      { quote: 'not worth anyone', outlet: null },
    ],
  },
  {
    note: 'a poll or survey of an outlet that says nothing is not the carrier',
    text: 'The Times/CBS News survey was conducted after the F.B.I. said her email practices were “careless.”',
    quotes: [{ quote: 'careless', outlet: null }],
  },

  {
    note: 'a description, then the person it describes by name: one interview',
    text: 'Senator Ada Moss has backed the strikers. On Friday’s episode of “Morning Edition,” the former union organiser said workers were “right to walk out.”\n\n“They have waited ten years for a raise,” Moss said.',
    quotes: [
      { quote: 'right to walk out', outlet: 'NPR' },
      { quote: 'waited ten years', outlet: 'NPR' },
    ],
  },
  {
    note: 'an indefinite description is someone else than the person named next',
    text: 'Senator Ada Moss has backed the strikers. “We are shocked,” one union member told NPR.\n\n“They deserve a raise,” Moss said.',
    quotes: [
      { quote: 'We are shocked', outlet: 'NPR' },
      { quote: 'deserve a raise', outlet: null },
    ],
  },
  {
    note: 'told French television channel BFM TV',
    text: '“The driver fired on the crowd,” the mayor told French television channel BFM TV.',
    quotes: [{ quote: 'driver fired on the crowd', outlet: 'BFM TV' }],
  },
  {
    note: 'said to the Republican nominee: a party adjective is not an outlet',
    text: '“You have my vote,” the farmer said to the Republican nominee as he left the stage.',
    quotes: [{ quote: 'You have my vote', outlet: null }],
  },
  {
    note: 'told the Tennessean that: a one-word paper before “that”',
    text: 'The mayor told the Tennessean that the stadium deal was “dead for this year.”',
    quotes: [{ quote: 'dead for this year', outlet: 'Tennessean' }],
  },
  {
    note: '“said in the interview” goes back to the interview named last',
    text: 'The dispute began after an interview with Sky News that aired on Sunday.\n\n“I stand by every word,” the minister said in the interview.',
    quotes: [{ quote: 'stand by every word', outlet: 'Sky News' }],
  },
  {
    note: '“the conversation” is not an interview that goes on',
    text: 'In an interview with CNN on Tuesday, Senator Ida Lee said the bill was “dead on arrival.”\n\nThe row has changed the conversation in the capital, and Governor Tom Diaz called it “a distraction from the budget.”',
    quotes: [
      { quote: 'dead on arrival', outlet: 'CNN' },
      { quote: 'a distraction from the budget', outlet: null },
    ],
  },
  {
    note: 'told The Star-Ledger (a hyphenated paper name)',
    text: 'The former governor told The Star-Ledger of Newark that she was “ashamed of this endorsement.”',
    quotes: [{ quote: 'ashamed of this endorsement', outlet: 'Star-Ledger' }],
  },
  {
    note: 'an op-ed’s “I” does not take up the outlet of the person in the sentence before',
    text: 'That is what my friend Sam Ortiz at the Boston Globe wrote last week. I spent the weekend wondering how to answer him without saying, “This is the weakest argument I have read.”',
    quotes: [{ quote: 'weakest argument', outlet: null }],
  },
  {
    note: 'a group named after a poll’s quote does not continue the poll',
    text: 'The senator now leads among young voters by 20 points, according to a Reuters poll released last week. But many Democrats say the lead hides “real worries about turnout.”',
    quotes: [{ quote: 'real worries about turnout', outlet: null }],
  },
  // ── the article's own publisher, where the text gives it away ──────────
  {
    note: 'its own data work (“a Boston Globe analysis”) makes the Globe the publisher',
    text: 'Spending on ads doubled, according to a Boston Globe analysis of campaign filings. Mayor Kim Soto told The Boston Globe: “We will spend what it takes.”',
    quotes: [{ quote: 'spend what it takes', outlet: null }],
  },
  {
    note: 'an author line at the end names the publisher',
    text: '“The port will reopen in May,” Ray Odom told the Miami Herald.\n\nJane Roe is a political reporter for the Miami Herald.',
    quotes: [{ quote: 'reopen in May', outlet: null }],
  },
  {
    note: 'two different people told one paper: its own interviews',
    text: '“The vote is close,” Alma Reyes told the Chicago Tribune.\n\n“We expect a recount,” Ben Ortiz, her opponent, told the Chicago Tribune.',
    quotes: [
      { quote: 'vote is close', outlet: null },
      { quote: 'expect a recount', outlet: null },
    ],
  },
  {
    note: 'two different people told one paper with verbs no list holds: its own interviews',
    text: '“The vote is close,” Alma Reyes notified the Chicago Tribune.\n\nBen Ortiz, her opponent, briefed the Chicago Tribune that “we expect a recount.”',
    quotes: [
      { quote: 'vote is close', outlet: null },
      { quote: 'expect a recount', outlet: null },
    ],
  },
  {
    note: 'negative: two people who criticised a paper are no interviews of its own',
    text: 'Alma Reyes criticized the Chicago Tribune. Ben Ortiz attacked the Chicago Tribune.\n\n“The vote is close,” Reyes told the Chicago Tribune.',
    quotes: [{ quote: 'vote is close', outlet: 'Chicago Tribune' }],
  },
  {
    note: 'two different people told a broadcaster: still the broadcaster',
    text: '“The vote is close,” Alma Reyes told CNN.\n\n“We expect a recount,” Ben Ortiz, her opponent, told CNN.',
    quotes: [
      { quote: 'vote is close', outlet: 'CNN' },
      { quote: 'expect a recount', outlet: 'CNN' },
    ],
  },

  // ── no outlet ──────────────────────────────────────────────────────────
  {
    note: 'told reporters',
    text: '“We will have an announcement next week,” the spokesman told reporters.',
    quotes: [{ quote: 'announcement next week', outlet: null }],
  },
  {
    note: 'said at a rally',
    text: '“This election is about your paycheck,” the candidate said at a rally in Phoenix.',
    quotes: [{ quote: 'about your paycheck', outlet: null }],
  },
  {
    note: 'in a statement',
    text: 'In a statement, the company said the fire was “under control.”',
    quotes: [{ quote: 'under control', outlet: null }],
  },
  {
    note: 'told the Senate',
    text: '“The threat is real and it is growing,” the FBI director told the Senate Intelligence Committee.',
    quotes: [{ quote: 'threat is real', outlet: null }],
  },
  {
    note: 'told his wife',
    text: '“I think we should leave tonight,” he told his wife, according to court papers.',
    quotes: [{ quote: 'leave tonight', outlet: null }],
  },
  {
    note: 'told the jury',
    text: '“You have heard the evidence,” the prosecutor told the jury.',
    quotes: [{ quote: 'heard the evidence', outlet: null }],
  },
  {
    note: 'an outlet named inside the quotation',
    text: '“I read about it in The New York Times like everybody else,” Senator Ray Dixon told reporters.',
    quotes: [{ quote: 'read about it', outlet: null }],
  },
  {
    note: 'an outlet as the topic of the quote',
    text: 'Trump attacked CNN at a rally in Ohio on Saturday, calling the network “the enemy of the people.”',
    quotes: [{ quote: 'enemy of the people', outlet: null }],
  },
  {
    note: 'a person who shares an outlet’s name',
    text: 'Former mayor Michael Bloomberg said the plan was “the right thing to do.”',
    quotes: [{ quote: 'right thing to do', outlet: null }],
  },
  {
    note: 'a verification note by the article’s own agency is not an outlet of the quote',
    text: '“We destroyed the fuel depot,” the rebel commander said. Reuters could not independently verify the claim.',
    quotes: [{ quote: 'destroyed the fuel depot', outlet: null }],
  },

  // ── verbs no lexicon lists (a second spinner's words) ──────────────────
  {
    note: 'the outlet right after a verb no list holds: notified CBS, “…”',
    text: 'Campaign manager Robby Mook notified CBS, “We are really focused on the debate.”',
    quotes: [{ quote: 'focused on the debate', outlet: 'CBS' }],
  },
  {
    note: 'a verb no list holds, the outlet it was said to and "that": counseled Fox that “…”',
    text: 'Claiming the criticism was designed to pressure the moderators, Trump counseled Fox that “they hit Matt because they said he should have been much tougher.”',
    quotes: [{ quote: 'they hit Matt', outlet: 'Fox News' }],
  },
  {
    note: 'negative: a verb no list holds and a person it was said to',
    text: 'Trump counseled Lauer that “he should have been much tougher” on the panel.',
    quotes: [{ quote: 'much tougher', outlet: null }],
  },
  {
    note: 'the outlet after a verb no list holds, after the quotation',
    text: '“If anybody was looking for an off-ramp, this is probably it,” Graham apprised Reuters then.',
    quotes: [{ quote: 'off-ramp', outlet: 'Reuters' }],
  },
  {
    note: 'negative: a place after an unlisted verb is no outlet',
    text: '“We will keep going,” Mook expounded Tuesday in Des Moines.',
    quotes: [{ quote: 'keep going', outlet: null }],
  },

  {
    note: 'a listener before a clause without "that", after a verb that takes one, listed or not',
    text: 'The harbour flooded.\n\nLena Ortiz warned Reuters the harbour would stay shut until March. Tomas Berg assured the Harbour Gazette that the ferries would run. Ida Lowe notified the BBC the tunnel had reopened.',
    quotes: [
      { quote: 'the harbour would stay shut until March', outlet: 'Reuters' },
      { quote: 'the ferries would run', outlet: 'Harbour Gazette' },
      { quote: 'the tunnel had reopened', outlet: 'BBC' },
    ],
  },
  {
    note: '"to" after the quote\'s own cue, a verb of saying or a noun of remarks names the outlet the words were said to, on a list or not; a bare "the TV" is none (guard)',
    text: 'Budget row\n\nThe council voted on Monday.\n\n“Reserves are for emergencies,” Colin Ashby relayed to the Marrowfield Courier.\n\n“I was promised time,” the coach intimated to Sportsline Radio.\n\nVarga, in remarks to TechWire Daily later on Tuesday, maintained that no further cuts were planned.\n\nThe minister, in an interview with Coastline FM, opined that the demands were “simply unaffordable”.\n\n“I would,” Melanie recited to the TV.',
    quotes: [
      { quote: 'Reserves are for emergencies', outlet: 'Marrowfield Courier' },
      { quote: 'I was promised time', outlet: 'Sportsline Radio' },
      { quote: 'no further cuts were planned', outlet: 'TechWire Daily' },
      { quote: 'simply unaffordable', outlet: 'Coastline FM' },
      { quote: 'I would', outlet: null },
    ],
  },
  {
    note: 'outlets on no list: a newspaper reporting with whom it cites, a trade magazine by its descriptor, a body that released a transcript',
    text: 'Fishermen held\n\nThe boat was seized on Monday.\n\nThe Aldermere Gazette reported, citing two officials familiar with the case, that prosecutors intend to charge the captain.\n\nThe label’s chief executive went further in an interview with the trade magazine Soundline, saying the singer’s team was “rewriting history”.\n\nAccording to a transcript released by the Presidential Office, she told a rally that “the people have spoken.”',
    quotes: [
      { quote: 'prosecutors intend to charge the captain', outlet: 'Aldermere Gazette' },
      { quote: 'rewriting history', outlet: 'Soundline' },
      { quote: 'the people have spoken.', outlet: 'Presidential Office' },
    ],
  },
  {
    note: '"to" after an inverted cue and its name or an adverb, an unlisted name of two words after "the", "As relayed by", "Writing on X"; not a person or a title after "to the", nor a filing "reported to the IRS" (guard)',
    text: 'Coalition talks\n\nThe vote was close.\n\n“We are nobody’s rubber stamp,” quipped Orsini to the Drevany Courier.\n\n“A bridge does not fall down,” Vasquez remarked aloud to the Dunmore Courier.\n\n“We had ordered in extra stock,” Sandhu averred to the Brackley Echo.\n\nAs relayed by the Tarrow Valley Gazette, logistics manager Ilse Brandt confirmed that one of the minibuses has been out of action.\n\nWriting on X, formerly Twitter, the prime minister said his country “has no quarrel with the Varnian people.”\n\n“What are they doing?” Alice whispered to the General.\n\nThe foundation reported to the IRS that his salary was $31,592.',
    quotes: [
      { quote: 'We are nobody’s rubber stamp', outlet: 'Drevany Courier' },
      { quote: 'A bridge does not fall down', outlet: 'Dunmore Courier' },
      { quote: 'We had ordered in extra stock', outlet: 'Brackley Echo' },
      { quote: 'one of the minibuses has been out of action', outlet: 'Tarrow Valley Gazette' },
      { quote: 'has no quarrel with the Varnian people.', outlet: 'X' },
      { quote: 'What are they doing?', outlet: null },
      { quote: 'his salary was $31,592', outlet: null },
    ],
  },
  {
    note: '"told the paper" takes up the one medium no list holds named before; with an outlet of the list named before, nothing is guessed (guard)',
    text: 'Fishermen held\n\nMarta Quillon said in an interview with the Draven Courier that she had not heard from her son.\n\n“They tell us he is well,” the retired teacher told the paper.\n\nA spokesman told The Wall Street Journal the school had confirmed it. “He had so many plans,” his friend told the website.',
    quotes: [
      { quote: 'They tell us he is well,', outlet: 'Draven Courier' },
      { quote: 'He had so many plans,', outlet: null },
    ],
  },
  {
    note: 'after a verb no list holds, an outlet\'s possessive before its programme\'s title in marks; not an outlet\'s possessive before the clause\'s own noun (guard)',
    text: 'Debate week\n\nThe candidates prepared.\n\n“I was sitting in a house in Florida,” Trump briefed NBC’s “Today” on Monday.\n\nZucker propounded CNN’s business “is so much broader” than ratings.',
    quotes: [
      { quote: 'I was sitting in a house in Florida,', outlet: 'NBC' },
      { quote: 'is so much broader', outlet: null },
    ],
  },
  {
    note: 'a medium\'s word that opens a name in languages that put the head first ("Canal", "Cadena", "Kanal", "Diario") or ends it ("Noticias", "Kurier"); a body\'s name after "told the" is no outlet (guard)',
    text: 'Cup week\n\nThe engineer told the Harbour Safety Authority that the locks were safe.\n\nAn official told the Panama Canal Authority that the ships would wait.\n\nCaptain Nicolás Ferreira-Dunn, speaking to Canal Deportivo on Sunday evening, said the squad had asked the coach to stay.\n\n“We will not pay,” the mayor told Kanal D.\n\n“It is over,” she said in an interview with Diario Libre.\n\n“Yes,” he told Caracol Noticias on Monday.',
    quotes: [
      { quote: 'the squad had asked the coach to stay', outlet: 'Canal Deportivo' },
      { quote: 'We will not pay,', outlet: 'Kanal D' },
      { quote: 'It is over,', outlet: 'Diario Libre' },
      { quote: 'Yes,', outlet: 'Caracol Noticias' },
      { quote: 'the locks were safe', outlet: null },
      { quote: 'the ships would wait', outlet: null },
    ],
  },
  {
    note: 'one word after "told the" or "said to the" is an outlet on no list only in a paper\'s shape ("the Tennessean") or before a medium\'s noun: "said to the Gryphon", "told the General" are none (guard); the Advocate is listed',
    text: 'Council vote\n\n“We will win,” the mayor said to the Gryphon.\n\n“Enough,” she told the General.\n\nThe mayor told the Tennessean that the stadium deal was dead.\n\nThe senator gave an interview to the Advocate, a magazine, and said he backed the bill.',
    quotes: [
      { quote: 'We will win,', outlet: null },
      { quote: 'Enough,', outlet: null },
      { quote: 'the stadium deal was dead', outlet: 'Tennessean' },
      { quote: 'he backed the bill', outlet: 'The Advocate' },
    ],
  },
  {
    note: 'a transcript of an occasion released by a body: the body is the outlet of the words it records',
    text: 'Port cyberattack\n\nPer a transcript of a Thursday morning briefing released by the Ministry of Transport, Delphine Marsh informed reporters that the attackers had demanded a ransom.',
    quotes: [{ quote: 'the attackers had demanded a ransom', outlet: 'Ministry of Transport' }],
  },
  {
    note: 'a source after a cue and its comma is the outlet of the cue\'s words: "replied, according to a transcript released by the Foreign Ministry: “…”", "said, according to Interfax, that …"',
    text: 'Border row\n\nAsked about the border, Ilse Varga replied, according to a transcript released by the Foreign Ministry: “Our response will be firm.”\n\nPutin said, according to Interfax, that the talks had failed.',
    quotes: [
      { quote: 'Our response will be firm', outlet: 'Foreign Ministry' },
      { quote: 'the talks had failed', outlet: 'Interfax' },
    ],
  },
  {
    note: 'an agency on no list that the dateline credits ("VELDHAVEN (Nordwire) —") is the outlet where the text names it as the listener ("told Nordwire"), and of the quotation that goes on; not of the others (guard)',
    text: 'Rates held\n\nVELDHAVEN (Nordwire) — The central bank held its main rate on Thursday.\n\n“The bank is buying time,” Tomas Brekke, an economist at Halvard Securities, told Nordwire. “It wants two more inflation prints.”\n\n“We are not there yet,” Governor Annika Solberg told reporters.\n\nGovernment spokeswoman Ilse Marrow informed Nordwire that the cabinet would “study the text carefully.”',
    quotes: [
      { quote: 'The bank is buying time', outlet: 'Nordwire' },
      { quote: 'two more inflation prints', outlet: 'Nordwire' },
      { quote: 'We are not there yet', outlet: null },
      { quote: 'study the text carefully', outlet: 'Nordwire' },
    ],
  },
  {
    note: 'a name of several words that is no person\'s after "in an interview with" is the medium ("Wessex Sound"); a person\'s name there is not (guard), nor a body\'s (guard)',
    text: 'Club sold\n\n“We have seen this before,” Nadia Okonjo said in an interview with Wessex Sound.\n\n“We will build,” Carter Vance said in an interview with Anna Berg.\n\n“We are watching,” the councillor said in an interview with the Planning Committee.',
    quotes: [
      { quote: 'We have seen this before', outlet: 'Wessex Sound' },
      { quote: 'We will build', outlet: null },
      { quote: 'We are watching', outlet: null },
    ],
  },
  {
    note: 'the short form a text defines for a medium in parentheses ("Marovian News Agency (MNA)") names it again ("According to MNA", "carried by MNA"), and the clause after "told … (MNTV) that" starts after "that"; "the independent news site Dresk Today" is a medium by its descriptor',
    text: 'Ministers meet\n\n“We have come to close old wounds,” Velkan said on arrival, according to the state-run Marovian News Agency (MNA).\n\nHalas told the state broadcaster Marovia National Television (MNTV) that the talks would focus on trade.\n\nAccording to MNA, the two ministers signed a memorandum on Wednesday.\n\nIn a farewell message carried by MNA, Velkan said: “I leave with hope.”\n\nOpposition lawmaker Radu Kessel told the independent news site Dresk Today that state media had presented “a fairy tale” and lied.',
    quotes: [
      { quote: 'close old wounds', outlet: 'Marovian News Agency' },
      { quote: 'the talks would focus on trade', outlet: 'Marovia National Television' },
      { quote: 'the two ministers signed a memorandum', outlet: 'Marovian News Agency' },
      { quote: 'I leave with hope', outlet: 'Marovian News Agency' },
      { quote: 'a fairy tale', outlet: 'Dresk Today' },
    ],
  },
  {
    note: '"The agency later quoted him as saying …": a medium\'s noun as the subject of a verb of reporting takes up the one medium named before, or the one of its kind (an agency\'s name, not a broadcaster\'s); with two of no telling kind named, neither (guard)',
    text: 'Ministers meet\n\nVelkan arrived on Tuesday, according to the state-run Marovian News Agency.\n\nPresidential spokesman Iver Dunai told the state broadcaster Marovia National Television the memorandum would cut tariffs.\n\nThe agency later quoted him as saying President Mirela Oszt would receive Velkan.',
    quotes: [{ quote: 'President Mirela Oszt would receive Velkan', outlet: 'Marovian News Agency' }],
  },
  {
    note: '(guard) "The agency quoted him" after two media of one kind takes up neither (two agencies, "Reuters and AFP")',
    text: 'Ministers meet\n\nPresidential spokesman Iver Dunai spoke to Reuters and AFP on Tuesday.\n\nThe agency quoted him as saying the visit was historic.',
    quotes: [{ quote: 'the visit was historic', outlet: null }],
  },
  {
    note: '"The agency quoted her" after "Reuters and the BBC" takes up Reuters, the one agency of the two',
    text: 'Talks\n\nForeign Minister Ana Costa spoke to Reuters and the BBC on Wednesday.\n\nThe agency quoted her as saying the talks were useful.',
    quotes: [{ quote: 'the talks were useful', outlet: 'Reuters' }],
  },
  {
    note: '"told the station\'s breakfast programme" takes up the one medium named before, a name a medium\'s word opens ("local station Radio Valmera")',
    text: 'Blackouts\n\nThe local station Radio Valmera spent its Thursday morning on the power cuts.\n\n“We had no choice,” Felipe Aranda told the station\'s breakfast programme.',
    quotes: [{ quote: 'We had no choice', outlet: 'Radio Valmera' }],
  },
  {
    note: 'a verb no list holds, "to" and a listener, then "that" and a clause that holds a fragment: the fragment is the subject\'s, said to the listener ("imparted to the Aldeburg Post that … “for almost two years.”")',
    text: 'Chess\n\nKatarina Holm imparted to the Aldeburg Post that she had not opened a chess engine “for almost two years.”',
    quotes: [{ quote: 'for almost two years', outlet: 'Aldeburg Post' }],
  },
  {
    note: 'a post held at a medium ("co-host on his YouTube channel", "a columnist at the Ledger") is no occasion of speech: the outlet told afterwards is the quote\'s',
    text: 'Occupation\n\nIn an interview at her hotel, Dana Reyes, his girlfriend and co-host on his YouTube channel, told the Harbour Gazette that his views had hardened in 2002.\n\nTom Vail, a columnist at the Ledger, told Radio Norte that the march was peaceful.',
    quotes: [
      { quote: 'his views had hardened in 2002', outlet: 'Harbour Gazette' },
      { quote: 'the march was peaceful', outlet: 'Radio Norte' },
    ],
  },
  {
    note: 'a document released by a body\'s noun ("a transcript released by the committee") is the body\'s the text named before ("parliament\'s Digital Affairs Committee"), and "according to the transcript" after it too',
    text: 'Breach\n\nChief executive Elina Marrask was questioned by parliament\'s Digital Affairs Committee on Thursday. According to a transcript released by the committee, she told lawmakers that the attackers had used a contractor\'s account.\n\n“I will not blame a contractor,” Marrask said, according to the transcript.',
    quotes: [
      { quote: 'the attackers had used a contractor', outlet: 'Digital Affairs Committee' },
      { quote: 'I will not blame a contractor', outlet: 'Digital Affairs Committee' },
    ],
  },
  {
    note: '"on the podcast" takes up the name the text gave before that noun ("the Vestuario podcast"), though another medium was named first; a possessive before a programme ("Canal Meridiano\'s evening programme") is no part of the medium\'s name',
    text: 'Transfer\n\nClub president Octavio Lanza, appearing on Canal Meridiano\'s evening programme Tiempo Extra, declared that the club would not sell.\n\n“They know our valuation,” Lanza stated on the programme.\n\nSpeaking on the Vestuario podcast, Joaquín Reyes conceded he had asked to leave in May.\n\nHe added on the podcast that he had not spoken to Lanza “for almost a month”.',
    quotes: [
      { quote: 'the club would not sell', outlet: 'Canal Meridiano' },
      { quote: 'They know our valuation', outlet: 'Canal Meridiano' },
      { quote: 'he had asked to leave in May', outlet: 'Vestuario' },
      { quote: 'for almost a month', outlet: 'Vestuario' },
    ],
  },
  {
    note: '(guard) "An Israeli newspaper … told the newspaper": a people\'s adjective before the noun names no medium',
    text: 'Donors\n\nAn Israeli newspaper owned by a donor published an interview with the candidate this week.\n\n“Your friend is leading,” Hal Brenner told the newspaper.',
    quotes: [{ quote: 'Your friend is leading', outlet: null }],
  },
  {
    note: '"relayed to the Echo" after "voiced to the Westbury Echo": one capitalised word after "the" that ends a medium\'s name given in full after a trigger; not a name no trigger gave ("As President … told the President", guard)',
    text: 'Kitchen\n\nSunita Reyes voiced to the Westbury Echo that inspectors had visited twice.\n\nA former sous-chef relayed to the Echo that staff had raised concerns about pests.\n\nAs President Obama spoke, Greg Abbott told the President that the state would sue.',
    quotes: [
      { quote: 'inspectors had visited twice', outlet: 'Westbury Echo' },
      { quote: 'staff had raised concerns about pests', outlet: 'Westbury Echo' },
      { quote: 'the state would sue', outlet: null },
    ],
  },
  {
    note: 'a medium\'s name after the quote\'s own cue and "on" ("remarked on Radio Kestrel that") is where the words were said, as after "said on"',
    text: 'Plagiarism\n\nDiane Marchetti, a professor of literature, remarked on Radio Kestrel that some of the parallels were “very hard to explain away”.',
    quotes: [{ quote: 'very hard to explain away', outlet: 'Radio Kestrel' }],
  },
  {
    note: 'a name no list holds that an apposition says is a programme ("in an interview on First Light, the breakfast programme on TVN"); its presenter\'s question ("Asked by presenter Dana Holt …", "“…?” Holt asked") and the answer after it go on on that programme; a radio host who speaks after another\'s interview does not (guard)',
    text: 'Waiting lists\n\n“We called it the shadow list,” Karen Lessard said in an interview on First Light, the breakfast programme on TVN.\n\nAsked by presenter Dana Holt who had approved the practice, the 54-year-old replied: “It came from the top.”\n\n“Why wait until now?” Holt asked.\n\n“Because I was frightened,” Lessard said.\n\nLater, radio host Tom Reed told listeners: “She should have spoken sooner.”',
    quotes: [
      { quote: 'We called it the shadow list', outlet: 'First Light' },
      { quote: 'It came from the top', outlet: 'First Light' },
      { quote: 'Why wait until now?', outlet: 'First Light' },
      { quote: 'Because I was frightened', outlet: 'First Light' },
      { quote: 'She should have spoken sooner', outlet: null },
    ],
  },
  {
    note: '"In conversation with Radio Calder" names the medium as "in an interview with" does; a conversation with a person names none (guard)',
    text: 'Housing\n\nIn conversation with Radio Calder on Wednesday, the ombudsman, Gareth Prynne, noted that landlords ‘can no longer blame tenants’.\n\nIn a conversation with Jane Smith on Monday, the mayor said the plan would go ahead.',
    quotes: [
      { quote: 'can no longer blame tenants', outlet: 'Radio Calder' },
      { quote: 'the plan would go ahead', outlet: null },
    ],
  },
  {
    note: '"shared with" a medium, and "shared on" a platform, carry the words as "told" and "posted on" do; shared with a person names none',
    text: 'Housing\n\n“The rents will be frozen until spring,” the mayor, Ines Ortega, shared with Radio Calder on Wednesday.\n\nThe housing minister, Paul Brandt, shared on Facebook that the plan would go ahead.\n\n“We will not wait,” the tenants’ leader, Mara Quist, shared with her neighbours.',
    quotes: [
      { quote: 'The rents will be frozen until spring', outlet: 'Radio Calder' },
      { quote: 'the plan would go ahead', outlet: 'Facebook' },
      { quote: 'We will not wait', outlet: null },
    ],
  },
  {
    note: 'a programme an apposition of three modifiers names ("Civic Sunday, the weekly public affairs program on …")',
    text: 'Stadium\n\nMayor Lorraine Haskell defended the subsidy on Sunday, appearing on Civic Sunday, the weekly public affairs program on Lakeshore Television Network, and declaring that the city “cannot afford to watch the team leave.”',
    quotes: [{ quote: 'cannot afford to watch the team leave.', outlet: 'Civic Sunday' }],
  },
  {
    note: '"said on the podcast" takes up the podcast an apposition named ("the Bullpen Session, a podcast about …"), not the newspaper named before it',
    text: 'Baseball\n\nIn a column in the Millbrook Register, Mayor Kevin Odom wrote that the city had “done everything it could.”\n\nOn Thursday’s episode of the Bullpen Session, a podcast about minor-league baseball, broadcaster Ed Lindqvist said he learned of the move from a text message.\n\n“I have called 5,000 games for this club,” Lindqvist said on the podcast.',
    quotes: [
      { quote: 'done everything it could.', outlet: 'Millbrook Register' },
      { quote: 'he learned of the move from a text message', outlet: 'Bullpen Session' },
      { quote: 'I have called 5,000 games for this club', outlet: 'Bullpen Session' },
    ],
  },
  {
    note: '"said on the podcast" with only a newspaper named before: no podcast is named, so no outlet (a newspaper is no podcast)',
    text: 'Ballpark\n\nIn a column in the Easton Register, Mayor Ruth Cole wrote that the deal was “a good one.”\n\n“We will fill the seats,” the team’s owner, Dale Haldane, said on the podcast.',
    quotes: [
      { quote: 'a good one.', outlet: 'Easton Register' },
      { quote: 'We will fill the seats', outlet: null },
    ],
  },
  {
    note: '"a copy of which was obtained by" a medium, in a relative clause of the document: that medium carried the words',
    text: 'Layoffs\n\nIn the memo, a copy of which was obtained by the Harbour Times, Chief Executive Nathaniel Okafor wrote that the company had “hired for a world that did not arrive.”',
    quotes: [{ quote: 'hired for a world that did not arrive.', outlet: 'Harbour Times' }],
  },
  {
    note: '"The show’s host, former pitcher Danny Kowalczyk," speaks on the show named before; someone quoted after the host\'s remark, which asked nothing, does not',
    text: 'Baseball\n\nOn Thursday’s episode of the Bullpen Session, a podcast about minor-league baseball, broadcaster Ed Lindqvist said he learned of the move from a text message.\n\nThe show’s host, former pitcher Danny Kowalczyk, said older industrial cities were losing teams to the suburbs.\n\n“It’s the same story every year now,” Kowalczyk said.\n\nOutside the ballpark on Wednesday, season-ticket holder Gloria Mendes said she had attended every opening day since 1986.',
    quotes: [
      { quote: 'he learned of the move from a text message', outlet: 'Bullpen Session' },
      { quote: 'older industrial cities were losing teams to the suburbs', outlet: 'Bullpen Session' },
      { quote: 'It’s the same story every year now', outlet: 'Bullpen Session' },
      { quote: 'she had attended every opening day since 1986', outlet: null },
    ],
  },
  {
    note: 'a programme after an unlisted station\'s possessive is reported as the station ("Speaking on Radio Calder’s Morning Desk programme", "told the programme"); an outlet\'s piece "at the end of the CNN interview"',
    text: 'Rail\n\nSpeaking on Radio Calder’s Morning Desk programme on Tuesday, Transport Minister Helen Ashcroft said: ‘It has not been good enough.’\n\n‘Those figures are unacceptable,’ she told the programme.\n\nAt the end of the CNN interview, Senator Ray Doyle said: “It won’t come to that.”',
    quotes: [
      { quote: 'It has not been good enough.', outlet: 'Radio Calder' },
      { quote: 'Those figures are unacceptable,', outlet: 'Radio Calder' },
      { quote: 'It won’t come to that.', outlet: 'CNN' },
    ],
  },
  {
    note: 'a medium\'s word inside an unlisted name the capitals go on after ("The Daily Flare") is no end of the name, but a day after it is ("told the Star Tuesday"); "confided to the tabloid", "relayed to the paper" take up the one medium named before, as "told the paper" does',
    text: 'Divorce\n\nActress Marisol Devane broke her silence in a lengthy interview with The Daily Flare published Wednesday.\n\n“I spent a long time pretending everything was fine,” the 41-year-old confided to the tabloid.\n\nShe relayed to the paper that the split had been “the hardest thing” she had ever done.\n\nA friend of the couple told the Star Tuesday that talks had “nearly collapsed twice.”',
    quotes: [
      { quote: 'I spent a long time pretending everything was fine,', outlet: 'Daily Flare' },
      { quote: 'the hardest thing', outlet: 'Daily Flare' },
      { quote: 'nearly collapsed twice.', outlet: 'Star' },
    ],
  },
  {
    note: 'a medium\'s noun and the name it introduces set off by commas, as the subject ("state news agency, TNA, reported"), and "The agency quoted …" after it; not a name inside another\'s apposition ("the editor of the city\'s official newspaper, the Harbour Ledger, said")',
    text: 'Talks\n\nTarsovia’s state news agency, TNA, reported that the ministers had agreed to reopen a joint commission.\n\nThe agency quoted Irina Solovan as saying the commission would meet “within weeks, not months.”\n\nMaria Vianello, the editor of the port’s official newspaper, Harbour Ledger, said every mayor was “both builder and broker.”',
    quotes: [
      { quote: 'the ministers had agreed to reopen a joint commission', outlet: 'TNA' },
      { quote: 'within weeks, not months.', outlet: 'TNA' },
      { quote: 'both builder and broker.', outlet: null },
    ],
  },
  {
    note: 'the first word of an unlisted medium\'s name the text gave before, with no "the" ("Speaking to the Baltica Press Agency, … ⏎ … told Baltica that …")',
    text: 'Talks\n\nSpeaking to the Baltica Press Agency, a senior diplomat said the minister faced resistance.\n\nOpposition lawmaker Petra Dunavik told Baltica that the visit was “theater.”',
    quotes: [
      { quote: 'the minister faced resistance', outlet: 'Baltica Press Agency' },
      { quote: 'theater.', outlet: 'Baltica Press Agency' },
    ],
  },
  {
    note: 'a name in capitals that a medium\'s noun introduces ("Varanna’s state broadcaster, VNB,") is a medium the text names: "in comments aired by VNB", "told VNB"',
    text: 'Ceasefire\n\nVaranna’s state broadcaster, VNB, opened its evening bulletin with the news.\n\n“Our forces did not seek this war,” Foreign Minister Sefa Oruncal said in comments aired by VNB.\n\nA government adviser told VNB that the truce “will hold.”',
    quotes: [
      { quote: 'Our forces did not seek this war,', outlet: 'VNB' },
      { quote: 'will hold.', outlet: 'VNB' },
    ],
  },
  {
    note: 'a listed network\'s possessive before a programme no list holds, in marks ("appearing on NBC’s “The Late Hour,”"), names the network, as "NBC’s “Meet the Press”" does; a programme alone in marks names itself (guard)',
    text: 'Senator\n\nSen. Evelyn Marchetti, appearing on NBC’s “The Late Hour,” said she was “not running yet.”\n\nMayor Ruth Vance said on “Harbour Morning” that the ferry plan was “dead.”',
    quotes: [
      { quote: 'not running yet.', outlet: 'NBC' },
      { quote: 'dead.', outlet: 'Harbour Morning' },
    ],
  },
  {
    note: 'a name no list holds after "told", set off by an apposition that says what medium it is ("told Tidewatch, the regional newspaper", "told Coastline, the HBC’s fishing programme", "a post on Chirp, the social network"), is the outlet; not a person whose apposition holds a medium\'s possessive ("told Anna Berg, the newspaper’s editor"), and words to a person by name carry no outlet of the interview before ("told Ana Ruiz, his deputy, that")',
    text: 'Quotas\n\n“Every year it is the same theatre,” Alun Maddocks told Tidewatch, the regional newspaper.\n\nMaddocks told Ana Ruiz, his deputy, that the season was lost.\n\n“The boats pay for it,” skipper Tom Reyes told Coastline, the HBC’s fishing programme.\n\n“It is a coin toss,” economist Lena Ortiz wrote in a post on Chirp, the social network.\n\n“Nobody listens,” Reyes told Anna Berg, the newspaper’s editor.',
    quotes: [
      { quote: 'Every year it is the same theatre,', outlet: 'Tidewatch' },
      { quote: 'the season was lost', outlet: null },
      { quote: 'The boats pay for it,', outlet: 'Coastline' },
      { quote: 'It is a coin toss,', outlet: 'Chirp' },
      { quote: 'Nobody listens,', outlet: null },
    ],
  },
  {
    note: 'a piece\'s adjective between its article and the platform or outlet ("in a separate Instagram post", "In a lengthy CNN interview") still names where the words were said',
    text: 'Squad\n\nGoalkeeper Sam Whitcombe, in a separate Instagram post, wrote that the squad had “let him down” this season.\n\nIn a lengthy CNN interview, the manager said the board had been “patient.”',
    quotes: [
      { quote: 'let him down', outlet: 'Instagram' },
      { quote: 'patient.', outlet: 'CNN' },
    ],
  },
  {
    note: 'a medium no list holds, by the initials of the name the text gave it in full ("the Marovan Press Agency" … "MPA carried a statement from …"), or by the acronym its noun introduced ("state broadcaster, TVK, relayed remarks by …"), is the outlet of the remarks it carries; "According to the agency" takes up the agency named before; a government\'s agency by its initials is no medium ("the Environmental Protection Agency" … "told EPA")',
    text: 'Truce\n\nAcross the border, the Marovan Press Agency painted a different picture. According to the agency, President Lev Adamyan accepted the truce only after the units “retreated in disorder.”\n\nMPA carried a statement from Adamyan’s spokesman, Rurik Tavadze: “We negotiated from strength.”\n\nTarsovia’s state broadcaster, TVK, relayed remarks by Foreign Minister Sefa Oruncal hailing the deal as “a victory for patience.”\n\nThe Environmental Protection Agency set new rules. “We were not consulted,” Dana Hill told EPA officials.',
    quotes: [
      { quote: 'retreated in disorder.', outlet: 'Marovan Press Agency' },
      { quote: 'We negotiated from strength.', outlet: 'Marovan Press Agency' },
      { quote: 'a victory for patience.', outlet: 'TVK' },
      { quote: 'We were not consulted,', outlet: null },
    ],
  },
  {
    note: 'a transcript of a meeting named by its day\'s possessive ("a transcript of Monday evening’s council meeting released by City Hall") is a released document, its publisher the outlet; "Speaking later to Radio Liberta" is "speaking to" with a time between',
    text: 'Heat\n\nIn a transcript of Monday evening’s emergency council meeting released by City Hall, the mayor, Gareth Pryce, told councillors that cooling centres would open on Tuesday.\n\nSpeaking later to Radio Liberta, the lawyer said his client was “calm and determined.”',
    quotes: [
      { quote: 'cooling centres would open on Tuesday', outlet: 'City Hall' },
      { quote: 'calm and determined.', outlet: 'Radio Liberta' },
    ],
  },
  {
    note: '"on the same program", "in the same interview" take up the outlet a quote before was reported through, though another person speaks; without such words, another speaker\'s words carry no outlet',
    text: 'Strike\n\nUnion leader Tomas Brandt called the walkout “a last resort” during an appearance on Radio Halden’s morning show.\n\nAppearing on the same program an hour later, chief executive Ada Lind contended that the demands were unaffordable.\n\nA passenger, Ruth Ames, said she had waited six hours.',
    quotes: [
      { quote: 'a last resort', outlet: 'Radio Halden' },
      { quote: 'the demands were unaffordable', outlet: 'Radio Halden' },
      { quote: 'she had waited six hours', outlet: null },
    ],
  },
  {
    note: 'a platform whose name is a common word too ("X", "Threads") right after the quote\'s own cue and "on" ("maintained on X late Friday that …"); "the newsletter" takes up the newsletter named before; "insisted on Time" is no platform',
    text: 'Fees\n\nStudent leader Omar Reyes maintained on X late Friday that the fight was not over.\n\nResearcher Lia Berg told the Data Ledger newsletter that the files were genuine.\n\n“I wrote to them three times,” Berg relayed to the newsletter.\n\nThe coach insisted on Time off for the squad, saying the players were “exhausted.”',
    quotes: [
      { quote: 'the fight was not over', outlet: 'X' },
      { quote: 'the files were genuine', outlet: 'Data Ledger' },
      { quote: 'I wrote to them three times,', outlet: 'Data Ledger' },
      { quote: 'exhausted.', outlet: null },
    ],
  },
  {
    note: 'a medium\'s noun taken up after a verb of saying and "on" or "in" ("stated on the podcast") or after "told" ("told the agency"): the podcast named after its noun ("the podcast Night Reel"), the one news agency named before; a station\'s programme by its name ("Radio Lux\'s evening programme Extra Time") stays the station\'s',
    text: 'Film\n\nThe director hit back in an episode of the podcast Night Reel released Tuesday.\n\n“Nobody called me,” Ama Boateng stated on the podcast.\n\nPrison\n\nGuards walked out on Sunday, a union leader told the Delta Press Agency.\n\n“We warned them for two years,” union leader Kofi Mensah told the agency.\n\nFootball\n\nClub president Rui Lanza, appearing on Radio Lux’s evening programme Extra Time on Wednesday, declared that the striker would stay.\n\n“He is not for sale,” Lanza stated on the programme.',
    quotes: [
      { quote: 'Nobody called me,', outlet: 'Night Reel' },
      { quote: 'We warned them for two years,', outlet: 'Delta Press Agency' },
      { quote: 'He is not for sale,', outlet: 'Radio Lux' },
    ],
  },
  {
    note: '"Asked on Radio Calder about …, X said: ‘…’" names the station as "speaking on" does ("Asked on Monday" names none); a medium no list holds framing the words, with a medium\'s word or in capitals before a broadcast\'s noun ("In the KVT-2 interview", "In a Radio Norte broadcast"), a listed one\'s short form expanded ("In the Post interview" after The Washington Post); not "In the FBI report"',
    text: 'Vote\n\nAsked on Radio Calder about the result, Sir Ian Moss said: ‘We heard the voters.’\n\nAsked on Monday about the result, Dame Ruth Hale said the party would recover.\n\nMining\n\nIn the KVT-2 interview, Governor Ivan Ramsky contended the mine had “no future.”\n\nIn a Radio Norte broadcast, union leader Ana Ruiz said the closure was “a betrayal.”\n\nCampaign\n\nJane Ortiz spoke to The Washington Post on Friday.\n\nIn the Post interview, Ortiz said her husband would “keep fighting.”\n\nIn the FBI report, agents said the records were “incomplete.”',
    quotes: [
      { quote: 'We heard the voters.', outlet: 'Radio Calder' },
      { quote: 'the party would recover', outlet: null },
      { quote: 'no future.', outlet: 'KVT-2' },
      { quote: 'a betrayal.', outlet: 'Radio Norte' },
      { quote: 'keep fighting.', outlet: 'The Washington Post' },
      { quote: 'incomplete.', outlet: null },
    ],
  },
  {
    note: 'a body\'s own notice does not carry over to the body\'s next words ("…, per a notice issued by the Medicines Agency. ⏎ …, the agency cautioned.")',
    text: 'Recall widens\n\nThe recall covers tablets made between March and August, per a notice issued by the Norland Medicines Agency.\n\nPatients should not stop taking the tablets abruptly, the agency cautioned.',
    quotes: [{ quote: 'Patients should not stop taking the tablets abruptly', outlet: null }],
  },
  {
    note: 'a programme\'s name with an ampersand ("the business podcast Margin & Mayhem") is taken up whole by "the podcast" later',
    text: 'Refund row\n\n“We got this wrong,” Dana Whitlow said on the business podcast Margin & Mayhem.\n\nShe told the podcast that refunds would go out within a week.',
    quotes: [
      { quote: 'We got this wrong,', outlet: 'Margin & Mayhem' },
      { quote: 'refunds would go out within a week', outlet: 'Margin & Mayhem' },
    ],
  },
  {
    note: 'a place before a medium\'s noun ("the Accra radio station Harbour FM", "the Jeddah-based daily Al-Mal’ab") describes the outlet; it is not the outlet',
    text: 'Port strike\n\nThe union’s leader, Emmanuel Quarshie, said in an interview with the Accra radio station Harbour FM that members would stay out.\n\n“We are patient people,” Faisal Al-Harbi told the Jeddah-based daily Al-Mal’ab.',
    quotes: [
      { quote: 'members would stay out', outlet: 'Harbour FM' },
      { quote: 'We are patient people,', outlet: 'Al-Mal’ab' },
    ],
  },
  {
    note: '"the regional paper Borneo Pos" names the paper after its descriptor; "told the paper" later takes up "the regional newspaper …", not a government agency named in the speaker\'s title',
    text: 'Peat fires\n\nYohanes Darmo, head of operations at the Central Kalimantan Disaster Mitigation Agency, told the regional newspaper Borneo Pos that his teams had blocked 380 canals.\n\n“We need ten times that number,” Darmo told the paper.\n\nA ranger, Siti Rahayu, told the weekly paper Kalteng Pekan that the dams were failing.',
    quotes: [
      { quote: 'his teams had blocked 380 canals', outlet: 'Borneo Pos' },
      { quote: 'We need ten times that number,', outlet: 'Borneo Pos' },
      { quote: 'the dams were failing', outlet: 'Kalteng Pekan' },
    ],
  },
  {
    note: 'Fox Business Network is its own channel, not Fox News',
    text: 'Plant move\n\nChief executive Graham Pellew, appearing on the Fox Business Network on Wednesday morning, said he had not heard from the senator.',
    quotes: [{ quote: 'he had not heard from the senator', outlet: 'Fox Business Network' }],
  },
  {
    note: 'an Australian station\'s call sign, a digit first ("told 3AW", "local radio station 4MH"), is the outlet; not the descriptor before it',
    text: 'Council sacked\n\nIn an interview with local radio station 4MH on Thursday, Colleen Dafrey said the state had been looking for a scapegoat.\n\nThe premier told 3AW that the decision was final.',
    quotes: [
      { quote: 'the state had been looking for a scapegoat', outlet: '4MH' },
      { quote: 'the decision was final', outlet: '3AW' },
    ],
  },
  {
    note: 'a listed outlet\'s possessive before the lower-case words of one of its programmes ("appearing on CNN’s evening programme", "ARD’s election-night programme") names the outlet',
    text: 'Election night\n\nHenrike Vollmar, appearing on ARD’s election-night programme, said that her party had lost.\n\nOlaf Brenner, speaking on CNN’s evening programme, said the coalition would hold.',
    quotes: [
      { quote: 'her party had lost', outlet: 'ARD' },
      { quote: 'the coalition would hold', outlet: 'CNN' },
    ],
  },
  {
    note: 'a time between the cue and its medium\'s "on" ("stated last month on the Sweet Tooth podcast", "said on Monday on …"), and a lower-case owner\'s possessive before a platform ("on the town council’s Facebook page"), leave the outlet named',
    text: 'Cocoa prices\n\nRupert Nakamura, a confectioner, stated last month on the Sweet Tooth podcast that his firm had changed several recipes.\n\n“We cannot absorb it,” the baker Ada Quinlan said on Monday on the Flour Power podcast.\n\nThe mayor, Agnes Thornbury, wrote on the town council’s Facebook page that she had asked for an urgent meeting.',
    quotes: [
      { quote: 'his firm had changed several recipes', outlet: 'Sweet Tooth' },
      { quote: 'We cannot absorb it', outlet: 'Flour Power' },
      { quote: 'she had asked for an urgent meeting', outlet: 'Facebook' },
    ],
  },
  {
    note: 'a weekly\'s descriptor ("the weekly Continental Review"), lower-case words before a programme\'s noun ("the food industry podcast “Aisle Nine”"), and "on the same station" after an outlet named for another speaker, name the outlet; "told Radio Lorrant One that" keeps "One" in the listener',
    text: 'Border talks\n\nIn an interview with the weekly Continental Review published on Thursday, Interior Minister Agnieszka Feld said her government had evidence of troop movements.\n\nDaniel Kessler, founder of the startup Sproutline, argued on the food industry podcast “Aisle Nine” that large manufacturers had misjudged shoppers.\n\nOpposition leader Anita Vasquez told Radio Lorrant One that the government had rushed the reform.\n\nSpeaking on the same station later in the day, Water Minister Hamish Kerrigan noted that the buyback scheme was voluntary.',
    quotes: [
      { quote: 'her government had evidence of troop movements', outlet: 'Continental Review' },
      { quote: 'large manufacturers had misjudged shoppers', outlet: 'Aisle Nine' },
      { quote: 'the government had rushed the reform', outlet: 'Radio Lorrant One' },
      { quote: 'the buyback scheme was voluntary', outlet: 'Radio Lorrant One' },
    ],
  },
  {
    note: 'a medium described in lower case, then its name between commas ("told the national broadcaster, Caldovian Public Radio, that"): the name is the outlet, and the clause starts after "that"',
    text: 'Water plan\n\nAgriculture Minister Tobias Renwick later told the national broadcaster, Caldovian Public Radio, that the government had “no intention of taking water away from any family farm.”\n\nHis deputy, Ilse Marn, told the state broadcaster, Radio Ostmark, that the canals would be repaired first.',
    quotes: [
      { quote: 'no intention of taking water away from any family farm', outlet: 'Caldovian Public Radio' },
      { quote: 'the canals would be repaired first', outlet: 'Radio Ostmark' },
    ],
  },
  {
    note: 'one person who told an outlet twice, the second time with an apposition before "told" ("Brastova, the Karvenian spokesperson, told Reuters"), makes it no article\'s own publisher: the outlet stays named',
    text: 'Border talks\n\nDeputy Foreign Minister Ilona Brastova told Reuters that the plan “treats a sovereign frontier as if it were a refugee camp.”\n\nThe mediators are expected to circulate a revised draft next week. Brastova, the Karvenian spokesperson, told Reuters that Oresk would study any new text “seriously and without prejudice.”',
    quotes: [
      { quote: 'treats a sovereign frontier as if it were a refugee camp', outlet: 'Reuters' },
      { quote: 'seriously and without prejudice', outlet: 'Reuters' },
    ],
  },
  {
    note: 'a channel\'s number after its hyphen is part of its name ("state broadcaster SRT-1"), and "the broadcaster" takes it up whole',
    text: 'Border talks\n\nQuoted by state broadcaster SRT-1, the interior minister, Matthias Oderwald, said Karvenia was “choosing delay over the lives of ordinary people.”\n\n“Every week that passes, another village empties,” Oderwald told the broadcaster.',
    quotes: [
      { quote: 'choosing delay over the lives of ordinary people', outlet: 'SRT-1' },
      { quote: 'Every week that passes, another village empties', outlet: 'SRT-1' },
    ],
  },
  {
    note: 'a reply on a platform names it ("responded on X within the hour, writing that …", "replied on Facebook"); "responded in kind" names nothing',
    text: 'Rent cap\n\nBartholomew Halvorsen responded on X within the hour, writing that the minister was “cherry-picking her neighbours to suit her argument.”\n\n“That is simply false,” Ana Ruiz replied on Facebook.\n\nTom Hale responded in kind, saying the minister was wrong.',
    quotes: [
      { quote: 'cherry-picking her neighbours to suit her argument', outlet: 'X' },
      { quote: 'That is simply false', outlet: 'Facebook' },
      { quote: 'the minister was wrong', outlet: null },
    ],
  },
  {
    note: 'a listed outlet’s possessive before the lower-case words of one of its programmes names it when a word follows the programme’s noun ("said on CNN’s morning program that", "said Sunday on NBC’s evening newscast that")',
    text: 'Caucus week\n\nLucinda Hoag, a Republican strategist, said on CNN’s morning program that the race was “a test of stamina more than a test of ideas.”\n\nGov. Tom Vail said Sunday on NBC’s evening newscast that he would “stay in until the last vote is counted.”',
    quotes: [
      { quote: 'a test of stamina more than a test of ideas', outlet: 'CNN' },
      { quote: 'stay in until the last vote is counted', outlet: 'NBC' },
    ],
  },
  {
    note: 'a reply to a question put on an outlet, by the one asked, is on it too ("“Isn’t one in the morning a little late?” she asked. ⏎ “It’s never too late,” Albright responded"); a reply to a statement made on none names none',
    text: 'Night posts\n\nThe next morning, Rep. Curtis Albright told Fox News host Megan Castellano that he had “no regrets” about the posts.\n\n“Congressman, isn’t one in the morning a little late to be picking fights?” Castellano asked.\n\n“It’s never too late to tell the truth,” Albright responded.\n\nLater that day, Diane Voss told supporters in Dubuque that she was “not losing sleep over it.”\n\n“She should,” Albright replied.',
    quotes: [
      { quote: 'no regrets', outlet: 'Fox News' },
      { quote: 'Congressman, isn’t one in the morning a little late to be picking fights?', outlet: 'Fox News' },
      { quote: 'It’s never too late to tell the truth', outlet: 'Fox News' },
      { quote: 'not losing sleep over it', outlet: null },
      { quote: 'She should', outlet: null },
    ],
  },
  {
    note: 'a day or a month is no outlet’s name ("stated on his show Wednesday that …" names none)',
    text: 'Podcast\n\nWendell Pryce, a former communications director who now hosts a podcast, stated on his show Wednesday that the figure “tells you the base is loyal.”',
    quotes: [{ quote: 'tells you the base is loyal', outlet: null }],
  },
  {
    note: 'a transcript released by a country\'s body named in lower case, after its adjective: the body whole, and the turns of the transcript take it up',
    text: 'In a transcript of a telephone call released by the Dravonian presidential office late on Sunday, President Ilse Marrow said the dam would stay open.\n\nThe transcript includes this exchange:\n\nMARROW: We are releasing every litre we can.\n\nBRANDT: Your engineers told ours something else in March.',
    quotes: [
      { quote: 'the dam would stay open', outlet: 'Dravonian presidential office' },
      { quote: 'We are releasing every litre we can', outlet: 'Dravonian presidential office' },
      { quote: 'Your engineers told ours something else', outlet: 'Dravonian presidential office' },
    ],
  },
  {
    note: 'negative: a body in lower case with no country\'s adjective names no outlet of its own',
    text: 'In a transcript released by the presidential office, President Ilse Marrow said the dam would stay open.',
    quotes: [{ quote: 'the dam would stay open', outlet: null }],
  },
  {
    note: 'a medium the text introduced with its noun before ("the state news agency Veskapress") is named bare after "according to" and "told"',
    text: 'The state news agency Veskapress carried the first remarks on Tuesday.\n\n“We will not be intimidated,” spokeswoman Lida Orsolani said at a briefing, according to Veskapress.\n\nA fisherman, Tomo Radec, told Veskapress that he had lost a week of income.',
    quotes: [
      { quote: 'We will not be intimidated', outlet: 'Veskapress' },
      { quote: 'he had lost a week of income', outlet: 'Veskapress' },
    ],
  },
  {
    note: 'negative: a name introduced as a person of the media ("a radio host") or as a source that is no medium ("a crowdfunding website") names no outlet bare',
    text: 'Paul Marrow, a radio host, interviewed her on Monday. Figures came from Fundwell, a political crowdfunding website.\n\n“We will not be intimidated,” Lida Orsolani told Marrow.\n\nMost donations came from women, according to Fundwell.',
    quotes: [
      { quote: 'We will not be intimidated', outlet: null },
      { quote: 'Most donations came from women', outlet: null },
    ],
  },
  {
    note: 'a transcript whose release the introduction gives its subject ("the Vellish Foreign Ministry released what it described as a full transcript"): its turns are carried by that body',
    text: 'Late on Wednesday, the Vellish Foreign Ministry released what it described as a full transcript of the call between the two ministers.\n\nORLAND: The drills were announced ninety days ago.\n\nPRESKA: Announcing a provocation does not make it lawful.',
    quotes: [
      { quote: 'The drills were announced ninety days ago', outlet: 'Vellish Foreign Ministry' },
      { quote: 'Announcing a provocation does not make it lawful', outlet: 'Vellish Foreign Ministry' },
    ],
  },
  {
    note: 'negative: a judge who releases a transcript of a hearing is no outlet of its turns',
    text: 'Judge Ana Ruiz released a transcript of the hearing on Friday.\n\nRUIZ: The court is in session.\n\nDELANO: We object to the new exhibit.',
    quotes: [
      { quote: 'The court is in session', outlet: null },
      { quote: 'We object to the new exhibit', outlet: null },
    ],
  },
  {
    note: 'Q: and A: turns of an interview the standfirst says was "for" an outlet ("… spoke to her for The Guardian")',
    text: 'Forty winters on the ice\n\nDr Maren Holloway-Oduya retired this month as director of the Kessary Glacier Observatory. Tobias Quell spoke to her for The Guardian at her cottage in Norfolk.\n\nQ: You first went south in 1985. What do you remember?\n\nA: Mostly the noise. The ice groans all night.',
    quotes: [
      { quote: 'You first went south in 1985', outlet: 'The Guardian' },
      { quote: 'Mostly the noise', outlet: 'The Guardian' },
    ],
  },
  {
    note: 'Q: and A: turns of "X spoke to Y for The Irish Times": the outlet after the pair is every turn\'s',
    text: 'The drowned village\n\nComposer Oonagh Feeley-Marsh was nine when the valley was flooded. Feeley-Marsh has written an opera about it.\n\nAhead of the premiere, Feeley-Marsh spoke to Ruaridh Penhallow for The Irish Times at her home.\n\nQ: What do you remember of the village?\n\nA: The noise, more than anything.',
    quotes: [
      { quote: 'What do you remember of the village', outlet: 'The Irish Times' },
      { quote: 'The noise, more than anything', outlet: 'The Irish Times' },
    ],
  },
  {
    note: 'the sentence that takes up a quotation-paragraph ("That is how …, speaking exclusively to the Mirror") names its outlet',
    text: 'HERO POSTMAN SAVES GRAN FROM BLAZE\n\n"I didn\'t stop to think, I just kicked the door in."\n\nThat is how brave postman Rory Quillan, 34, described the moment he pulled a pensioner from her burning cottage, speaking exclusively to the Mirror.',
    quotes: [{ quote: 'I didn\'t stop to think', outlet: 'Mirror' }],
  },
  {
    note: 'a body\'s statement posted on a platform, then "“…,” it said": the platform carries what the statement says (X too, after the posting\'s verb)',
    text: 'The Norvand Ministry of Fisheries posted a statement on Facebook. “We remain committed to a negotiated solution,” it said.\n\nLater, the Norvand Coast Guard posted a statement on X. “Our patrols will continue through the winter,” it said.',
    quotes: [
      { quote: 'We remain committed to a negotiated solution', outlet: 'Facebook' },
      { quote: 'Our patrols will continue through the winter', outlet: 'X' },
    ],
  },
  {
    note: 'negative: a photo posted on a platform, then "“…,” she said": what she said is no post',
    text: 'Senator Ana Ruiz posted a photo of the harbour on Instagram. “We remain committed to the port,” she said at the dock.',
    quotes: [{ quote: 'We remain committed to the port', outlet: null }],
  },
  {
    note: 'a dateline in capitals opening the story is no transcript turn; the turns after "the Office of … released a transcript" are the office\'s, not those of an agency named before',
    text: 'Port deal signed\n\nKORVALA CITY: The two governments signed a port agreement on Monday.\n\nThe terminal will handle a million tonnes of grain a year.\n\n“Nobody wants to be seen as the junior partner,” a diplomat told AFP.\n\nLate on Monday, the Office of the President of Tessaly released a transcript of the meeting. The exchange read in part:\n\nVARNO: We will not sell the coast.\n\nHALDIN: Nobody has asked you to.',
    quotes: [
      { quote: 'Nobody wants to be seen as the junior partner', outlet: 'Agence France-Presse' },
      { quote: 'We will not sell the coast', outlet: 'Office of the President of Tessaly' },
      { quote: 'Nobody has asked you to', outlet: 'Office of the President of Tessaly' },
    ],
  },
  {
    note: 'a transcript released by a country\'s office written in lower case with its owner\'s possessive ("the Marvish president\'s office")',
    text: 'The call lasted 25 minutes. A transcript released by the Marvish president\'s office included this exchange:\n\nODRAN: I hope today is the first page of a new book.\n\nVELLIS: That depends on who writes the second page.',
    quotes: [
      { quote: 'I hope today is the first page', outlet: "Marvish president's office" },
      { quote: 'That depends on who writes', outlet: "Marvish president's office" },
    ],
  },
  {
    note: '"in response to queries from CNA", "in reply to questions from The Straits Times": the medium whose questions were answered',
    text: 'Meridian said in response to queries from CNA that it had "complied fully with its disclosure obligations".\n\n"We have nothing to add," the company said in reply to questions from The Straits Times.',
    quotes: [
      { quote: 'complied fully with its disclosure obligations', outlet: 'CNA' },
      { quote: 'We have nothing to add', outlet: 'The Straits Times' },
    ],
  },
  {
    note: 'negative: questions from reporters or lawmakers name no outlet',
    text: '"We have nothing to add," the company said in reply to questions from reporters.\n\n"The audit is complete," the minister said in response to questions from Senator Ada Obi.',
    quotes: [
      { quote: 'We have nothing to add', outlet: null },
      { quote: 'The audit is complete', outlet: null },
    ],
  },
  {
    note: 'an interview\'s exchange after a paragraph of the reporter\'s: the host\'s question and the answer carry the programme\'s network',
    text: 'Locks warning\n\nTobias Wrenfield said Sunday on PBS that as many as 30 locks could fail.\n\nThe warning came during an interview with the program\'s host, Ada Moorcroft.\n\n“How close are we to a failure?” Moorcroft asked.\n\n“Closer than anyone wants to hear,” Wrenfield replied.',
    quotes: [
      { quote: 'How close are we to a failure', outlet: 'PBS' },
      { quote: 'Closer than anyone wants to hear', outlet: 'PBS' },
    ],
  },
  {
    note: 'negative: a paragraph of another occasion between them ends the exchange',
    text: 'Locks warning\n\nTobias Wrenfield said Sunday on PBS that as many as 30 locks could fail.\n\nThe program\'s host, Ada Moorcroft, later spoke at a rally in Tulsa.\n\nAt the rally on Monday, Moorcroft said, “We need the money now.”',
    quotes: [{ quote: 'We need the money now', outlet: null }],
  },
  {
    note: 'a host introduced as talked to ("Appearing opposite substitute host X") speaks on the programme however many paragraphs of narration come between, and the answer after the host\'s question too',
    text: 'Hospitals warning\n\nDr. Lena Okwuosa stated on ABC\'s “This Week” on Sunday that 60 rural hospitals could close.\n\nAppearing opposite substitute host Corwin Ashdale, Okwuosa said the closures were not inevitable.\n\nOkwuosa spent eleven years running a small hospital before taking over the council in 2021.\n\nThe host pressed her early on for specifics.\n\n“Is there a dollar figure that would stop the closures?” Ashdale asked.\n\n“There is, and it is smaller than you think,” Okwuosa replied.',
    quotes: [
      { quote: 'Is there a dollar figure', outlet: 'ABC' },
      { quote: 'There is, and it is smaller', outlet: 'ABC' },
    ],
  },
  {
    note: 'negative: "radio host X" speaks on no one\'s programme but at the rally the sentence names',
    text: 'Hospitals warning\n\nDr. Lena Okwuosa stated on ABC on Sunday that 60 rural hospitals could close.\n\nRadio host Corwin Ashdale disagreed.\n\n“Nobody is closing,” Ashdale said at a rally in Tulsa.',
    quotes: [{ quote: 'Nobody is closing', outlet: null }],
  },
  {
    note: '"Speaking at City Hall minutes later, she announced …": a place by name where the words were spoken ends the post\'s run of the same speaker',
    text: 'Storm live\n\n“The causeway is CLOSED in both directions,” Mayor Ottilie Kallen wrote in a post on X.\n\nSpeaking at City Hall minutes later, Kallen announced a curfew.\n\n“Anyone on the streets after nine is going to be stopped,” Kallen said.',
    quotes: [
      { quote: 'The causeway is CLOSED', outlet: 'X' },
      { quote: 'Anyone on the streets after nine', outlet: null },
    ],
  },
  {
    note: 'negative: "speaking on CNN" names an outlet, no place',
    text: 'Storm live\n\n“The causeway is closed,” Mayor Ottilie Kallen wrote in a post on X.\n\nSpeaking on CNN minutes later, Kallen said, “Stay home tonight.”',
    quotes: [
      { quote: 'The causeway is closed', outlet: 'X' },
      { quote: 'Stay home tonight', outlet: 'CNN' },
    ],
  },
  {
    note: '"X posted a warning on X. ⏎ “…,” Ketel wrote.": the person the posting sentence named writes what was posted there, as "he wrote" does',
    text: 'Storm live\n\nSheriff Ambrose Ketel posted a warning on X.\n\n"Effective immediately, deputies are withdrawing from Gull Key," Ketel wrote.',
    quotes: [{ quote: 'Effective immediately, deputies are withdrawing', outlet: 'X' }],
  },
  {
    note: 'negative: another person than the poster writes nothing posted there',
    text: 'Storm live\n\nSheriff Ambrose Ketel posted a warning on X.\n\n"Stay off the islands," Mayor Dana Orwell wrote in a letter to residents.',
    quotes: [{ quote: 'Stay off the islands', outlet: null }],
  },
  {
    note: '"The newspaper added that …" after "the Global Times said in an editorial": the medium\'s noun speaks, the outlet named just before of its kind, though "People\'s Daily" is named too',
    text: 'Export row\n\nThe Global Times, a tabloid published by the People\'s Daily, took a harder line. "Some countries have grown used to it," the Global Times said in an editorial.\n\nThe newspaper added that Beijing "has ample tools and even more ample patience".',
    quotes: [
      { quote: 'Some countries have grown used to it', outlet: 'Global Times' },
      { quote: 'has ample tools', outlet: 'Global Times' },
    ],
  },
  {
    note: 'negative: a person\'s words after "As the paper noted" are no description of the paper\'s, and carry no outlet of it',
    text: 'Fans abroad\n\nAs the Global Times noted in an op-ed, the candidate has fans in China.\n\nAs the paper noted, it is surprising. Although Tom Reed says he "loves China," he also accuses it of stealing jobs.',
    quotes: [{ quote: 'loves China', outlet: null }],
  },
  {
    note: '"told the French daily", "told the Doha-based network": a people\'s adjective or a city\'s "-based" before a medium\'s noun is no name; the noun takes up the one listed outlet named before',
    text: 'Energy row\n\nIn an interview with Le Monde published on Sunday, the minister defended the plan.\n\n"France has invested for fifty years in nuclear power," she told the French daily.\n\nThe Qatari minister spoke to Al Jazeera on Monday.\n\n"Nobody benefits from a war," he told the Doha-based network.',
    quotes: [
      { quote: 'France has invested for fifty years', outlet: 'Le Monde' },
      { quote: 'Nobody benefits from a war', outlet: 'Al Jazeera' },
    ],
  },
  {
    note: '"said by telephone on NBC\'s \'\'Meet the Press\'\'": a network\'s possessive before a programme in doubled apostrophes names the network; "The tabloid, published by the People\'s Daily," names its owner, no outlet of its words',
    text: "Talk shows\n\n''It's nonsense,'' Mr. Harlan said by telephone on NBC's ''Meet the Press.''\n\nThe nationalist tabloid, published by the People's Daily, argued that Manila would \"gain nothing but isolation.\"",
    quotes: [
      { quote: "It's nonsense", outlet: 'NBC' },
      { quote: 'gain nothing but isolation', outlet: null },
    ],
  },
  {
    note: 'negative: a people\'s adjective before a medium\'s noun with two listed outlets before takes up neither',
    text: 'Energy row\n\nLe Monde and Le Figaro both ran the story on Sunday.\n\n"We decide when and how," Minister Claire Aubert told the French daily.',
    quotes: [{ quote: 'We decide when and how', outlet: null }],
  },
  {
    note: '"the official IRNA news agency carried remarks by X, …, who said …": the agency that carried the remarks is their outlet',
    text: 'Tanker seized\n\nThe official IRNA news agency carried remarks by Rear Admiral Kourosh Fathi-Navid, a spokesman for the navy, who said the tanker had been stopped on a judicial order.',
    quotes: [{ quote: 'the tanker had been stopped on a judicial order', outlet: 'IRNA' }],
  },
  {
    note: 'the same person by name goes on on a broadcast across one paragraph of narration ("Pressed on a compromise, the senator was blunt.")',
    text: 'Border fight\n\n"This is an open-borders plan," Senator Ignatius Pembrook told Fox News on Sunday.\n\nPressed on the prospect of a compromise, the senator was blunt.\n\n"There is no compromise between a locked door and an open one," Pembrook said.',
    quotes: [
      { quote: 'This is an open-borders plan', outlet: 'Fox News' },
      { quote: 'There is no compromise', outlet: 'Fox News' },
    ],
  },
  {
    note: 'negative: a post on a platform is one statement; after a paragraph of narration the same person\'s words are not on it',
    text: 'Book row\n\nLater on Sunday, Carson shared a syllabus on his Facebook page, writing “Still waiting on the apology.”\n\nThe candidate also continued to refute a Politico story about his scholarship.\n\n“Those are the words that they would use,” Carson said.',
    quotes: [{ quote: 'Those are the words that they would use', outlet: null }],
  },
  {
    note: 'a transcript after "spoke on Sunday to": a day between "spoke" and "to" still names whom the words were said to',
    text: 'Outbreak\n\nHealth Minister Odile Fenwarra spoke on Sunday to Radio Kestrel FM\'s morning programme, hosted by Yusra Penhallow. Part of the exchange follows:\n\nPENHALLOW: Minister, are people safe?\n\nFENWARRA: Yes. We are treating patients.',
    quotes: [
      { quote: 'Minister, are people safe?', outlet: 'Radio Kestrel FM' },
      { quote: 'Yes. We are treating patients.', outlet: 'Radio Kestrel FM' },
    ],
  },
  {
    note: 'a station\'s name no list holds ends at the full stop after "FM", which ends the sentence ("… FM. Part of the exchange")',
    text: 'Outbreak\n\nHealth Minister Odile Fenwarra spoke to Radio Kestrel FM. Part of the exchange follows:\n\nPENHALLOW: Minister, are people safe?\n\nFENWARRA: Yes. We are treating patients.',
    quotes: [
      { quote: 'Minister, are people safe?', outlet: 'Radio Kestrel FM' },
      { quote: 'Yes. We are treating patients.', outlet: 'Radio Kestrel FM' },
    ],
  },
  {
    note: 'a day and its part between "message" and "on" ("repeated that message on Wednesday morning on Radio Mwezi FM")',
    text: 'Outbreak\n\n"Come straight to us," said Dr Tendai Moreau.\n\nMoreau repeated that message on Wednesday morning on Radio Mwezi FM. Part of the exchange with presenter Baraka Ondieki followed:\n\nONDIEKI: Doctor, are people safe?\n\nMOREAU: Yes. We are treating patients.',
    quotes: [
      { quote: 'Come straight to us', outlet: null },
      { quote: 'Doctor, are people safe?', outlet: 'Radio Mwezi FM' },
      { quote: 'Yes. We are treating patients.', outlet: 'Radio Mwezi FM' },
    ],
  },
  {
    note: 'negative: a saint\'s "St." inside a station\'s name goes on with it ("told Radio St. Aldhelm")',
    text: 'Rankings\n\n"We rose because of research," the provost, Ilse Marten, told Radio St. Aldhelm.',
    quotes: [{ quote: 'We rose because of research', outlet: 'Radio St. Aldhelm' }],
  },
  {
    note: 'negative: a group\'s name after "the" ("the Western Volunteer Legion") is no description of a person named before, so its post\'s platform does not go on to that person\'s next words',
    text: 'Front\n\nSpokesman Colonel Radek Iskren said air defences had shot down “41 of 56 drones.”\n\nA militia, the Western Volunteer Legion, said on Telegram that its fighters had “taken the bridge.”\n\nColonel Iskren said the village “remained under our control.”',
    quotes: [
      { quote: '41 of 56 drones.', outlet: null },
      { quote: 'taken the bridge.', outlet: 'Telegram' },
      { quote: 'remained under our control.', outlet: null },
    ],
  },
  {
    note: 'the words quoted tell of no occasion: "told us" inside the quotation ("“Nobody told us anything,” he said") is not the writer\'s own interview, so the outlet before goes on',
    text: 'Landing\n\n"The cabin filled with smoke," passenger Ruben Alcott told CNN.\n\n"Nobody told us anything for forty minutes," he said.',
    quotes: [
      { quote: 'The cabin filled with smoke', outlet: 'CNN' },
      { quote: 'Nobody told us anything', outlet: 'CNN' },
    ],
  },
  {
    note: 'negative: "told us" outside the marks is the writer\'s own occasion still',
    text: 'Landing\n\n"The cabin filled with smoke," passenger Ruben Alcott told CNN.\n\n"Nobody warned anyone for forty minutes," he told us later.',
    quotes: [
      { quote: 'The cabin filled with smoke', outlet: 'CNN' },
      { quote: 'Nobody warned anyone', outlet: null },
    ],
  },
  {
    note: 'a magazine Q&A: the publication the introduction says the issue is of ("For its winter issue, Meridale Review sent senior writer …") carries both sides\' turns',
    text: 'The Kiln Keeper\n\nFor its winter issue, Meridale Review sent senior writer Ilka Marsh to the studio where the potter Wenna Castrell works.\n\nQ: Why make a film now?\n\nCASTRELL: Because my hands are going.',
    quotes: [
      { quote: 'Why make a film now?', outlet: 'Meridale Review' },
      { quote: 'Because my hands are going.', outlet: 'Meridale Review' },
    ],
  },
  {
    note: 'a learned journal\'s name runs past "of" ("the Journal of Insect Soundscapes"), and "according to the paper, published in …" names where the paper ran, not its owner',
    text: 'Bees\n\nCity bees buzzed higher by 38 hertz on average, according to the paper, published this week in the Journal of Urban Pollinators.\n\nThe researchers wrote in the Annals of Field Acoustics that traffic noise "masks the lower notes."',
    quotes: [
      { quote: 'City bees buzzed higher by 38 hertz on average', outlet: 'Journal of Urban Pollinators' },
      { quote: 'masks the lower notes.', outlet: 'Annals of Field Acoustics' },
    ],
  },
  {
    note: 'a medium described in lower case with its noun, then its name set off by commas ("admitted to a local radio station, KBND, that …")',
    text: 'Road charge\n\nState Rep. Thaddea Moncrief admitted to a local radio station, KBND, that she had "heard an earful" from constituents.',
    quotes: [{ quote: 'heard an earful', outlet: 'KBND' }],
  },
  {
    note: 'words told to a programme\'s host ("She told host Juniper Okwu that …") are on the programme the host\'s own words were reported on, and the same speaker\'s next words go on there',
    text: 'Bakeries\n\n“We keep talking about bakeries as if they were museums,” Juniper Okwu said on the latest episode of “Second Rising.”\n\nTamsin Abernath closed her shop last spring. She told host Juniper Okwu that the hardest part had been the regulars. “There was a man who came in at seven every day,” she said.',
    quotes: [
      { quote: 'We keep talking about bakeries', outlet: 'Second Rising' },
      { quote: 'the hardest part had been the regulars', outlet: 'Second Rising' },
      { quote: 'There was a man who came in at seven every day', outlet: 'Second Rising' },
    ],
  },
  {
    note: 'negative: a host told who said nothing on a programme the text named carries no outlet',
    text: 'Bakeries\n\nTamsin Abernath closed her shop last spring. She told host Juniper Okwu that the hardest part had been the regulars.',
    quotes: [{ quote: 'the hardest part had been the regulars', outlet: null }],
  },
  {
    note: 'negative: an audience spoken to ("speaking to the Tri-County Business Roundtable", "told the Harbour Chamber of Commerce", "told the Lakeside Economic Forum") is no outlet; a medium spoken to still is',
    text: 'Rates\n\nFed Governor Alma Restrepo-Kine, speaking to the Tri-County Business Roundtable in Dayton, said the bank had made “real progress” on prices.\n\nThe mayor told the Harbour Chamber of Commerce that the port would reopen in May.\n\n“We are not there yet,” Restrepo-Kine told the Lakeside Economic Forum on Friday.\n\n“We are close,” she told the Dayton Daily News later.',
    quotes: [
      { quote: 'real progress', outlet: null },
      { quote: 'the port would reopen in May', outlet: null },
      { quote: 'We are not there yet', outlet: null },
      { quote: 'We are close', outlet: 'Dayton Daily News' },
    ],
  },
  {
    note: 'a spinner\'s "state information company Andina" for a state news agency, and "in remarks carried by Andina", name the medium; "a banner carried by" names none',
    text: 'Mine\n\n“The dialogue desk is open,” Vice Minister Aurelio Quispe-Landa was quoted by state information company Andina as saying.\n\nQuispe-Landa stated in remarks carried by Andina that he would attend the assembly.\n\nProtesters marched to the plaza. A banner carried by Tamsin Loor read “Water is life,” and she said the march would go on.',
    quotes: [
      { quote: 'The dialogue desk is open', outlet: 'Andina' },
      { quote: 'he would attend the assembly', outlet: 'Andina' },
      { quote: 'the march would go on', outlet: null },
    ],
  },
  {
    note: 'an act whose only object is a document posted somewhere ("conceded in a statement posted on Facebook") reports no clause, and the words quoted after it ("“…,” he wrote") were posted there',
    text: 'Race\n\nIndependent candidate Ptolemy Garrick conceded in a statement posted on Facebook shortly before 11 p.m.\n\n“The voters have spoken and I accept their verdict,” he wrote.',
    quotes: [{ quote: 'The voters have spoken and I accept their verdict', outlet: 'Facebook' }],
  },
  {
    note: 'a spinner\'s "advised CNN on Tuesday that …" for "told": the listener is the medium and the clause starts after "that"; "advised that …" has no listener',
    text: 'Race\n\nHer campaign manager, Fitzgerald Brill, advised CNN on Tuesday afternoon that the governor would expand her advertising.\n\nOfficials advised that the roads would stay closed.',
    quotes: [
      { quote: 'the governor would expand her advertising', outlet: 'CNN' },
      { quote: 'the roads would stay closed', outlet: null },
    ],
  },
  {
    note: '"said, according to Punch": the Nigerian paper by its short name, only after an outlet\'s words ("a punch to the gut" is none)',
    text: 'Assembly\n\n“We will not be used as a rubber stamp,” the Minority Leader, Adaeze Korowa-Bello, said, according to Punch.\n\nAt a rally in Kano on Saturday, the governor, Ibrahim Dantata-Weli, called the walkout “a punch to the gut.”',
    quotes: [
      { quote: 'We will not be used as a rubber stamp,', outlet: 'The Punch' },
      { quote: 'a punch to the gut.', outlet: null },
    ],
  },
  {
    note: 'an unnamed question with no time of its own ("Asked whether he would run, X said …") leaves the interview run going; "Asked on Saturday whether …" is another occasion',
    text: 'Feud\n\nBut Haruna Tsokwa, a two-term senator, insisted in an interview with Channels Television on Sunday night that council chairmen had been “reduced to errand boys.”\n\nHe said he would petition the anti-graft agency within two weeks.\n\nAsked whether he would contest the governorship, Tsokwa said the decision would be made “at the right time.”\n\nAsked on Tuesday whether that language was fair, Tsokwa said he stood by “every single word.”',
    quotes: [
      { quote: 'he would petition the anti-graft agency within two weeks', outlet: 'Channels TV' },
      { quote: 'at the right time.', outlet: 'Channels TV' },
      { quote: 'every single word.', outlet: null },
    ],
  },
  {
    note: '"according to a report in the Wall Street Journal", "a report within" (a spinner\'s "in"): the paper the report ran in',
    text: 'Deal\n\nAccording to a report in the Wall Street Journal, the merger talks have collapsed.\n\nIn keeping with a report within the Frankfurter Allgemeine Zeitung, the chancellor is ready to call a confidence vote.',
    quotes: [
      { quote: 'the merger talks have collapsed', outlet: 'The Wall Street Journal' },
      { quote: 'the chancellor is ready to call a confidence vote', outlet: 'Frankfurter Allgemeine Zeitung' },
    ],
  },
  {
    note: 'a statement "emailed to" a paper no list holds names it; a letter sent to a person names none',
    text: 'Strike\n\nIn a statement emailed to The Imbrey Courier, Brackwater Seafoods said its offer was “fair, competitive and responsible.”\n\nIn a letter sent to Harold Bates, the union said the offer was “an insult.”',
    quotes: [
      { quote: 'fair, competitive and responsible.', outlet: 'The Imbrey Courier' },
      { quote: 'an insult.', outlet: null },
    ],
  },
  {
    note: '"marked the day with an Instagram post": the words "he wrote in the caption" after it were posted there',
    text: 'Premiere\n\nHer co-star, Tobias Redfearn-Achebe, marked the end of principal photography with an Instagram post showing the exhausted cast under a tarpaulin.\n\n“Eleven weeks, four named storms, zero dry socks,” Redfearn-Achebe wrote in the caption.',
    quotes: [{ quote: 'Eleven weeks, four named storms, zero dry socks,', outlet: 'Instagram' }],
  },
  {
    note: '"the agency said" taken up for the news agency named before ("the official news agency WAFA reported") is on the agency\'s report',
    text: 'Raid\n\nAmong the dead was a 17-year-old, the official news agency WAFA reported. Two of the wounded were in serious condition at a hospital in the nearby city, the agency said.',
    quotes: [{ quote: 'Two of the wounded were in serious condition at a hospital in the nearby city', outlet: 'WAFA' }],
  },
  {
    note: 'a spinner\'s "in keeping with the Wharfside Echo" and "Within the Bloomberg interview": an Echo is a paper, "within" the spinner\'s "in"',
    text: 'Match\n\n“We have to take a look at ourselves,” Quarrie-Lusk stated, in keeping with the Wharfside Echo.\n\nOttoline Achebe-Varga told Bloomberg in an interview on Tuesday that the chip was ready.\n\nThe chief executive has been vocal about talent. Within the Bloomberg interview she stated too many engineers were leaving for California.',
    quotes: [
      { quote: 'We have to take a look at ourselves,', outlet: 'Wharfside Echo' },
      { quote: 'too many engineers were leaving for California', outlet: 'Bloomberg' },
    ],
  },
  {
    note: '"addressed the doubts on LinkedIn, writing that …" reports the clause on LinkedIn, and "she wrote" after it posted there',
    text: 'Chip\n\nOttoline Achebe-Varga addressed the scepticism directly on LinkedIn on Wednesday, writing that the company would publish full test data before the end of the year.\n\n“Doubt is healthy. Data is healthier,” she wrote.',
    quotes: [
      { quote: 'the company would publish full test data before the end of the year', outlet: 'LinkedIn' },
      { quote: 'Doubt is healthy. Data is healthier,', outlet: 'LinkedIn' },
    ],
  },
  {
    note: 'a reviewer or a critic "at The Verge" writes for it: what "he wrote" is on The Verge',
    text: 'Glasses\n\nLeopold Vantongeren, a senior reviewer at The Verge who tested the glasses for a week, wrote that the display was “sharp enough to read a text message in direct sunlight.”',
    quotes: [{ quote: 'sharp enough to read a text message in direct sunlight.', outlet: 'The Verge' }],
  },
  {
    note: '"Later in the same interview, X said" is X\'s own interview, not the last one another speaker gave since; "told Radyo Bituin 97.3" is a station by the Filipino word for radio',
    text: 'Ferries\n\nMs Drummond-Kerrich told BBC Scotland on Thursday that the vessels would be finished.\n\nMorag Tulloch-Baird, who chairs the community council, told STV News that local businesses had begun planning around the delays.\n\nLater in the same interview, Ms Drummond-Kerrich said she would not rule out an inquiry.\n\nMarites Olegario-Buhay told Radyo Bituin 97.3, a local station, that landslides had cut the only highway.',
    quotes: [
      { quote: 'she would not rule out an inquiry', outlet: 'BBC' },
      { quote: 'landslides had cut the only highway', outlet: 'Radyo Bituin' },
    ],
  },
  {
    note: 'a spinner\'s "knowledgeable Politico that …" for "told Politico that …"',
    text: 'Congress\n\nSen. Lucius Ferriday-Okonjo knowledgeable Politico on Monday that the coverage maps were wrong.',
    quotes: [{ quote: 'the coverage maps were wrong', outlet: 'Politico' }],
  },
  {
    note: 'the German papers and groups wire copy cites: "told the Funke media group", "told the RND network", "in an interview with Handelsblatt"',
    text: 'Rail\n\n“We are talking about safety,” Henrike Zollbrück-Amsel told the Funke media group in comments published on Monday.\n\nThe finance minister told the RND network that the money would be found.\n\n“The budget is not a bottomless pit,” Ortwin Brecklein said in an interview with Handelsblatt.',
    quotes: [
      { quote: 'We are talking about safety,', outlet: 'Funke Media Group' },
      { quote: 'the money would be found', outlet: 'RedaktionsNetzwerk Deutschland' },
      { quote: 'The budget is not a bottomless pit,', outlet: 'Handelsblatt' },
    ],
  },
  {
    note: '"the agency" takes up a news agency of the gazetteer whose name does not say so ("Kyodo News" among NHK), as the speaker and the outlet',
    text: 'Rice\n\n“We cannot ask families to wait,” Prime Minister Hisaki Amanogawa told public broadcaster NHK.\n\nKyodo News reported on Wednesday that rice prices were rising. Citing people familiar with the talks, the agency said farmers had warned that lawmakers might not back the budget.',
    quotes: [
      { quote: 'We cannot ask families to wait,', outlet: 'NHK' },
      { quote: 'farmers had warned that lawmakers might not back the budget', outlet: 'Kyodo' },
    ],
  },
  {
    note: '"according to the state news agency" takes up the news agency the text named just before ("Xinhua reported")',
    text: 'Crash\n\nLiang Wenrui, the city\'s deputy mayor, said 38 of the injured were stable, Xinhua reported. “Medical teams were at the scene within minutes,” Liang said, according to the state news agency.',
    quotes: [
      { quote: 'Medical teams were at the scene within minutes,', outlet: 'Xinhua' },
    ],
  },
  {
    note: '"The newspaper quoted him" among a broadcaster and a paper takes up the paper, one whose name "Daily" opens ("the Daily Nation") too',
    text: 'Vote\n\nOdhengo told Citizen TV late on Thursday that her agents had recorded irregularities.\n\nHezron Simiyu accepted the verdict on Friday, the Daily Nation reported. The newspaper quoted Ogola Wekesa, his campaign manager, as saying that their own figures showed him leading.',
    quotes: [
      { quote: 'her agents had recorded irregularities', outlet: 'Citizen TV' },
      { quote: 'their own figures showed him leading', outlet: 'Daily Nation' },
    ],
  },
  {
    note: '"according to a readout from the White House": the body that gave out the readout carries its words, as "a transcript released by" does; not "a transcript from the hearing" read by someone',
    text: 'Summit\n\nAccording to a readout from the White House, President Harlan Whitcombe told the Polish prime minister that Washington would speed up deliveries.\n\nSenator Ilse Marrow said a transcript from the hearing showed the witness had lied.',
    quotes: [
      { quote: 'Washington would speed up deliveries', outlet: 'White House' },
      { quote: 'a transcript from the hearing showed the witness had lied', outlet: null },
    ],
  },
  {
    note: 'a spinner\'s "knowledgeable" for "told" after the comma that closes its subject\'s apposition ("Clive Barrowby-Nkem, 64, who lives nearby, knowledgeable the Thornbeck Courier")',
    text: 'Assault\n\nNeighbour Clive Barrowby-Nkem, 64, who lives two doors away, knowledgeable the Thornbeck Courier he had heard shouting and ran outside.\n\nThe victim\'s daughter, Maureen Fenwick-Oduya, knowledgeable the BBC her father had been “a trusting man.”',
    quotes: [
      { quote: 'he had heard shouting and ran outside', outlet: 'Thornbeck Courier' },
      { quote: 'a trusting man.', outlet: 'BBC' },
    ],
  },
  {
    note: 'British talk radio, a cricket programme and Malaysian and Philippine media: "told LBC", "told Test Match Special" (the BBC\'s), "according to Bernama", "told TalkSport", "told GMA News"',
    text: 'Roundup\n\n“People have been let down,” Health Secretary Imelda Garsworth told LBC.\n\n“He has extra pace,” coach Graeme Tilbury told Test Match Special.\n\nNearly 70,000 people remained in relief centres, according to Bernama.\n\n“You tip your hat to him,” Aldwin Boatright told TalkSport.\n\n“The rice is coming,” senator Rodel Manalastas told GMA News.',
    quotes: [
      { quote: 'People have been let down,', outlet: 'LBC' },
      { quote: 'He has extra pace,', outlet: 'BBC' },
      { quote: 'Nearly 70,000 people remained in relief centres', outlet: 'Bernama' },
      { quote: 'You tip your hat to him,', outlet: 'talkSPORT' },
      { quote: 'The rice is coming,', outlet: 'GMA News' },
    ],
  },
  {
    note: '"the national news agency reported" takes up the agency named before, as "the state news agency" does ("according to Bernama")',
    text: 'Floods\n\nNearly 70,000 people were in relief centres, according to Bernama.\n\n“Politics can wait,” Norliyana Jaafar said at a briefing in Kuantan, the national news agency reported.',
    quotes: [{ quote: 'Politics can wait,', outlet: 'Bernama' }],
  },
  {
    note: '"the agency" speaking, where a body whose name ends in "Agency" was named before, is that body, not a news agency a fisherman spoke to ("told Reuters")',
    text: STORM_REPORT,
    quotes: [
      { quote: 'It came over the wall like a hand,', outlet: 'Reuters' },
      { quote: 'Stay away from rivers and steep slopes,', outlet: null },
    ],
  },
  {
    note: 'the French, science and Antipodean outlets of the gazetteer: "told Les Échos", "went on France Inter", "told New Scientist", "told RNZ", "according to PA Media"',
    text: 'Roundup\n\nEconomist Margaux Thibert told Les Échos that the savings estimate was too rosy.\n\nOpposition leader Rémi Castagnet went on France Inter on Wednesday morning and called the plan “a pickpocket’s reform.”\n\n“The holes are clearly deliberate,” Solveig Arnqvist, who was not involved in the study, told New Scientist.\n\n“We are not walking away,” Finance Minister Aroha Tamihana told RNZ.\n\nThe ferry was carrying 212 passengers, according to PA Media.',
    quotes: [
      { quote: 'the savings estimate was too rosy', outlet: 'Les Échos' },
      { quote: 'a pickpocket’s reform.', outlet: 'France Inter' },
      { quote: 'The holes are clearly deliberate,', outlet: 'New Scientist' },
      { quote: 'We are not walking away,', outlet: 'RNZ' },
      { quote: 'The ferry was carrying 212 passengers', outlet: 'PA Media' },
    ],
  },
  {
    note: 'an outlet whose name is a word too ("The Athletic", "Nature") is the outlet where it closes the sentence after a comma, reporting ("…, The Athletic reported.")',
    text: 'Deadline\n\n“We are not in the business of waving white flags,” general manager Ilona Brzezicka-Mott told staff in a meeting this week, The Athletic reported.\n\nThe fossil is at least 40,000 years old, Nature reported on Wednesday.',
    quotes: [
      { quote: 'We are not in the business of waving white flags,', outlet: 'The Athletic' },
      { quote: 'The fossil is at least 40,000 years old', outlet: 'Nature' },
    ],
  },
  {
    note: 'another occasion after an interview: "said outside the Senate chamber", "Speaking to reporters outside the studio afterwards", "Speaking later at the Observatory’s own briefing" carry no outlet of the quote before',
    text: 'Levy\n\n“I want a sunset clause,” Senator Bartholomew Quillan-Ashe told The Australian.\n\n“I haven’t made up my mind,” Quillan-Ashe said outside the Senate chamber on Wednesday.\n\n“We will build,” Housing Minister Lucan Threlfall told Times Radio.\n\nSpeaking to reporters afterwards, he said the first homes would be occupied within two years.\n\n“Landlords hold all the cards,” tenant organiser Hemi Faulkner-Ashby told ABC Radio.\n\nSpeaking later at the Observatory’s own briefing, he said the first residents would not move in until 2027.',
    quotes: [
      { quote: 'I want a sunset clause,', outlet: 'The Australian' },
      { quote: 'I haven’t made up my mind,', outlet: null },
      { quote: 'We will build,', outlet: 'Times Radio' },
      { quote: 'the first homes would be occupied within two years', outlet: null },
      { quote: 'Landlords hold all the cards,', outlet: 'ABC' },
      { quote: 'the first residents would not move in until 2027', outlet: null },
    ],
  },
  {
    note: 'one person who told an outlet twice does not make it the article\'s publisher: the first word of the quotation before "he told The Verge" ("“We have waited …,” he told The Verge") is no second person',
    text: 'Ruling\n\nOctavia Brenninkmeyer-Hale, who represents the app makers, welcomed the decision.\n\n“This is the first time a court has said it out loud,” Brenninkmeyer-Hale told The Verge.\n\nThe company is expected to appeal.\n\n“We have waited nine years,” she told The Verge. “We can wait a little longer.”',
    quotes: [
      { quote: 'This is the first time a court has said it out loud,', outlet: 'The Verge' },
      { quote: 'We have waited nine years,', outlet: 'The Verge' },
      { quote: 'We can wait a little longer.', outlet: 'The Verge' },
    ],
  },
  {
    note: 'a transcript\'s turns carry the programme the introduction says it is an episode of, though the sentence that says who spoke with whom names none ("… an episode of Magma Hour, a monthly science podcast. Host Teodor Lusk spoke with …")',
    text: 'Transcript: Volcanologist Ines Marr on forty days inside the caldera\n\nThis is an edited transcript of an episode of Magma Hour, a monthly science podcast produced by Basalt Audio. Host Teodor Lusk spoke with Dr. Ines Marr, a volcanologist at the Ferrand Institute.\n\nHOST: Ines, welcome back. What was it like down there?\n\nMARR: Hot, and very loud. We slept in shifts.',
    quotes: [
      { quote: 'Ines, welcome back.', outlet: 'Magma Hour' },
      { quote: 'Hot, and very loud.', outlet: 'Magma Hour' },
    ],
  },
  {
    note: '"according to the transcript" and "The transcript also showed" take up the transcript a body released, named before ("according to a transcript released by the Kremlin")',
    text: 'Talks\n\nTsarapkin set out the position in a call with the mediators, according to a transcript released by the Kremlin on Monday.\n\n“Any arrangement must take our ports into account,” Tsarapkin said, according to the transcript.\n\nThe transcript also showed Tsarapkin telling the mediators that Moscow was “in no hurry at all.”',
    quotes: [
      { quote: 'Any arrangement must take our ports into account,', outlet: 'Kremlin' },
      { quote: 'in no hurry at all.', outlet: 'Kremlin' },
    ],
  },
  {
    note: 'a short form of a paper named before closes the sentence as its reporter after a quotation\'s comma and closing mark ("…,\'\' The Post reported.")',
    text: 'Profile\n\nMarlowe Fenn owns The Washington Post. Speaking at a conference, Fenn said that he was \'\'very comfortable with all of our approaches,\'\' The Post reported.',
    quotes: [{ quote: 'very comfortable with all of our approaches,', outlet: 'The Washington Post' }],
  },
  {
    note: 'a people\'s adjective before an agency named in lower case ("told the German news agency dpa"); sports and trade titles of the gazetteer (RugbyPass, The Bookseller)',
    text: 'Floods\n\n“The ground cannot take any more water,” Henrike Vosskamp, a meteorologist at the weather service, told the German news agency dpa.\n\n“I just followed the white paint,” winger Tane Lockwood-Hape told RugbyPass.\n\n“Booksellers are tired,” Imelda Corran told The Bookseller.',
    quotes: [
      { quote: 'The ground cannot take any more water,', outlet: 'dpa' },
      { quote: 'I just followed the white paint,', outlet: 'RugbyPass' },
      { quote: 'Booksellers are tired,', outlet: 'The Bookseller' },
    ],
  },
  // ── the article’s own outlet (--outlet) ────────────────────────────────
  {
    note: 'the article’s outlet when the text names none',
    text: '“We will have an announcement next week,” the spokesman told reporters.',
    options: { outlet: 'Reuters' },
    quotes: [{ quote: 'announcement next week', outlet: 'Reuters' }],
  },
  {
    note: 'the text’s outlet wins over the article’s',
    text: '“The deal is off,” the minister told CNN.',
    options: { outlet: 'Reuters' },
    quotes: [{ quote: 'deal is off', outlet: 'CNN' }],
  },
  {
    note: 'a description of an outlet in lower case after its trigger, named in full elsewhere in the article',
    text: 'The treatment is popular.\n\nMore than half of the clinic’s claims are unsupported, according to the leading Danish medical journal.\n\nA study in the Danish Medical Journal found the same.',
    quotes: [{ quote: 'More than half of the clinic’s claims are unsupported', outlet: 'Danish Medical Journal' }],
  },
  {
    note: 'negative: a description that the article never names in full is no outlet',
    text: 'The treatment is popular.\n\nMore than half of the clinic’s claims are unsupported, according to the leading Danish medical journal.',
    quotes: [{ quote: 'More than half of the clinic’s claims are unsupported', outlet: null }],
  },
];
