// Acceptance table for the quote scanner and the not-speech filter (issue 3).
// Every sentence here was written for this table in the style of wire copy;
// none is taken from a corpus. The expectations are what a careful human
// annotator would mark, not what the engine returns today: rows the engine
// gets wrong carry `known: true` and run as `it.fails` (see spans.test.ts),
// so fixing the engine turns them into failures until the flag is removed.
//
// A row lists EVERY quotation the text holds (the test compares the set of
// quote strings exactly); `type` and `speaker` are checked where given;
// quotes marked `group: 'same'` must share one non-null group id.
import type { QuoteType } from '../../src/types.js';

export interface ExpectedSpan {
  /** The words between the marks (or the transcript turn), exactly. */
  quote: string;
  type?: QuoteType;
  /** Expected speaker (null: none); unchecked when absent. */
  speaker?: string | null;
  /** All quotes of a row marked 'same' share one non-null group. */
  group?: 'same';
}

export interface SpanRow {
  /** What the row is about, for the test name. */
  note: string;
  text: string;
  quotes: ExpectedSpan[];
  /** The engine gets this row wrong today: run it as a known failure. */
  known?: boolean;
}

export const SPAN_ROWS: SpanRow[] = [
  // ── every quotation-mark style ─────────────────────────────────────────
  {
    note: 'curly double quotes',
    text: '“We will rebuild the school before September,” Mayor Ines Carvalho said on Tuesday.',
    quotes: [{ quote: 'We will rebuild the school before September,', type: 'direct', speaker: 'Ines Carvalho' }],
  },
  {
    note: 'curly single quotes, British style',
    text: '‘The figures speak for themselves,’ said Rachel Hale, the council’s finance chief.',
    quotes: [{ quote: 'The figures speak for themselves,', type: 'direct', speaker: 'Rachel Hale' }],
  },
  {
    note: 'straight double quotes',
    text: '"Nobody in this building wants a shutdown," Senator Paul Whitcomb told reporters.',
    quotes: [{ quote: 'Nobody in this building wants a shutdown,', type: 'direct', speaker: 'Paul Whitcomb' }],
  },
  {
    note: 'straight single quotes',
    text: "'The rail strike will go ahead on Monday,' union leader Gareth Price said.",
    quotes: [{ quote: 'The rail strike will go ahead on Monday,', type: 'direct', speaker: 'Gareth Price' }],
  },
  {
    note: "LaTeX/treebank ``…''",
    text: "``The vote was fair and the count was clean,'' election commissioner Dana Fields said.",
    quotes: [{ quote: 'The vote was fair and the count was clean,', type: 'direct', speaker: 'Dana Fields' }],
  },
  {
    note: 'guillemets «…» without spacing',
    text: 'French Finance Minister Claire Aubert told France Inter: «Nous ne céderons pas.»',
    quotes: [{ quote: 'Nous ne céderons pas.', type: 'direct', speaker: 'Claire Aubert' }],
  },
  {
    note: 'guillemets « … » with French spacing (plain space): the spaces are not part of the quote',
    text: 'Prime Minister Luc Moreau said on Sunday: « Nous tiendrons nos engagements. »',
    quotes: [{ quote: 'Nous tiendrons nos engagements.', type: 'direct', speaker: 'Luc Moreau' }],
  },
  {
    note: 'guillemets « … » with no-break spaces',
    text: 'Interior Minister Anne Gauthier said: «\u00a0La sécurité des Français passe avant tout.\u00a0»',
    quotes: [{ quote: 'La sécurité des Français passe avant tout.', type: 'direct', speaker: 'Anne Gauthier' }],
  },
  {
    note: 'guillemets « … » with narrow no-break spaces',
    text: '«\u202fCe texte est une erreur\u202f», a déclaré le député Julien Masson, according to Le Monde.',
    quotes: [{ quote: 'Ce texte est une erreur', type: 'direct' }],
  },
  {
    note: 'German „…“',
    text: 'Chancellor Friedrich Lang told the Bundestag: „Wir werden diese Krise gemeinsam bewältigen.“',
    quotes: [{ quote: 'Wir werden diese Krise gemeinsam bewältigen.', type: 'direct', speaker: 'Friedrich Lang' }],
  },
  {
    note: 'German single ‚…‘ as a quoted fragment',
    text: 'Economy Minister Katrin Vogel called the tariff plan ‚völlig inakzeptabel‘ on Wednesday.',
    quotes: [{ quote: 'völlig inakzeptabel', type: 'mixed', speaker: 'Katrin Vogel' }],
  },
  {
    note: 'single guillemets ‹…›',
    text: 'The farmer, Beat Zürcher, said: ‹We have nothing left to sell this winter.›',
    quotes: [{ quote: 'We have nothing left to sell this winter.', type: 'direct', speaker: 'Beat Zürcher' }],
  },
  {
    note: 'CJK corner brackets 「…」',
    text: 'Foreign Ministry spokesperson Guo Jiakun wrote on Weibo: 「中方绝不接受任何形式的讹诈。」',
    quotes: [{ quote: '中方绝不接受任何形式的讹诈。', type: 'direct', speaker: 'Guo Jiakun' }],
  },
  {
    note: 'CJK corner brackets with 『…』 nested inside',
    text: 'Chief Cabinet Secretary Kenji Arai told reporters: 「首相は『前進あるのみだ』と述べた。」',
    quotes: [{ quote: '首相は『前進あるのみだ』と述べた。', type: 'direct', speaker: 'Kenji Arai' }],
  },
  {
    note: 'German „…“ with ‚…‘ nested inside',
    text: 'Health Minister Birgit Sommer told Der Spiegel: „Er sagte mir: ‚Das ist vorbei.‘ Dann ging er.“',
    quotes: [{ quote: 'Er sagte mir: ‚Das ist vorbei.‘ Dann ging er.', type: 'direct' }],
  },
  {
    note: 'question and exclamation inside the marks',
    text: '“Who is going to pay for this?” asked Councillor Nadia Perez. “Not the taxpayers!” shouted a man at the back.',
    quotes: [
      { quote: 'Who is going to pay for this?', type: 'direct', speaker: 'Nadia Perez' },
      { quote: 'Not the taxpayers!', type: 'direct' },
    ],
  },
  {
    note: 'a curly opening mark closed by a straight one (text typed by two hands)',
    text: '“The levy will fund four new clinics," Treasurer Lena Ortiz said on Monday.',
    quotes: [{ quote: 'The levy will fund four new clinics,', type: 'direct', speaker: 'Lena Ortiz' }],
  },
  {
    note: 'straight quotes nested in curly ones stay nested',
    text: '“He told the board "not this year" and then left the room,” said Ada Brennan, the club secretary.',
    quotes: [{ quote: 'He told the board "not this year" and then left the room,', type: 'direct', speaker: 'Ada Brennan' }],
  },
  {
    note: 'a paragraph opened with ” (scraped text that uses ” both ways)',
    text: 'The coach spoke after the match.\n\n”We will be back next year,” said coach Ana Lima.',
    quotes: [{ quote: 'We will be back next year,', type: 'direct', speaker: 'Ana Lima' }],
  },
  {
    note: 'a ” inside a paragraph after a space is not an opener',
    text: 'Prices rose 4 percent in May ” and fell again in June.',
    quotes: [],
  },
  {
    note: 'an invisible bidi mark before a straight opening mark',
    text: '\u202a"Keep the libraries open," wrote Mira Patel, a reader from Leeds.',
    quotes: [{ quote: 'Keep the libraries open,', type: 'direct', speaker: 'Mira Patel' }],
  },
  {
    note: 'a straight opening mark closed by “ (text typed by two hands)',
    text: '"The ferry will run all winter,“ harbour master Leo Brandt said.',
    quotes: [{ quote: 'The ferry will run all winter,', type: 'direct', speaker: 'Leo Brandt' }],
  },
  {
    note: "treebank quotes around a single-quoted word that ends in s' (read first as a plural possessive)",
    text: "''We were told the 'funds' were safe,'' said Dora Kline, a saver.",
    quotes: [{ quote: "We were told the 'funds' were safe,", type: 'direct', speaker: 'Dora Kline' }],
  },

  // ── nested quotations: reported once, as the outer quote ───────────────
  {
    note: 'single quotes nested in double',
    text: '“He looked at me and said ‘never again’ and walked out,” said Lorna Briggs, a former aide.',
    quotes: [{ quote: 'He looked at me and said ‘never again’ and walked out,', type: 'direct', speaker: 'Lorna Briggs' }],
  },
  {
    note: 'straight single nested in straight double',
    text: '"She kept telling us \'the budget is dead\' right up to the vote," Representative Omar Lindqvist recalled.',
    quotes: [{ quote: "She kept telling us 'the budget is dead' right up to the vote,", type: 'direct', speaker: 'Omar Lindqvist' }],
  },
  {
    note: 'double nested in single, British style',
    text: '‘The minister kept repeating “no comment” for twenty minutes,’ said Fiona Clarke, who chairs the committee.',
    quotes: [{ quote: 'The minister kept repeating “no comment” for twenty minutes,', type: 'direct', speaker: 'Fiona Clarke' }],
  },
  {
    note: 'nested quote ending together with the outer one',
    text: '“All they ever told us was ‘wait,’” said Teresa Holm, whose shop flooded twice.',
    quotes: [{ quote: 'All they ever told us was ‘wait,’', type: 'direct', speaker: 'Teresa Holm' }],
  },
  {
    note: 'nested quote containing an apostrophe',
    text: '“I heard him say, ‘We’re done here,’ and that was the end of it,” Martin Ruiz said.',
    quotes: [{ quote: 'I heard him say, ‘We’re done here,’ and that was the end of it,', type: 'direct', speaker: 'Martin Ruiz' }],
  },
  {
    note: "treebank quotes ending together with a nested single quote (''…'….''')",
    text: "''All the inspector said was, 'Come back Monday,''' said Nora Quill, the shop's owner.",
    quotes: [{ quote: "All the inspector said was, 'Come back Monday,'", type: 'direct', speaker: 'Nora Quill' }],
  },

  // ── apostrophes that are not quotation marks ───────────────────────────
  {
    note: 'contractions, possessives and a decade, curly',
    text: 'Analysts don’t expect Russia’s economy to return to the growth rates of the ’90s any time soon.',
    quotes: [],
  },
  {
    note: 'rock ’n’ roll and a plural possessive, curly',
    text: 'The festival promised three days of rock ’n’ roll, and the students’ union sold out its allocation in an hour.',
    quotes: [],
  },
  {
    note: "straight apostrophes: 'Tis, O'Neill, the Joneses' house",
    text: "'Tis the season for the Joneses' annual street party, and Kevin O'Neill's band will play again.",
    quotes: [],
  },
  {
    note: "straight plural possessive before a real straight single quote",
    text: "The players' union called the league's offer 'an insult to every athlete' on Friday.",
    quotes: [{ quote: 'an insult to every athlete', type: 'mixed' }],
  },
  {
    note: 'decade apostrophe inside a quote',
    text: '“The ’90s were a different country,” Maureen O’Neill said.',
    quotes: [{ quote: 'The ’90s were a different country,', type: 'direct', speaker: 'Maureen O’Neill' }],
  },
  {
    note: 'contraction inside a single-quoted quote',
    text: '‘We don’t negotiate with ourselves,’ the senator, Hugh Barrow, said.',
    quotes: [{ quote: 'We don’t negotiate with ourselves,', type: 'direct', speaker: 'Hugh Barrow' }],
  },
  {
    note: 'plural possessive inside a single-quoted quote',
    text: '‘It is the students’ money and they deserve a say,’ the rector, Agnes Whitley, said.',
    quotes: [{ quote: 'It is the students’ money and they deserve a say,', type: 'direct', speaker: 'Agnes Whitley' }],
  },
  {
    note: 'a ’ after a plural in -s closes its single-quoted fragment where the next ’ of the paragraph closes another that opens first ("had ‘fished … for forty years’ and would ‘not be punished …’"); it is a possessive where that ’ comes first ("‘a win for the players’ union’"), or where no ’ follows',
    text: 'The skipper added that the boats had ‘fished within the rules for forty years’ and would ‘not be punished for where the fish choose to swim’.\n\nThe captain called the deal ‘a win for the players’ union’ on Sunday.',
    quotes: [
      { quote: 'fished within the rules for forty years', type: 'mixed', speaker: 'The skipper' },
      { quote: 'not be punished for where the fish choose to swim', type: 'mixed', speaker: 'The skipper' },
      { quote: 'a win for the players’ union', type: 'mixed', speaker: 'The captain' },
    ],
  },
  {
    note: 'rock ’n’ roll inside a single-quoted quote',
    text: '‘It was rock ’n’ roll from the first night to the last,’ promoter Lena Fischer said.',
    quotes: [{ quote: 'It was rock ’n’ roll from the first night to the last,', type: 'direct', speaker: 'Lena Fischer' }],
  },
  {
    note: 'Joneses’ possessive, curly, next to a real quote',
    text: 'Outside the Joneses’ house, the neighbour Ruth Kemp said: “We all heard the bang.”',
    quotes: [{ quote: 'We all heard the bang.', type: 'direct', speaker: 'Ruth Kemp' }],
  },
  {
    note: 'inch marks are not quotation marks',
    text: 'The 6\'2" guard, Tyrell Baines, said "we\'re ready for anybody" after practice.',
    quotes: [{ quote: "we're ready for anybody", type: 'mixed', speaker: 'Tyrell Baines' }],
  },
  {
    note: "a sentence of contractions only, straight",
    text: "It's not over, and we won't pretend it is, but the '08 crash taught everyone something.",
    quotes: [],
  },

  // ── a quotation over several paragraphs ────────────────────────────────
  {
    note: 'three paragraphs, curly: one piece per paragraph, one group',
    text:
      'Governor Alan Pryce addressed the legislature on Monday.\n\n' +
      '“We have balanced this budget without raising a single tax.\n\n' +
      '“We have funded every school in the state.\n\n' +
      '“And we will do it again next year,” Pryce said.',
    quotes: [
      { quote: 'We have balanced this budget without raising a single tax.', type: 'direct', speaker: 'Alan Pryce', group: 'same' },
      { quote: 'We have funded every school in the state.', type: 'direct', speaker: 'Alan Pryce', group: 'same' },
      { quote: 'And we will do it again next year,', type: 'direct', speaker: 'Alan Pryce', group: 'same' },
    ],
  },
  {
    note: 'a quotation that opens mid-paragraph and runs on into the next holds a quotation of the other family (‘the salt-bitten hour’): it still runs on',
    text:
      'Professor Diane Marchetti read both novels.\n\n' +
      '“Writers borrow all the time,” Marchetti said. “But when you find a phrase like ‘the salt-bitten hour’ in both books, you have to ask questions.\n\n' +
      '“I would not call it proven.”',
    quotes: [
      { quote: 'Writers borrow all the time,', type: 'direct', speaker: 'Diane Marchetti' },
      { quote: 'But when you find a phrase like ‘the salt-bitten hour’ in both books, you have to ask questions.', type: 'direct', speaker: 'Diane Marchetti', group: 'same' },
      { quote: 'I would not call it proven.', type: 'direct', speaker: 'Diane Marchetti', group: 'same' },
    ],
  },
  {
    note: 'two paragraphs, straight quotes, single newlines',
    text:
      'Carmen Duarte, the hospital\'s director, spoke after the inquiry.\n' +
      '"Our staff did everything that was asked of them.\n' +
      '"The failures were in the system, not in the people," she said.',
    quotes: [
      { quote: 'Our staff did everything that was asked of them.', type: 'direct', speaker: 'Carmen Duarte', group: 'same' },
      { quote: 'The failures were in the system, not in the people,', type: 'direct', speaker: 'Carmen Duarte', group: 'same' },
    ],
  },
  {
    note: 'multi-paragraph quote attributed up front, then an unrelated quote later',
    text:
      'The chief executive, Simon Achterberg, told shareholders:\n\n' +
      '“This was the hardest year in our history.\n\n' +
      '“But we came through it with our customers.”\n\n' +
      'Outside, the protester Jenny Marsh said: “They still owe us our pensions.”',
    quotes: [
      { quote: 'This was the hardest year in our history.', type: 'direct', speaker: 'Simon Achterberg', group: 'same' },
      { quote: 'But we came through it with our customers.', type: 'direct', speaker: 'Simon Achterberg', group: 'same' },
      { quote: 'They still owe us our pensions.', type: 'direct', speaker: 'Jenny Marsh' },
    ],
  },
  {
    note: 'multi-paragraph British single quotes',
    text:
      'Sir Malcolm Reid, the inquiry chairman, read his conclusions aloud.\n\n' +
      '‘The evidence was available to ministers for years.\n\n' +
      '‘They chose not to look at it,’ he said.',
    quotes: [
      { quote: 'The evidence was available to ministers for years.', type: 'direct', speaker: 'Malcolm Reid', group: 'same' },
      { quote: 'They chose not to look at it,', type: 'direct', speaker: 'Malcolm Reid', group: 'same' },
    ],
  },
  {
    note: 'a quotation opened mid-paragraph after a full stop runs on into the next paragraph',
    text: '“We expected a fight,” Mayor Tom Hale said. “The council had other plans, and so did the unions.\n\n“In the end we found a deal.”',
    quotes: [
      { quote: 'We expected a fight,', type: 'direct', speaker: 'Tom Hale' },
      { quote: 'The council had other plans, and so did the unions.', type: 'direct', speaker: 'Tom Hale', group: 'same' },
      { quote: 'In the end we found a deal.', type: 'direct', speaker: 'Tom Hale', group: 'same' },
    ],
  },
  {
    note: 'negative: a stray mark mid-sentence does not run on into the next paragraph',
    text: 'The crowd shouted “no and then left.\n\n“We will return,” said organiser Bea Lund.',
    quotes: [{ quote: 'We will return,', type: 'direct', speaker: 'Bea Lund' }],
  },

  // ── an unclosed mark spoils only its own paragraph ─────────────────────
  {
    note: 'unclosed mark mid-paragraph, the next paragraph is intact',
    text:
      'The senator called the bill “a disgrace and then left the chamber without a vote.\n\n' +
      '“We will try again on Thursday,” Majority Leader Ruth Engel said.',
    quotes: [{ quote: 'We will try again on Thursday,', type: 'direct', speaker: 'Ruth Engel' }],
  },
  {
    note: 'unclosed mark does not swallow the quotes of the following paragraphs',
    text:
      'Protesters carried signs reading “Hands off our parks.\n\n' +
      'Police Chief Dara Collins said: “The march was peaceful.”\n\n' +
      '“Nobody was arrested,” she added.',
    quotes: [
      { quote: 'The march was peaceful.', type: 'direct', speaker: 'Dara Collins' },
      { quote: 'Nobody was arrested,', type: 'direct', speaker: 'Dara Collins' },
    ],
  },
  {
    note: 'stray closing mark at the start of a paragraph does not pair with the next paragraph',
    text: 'The mayor left early.” \n\n“We have a plan for the harbour,” deputy mayor Olu Adeyemi said.',
    quotes: [{ quote: 'We have a plan for the harbour,', type: 'direct', speaker: 'Olu Adeyemi' }],
  },

  // ── interrupted quotations: two pieces, one speaker, one group ─────────
  {
    note: 'interrupted by “she said”',
    text: 'Coach Dana Reyes was confident before the final. “We will win,” she said, “and soon.”',
    quotes: [
      { quote: 'We will win,', type: 'direct', speaker: 'Dana Reyes', group: 'same' },
      { quote: 'and soon.', type: 'direct', speaker: 'Dana Reyes', group: 'same' },
    ],
  },
  {
    note: 'interrupted by “said the governor, NAME”',
    text: '“The economy,” said the governor, Mark Ellis, “is stronger than the headlines suggest.”',
    quotes: [
      { quote: 'The economy,', type: 'direct', speaker: 'Mark Ellis', group: 'same' },
      { quote: 'is stronger than the headlines suggest.', type: 'direct', speaker: 'Mark Ellis', group: 'same' },
    ],
  },
  {
    note: 'interrupted, straight quotes',
    text: '"If the rain holds off," farmer Judith Okafor said, "we will have the best harvest in ten years."',
    quotes: [
      { quote: 'If the rain holds off,', type: 'direct', speaker: 'Judith Okafor', group: 'same' },
      { quote: 'we will have the best harvest in ten years.', type: 'direct', speaker: 'Judith Okafor', group: 'same' },
    ],
  },
  {
    note: 'interrupted, the second piece a full sentence',
    text: '“It is not a ceasefire,” Foreign Minister Selim Aydin said. “It is a pause, and a short one.”',
    quotes: [
      { quote: 'It is not a ceasefire,', type: 'direct', speaker: 'Selim Aydin' },
      { quote: 'It is a pause, and a short one.', type: 'direct', speaker: 'Selim Aydin' },
    ],
  },

  // ── titles, names and nicknames are not quotations ─────────────────────
  {
    note: 'TV show title',
    text: 'She pitched her bakery on “Shark Tank” in 2019 and walked away with an investor.',
    quotes: [],
  },
  {
    note: 'programme title with an American-style comma inside, then a real fragment',
    text: 'Appearing on “Fox News Sunday,” Senator Greg Tolliver said the bill was “dead on arrival.”',
    quotes: [{ quote: 'dead on arrival.', type: 'mixed', speaker: 'Greg Tolliver' }],
  },
  {
    note: 'a name that an apposition describes, in a sentence with an attribution',
    text: 'Callers reported gunfire near “The Red Lion,” a pub popular with students, Sgt. Maria Ortiz said.',
    quotes: [],
  },
  {
    note: 'guard: a capitalised statement before an apposition of its speaker is a quote',
    text: '“We Will Rebuild,” a spokesman for the mayor said on Monday.',
    quotes: [{ quote: 'We Will Rebuild,', speaker: 'a spokesman for the mayor' }],
  },
  {
    note: 'a quotation after a list’s bullet is a whole statement, direct, as one that opens its paragraph',
    text: 'The press release sets out the main terms of the plan, which the two hospitals have summarized:\n\n• “Emergency departments at both hospitals will remain open 24 hours a day.”\n\n• “No clinical employee will lose his or her job as a result of the merger.”',
    quotes: [
      { quote: 'Emergency departments at both hospitals will remain open 24 hours a day.', type: 'direct' },
      { quote: 'No clinical employee will lose his or her job as a result of the merger.', type: 'direct' },
    ],
  },
  {
    note: 'a nickname or a slogan no one is said to have coined quotes no one: "Nicknamed “…” in Japan", "runs under the slogan “…”", "was dubbed “…” by 1990" (a date is no agent)',
    text: 'Nicknamed “the Bullet Train” in Japan for his acceleration, the winger cost £12 million.\n\nThe campaign, which runs under the slogan “Two Doses, Zero Doubt”, aims to reach 40,000 children.\n\nThe new bridge opened in March. The bridge was dubbed “the road to nowhere” by 1990.',
    quotes: [],
  },
  {
    note: 'the title of a body\'s publication after its noun: "its monthly “Oil Market Review”", "the council’s 2021 study “Homes for Hollinsmoor”"',
    text: 'In its monthly “Oil Market Review”, published on Monday, the group said demand would grow.\n\nThe share was well above the level set out in the council’s 2021 study “Homes for Hollinsmoor”.',
    quotes: [{ quote: 'demand would grow' }],
  },
  {
    note: 'a title in marks followed by a past tense and a name is no quotation of that name (guard)',
    text: 'The series returns in May. “Harbour Lights Forever” featured Mark Cole.',
    quotes: [],
  },
  {
    note: 'so-called name',
    text: 'Leaders of the so-called “Board of Peace” will meet in Cairo next month.',
    quotes: [],
  },
  {
    note: 'nickname inside a name',
    text: 'Dwayne “The Rock” Johnson attended the premiere in Los Angeles on Thursday.',
    quotes: [],
  },
  {
    note: 'nickname inside a name, next to a real quote',
    text: 'Earvin “Magic” Johnson told the crowd: “This city gave me everything.”',
    quotes: [{ quote: 'This city gave me everything.', type: 'direct' }],
  },
  {
    note: 'bill name after “known as”',
    text: 'The measure, known as the “Clean Harbours Act,” passed the state senate 31 to 8.',
    quotes: [],
  },
  {
    note: 'book title',
    text: 'Her memoir “A Long Way Home” has sold more than a million copies since March.',
    quotes: [],
  },
  {
    note: 'song title',
    text: 'The band closed the set with “Blue Morning,” the single that made them famous.',
    quotes: [],
  },
  {
    note: 'military operation name',
    text: 'The army said Operation “Iron Shield” had ended after eleven days.',
    quotes: [],
  },
  {
    note: 'newspaper headline title in straight quotes',
    text: 'The editorial, headlined "Time to Go," ran on the front page on Saturday.',
    quotes: [],
  },
  {
    note: 'documentary title after “the documentary”',
    text: 'She narrated the documentary “Salt and Stone” for public television last year.',
    quotes: [],
  },
  {
    note: 'words someone used: “the word”',
    text: 'Senator Ruth Okafor refused to use the word “crisis” during the two-hour hearing.',
    quotes: [{ quote: 'crisis', type: 'mixed' }],
  },
  {
    note: 'a name someone coined: “dubbed”',
    text: 'The levy, quickly dubbed “the Midnight Tax” by union leaders, was dropped in March.',
    quotes: [{ quote: 'the Midnight Tax', type: 'mixed' }],
  },
  {
    note: 'a bracketed stage direction in marks is nobody’s words',
    text: 'Senator Ana Ruiz said: “We will not back down on the budget, not this year and not next year.”\n\n“(CROSSTALK.)”\n\nThe hearing then moved on to the transport bill.',
    quotes: [{ quote: 'We will not back down on the budget, not this year and not next year.', type: 'direct', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'a quotation that only opens with a bracketed word is still speech',
    text: '“[The council] never asked us once,” said Joan Pike, who runs the market.',
    quotes: [{ quote: '[The council] never asked us once,', type: 'direct', speaker: 'Joan Pike' }],
  },
  {
    note: 'a report’s title after “titled”',
    text: 'The report, titled “Lessons From the Flood,” runs to 300 pages.',
    quotes: [],
  },
  {
    note: 'a book title after “book,” though a verb of saying follows',
    text: 'In her 2019 book, “Rivers of Salt,” Dr. Amira Sallam argues for new dams.',
    quotes: [],
  },
  {
    note: 'a song title after “anthem”, with an attribution after it',
    text: 'The choir closed with the anthem “Stand Together,” conductor Mia Roth said.',
    quotes: [],
  },

  // ── a fragment someone is said to have said: mixed ─────────────────────
  {
    note: 'short fragment after “called for”',
    text: 'Chinese President Xi Jinping called for a “grand plan” to link the ports of the region.',
    quotes: [{ quote: 'grand plan', type: 'mixed', speaker: 'Xi Jinping' }],
  },
  {
    note: 'fragment after “described … as”',
    text: 'Senator Joan Whitfield described the proposal as “reckless and cruel.”',
    quotes: [{ quote: 'reckless and cruel.', type: 'mixed', speaker: 'Joan Whitfield' }],
  },
  {
    note: 'fragment inside reported speech',
    text: 'Russian President Vladimir Putin said the West had “crossed a red line” in the Black Sea.',
    quotes: [{ quote: 'crossed a red line', type: 'mixed', speaker: 'Vladimir Putin' }],
  },
  {
    note: 'capitalised fragment after “called it”',
    text: 'Former President Donald Trump called the investigation “a Witch Hunt” at a rally in Ohio.',
    quotes: [{ quote: 'a Witch Hunt', type: 'mixed', speaker: 'Donald Trump' }],
  },
  {
    note: 'a fragment after a naming verb no cue lexicon lists: “called … a”',
    text: 'Mayor Tom Hale called the bus plan a “fiasco” on Tuesday.',
    quotes: [{ quote: 'fiasco', type: 'mixed', speaker: 'Tom Hale' }],
  },
  {
    note: 'a fragment after “accused … of”',
    text: 'The union accused the council of running a “rigged” process.',
    quotes: [{ quote: 'rigged', type: 'mixed', speaker: 'The union' }],
  },
  {
    note: 'negative: a scare quote with no naming or speaking verb',
    text: 'Shares of the firm staged a “recovery” in the afternoon.',
    quotes: [],
  },

  // ── scraped-page boilerplate ───────────────────────────────────────────
  {
    note: 'recommended-stories block with quoted headlines',
    text:
      'Port workers in Rotterdam walked out on Monday.\n\n' +
      'Recommended Stories\n' +
      'list of 3 items\n' +
      'list 1 of 3\n' +
      'Minister quits over ‘lies’ claim\n' +
      'list 2 of 3\n' +
      'Farmers say “we are being ignored” as prices fall\n' +
      'list 3 of 3\n' +
      'Storm closes airports across the north\n' +
      'end of list\n\n' +
      '“We have not had a raise in four years,” said dockworker Pieter Smit.',
    quotes: [{ quote: 'We have not had a raise in four years,', type: 'direct', speaker: 'Pieter Smit' }],
  },
  {
    note: 'follow and share lines',
    text:
      '“The recount changes nothing,” county clerk Amy Doyle said.\n\n' +
      'Follow Ben Carter on Twitter: @bencarter_news\n' +
      'Share this article\n' +
      'Share on Facebook\n' +
      'Share on X',
    quotes: [{ quote: 'The recount changes nothing,', type: 'direct', speaker: 'Amy Doyle' }],
  },
  {
    note: '“Read more” link with a quoted headline',
    text:
      'The central bank held rates at 4.5 percent.\n\n' +
      'Read more: Governor warns of “painful” year ahead\n\n' +
      'Advertisement\n\n' +
      'Economists had expected the decision.',
    quotes: [],
  },
  {
    note: 'newsletter, copyright and photo-credit lines',
    text:
      'Sign up for “The Morning Brief” newsletter\n' +
      'Copyright 2024 The Associated Press. All rights reserved.\n' +
      '(Photo: “Harbour at dawn” by Lisa Moreno)',
    quotes: [],
  },
  {
    note: 'a subhead in single marks in an article that quotes with double marks',
    text: '“We are ready,” said coach Ana Lima.\n\n‘A long season ahead.’\n\nThe team plays again on Sunday. “We will win,” Lima added.',
    quotes: [
      { quote: 'We are ready,', type: 'direct', speaker: 'Ana Lima' },
      { quote: 'We will win,', type: 'direct', speaker: 'Ana Lima' },
    ],
  },
  {
    note: 'negative: a lone single-quoted paragraph where single marks are the house style',
    text: '‘We are ready,’ said coach Ana Lima.\n\n‘A long season ahead.’',
    quotes: [
      { quote: 'We are ready,', type: 'direct', speaker: 'Ana Lima' },
      { quote: 'A long season ahead.', type: 'direct', speaker: 'Ana Lima' },
    ],
  },

  // ── transcripts and Q&A: each turn a direct quote without marks ────────
  {
    note: 'broadcast transcript, NAME: turns',
    text:
      'The following is a transcript of Jake Tapper’s interview with Governor Mike Pence.\n\n' +
      'TAPPER: Governor, do you regret signing the law?\n\n' +
      'PENCE: Well, look, I think the law was misunderstood from the start.',
    quotes: [
      { quote: 'Governor, do you regret signing the law?', type: 'direct', speaker: 'Jake Tapper' },
      { quote: 'Well, look, I think the law was misunderstood from the start.', type: 'direct', speaker: 'Mike Pence' },
    ],
  },
  {
    note: 'Q: / A: interview',
    text:
      'Reporter Sarah Klein spoke to the novelist Ivo Brandt at his home in Zagreb. The interview has been edited for length.\n\n' +
      'Q: Will you write another book about the war?\n\n' +
      'A: Not for a long time. I need to write about something that makes me laugh.',
    quotes: [
      { quote: 'Will you write another book about the war?', type: 'direct', speaker: 'Sarah Klein' },
      { quote: 'Not for a long time. I need to write about something that makes me laugh.', type: 'direct', speaker: 'Ivo Brandt' },
    ],
  },
  {
    note: 'Q: / A: interview given to an outlet: the outlet asks, the one who spoke to it answers',
    text:
      'The finance minister, Ana Costa, spoke to The Harbor Times on Thursday. The interview has been edited for length.\n\n' +
      'Q: Will taxes go up next year?\n\n' +
      'A: No. There will be no new taxes on working families.',
    quotes: [
      { quote: 'Will taxes go up next year?', type: 'direct', speaker: 'The Harbor Times' },
      { quote: 'No. There will be no new taxes on working families.', type: 'direct', speaker: 'Ana Costa' },
    ],
  },
  {
    note: 'transcript turn with a quotation inside: reported once, inner marks kept',
    text:
      'Excerpts from Hillary Clinton’s town hall with Chris Cuomo follow.\n\n' +
      'CUOMO: What did you tell the Republicans?\n\n' +
      'CLINTON: I said, “Let’s get this done,” and we got it done.',
    quotes: [
      { quote: 'What did you tell the Republicans?', type: 'direct', speaker: 'Chris Cuomo' },
      { quote: 'I said, “Let’s get this done,” and we got it done.', type: 'direct', speaker: 'Hillary Clinton' },
    ],
  },
  {
    note: 'capitalised labels that are not speakers',
    text:
      'UPDATE: This story has been updated with the final results.\n\n' +
      'CORRECTION: An earlier version misstated the turnout.\n\n' +
      'WASHINGTON: Turnout in the primary reached 41 percent.',
    quotes: [],
  },

  // ── odds and ends ──────────────────────────────────────────────────────
  {
    note: 'an empty pair of marks (no quotation; the sentence is reported speech)',
    text: 'The form left the field “ ” blank, the auditor noted.',
    quotes: [{ quote: 'The form left the field “ ” blank', type: 'indirect' }],
  },
  {
    note: 'two quotes in one sentence by two people',
    text: '“Sell,” said analyst Priya Nair, while her colleague Tom Aldous said “hold” on the same stock.',
    quotes: [
      { quote: 'Sell,', type: 'direct', speaker: 'Priya Nair' },
      { quote: 'hold', speaker: 'Tom Aldous' },
    ],
  },
  {
    note: 'quote opening a paragraph and attribution in the next sentence',
    known: true,
    text: '“The bridge is safe.” That was the message from the city engineer, Hana Kowalczyk, on Friday.',
    quotes: [{ quote: 'The bridge is safe.', type: 'direct', speaker: 'Hana Kowalczyk' }],
  },
  {
    note: 'straight double quotes with a possessive inside',
    text: '"It\'s the city\'s money, not the mayor\'s," Councilwoman Beth Ames said.',
    quotes: [{ quote: "It's the city's money, not the mayor's,", type: 'direct', speaker: 'Beth Ames' }],
  },
  {
    note: 'curly quotes mis-typed as two openers (scraped text)',
    text: '“We have the votes,“ Whip Daniel Osei said on Tuesday.',
    quotes: [{ quote: 'We have the votes,', type: 'direct', speaker: 'Daniel Osei' }],
  },
  {
    note: 'colon introduction, long quote with a dash inside',
    text: 'The fire chief, Marco Bellini, said: “We lost two engines — and nearly lost a crew — before the wind turned.”',
    quotes: [{ quote: 'We lost two engines — and nearly lost a crew — before the wind turned.', type: 'direct', speaker: 'Marco Bellini' }],
  },
  // ── straight marks opening an excerpt whose quotations use curly marks ──
  {
    note: 'an excerpt paragraph opened by " whose quotations are curly: the curly ones are the quotes',
    text: 'The paper described the night in detail:\n\n"Senator Hal Brooks walked onto the stage, chanting “Four more years!” as the band played.\n\n“It was the loudest room I have ever been in,” one volunteer, Carla Ruiz, said.',
    quotes: [
      { quote: 'Four more years!', speaker: 'Hal Brooks' },
      { quote: 'It was the loudest room I have ever been in,', type: 'direct', speaker: 'Carla Ruiz' },
    ],
  },
  {
    note: 'a quotation in straight marks running over two paragraphs, single marks inside, stays one group',
    text: '"The budget is balanced for the first time in a decade. We cut what the \'efficiency review\' told us to cut.\n\n"Nobody should expect the same next year," Treasurer Alan Pryce said.',
    quotes: [
      { quote: "The budget is balanced for the first time in a decade. We cut what the 'efficiency review' told us to cut.", type: 'direct', speaker: 'Alan Pryce', group: 'same' },
      { quote: 'Nobody should expect the same next year,', type: 'direct', speaker: 'Alan Pryce', group: 'same' },
    ],
  },
  // ── a sentence in marks, not a title (full stop inside, introduced like speech) ──
  {
    note: 'headline: a capitalised sentence after a colon is a quotation',
    text: 'Moreno Tells Flood Victims: ‘We Will Not Leave You Behind.’\n\nGovernor Ada Moreno toured the valley on Sunday.',
    quotes: [{ quote: 'We Will Not Leave You Behind.', speaker: 'Ada Moreno' }],
    // the span is found; the title-case headline runs the name on into its verb ('Moreno Tells Flood Victims')
    known: true,
  },
  {
    note: 'headline: marks that hold the whole statement after the speaker and a colon',
    text: 'Rao: “We Will Not Back Down”\n\nMayor Ana Rao toured the port on Sunday.',
    quotes: [{ quote: 'We Will Not Back Down', type: 'direct', speaker: 'Ana Rao' }],
  },
  {
    note: 'headline: the same in straight single marks, whose closing one could be an apostrophe',
    text: "Rao: 'We Will Not Back Down'\n\nMayor Ana Rao toured the port on Sunday.",
    quotes: [{ quote: 'We Will Not Back Down', type: 'direct', speaker: 'Ana Rao' }],
  },
  {
    note: 'a capitalised sentence after a colon in the body is a quotation',
    text: 'The union’s banner carried four words: “Fair Pay Starts Now.”',
    quotes: [{ quote: 'Fair Pay Starts Now.' }],
  },
  {
    note: 'a short capitalised sentence after a comma is a quotation',
    text: 'At the end of the hearing, Mayor Ruth Adler smiled and answered, “Never Again.”',
    quotes: [{ quote: 'Never Again.', speaker: 'Ruth Adler' }],
  },
  {
    note: 'a capitalised sentence standing alone after an attributed one is a quotation',
    text: '“We are not going anywhere,” the coach, Ivan Petrov, said after the match. “Not This Year.”',
    quotes: [
      { quote: 'We are not going anywhere,', type: 'direct', speaker: 'Ivan Petrov' },
      { quote: 'Not This Year.', type: 'direct', speaker: 'Ivan Petrov' },
    ],
  },
  {
    note: 'negative: a show title after a comma in a headline stays a title',
    text: 'Senator Heads to Late-Night TV, ‘The Evening Hour.’\n\nThe senator will appear on Thursday.',
    quotes: [],
  },
  {
    note: 'negative: a title closing a sentence with the full stop inside stays a title',
    text: 'The station will rerun its old drama, which has a new title this year, for fans of “Harbour Lights.”',
    quotes: [],
  },
  {
    note: 'negative: a capitalised line alone in its paragraph is a subhead',
    text: '“We will see,” the minister, Joan Ekwueme, said.\n\n“A Long Road Ahead.”\n\nThe talks resume in May.',
    quotes: [{ quote: 'We will see,', type: 'direct', speaker: 'Joan Ekwueme' }],
  },
  {
    note: 'an excerpt shown by its curly quotations: its other " paragraphs are no quotations either',
    text: 'The magazine’s profile reads:\n\n"The candidate arrived late, waving to the crowd and shouting “We are back!” from the stage.\n\n"The room went quiet.\n\n“We made it,” his aide, Nora Quist, said.',
    quotes: [
      { quote: 'We are back!' },
      { quote: 'We made it,', type: 'direct', speaker: 'Nora Quist' },
    ],
  },
  // ── naming words: who coined the words ──────────────────────────────────
  {
    note: '“nicknamed” coins the words (not the naming “named”)',
    text: 'The mayor, nicknamed “The Builder” by his aides, opened the bridge on Monday.',
    quotes: [{ quote: 'The Builder' }],
  },
  {
    note: 'negative: “named” gives a name',
    text: 'The council named the new park “Riverside Commons” on Monday.',
    quotes: [],
  },
  // ── words voiced by a crowd or a singer ──────────────────────────────────
  {
    note: 'chants of a capitalised name are voiced, not a title',
    text: 'Supporters greeted the governor with chants of “Marta!” as she entered the hall.',
    quotes: [{ quote: 'Marta!' }],
  },
  {
    note: 'a capitalised line sung is voiced, not a title',
    text: 'The choir closed the rally singing “We Shall Stand Together” while volunteers handed out flags.',
    quotes: [{ quote: 'We Shall Stand Together' }],
  },
  {
    note: 'negative: a title after a preposition, no voicing word',
    text: 'The governor appeared on “Morning Watch” before the rally.',
    quotes: [],
  },
  // ── quotations coordinated with a kept one ─────────────────────────────
  {
    note: 'a capitalised quotation coordinated by “and” with a quoted insult is kept too',
    text: 'The senator said her rival had called voters “lazy” and “Not Worth The Trouble” at a private dinner.',
    quotes: [{ quote: 'lazy', speaker: 'senator' }, { quote: 'Not Worth The Trouble' }],
  },
  {
    note: 'negative: titles coordinated with a title stay titles',
    text: 'She watched “Harbour Lights” and “The Long Coast” on the flight home.',
    quotes: [],
  },
  {
    note: 'a book title with its subtitle is a title, however long: the possessive before it names its author',
    text: 'According to Ana Ruiz\'s “The Harbour Men: Dockers, Bosses and the Port of Halifax” and other sources, the job was never simple.',
    quotes: [],
  },
  {
    note: 'a title with a subtitle after "co-author of" closes the sentence: no quotation, and the one before keeps its speaker',
    text: '“It is a fair rule,” said Tom Reed, a co-author of “Those Who Run the Harbour: Inside the World of Shipping.”',
    quotes: [{ quote: 'It is a fair rule,', type: 'direct', speaker: 'Tom Reed' }],
  },
  {
    note: 'a title listed after a title left out is a title too ("starred in “A” and “B,”")',
    text: 'Okafor, who has starred in “Harbour Lights” and “Keepers of the Flame,” posted the video on Thursday.',
    quotes: [],
  },
  {
    note: 'negative: a line of dialogue after a name said alone is no title listed with it (a paragraph between)',
    text: '“Miss Eliza Bennet.”\n\n“Miss Eliza Bennet!” repeated Caroline. “How long has she been such a favourite?”',
    quotes: [
      { quote: 'Miss Eliza Bennet!', speaker: 'Caroline' },
      { quote: 'How long has she been such a favourite?', speaker: 'Caroline' },
    ],
  },
  {
    note: 'a headline\'s scare quotes after "to" are no speech, even with a verb of quoting earlier in the line',
    text: 'Rivera Blasts Lund for Mocking His Diet, Quotes Scripture to Urge Voters to ‘Turn Away’ from ‘Liars’ and ‘Cheats’ Like Okafor.\n\nAfter blasting the Harbour Gazette for an article about his diet, Marco Rivera doubled down on Tuesday.',
    quotes: [],
  },
  {
    note: 'a scare quote in a sentence whose subject is passive has no speaker: no quotation',
    text: 'Mehmet Rao is a surgeon and a TV star. He’s been investigated by Congress for promoting “magic” weight-loss pills.',
    quotes: [],
  },
  {
    note: 'a work\'s title after its genre noun ("the period drama “…,”", "the prison thriller “…”") is no quotation',
    text: 'Casting\n\nThe actor, who plays a keeper\'s widow in the storm-lashed period drama “The Lantern Keepers,” spent most of the winter soaking wet. Her breakout came in the 2016 prison thriller “Lockstep.”',
    quotes: [],
  },
  {
    note: 'a name with its article inside the marks after a verb of naming ("a levee locals have long called “the Wall”") is no quotation; a phrase in lower case is',
    text: 'Floods\n\nThe town is protected by an earthen levee that locals have long called “the Wall”. Engineers are monitoring it closely.\n\nThe mayor called the response “a shambles from start to finish.”',
    quotes: [{ quote: 'a shambles from start to finish.' }],
  },
];
