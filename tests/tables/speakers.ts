// Acceptance table for attribution (issue 4): who said each quotation.
// Every sentence was written for this table in wire-copy style; none is taken
// from a corpus. Expectations are what a careful annotator would answer, not
// what the engine returns today: rows it gets wrong carry `known: true` and run
// as `it.fails` (see speakers.test.ts).
//
// `quote` picks the returned quotation that contains these words; `speaker` is
// the full name as the article gives it (null: nobody the text names), or a
// list of acceptable answers. Names are compared after dropping a leading
// "the", folding case and spaces, so "the Kremlin" = "Kremlin".

import { STORM_REPORT } from './texts.js';

export interface ExpectedSpeaker {
  /** Words inside the quotation, enough to pick it out. */
  quote: string;
  speaker: string | null | (string | null)[];
  /** Checked when present (null: no title). */
  speakerTitle?: string | null;
}

export interface SpeakerRow {
  note: string;
  text: string;
  quotes: ExpectedSpeaker[];
  known?: boolean;
}

// Forty sentences that name eighty people, none with a title: a long stretch of text between a title and the
// role noun that takes it up.
const GIVEN = ['Ama', 'Boris', 'Chen', 'Dario', 'Elif', 'Femi', 'Greta', 'Hamid'];
const FAMILY = ['Sorensen', 'Quayle', 'Nakamura', 'Oduya', 'Petrov', 'Ferreira', 'Lindgren', 'Mwangi', 'Castell', 'Haddad'];
const MANY_NAMES = Array.from({ length: 40 }, (_, i) => `${GIVEN[i % 8]} ${FAMILY[i % 10]} met ${GIVEN[(i + 3) % 8]} ${FAMILY[(i + 7) % 10]} at the pier.`).join(' ');

export const SPEAKER_ROWS: SpeakerRow[] = [
  // ── the frames ─────────────────────────────────────────────────────────
  {
    note: '“…,” X said',
    text: '“The harbour will reopen in the spring,” harbour master Sunil Rao said on Monday.',
    quotes: [{ quote: 'harbour will reopen', speaker: 'Sunil Rao' }],
  },
  {
    note: '“…;” said X: a semicolon before the closing mark leaves the sentence open, as a comma does',
    text: 'The council met again on Tuesday.\n\n“No more delays, I hope;” said councillor Ama Mensah, as the session opened. “We have waited a year.”',
    quotes: [
      { quote: 'No more delays', speaker: 'Ama Mensah' },
      { quote: 'waited a year', speaker: 'Ama Mensah' },
    ],
  },
  {
    note: '“…,” was therefore his answer: an adverb between "was" and the reply',
    text: 'Harbour master Sunil Rao listened to the complaints for an hour.\n\n“The dredging will wait until spring,” was therefore his answer. “There is no money before then.”',
    quotes: [
      { quote: 'dredging will wait', speaker: 'Sunil Rao' },
      { quote: 'no money before then', speaker: 'Sunil Rao' },
    ],
  },
  {
    note: 'a cue closing the paragraph before, its subject before a phrase between commas',
    text: 'The hall was silent for a long time, until council leader Ama Mensah, after a glance at the clock, said:\n\n“We will vote tonight.”',
    quotes: [{ quote: 'vote tonight', speaker: 'Ama Mensah' }],
  },
  {
    note: 'a report of a report: the outer source, a noun phrase, when the inner subject is a pronoun',
    text: 'The suspect appeared in court on Wednesday.\n\nPolice sources have said he said “there will be more” in comments to officers. If he could go back, prosecutors say that he told one agent, “I would do it again.”',
    quotes: [
      { quote: 'there will be more', speaker: 'Police sources' },
      { quote: 'do it again', speaker: 'prosecutors' },
    ],
  },
  {
    note: 'a report of a report: a noun phrase before a named inner speaker is no outer source',
    text: 'The council met on Tuesday.\n\nThe minutes show that Mayor Ama Mensah said the plan was “dead on arrival.”',
    quotes: [{ quote: 'dead on arrival', speaker: 'Ama Mensah' }],
  },
  {
    note: '“…?” X asked reporters: a listener after the cue, and the attribution still ends the sentence',
    text: 'The primary was over.\n\n“You think I am going to change?” Senator Ama Mensah asked reporters rhetorically after the count. “I will not.”',
    quotes: [
      { quote: 'going to change', speaker: 'Ama Mensah' },
      { quote: 'I will not', speaker: 'Ama Mensah' },
    ],
  },
  {
    note: 'no cue: the pronoun subject of the later clause the fragment stands in, not the sentence’s first subject',
    text: 'The race tightened in Iowa.\n\nGovernor Tom Reyes met Mary Okafor in Ames, and she has long used that meeting against rivals who skip “the Iowa way.”',
    quotes: [{ quote: 'the Iowa way', speaker: 'Mary Okafor' }],
  },
  {
    note: 'a participle after an infinitive cue: the sentence’s subject speaks, not the infinitive’s object',
    text: 'The campaign ended in Ohio.\n\nSenator Mary Okafor appeared to announce her new plans by saying, “We will win this state.”',
    quotes: [{ quote: 'win this state', speaker: 'Mary Okafor' }],
  },
  {
    note: 'a clause after a name and its comma is no apposition: the role is not the name’s',
    text: 'The hearing ended early.\n\nTurning to Tom Reyes, the senator made a gesture of despair.\n\n“We are finished,” the senator said.',
    quotes: [{ quote: 'We are finished', speaker: 'senator' }],
  },
  {
    note: 'an apposition with a reflexive after its role is one',
    text: 'The hearing ended early.\n\nIn the front row sat the senator himself, Tom Reyes, who had called it.\n\n“We are finished,” the senator said.',
    quotes: [{ quote: 'We are finished', speaker: 'Tom Reyes' }],
  },
  {
    note: 'no cue: the person of the sentence before, past a participle that frames nothing ("refrained from saying")',
    text: 'The council met on Tuesday.\n\nMayor Mary Okafor refrained from saying what she felt about the vote. “We have waited long enough for this port.”',
    quotes: [{ quote: 'waited long enough', speaker: 'Mary Okafor' }],
  },
  {
    note: '"shot back": a retort after a cue in an opening clause that is another person’s',
    text: 'The debate turned sharp.\n\nAfter Governor Tom Reyes criticized her record during a debate, Mary Okafor shot back, “I chose to do my job.”',
    quotes: [{ quote: 'chose to do my job', speaker: 'Mary Okafor' }],
  },
  {
    note: 'an adverb of time between a noun subject and its cue is no part of the speaker ("the star then recalled")',
    text: 'The actress was asked about it on Tuesday.\n\n“The industry has a very severe problem,” the star then recalled. “It is getting better,” her agent later added.',
    quotes: [
      { quote: 'severe problem', speaker: 'the star' },
      { quote: 'getting better', speaker: 'her agent' },
    ],
  },
  {
    note: '“…?” X, an apposition, said: the attribution after a question, past the apposition',
    text: 'The calls went on all evening.\n\n“I am calling from the campaign. How are you today?” Ruth Miller, a retired nurse from the county, said pleasantly into the phone.',
    quotes: [{ quote: 'How are you today', speaker: 'Ruth Miller' }],
  },
  {
    note: '“…!” X, an apposition, warned that …: a new sentence with a clause of its own',
    text: 'The committee froze the data.\n\nSanders called the move “arbitrary!” Josh Hendler, a party operative, warned Saturday that the move could damage the party.',
    quotes: [{ quote: 'arbitrary', speaker: 'Sanders' }],
  },
  {
    note: 'a paragraph of only a dash and a name signs the quotation that is the paragraph before',
    text: 'The claims were checked one by one.\n\n“Multinationals pay zero taxes.”\n\n- Ann Ray.\n\nThis is a complex issue.',
    quotes: [{ quote: 'pay zero taxes', speaker: 'Ann Ray' }],
  },
  {
    note: 'the dash and the name may go on with a comma and the occasion: "-Mayor Ann Ray, posting after the vote."',
    text: 'The vote was over by nine.\n\n"Great night. The harbour is ours again."\n\n-Mayor Ann Ray, posting after the vote.\n\nThe hall emptied soon after.',
    quotes: [{ quote: 'Great night', speaker: 'Ann Ray' }],
  },
  {
    note: 'a dash and a name after a paragraph that only ends with a fragment is a credit, not a signature',
    text: 'The candidate has mocked a reporter and called a supporter “my friend.”\n\n- Reuters.',
    quotes: [{ quote: 'my friend', speaker: ['The candidate', null] }],
  },
  {
    note: 'a fragment nobody in its sentence says goes on with the line before it in the paragraph',
    text: 'The primary was over.\n\n“It is an enormous moment,” said Steve Schmidt, a Republican strategist. Unless rivals quit the race at once, “it is very difficult to see how he is stopped.”',
    quotes: [
      { quote: 'enormous moment', speaker: 'Steve Schmidt' },
      { quote: 'very difficult to see', speaker: 'Steve Schmidt' },
    ],
  },
  {
    note: 'a term of a few words after a line is no continuation of it',
    text: 'The primary was over.\n\n“It is an enormous moment,” said Steve Schmidt, a Republican strategist. Rivals now face the “Trump problem” in every state.',
    quotes: [
      { quote: 'enormous moment', speaker: 'Steve Schmidt' },
      { quote: 'Trump problem', speaker: null },
    ],
  },
  {
    note: '“…,” said X, apposition after',
    text: '“Prices will keep rising through the summer,” said Ingrid Solberg, an economist at Nordea.',
    quotes: [{ quote: 'Prices will keep rising', speaker: 'Ingrid Solberg' }],
  },
  {
    note: '“…,” said X, with an adverb of manner after the noun',
    text: '“The talks are over for today,” said the spokesman curtly.',
    quotes: [{ quote: 'talks are over', speaker: 'spokesman' }],
  },
  {
    note: '“…,” said X, an -ly adverb inside the phrase is part of it',
    text: '“We start on Monday,” said the newly elected mayor.',
    quotes: [{ quote: 'start on Monday', speaker: 'newly elected mayor' }],
  },
  {
    note: '“…,” the spokeswoman said, her title given long before, past the names of many others (a long text)',
    text: `Spokeswoman Dana Okafor opened the hearing on the ferry contract.\n\n${MANY_NAMES}\n\n“We will publish the figures,” the spokeswoman said.`,
    quotes: [{ quote: 'publish the figures', speaker: 'Dana Okafor' }],
  },
  {
    note: '“…,” the spokeswoman said, two holders of her title long before: the later one',
    text: `Spokeswoman Dana Okafor opened the hearing on the ferry contract. Spokeswoman Lea Brandt answered for the port.\n\n${MANY_NAMES}\n\n“We will publish the figures,” the spokeswoman said.`,
    quotes: [{ quote: 'publish the figures', speaker: 'Lea Brandt' }],
  },
  {
    note: '“…,” the 34-year-old said, the age given long before, past the names of many others (a long text)',
    text: `Dana Okafor, 34, opened the hearing on the ferry contract.\n\n${MANY_NAMES}\n\n“We will publish the figures,” the 34-year-old said.`,
    quotes: [{ quote: 'publish the figures', speaker: 'Dana Okafor' }],
  },
  {
    note: '“…,” said the captain, after "Captain X" named once',
    text: 'Captain Ines Ruiz brought the ferry into port on Tuesday after a night at sea. Ruiz spoke to the harbour office first.\n\n“Nobody was hurt,” said the captain.',
    quotes: [{ quote: 'Nobody was hurt', speaker: 'Ines Ruiz' }],
  },
  {
    note: '“…,” said the captain, the title before one word',
    text: 'Captain Ruiz brought the ferry into port on Tuesday after a night at sea.\n\n“Nobody was hurt,” said the captain.',
    quotes: [{ quote: 'Nobody was hurt', speaker: 'Ruiz' }],
  },
  {
    note: '“…,” said ADJECTIVE Capitalised ROLE Name',
    text: '“I still do not know where he stands on the port,” said undecided Labour voter Mirela Costa of Leith, before the meeting.',
    quotes: [{ quote: 'where he stands', speaker: 'Mirela Costa', speakerTitle: 'undecided Labour voter' }],
  },
  {
    note: '“…,” said a Capitalised Capitalised ROLE, no name',
    text: '“The talks will resume in March,” said a senior Foreign Office official.',
    quotes: [{ quote: 'talks will resume', speaker: 'a senior Foreign Office official' }],
  },
  {
    note: '“…,” said the Capitalised modifier ROLE, Name',
    text: '“The budget is balanced,” said the Downing Street press secretary, Hal Imrie.',
    quotes: [{ quote: 'budget is balanced', speaker: 'Hal Imrie', speakerTitle: 'the Downing Street press secretary' }],
  },
  {
    note: '“…,” said Name-as-modifier modifier ROLE Name (the person is the last name)',
    text: '“We will win the north,” said Lindqvist campaign manager Ola Berg.',
    quotes: [{ quote: 'win the north', speaker: 'Ola Berg' }],
  },
  {
    note: 'negative: “…,” said Name, Capitalised words after it are no role',
    text: '“We will win the north,” said Ola Berg of the Green Party.',
    quotes: [{ quote: 'win the north', speaker: 'Ola Berg' }],
  },
  {
    note: '"Governor Ruiz" is the Ruiz who holds the title, not the last Ruiz named',
    text: 'Governor Ana Ruiz toured the flooded valley on Monday with her husband, Tomas Ruiz. Governor Ruiz later met farmers in the town hall.\n\n“We will rebuild every bridge,” the governor said.',
    quotes: [{ quote: 'rebuild every bridge', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'a relative clause after a preposition has its own speaker: ", to which X interjected:"',
    text: 'Mayor Lena Fischer said that experts had found the new levees strong, to which Councillor Omar Haddad interjected: “That is just not true.”',
    quotes: [{ quote: 'just not true', speaker: 'Omar Haddad' }],
  },
  {
    note: 'X VERBED an object and said: the object is no subject',
    text: 'Senator Mara Quist walked to the podium. She then adopted a mock Southern drawl and joked, “We will be fixing this bridge till the cows come home.”',
    quotes: [{ quote: 'fixing this bridge', speaker: 'Mara Quist' }],
  },
  {
    note: 'the subject of the main clause after two openings, the second a subordinate clause',
    text: 'Mayor Jonas Berg came to the ferry terminal on Friday. Last month, when I asked the ferry company if it would ever cut the night service, Berg looked at the timetable, frowned and said, “Not while I am mayor.”',
    quotes: [{ quote: 'Not while I am mayor', speaker: 'Jonas Berg' }],
  },
  {
    note: 'a noun phrase subject ends before its verb in the present ("The trust seeks to …")',
    text: 'The harbour trust seeks to protect the old piers through what it calls “patient stewardship.”',
    quotes: [{ quote: 'patient stewardship', speaker: ['harbour trust', 'it'] }],
  },
  {
    note: 'a proper adjective and its noun are the subject, not a name ("Two Democratic speechwriters")',
    text: 'Two Democratic speechwriters implored her to bring the line back, arguing that it “rattled” her opponent.',
    quotes: [{ quote: 'rattled', speaker: 'Two Democratic speechwriters' }],
  },
  {
    note: 'a proper adjective before a title and a name leaves the name',
    text: 'Democratic presidential candidate Ana Ortiz is choosing not to answer what her rival called “reckless” attacks.',
    quotes: [{ quote: 'reckless', speaker: ['Ana Ortiz', 'her rival'] }],
  },
  {
    note: 'a proper adjective before a noun that could be a cue ("of Republican claims") is no subject',
    text: 'FactCheck rated 32% of Republican claims as “false” last year, against 11% of Democratic claims.',
    quotes: [{ quote: 'false', speaker: 'FactCheck' }],
  },
  {
    note: 'negative: a surname that is also a nationality stays a name',
    text: 'The investor Marco Cuban spoke after the vote. Cuban said, “We will build the plant here.”',
    quotes: [{ quote: 'build the plant', speaker: 'Marco Cuban' }],
  },
  {
    note: 'a conjunction opening the sentence is no part of the name before an apposition',
    text: 'But Akhil Varma, the chief financial officer, noted that the new plant was “a painful but necessary step.”',
    quotes: [{ quote: 'painful but necessary', speaker: 'Akhil Varma', speakerTitle: 'the chief financial officer' }],
  },
  {
    note: 'a preposition opening the sentence is no part of the name the text registers',
    text: 'Despite Santori, the council voted for the new tunnel on Monday.\n\n“We were misled from the start,” Santori said.',
    quotes: [{ quote: 'misled from the start', speaker: 'Santori' }],
  },
  {
    note: 'a fragment in the clause of a verb no list holds, after "it" and a listed verb, is the outer speaker\'s',
    text: 'Mayor Lena Fischer, opening the new bridge on Saturday, expatiated it would tell the story of the town, one of “storms and stubbornness.”',
    quotes: [{ quote: 'storms and stubbornness', speaker: 'Lena Fischer' }],
  },
  {
    note: 'a quotation after a sentence closing on ", Name VERBED." with a verb no list holds',
    text: 'The council may be reluctant to act before the vote, Dana Whitlock expatiated. “The other factor is the timing of it all.”',
    quotes: [{ quote: 'other factor', speaker: 'Dana Whitlock' }],
  },
  {
    note: '“…?” was Name’s (adjectives) inquiry: the name that owns the words',
    text: '“And who is the new harbour master?” was Councillor Ines Ruiz’s suspicious inquiry.',
    quotes: [{ quote: 'new harbour master', speaker: 'Ines Ruiz' }],
  },
  {
    note: 'X said: “…”',
    text: 'Rui Tavares, the finance minister, said: “The deficit target stands, whatever the markets think.”',
    quotes: [{ quote: 'deficit target stands', speaker: 'Rui Tavares' }],
  },
  {
    note: 'X said that … “…”',
    text: 'Health Secretary Naomi Achebe said that the new wards would be “open to every patient by winter.”',
    quotes: [{ quote: 'open to every patient', speaker: 'Naomi Achebe' }],
  },
  {
    note: 'X said … “…” with a pronoun inside the reported clause',
    text: 'Governor Lena Ortiz said she would only sign a budget that was “fair to every taxpayer in this state.”',
    quotes: [{ quote: 'fair to every taxpayer', speaker: 'Lena Ortiz' }],
  },
  {
    note: '“…” — X',
    text: '“Nobody wins a trade war.” — Elise Fournier, Canada’s trade minister',
    quotes: [{ quote: 'Nobody wins a trade war', speaker: 'Elise Fournier' }],
  },
  {
    note: 'according to X, “…”',
    text: 'According to fire marshal Kevin Doyle, “the wiring in that building was decades out of date.”',
    quotes: [{ quote: 'wiring in that building', speaker: 'Kevin Doyle' }],
  },
  {
    note: '“…,” according to X',
    text: '“The shipment never left the port,” according to customs official Rana Haddad.',
    quotes: [{ quote: 'shipment never left', speaker: 'Rana Haddad' }],
  },
  {
    note: 'X told Y: “…” (the listener is not the speaker)',
    text: 'Prosecutor Alina Petrova told the jury: “The defendant knew exactly what he was doing.”',
    quotes: [{ quote: 'defendant knew exactly', speaker: 'Alina Petrova' }],
  },
  {
    note: '“…,” X told Y',
    text: '“We are not going to raise the retirement age,” Labour Minister Jonas Berg told parliament.',
    quotes: [{ quote: 'raise the retirement age', speaker: 'Jonas Berg' }],
  },
  {
    note: '“…,” X, a spokesman for Y, said',
    text: '“The aircraft was fully airworthy,” Mark Hensley, a spokesman for the airline, said.',
    quotes: [{ quote: 'fully airworthy', speaker: 'Mark Hensley' }],
  },
  {
    note: '“…,” said X, a spokeswoman for Y',
    text: '“Talks are continuing and we remain hopeful,” said Amara Okoye, a spokeswoman for the nurses’ union.',
    quotes: [{ quote: 'Talks are continuing', speaker: 'Amara Okoye' }],
  },
  {
    note: '“…,” he was quoted as saying by Z',
    text: 'Russian Deputy Foreign Minister Sergei Ryabkov spoke in Geneva on Tuesday. “There is no progress on the treaty,” he was quoted as saying by the RIA news agency.',
    quotes: [{ quote: 'no progress on the treaty', speaker: 'Sergei Ryabkov' }],
  },
  {
    note: 'in a statement, X said … “…”',
    text: 'In a statement, Senator Paula Reyes said the vote was “a betrayal of working families.”',
    quotes: [{ quote: 'betrayal of working families', speaker: 'Paula Reyes' }],
  },
  {
    note: 'X said in a statement: “…”',
    text: 'Acting Attorney General Robert Lindell said in a statement: “No one in this country is above the law.”',
    quotes: [{ quote: 'above the law', speaker: 'Robert Lindell' }],
  },
  {
    note: '“…,” X said in a written statement',
    text: '“We regret the distress this has caused to our passengers,” chief executive Hannah Moritz said in a written statement.',
    quotes: [{ quote: 'regret the distress', speaker: 'Hannah Moritz' }],
  },
  {
    note: '“…” X asked',
    text: '“Where has the money gone?” asked opposition leader Viktor Hanna during the debate.',
    quotes: [{ quote: 'Where has the money gone', speaker: 'Viktor Hanna' }],
  },
  {
    note: 'X wrote in a letter',
    text: '“I will not be seeking re-election next year,” Congresswoman Laura Finch wrote in a letter to constituents.',
    quotes: [{ quote: 'not be seeking re-election', speaker: 'Laura Finch' }],
  },
  {
    note: 'subject with a long relative clause before “said:”',
    text: 'Helen Strand, who has run the food bank since 2011 and now feeds 400 families a week, said: “Demand has never been higher.”',
    quotes: [{ quote: 'Demand has never been higher', speaker: 'Helen Strand' }],
  },
  {
    note: 'present tense “says”',
    text: '“Every winter we lose another family to the city,” says Gwen Morgan, who farms sheep near Bala.',
    quotes: [{ quote: 'Every winter we lose', speaker: 'Gwen Morgan' }],
  },
  {
    note: 'X added',
    text: 'Coach Pablo Mendes praised his defence. “They did not give the strikers a single chance,” Mendes added.',
    quotes: [{ quote: 'single chance', speaker: 'Pablo Mendes' }],
  },
  {
    note: 'age apposition',
    text: '“I lost everything in one night,” said Doreen Walsh, 67, whose house burned down in the fire.',
    quotes: [{ quote: 'lost everything in one night', speaker: 'Doreen Walsh' }],
  },
  {
    note: 'party and state in parentheses',
    text: 'Sen. Ted Cruz (R-Texas) told reporters: “This bill will not pass the Senate.”',
    quotes: [{ quote: 'will not pass the Senate', speaker: 'Ted Cruz' }],
  },
  {
    note: 'party and state in parentheses, then an apposition',
    text: 'Rep. Dana Whitfield (D-Ore.), chair of the oversight panel, said the agency was “simply not ready” for the storm season.',
    quotes: [{ quote: 'simply not ready', speaker: 'Dana Whitfield' }],
  },
  {
    note: 'party and state in parentheses, then a relative clause',
    text: 'Sen. Marcus Hale (R-Ind.), who wrote the amendment, called the ruling “a gift to the lobbyists” in a statement on Friday.',
    quotes: [{ quote: 'a gift to the lobbyists', speaker: 'Marcus Hale' }],
  },
  {
    note: 'a parenthetical that is no party label still ends the name (negative: the apposition is no speaker; the agent of "dismissed by … as" is)',
    text: 'The plan (drafted in March), a modest one, was dismissed by critics as “window dressing” on Tuesday.',
    quotes: [{ quote: 'window dressing', speaker: 'critics' }],
  },
  {
    note: 'a possessor before a cue noun is no subject: the verb before it has one',
    text: 'Premier Lucie Fontaine denounced Governor Ray Mills’s remarks as “reckless and cruel” on Friday.',
    quotes: [{ quote: 'reckless and cruel', speaker: 'Lucie Fontaine' }],
  },
  {
    note: 'a possessor before a cue noun and a gerund of the main subject',
    text: 'Campaign spokeswoman Nadia Brooks responded within the hour, calling Senator Hugh Lyle’s charge “pathetic.”',
    quotes: [{ quote: 'pathetic', speaker: 'Nadia Brooks' }],
  },
  {
    note: 'a possessor whose claim holds a “that” clause speaks it',
    text: 'The fact-checkers looked at Senator Hugh Lyle’s claim that there were “thousands of empty homes” in the city.',
    quotes: [{ quote: 'thousands of empty homes', speaker: 'Hugh Lyle' }],
  },
  {
    note: '“’s” for “has” before a participle is still a subject and its cue',
    text: 'Mayor Ruth Alder’s said the budget was “a work of fiction” more than once.',
    quotes: [{ quote: 'a work of fiction', speaker: 'Ruth Alder' }],
  },
  {
    note: 'a possessor after “was” speaks the words before it',
    text: '“The bridge can wait another year,” was all Councillor Edith Marsh’s reply.',
    quotes: [{ quote: 'bridge can wait', speaker: 'Edith Marsh' }],
  },
  {
    note: 'a possessor whose reply “was” what follows speaks it',
    text: 'Councillor Edith Marsh’s reply was short: “The bridge can wait another year.”',
    quotes: [{ quote: 'bridge can wait', speaker: 'Edith Marsh' }],
  },
  {
    note: 'a title-case dateline with its agency is no subject',
    text: 'Lisbon (Reuters) – Prime Minister Rui Tavares defended the budget, saying that “the numbers add up.”',
    quotes: [{ quote: 'the numbers add up', speaker: 'Rui Tavares' }],
  },
  {
    note: 'a participle after the main clause: the subject after an opening phrase, not its first word',
    text: 'Hours later, Mayor Ruth Alder returned the favour, telling the council, “The pier will be finished by May.”',
    quotes: [{ quote: 'pier will be finished', speaker: 'Ruth Alder' }],
  },
  {
    note: 'a participle after a name governed by a preposition: the name is no subject',
    text: 'Mayor Ruth Alder posted a message on Facebook reading “Thank you, Harwich” after the count.',
    quotes: [{ quote: 'Thank you, Harwich', speaker: 'Ruth Alder' }],
  },
  {
    note: 'a participle after a noun that follows a proper noun: "a Facebook comment … saying"',
    text: 'Mayor Ruth Alder posted a Facebook comment of her own, saying, “We are proud of every volunteer.”',
    quotes: [{ quote: 'proud of every volunteer', speaker: 'Ruth Alder' }],
  },
  {
    note: 'a verb no lexicon lists after an auxiliary: “…,” a doctor had typed',
    text: 'The chart listed a “chronic heart problem,” a nurse had typed in the margin.',
    quotes: [{ quote: 'chronic heart problem', speaker: 'a nurse' }],
  },
  {
    note: 'a noun phrase subject ends at a reflexive or an auxiliary, not at the verb after it',
    text: 'The candidate herself took to the airwaves on Wednesday to call the report “a fabrication.”',
    quotes: [{ quote: 'a fabrication', speaker: 'The candidate' }],
  },
  {
    note: 'a reported clause opened by its pronoun holds the fragment: the outer speaker says it',
    text: 'Governor Ana Gomez says she would sit the union leaders down and tell them “no more strikes” before the summer.',
    quotes: [{ quote: 'no more strikes', speaker: 'Ana Gomez' }],
  },
  {
    note: 'age, town and state between commas: the state is no speaker',
    text: 'Cory Banks, 22, of Flint, Mich., who drove all night to the rally, said the senator could still pull off a “surprise.”',
    quotes: [{ quote: 'surprise', speaker: 'Cory Banks' }],
  },
  {
    note: 'a town and its state in an aside between subject and cue',
    text: 'Mayor Ruth Alder, during a town hall in Columbus, Ohio, said the harbour plan was “dead in the water.”',
    quotes: [{ quote: 'dead in the water', speaker: 'Ruth Alder' }],
  },
  {
    note: 'a cue in a relative clause: the antecedent of "who" speaks, not the sentence\'s subject',
    text: 'The council heard from harbour master Ines Calloway, who said the new pier was “a gift to the town.”',
    quotes: [{ quote: 'gift to the town', speaker: 'Ines Calloway' }],
  },
  {
    note: 'a cue in a relative clause after an object: "thanked X, who called the plan “…”"',
    text: 'Mayor Tom Reyes thanked the fishermen’s leader Ana Ruiz, who called the old quota “a slow death for the fleet.”',
    quotes: [{ quote: 'slow death for the fleet', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'a relative clause after the main attribution: the main speaker is the source',
    text: 'Ana Ruiz said the way the council treated fishermen who complained about the quota “would be a scandal anywhere else.”',
    quotes: [{ quote: 'scandal anywhere else', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'a cue word that is a noun after "a" and one word ("a Confederate flag") is no cue',
    text: 'Councillor Tom Reyes sold prints of a Confederate flag at the fair, calling the governor an “ignorant clown.”',
    quotes: [{ quote: 'ignorant clown', speaker: 'Tom Reyes' }],
  },
  {
    note: '"did post on Twitter that …": the place after the cue is no cue of its own',
    text: 'Councillor Tom Reyes did post on Twitter on Friday that his remarks were “sarcasm.”',
    quotes: [{ quote: 'sarcasm', speaker: 'Tom Reyes' }],
  },
  {
    note: 'negative for the noun reading: "a man yelled" keeps its verb',
    text: 'The mayor thanked the crowd at the pier, and a man yelled “Build the bridge!”',
    quotes: [{ quote: 'Build the bridge', speaker: [null, 'a man', 'man'] }],
  },
  {
    note: 'negative for the noun reading: "One tweet said:" keeps its verb',
    text: 'The ferry sank near the pier on Monday. Social media filled with messages.\n\nOne tweet said: “Pray for the crew.”',
    quotes: [{ quote: 'Pray for the crew', speaker: [null, 'One tweet', 'tweet'] }],
  },
  {
    note: '"Another said, “…”": one more of a group just named speaks',
    text: 'Three fishermen spoke at the harbour meeting on Monday. One called the quota unfair. Another said, “We will not survive the winter.”',
    quotes: [{ quote: 'not survive the winter', speaker: ['Another', 'another'] }],
  },
  {
    note: '"Yet another said, “…” …" opening a sentence',
    text: 'Three fishermen spoke at the harbour meeting on Monday. Yet another said, “The quota is a slow death” for the fleet.',
    quotes: [{ quote: 'slow death', speaker: ['another', 'Another', 'Yet another'] }],
  },
  {
    note: 'a quotation without a comma before "said X, an appositive."',
    text: 'The council met on Monday.\n\n“We have waited for months for an answer” said Nick Ferris, a spokesman for the fishermen.',
    quotes: [{ quote: 'waited for months', speaker: 'Nick Ferris' }],
  },
  {
    note: 'a court\'s opinion speaks: "“…” of the case, the unsigned opinion said."',
    text: 'The court sent the case back on Monday.\n\n“The court expresses no view on the merits” of the case, the unsigned opinion said.',
    quotes: [{ quote: 'no view on the merits', speaker: ['the unsigned opinion', 'unsigned opinion'] }],
  },
  {
    note: 'the agent of a passive naming: "was dubbed “…” by critics"',
    text: 'The new bridge opened in March.\n\nThe bridge was dubbed “the road to nowhere” by Councillor Ana Ruiz on Monday.',
    quotes: [{ quote: 'road to nowhere', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'the agent of a passive naming: "has been described as “…” by a professor"',
    text: 'The harbour plan has been described as “a slow-motion disaster” by Joshua Hendrick, a professor at Bala College.',
    quotes: [{ quote: 'slow-motion disaster', speaker: 'Joshua Hendrick' }],
  },
  {
    note: 'the agent of a passive naming before the quotation: "seen by organizers as a “…”"',
    text: 'The meeting will turn to ballot access, an option seen by the organizers as a “lifeboat” for the party.',
    quotes: [{ quote: 'lifeboat', speaker: ['the organizers', 'organizers'] }],
  },
  {
    note: 'the agent of a passive naming in an aside: "The plan, described by X as “…,” was …"',
    text: 'The ferry plan, described by Mayor Ana Ruiz as “a disaster,” was withdrawn on Friday.',
    quotes: [{ quote: 'a disaster', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'a role and the noun of its office: "the former secretary of state said …"',
    text: 'The talks in Geneva ended on Tuesday.\n\nThe envoys left early, and the former secretary of state said the alliance “clearly” needed a new approach.',
    quotes: [{ quote: 'clearly', speaker: ['The former secretary of state', 'former secretary of state'] }],
  },
  {
    note: 'a race\'s front-runner speaks',
    text: 'The talks in Geneva ended on Tuesday.\n\nThe Democratic front-runner said the alliance “clearly” needed a new approach.',
    quotes: [{ quote: 'clearly', speaker: ['The Democratic front-runner', 'Democratic front-runner'] }],
  },
  {
    note: 'a name after a preposition before ", said X" is the object, not the speaker',
    text: 'The vote is set for Friday.\n\n“This will be a challenge” for Mayor Ruiz, said Tom Kunin, a council member.',
    quotes: [{ quote: 'will be a challenge', speaker: 'Tom Kunin' }],
  },
  {
    note: 'a later cue after "and" with a subject of its own belongs to its own clause',
    text: 'Councillor Ana Ruiz accuses the mayor of “hiding the bill” and Mayor Tom Reyes says the budget is sound.',
    quotes: [{ quote: 'hiding the bill', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'a participial passive after a dash: "— often labeled a “…” by critics —"',
    text: 'The inquiry — often labeled a “witch hunt” by the mayor’s allies — ended on Friday.',
    quotes: [{ quote: 'witch hunt', speaker: ['the mayor’s allies', 'mayor’s allies', 'allies'] }],
  },
  {
    note: 'negative for the passive agent: "what he called “a witch hunt” by his rivals" is active',
    text: 'Mayor Tom Reyes spoke on Friday. He denounced what he called “a witch hunt” by his rivals.',
    quotes: [{ quote: 'witch hunt', speaker: 'Tom Reyes' }],
  },
  {
    note: 'news outlets speak: "Multiple outlets reported the service had “…”"',
    text: 'The ferry service was criticised this week.\n\nMultiple outlets reported on Wednesday the service had “more than one warning” about the hull.',
    quotes: [{ quote: 'more than one warning', speaker: ['Multiple outlets', 'outlets'] }],
  },
  {
    note: '“…” and more words, said X, with an apposition however long: the inverted cue later in the sentence',
    text: 'The union voted on Sunday.\n\n“We are extremely pleased” with the outcome, said Rosa Delgado, executive director of the Harbour Workers Alliance, a union that broke away from the federation last year and backed the strike.',
    quotes: [{ quote: 'extremely pleased', speaker: 'Rosa Delgado' }],
  },
  {
    note: 'a fragment, words, and said X, with an apposition of two lines: the inverted cue later in the sentence',
    text: 'The ruling split the court.\n\nAny “honest” reading of the judgment, said Tomas Berg, a professor of constitutional law at the university who has written two books on the court and its history, would find it narrow.',
    quotes: [{ quote: 'honest', speaker: 'Tomas Berg' }],
  },
  {
    note: 'negative: a late inverted cue with a long apposition, past a semicolon, reports its own clause, not the quotation',
    text: 'The court sat late.\n\n“Lock him up” rang out from the gallery; later that night, said Rosa Delgado, a clerk who had worked at the court for twenty years and seen many such nights, the judge went home alone.',
    quotes: [{ quote: 'Lock him up', speaker: null }],
  },
  {
    note: '“…!” X, a party tag, said: after an exclamation, a name with its party and state between commas is the attribution',
    text: 'The convention hall stayed busy past midnight.\n\n"Perpetual motion!" Rep. Dana Cole, R-Ohio, said of the week\'s events.\n\nCole had started the day at a breakfast.',
    quotes: [{ quote: 'Perpetual motion', speaker: 'Dana Cole' }],
  },
  {
    note: '“…?” X said about Y: after a question, a topic after the cue still ends the attribution',
    text: 'The historians were not impressed.\n\n"Why in the world would you run on his record?" Ada Lichter said about the governor\'s campaign. "It makes no sense."',
    quotes: [
      { quote: 'Why in the world', speaker: 'Ada Lichter' },
      { quote: 'makes no sense', speaker: 'Ada Lichter' },
    ],
  },
  {
    note: 'negative: “…?” X said about 20 …: a quantity after "about" opens a clause of X\'s own; X is not who asked (the organisers, or nobody the engine can name)',
    text: 'The hall was half empty by noon.\n\nThe organisers had one question for the room: "Where did everyone go?" Ada Lichter said about 20 people had left before the vote.',
    quotes: [{ quote: 'Where did everyone go', speaker: [null, 'organisers', 'The organisers'] }],
  },
  {
    note: '“…,” a noun and a phrase of place, then the cue: the noun phrase speaks, not a name in the place',
    text: 'The rally ran late into the evening.\n\n"We want a fair deal," a voter in Port Ellis told reporters.\n\n"Lock the gates," a woman in the crowd shouted.\n\n"Nobody listens to us," one farmer from Kettering said.',
    quotes: [
      { quote: 'fair deal', speaker: ['a voter', 'a voter in Port Ellis'] },
      { quote: 'Lock the gates', speaker: ['a woman', 'a woman in the crowd'] },
      { quote: 'Nobody listens', speaker: ['one farmer', 'one farmer from Kettering'] },
    ],
  },
  {
    note: 'negative: a name before its place phrase is the speaker, not the place',
    text: 'The rally ran late into the evening.\n\n"We want a fair deal," Dana Cole of Port Ellis said.',
    quotes: [{ quote: 'fair deal', speaker: 'Dana Cole' }],
  },
  {
    note: 'speakers of the web and the hall: a commenter, a blogger, a heckler, a staffer, the moderator',
    text: 'The forum was posted online on Friday.\n\nAnother commenter wrote, “This is the worst plan the council has had in years.”\n\n"Will he be the next harbour master?" a staffer in the room wondered.\n\nThe moderator said the mayor had not answered the question.\n\n“Go home!” a heckler shouted from the back.',
    quotes: [
      { quote: 'worst plan', speaker: ['Another commenter', 'commenter'] },
      { quote: 'next harbour master', speaker: ['a staffer', 'staffer', 'a staffer in the room'] },
      { quote: 'not answered the question', speaker: ['The moderator', 'moderator'] },
      { quote: 'Go home', speaker: ['a heckler', 'heckler'] },
    ],
  },
  {
    note: 'a date written with a slash before a role and a name: "said 9/11 widow Terry Strand"',
    text: 'The bill passed the Senate on Wednesday.\n\n“They are wrong, all of them,” said 9/11 widow Terry Strand.\n\n“We will not stop,” 7/7 survivor Ama Reyes said.',
    quotes: [
      { quote: 'all of them', speaker: 'Terry Strand' },
      { quote: 'will not stop', speaker: 'Ama Reyes' },
    ],
  },
  {
    note: 'people and a participle\'s phrase before the cue and the quotation: "Protesters marching through the streets chanted “…”"',
    text: 'The curfew began at ten.\n\nProtesters marching through the old town chanted “Whose streets? Our streets!” until midnight.\n\nStudents waving flags shouted: “Not in our name.”',
    quotes: [
      { quote: 'Whose streets', speaker: 'Protesters' },
      { quote: 'Not in our name', speaker: 'Students' },
    ],
  },
  {
    note: 'said X and a participle with its object: the participle\'s phrase is no part of the speaker',
    text: 'The door opened at last.\n\n“Sit down,” said the clerk holding the door open.\n\n“I will not,” cried the visitor shaking his head.',
    quotes: [
      { quote: 'Sit down', speaker: ['the clerk', 'clerk'] },
      { quote: 'I will not', speaker: ['the visitor', 'visitor'] },
    ],
  },
  {
    note: 'negative: an -ing noun at the end of the phrase stays in it ("the dying man", "a court filing")',
    text: 'The hearing went on.\n\n“Let me speak,” said the dying man.\n\n“The terms were never met,” a court filing says.',
    quotes: [
      { quote: 'Let me speak', speaker: ['the dying man', 'dying man'] },
      { quote: 'terms were never met', speaker: ['a court filing', 'court filing'] },
    ],
  },
  {
    note: 'a possessor with its determiner, then a verb no list holds: "“…,” the museum’s director verbalizes, “…”"',
    text: 'The museum will reopen in May.\n\n“We are nearly ready,” the museum’s director verbalizes, “and not a day later.”',
    quotes: [
      { quote: 'nearly ready', speaker: ['the museum’s director', 'museum’s director'] },
      { quote: 'not a day later', speaker: ['the museum’s director', 'museum’s director'] },
    ],
  },
  {
    note: 'a listed participle inside an opening noun phrase is no cue; the verb no list holds after the subject is',
    text: 'The race tightened in the autumn.\n\nIn a long message posted Friday, Ruth Alder expounded she had “serious doubts” about the plan.',
    quotes: [{ quote: 'serious doubts', speaker: 'Ruth Alder' }],
  },
  {
    note: 'negative: a noun phrase and a listed verb with its own clause stay the attribution',
    text: 'The race tightened in the autumn.\n\nThe campaign posted Friday that the plan had “serious flaws.”',
    quotes: [{ quote: 'serious flaws', speaker: ['The campaign', 'campaign'] }],
  },
  {
    note: '"a major reason" is a noun, no cue: the verb no list holds after the subject reports the fragment',
    text: 'The team lost again on Sunday.\n\nWhile the rain was a major reason the game was stopped, coach Ama Reyes also spotlighted several “errors” that cost them the match.',
    quotes: [{ quote: 'errors', speaker: 'Ama Reyes' }],
  },
  {
    note: '"footage of X asking, “…”": the person recorded says it, not the footage, nor the ad that uses it',
    text: 'The new ad ran on Friday.\n\nThe spot uses footage of Ruth Alder asking, “Why are we not ahead by fifty points?”',
    quotes: [{ quote: 'fifty points', speaker: 'Ruth Alder' }],
  },
  {
    note: 'negative: the object of another preposition before a participle is not its subject',
    text: 'The campaign went quiet.\n\nIt posted a message on Twitter reading “Vote early.”',
    quotes: [{ quote: 'Vote early', speaker: [null, 'It', 'The campaign', 'campaign'] }],
  },
  {
    note: '“…,” when/while X said …: a subordinate clause after the quotation is no attribution',
    text: 'The poll came out on Sunday.\n\nOnly 52 percent of voters agreed that the mayor is in “good enough health to serve,” while 73 percent said the same of her rival.\n\nThe spot ends with footage of Tom Reyes saying during the debate, “That makes me smart,” when Ruth Alder blasted him for not paying tax.',
    quotes: [
      { quote: 'good enough health', speaker: ['Only 52 percent of voters', '52 percent of voters'] },
      { quote: 'makes me smart', speaker: 'Tom Reyes' },
    ],
  },
  {
    note: '“…,” but X said …: a clause opened by "but" after the quotation is no attribution',
    text: 'The council met on Tuesday.\n\nHarbour master Sunil Rao called the new timetable “a recipe for delays,” but Mayor Ines Varga said the ferries would keep to it.',
    quotes: [{ quote: 'recipe for delays', speaker: 'Sunil Rao' }],
  },
  {
    note: '“…,” an official who asked not to be named said: the cue inside the relative clause ("asked") is not the attribution',
    text: 'The council met on Tuesday.\n\n“The timetable is a recipe for delays,” a harbour official who asked not to be named said on Tuesday.',
    quotes: [{ quote: 'recipe for delays', speaker: ['a harbour official who asked not to be named', 'harbour official', 'a harbour official'] }],
  },
  {
    note: '“…,” NP who … said: the noun phrase a relative clause runs on from, past the cue inside the relative clause',
    text: 'The board met on Tuesday.\n\n“We will sue the ferry company,” a lawyer who represents the families said.',
    quotes: [{ quote: 'sue the ferry company', speaker: ['a lawyer', 'lawyer'] }],
  },
  {
    note: '“….” said X: a full stop inside the mark, then the sentence goes on in lower case (old books)',
    text: 'Ellen sat down beside the window.\n\n"I wish you would not crowd me so." said the Dormouse, who was sitting next to her. "I can hardly breathe."',
    quotes: [
      { quote: 'crowd me so', speaker: ['Dormouse', 'the Dormouse'] },
      { quote: 'hardly breathe', speaker: ['Dormouse', 'the Dormouse'] },
    ],
  },
  {
    note: 'negative: “….” and a new sentence in capitals is no attribution',
    text: 'Ellen sat down beside the window.\n\n"I wish you would not crowd me so." Said nothing more, the Dormouse slept.',
    quotes: [{ quote: 'crowd me so', speaker: [null, 'Ellen'] }],
  },
  {
    note: '“…,” said poor X / cried little X: an epithet before the name, as books write it',
    text: 'Ellen Price and her brother Tom walked to the pier in the rain.\n\n“How cold it is,” said poor Ellen.\n\n“We shall be home soon,” cried little Tom.',
    quotes: [
      { quote: 'How cold it is', speaker: ['Ellen Price', 'Ellen'] },
      { quote: 'home soon', speaker: ['Tom', 'Tom Price'] },
    ],
  },
  {
    note: 'negative: the epithet before a noun, not a name, leaves the noun phrase as it was',
    text: 'Ellen Price walked to the pier in the rain.\n\n“Never,” said the poor girl.',
    quotes: [{ quote: 'Never', speaker: ['the poor girl', 'poor girl', 'Ellen Price'] }],
  },
  {
    note: 'a cue inside an opening subordinate clause is not the outer speaker of the main clause after its comma or dash',
    text: 'The debate turned to taxes.\n\nWhen Ruth Alder noted that Tom Reyes had paid no tax for years, Reyes boasted, “That makes me smart.”\n\nWhen Alder noted that Reyes had not paid a contractor ― as court papers show ― Reyes shrugged and said, “They did a bad job.”',
    quotes: [
      { quote: 'makes me smart', speaker: 'Tom Reyes' },
      { quote: 'did a bad job', speaker: 'Tom Reyes' },
    ],
  },
  {
    note: 'negative: the outer speaker of a "that" clause with no opening subordinator stays the source',
    text: 'The debate turned to taxes.\n\nTom Reyes said that Ruth Alder once described the budget as “a work of fiction.”',
    quotes: [{ quote: 'work of fiction', speaker: 'Tom Reyes' }],
  },
  {
    note: 'a relative "who in 2019 said …" past its year, its antecedent past "now the …": the name it describes',
    text: 'The harbour board met on Monday.\n\nMayor Reyes has long clashed with Alder, now the board chairwoman, who in 2019 said the city’s only goal was to make Reyes “a one-term mayor.”',
    quotes: [{ quote: 'one-term mayor', speaker: ['Alder', 'Ruth Alder'] }],
  },
  {
    note: 'negative: "in" before a noun phrase, not a year, is no time to skip: the relative has no subject to give',
    text: 'The harbour board met on Monday.\n\nThe crews thanked the mayor, who in the end said nothing, and a skipper called the plan “a long time coming.”',
    quotes: [{ quote: 'long time coming', speaker: [null, 'a skipper', 'skipper'] }],
  },
  {
    note: 'an act the lexicon does not list, after the sentence’s last cue, has its own subject: “… after she attacked … and blamed … on “…””',
    text: 'The council met on Tuesday.\n\nMayor Tom Reyes described councillor Ruth Alder as a “disgrace” after she attacked harbour police officers nationwide and blamed ferry delays on “lazy crews” against the rules.\n\nLater Reyes spoke again after Alder praised the “brave new rules” of the port.',
    quotes: [
      { quote: 'disgrace', speaker: 'Tom Reyes' },
      { quote: 'lazy crews', speaker: 'Ruth Alder' },
      { quote: 'brave new rules', speaker: 'Ruth Alder' },
    ],
  },
  {
    note: 'negative: an act’s noun after a place with its article ("the Dunmore attack") is no speaker',
    text: 'The council met on Tuesday.\n\nMayor Tom Reyes said that after the Dunmore attack the harbour had become “dangerous” for crews.',
    quotes: [{ quote: 'dangerous', speaker: 'Tom Reyes' }],
  },
  {
    note: 'negative: "though," with its comma is an adverb, and the attribution goes on after it',
    text: 'The actor spoke to a radio show.\n\nAcknowledging that the mogul “says a lot of silly things,” though, Allen Price did suggest that his money gives him an edge.',
    quotes: [{ quote: 'silly things', speaker: 'Allen Price' }],
  },
  {
    note: 'a person is not the body, show or day that carries their name ("the Eric Cole Foundation", "The Rita Moss Show")',
    text: 'The Eric Cole Foundation gave $2 million to the harbour fund, and Cole appeared on The Rita Moss Show on Monday.\n\n“We give where it matters,” Cole said.\n\n“That is generous,” Moss said.',
    quotes: [
      { quote: 'where it matters', speaker: ['Eric Cole', 'Cole'] },
      { quote: 'That is generous', speaker: ['Rita Moss', 'Moss'] },
    ],
  },
  {
    note: 'negative: a body\'s short name is the body ("Peabody" for "Peabody Energy"), and a given name "Bill" is no bill',
    text: 'Peabody Energy filed for bankruptcy, and Bill Clinton spoke in Ohio.\n\n“We will restructure,” Peabody said in a statement.\n\n“Coal country deserves better,” Clinton said.',
    quotes: [
      { quote: 'restructure', speaker: ['Peabody Energy', 'Peabody'] },
      { quote: 'Coal country', speaker: 'Bill Clinton' },
    ],
  },
  {
    note: 'a long opening with "With …," before the subject and a colon: the person who opens the main clause',
    text: 'The vote is close.\n\nWith party leaders increasingly worried about a lack of passion for Ruth Alder among young voters in the east, Mayor Tom Reyes is rolling out a new and more personal message: "It is about me."',
    quotes: [{ quote: 'It is about me', speaker: 'Tom Reyes' }],
  },
  {
    note: 'a nickname in quotation marks inside the name of the attribution does not cut it off',
    text: 'The premiere was on Friday.\n\n“I am ready for this,” Dwayne “The Rock” Jordan said on the red carpet.',
    quotes: [{ quote: 'ready for this', speaker: ['Dwayne Jordan', 'Jordan', 'Dwayne “The Rock” Jordan'] }],
  },
  {
    note: 'a verb of naming right before a fragment keeps it from a cue later in the sentence',
    text: 'The lawsuit over what former workers have called a “fraudulent scheme” took a turn on Monday when Mayor Tom Reyes said the city would settle.',
    quotes: [{ quote: 'fraudulent scheme', speaker: ['former workers', 'workers'] }],
  },
  {
    note: 'a possessor with a title before "campaign", and an aside before the cue',
    text: 'The vote is set for Friday.\n\nNew Hampshire Sen. Ruth Alder’s campaign, for example, said she would “support the nominee.”',
    quotes: [{ quote: 'support the nominee', speaker: ['Ruth Alder’s campaign', 'New Hampshire Sen. Ruth Alder’s campaign'] }],
  },
  {
    note: 'a relative clause with a time phrase: "who has in the past described X as “…”"',
    text: 'Talk show host Glenn Beck, who has in the past described the mayor as “a danger to the harbour,” spoke on Monday.',
    quotes: [{ quote: 'danger to the harbour', speaker: 'Glenn Beck' }],
  },
  {
    note: 'an inner cue whose subject opens the clause right after the outer cue: the outer speaker is the source',
    text: 'The vote is set for Friday.\n\nHarbour master Sunil Rao said the recent run of harbour fires and protests demands that the council engage in “more listening.”',
    quotes: [{ quote: 'more listening', speaker: 'Sunil Rao' }],
  },
  {
    note: 'the same with a verb no lexicon lists: a verb in the present before "that" shows the clause it reports',
    text: 'The vote is set for Friday.\n\nHarbour master Sunil Rao recited the recent run of harbour fires and protests demands that the council engage in “more listening.”',
    quotes: [{ quote: 'more listening', speaker: 'Sunil Rao' }],
  },
  {
    note: 'negative for the nearest guess: a name before "as" is an object, not a subject',
    text: 'The vote is set for Friday.\n\nSenator Ruth Alder (D-Ind.), in particular, has been pounding Mayor Tom Reyes as “a con artist who sold the harbour” since May.',
    quotes: [{ quote: 'con artist who sold', speaker: [null, 'Ruth Alder'] }],
  },
  {
    note: 'the speaker is the one who said it, not the person spoken of',
    text: 'The rivals Carlos Ruiz and Ana Gomez met at the debate. “She is simply not telling the truth,” Ruiz said of Gomez.',
    quotes: [{ quote: 'simply not telling the truth', speaker: 'Carlos Ruiz' }],
  },
  {
    note: 'X told Y, both named',
    text: 'Lawyer Paul Carter and Judge Irene Jenkins clashed in court. “Ask the witness yourself,” Carter told Jenkins.',
    quotes: [{ quote: 'Ask the witness yourself', speaker: 'Paul Carter' }],
  },
  {
    note: 'two speakers in one paragraph',
    text: '“Sell the shares now,” said analyst Priya Nair. “Hold them for a year,” said her colleague Tom Aldous.',
    quotes: [
      { quote: 'Sell the shares now', speaker: 'Priya Nair' },
      { quote: 'Hold them for a year', speaker: 'Tom Aldous' },
    ],
  },
  {
    note: 'said the TITLE, NAME',
    text: '“The agency will not be intimidated,” said the head of the agency, Rosa Lind.',
    quotes: [{ quote: 'will not be intimidated', speaker: 'Rosa Lind' }],
  },
  {
    note: 'the spokesman of a named person is the speaker, not that person',
    text: 'Kremlin spokesman Dmitry Peskov spoke after President Vladimir Putin’s call with the Turkish leader. “The conversation was constructive,” Peskov said.',
    quotes: [{ quote: 'conversation was constructive', speaker: 'Dmitry Peskov' }],
  },
  {
    note: 'an unnamed spokesman of a named person is not that person',
    text: 'Mayor Kate Ellis did not attend the hearing. “The mayor has nothing to add at this time,” her spokesman said.',
    quotes: [{ quote: 'nothing to add', speaker: [null, 'her spokesman', 'spokesman'] }],
  },
  {
    note: 'anonymous source',
    text: '“The talks are dead, and everyone in the room knows it,” one senior diplomat said on condition of anonymity.',
    quotes: [{ quote: 'talks are dead', speaker: [null, 'one senior diplomat', 'senior diplomat'] }],
  },

  // ── transcripts ────────────────────────────────────────────────────────
  {
    note: 'transcript turns NAME: …',
    text:
      'Wolf Blitzer interviewed Senator Tim Kaine on Tuesday. A transcript follows.\n\n' +
      'BLITZER: Senator, will you vote for the bill?\n\n' +
      'KAINE: Wolf, I have real concerns about the way it is funded.',
    quotes: [
      { quote: 'will you vote for the bill', speaker: 'Wolf Blitzer' },
      { quote: 'I have real concerns', speaker: 'Tim Kaine' },
    ],
  },
  {
    note: 'transcript turn with a title in the label',
    text:
      'Excerpts from the hearing:\n\n' +
      'SEN. MARGARET COLE: Did you read the memo before the launch?\n\n' +
      'ADMIRAL JAMES HOLT: I did not, senator.',
    quotes: [
      { quote: 'Did you read the memo', speaker: 'Margaret Cole' },
      { quote: 'I did not, senator', speaker: 'James Holt' },
    ],
  },

  // ── pronouns ───────────────────────────────────────────────────────────
  {
    note: 'she: two people of different genders',
    text: 'Maria Santos met Tom Becker in Lisbon on Friday. “We disagree on almost everything,” she said.',
    quotes: [{ quote: 'disagree on almost everything', speaker: 'Maria Santos' }],
  },
  {
    note: 'he: two people of different genders',
    text: 'Maria Santos met Tom Becker in Lisbon on Friday. “She is a tough negotiator,” he said.',
    quotes: [{ quote: 'tough negotiator', speaker: 'Tom Becker' }],
  },
  {
    note: 'he: the most recent man named',
    text: 'Defence Secretary Alan Cross met Interior Minister Pavel Novak. Novak later briefed reporters at the border post. “The border is secure,” he said.',
    quotes: [{ quote: 'border is secure', speaker: 'Pavel Novak' }],
  },
  {
    note: 'she: skips a company named after her',
    text: 'Jana Holub, the chief executive of Vistra Energy, defended the merger. Vistra Energy has lost money for three years. “We had no other option,” she said.',
    quotes: [{ quote: 'no other option', speaker: 'Jana Holub' }],
  },
  {
    note: 'he: skips a woman named in between',
    text: 'Police Chief Omar Grant said the suspect had fled on foot. His deputy, Lisa Tran, was still at the scene. “We will find him,” he said.',
    quotes: [{ quote: 'We will find him', speaker: 'Omar Grant' }],
  },
  {
    note: 'he: across a paragraph break',
    text: 'Mayor Colin Reyes spent the morning on the flooded estate.\n\n“I have never seen the water this high,” he said.',
    quotes: [{ quote: 'never seen the water this high', speaker: 'Colin Reyes' }],
  },
  {
    note: 'she: the woman is the object of the earlier sentence',
    text: 'The committee questioned Dr. Elena Marsh for three hours. “I stand by every word of my report,” she said.',
    quotes: [{ quote: 'stand by every word', speaker: 'Elena Marsh' }],
  },
  {
    note: 'he with nobody named: null',
    text: '“We will appeal this ruling all the way,” he said outside the court.',
    quotes: [{ quote: 'appeal this ruling', speaker: null }],
  },
  {
    note: 'she when only men are named: null',
    text: 'The court heard from Tom Ellis and Mark Dunn on Monday. “It was too dark to see anything,” she said.',
    quotes: [{ quote: 'too dark to see', speaker: null }],
  },
  {
    note: 'she after Ms. with a full name earlier',
    text: 'Rebecca Olsen founded the charity in 2009. Ms. Olsen now runs it from her kitchen. “We have never taken a cent from the government,” she said.',
    quotes: [{ quote: 'never taken a cent', speaker: 'Rebecca Olsen' }],
  },

  {
    note: 'a pronoun skips a name made of English words only, whose gender nothing tells (a firm)',
    text: 'Governor Ngozi Adeyemi spoke after a briefing by Blue Harbour Strategies on Monday. “We need a better plan,” she said.',
    quotes: [{ quote: 'We need a better plan', speaker: 'Ngozi Adeyemi' }],
  },

  {
    note: 'she: a given name alone, with no fuller name in the text, that the text has speak',
    text: 'Alice sat by the river. Alice said nothing for an hour.\n\nThen the rain came. “What is the use of a book without pictures?” she said to herself.',
    quotes: [{ quote: 'What is the use of a book', speaker: 'Alice' }],
  },
  {
    note: 'he: a lone place name is no person (a negative)',
    text: 'Iowa voted on Monday and the turnout was high. “It was a long night,” he said.',
    quotes: [{ quote: 'It was a long night', speaker: null }],
  },

  {
    note: 'a name inside the quotation is no antecedent for the pronoun of its attribution',
    text: 'Coach Tom Reyes stood up at the end of the meeting. “I spoke to Sam Ortiz this morning and he will stay,” he said.',
    quotes: [{ quote: 'spoke to Sam Ortiz', speaker: 'Tom Reyes' }],
  },
  {
    note: 'a name inside a quotation is no antecedent in dialogue either',
    text: 'Mrs. Ada Sowerby sank into a chair.\n\n“Oh! Charlotte, fetch the water,” she cried.\n\n“Yes, ma’am,” said Charlotte.',
    quotes: [
      { quote: 'fetch the water', speaker: 'Ada Sowerby' },
      { quote: 'Yes, ma’am', speaker: 'Charlotte' },
    ],
  },

  {
    note: 'a name whose gender no list knows takes it from the pronouns after it ("Quarn Veltis smoothed her skirt")',
    text: 'Joss Varga lifted his hat. Quarn Veltis smoothed her skirt on the bench. Quarn Veltis crossed her arms and waited. “We sail at dawn,” he said.',
    quotes: [{ quote: 'We sail at dawn', speaker: 'Joss Varga' }],
  },

  {
    note: 'a shared surname does not give a wife her husband\'s gender',
    text: 'Keith Scott was sitting in his car. Scott had his hands on the wheel, and Scott kept his eyes on the road. Rania Scott can be heard yelling that her husband was unarmed.\n\n“Don’t shoot him,” she says.',
    quotes: [{ quote: 'Don’t shoot him', speaker: 'Rania Scott' }],
  },

  // ── surnames and partial names → the full name introduced earlier ──────
  {
    note: 'Putin → Vladimir Putin',
    text: 'Russian President Vladimir Putin spoke at the economic forum. “The sanctions have failed,” Putin said.',
    quotes: [{ quote: 'sanctions have failed', speaker: 'Vladimir Putin' }],
  },
  {
    note: 'Xi → Xi Jinping',
    text: 'Xi Jinping received the delegation in Beijing. “Cooperation is the only way forward,” Xi said.',
    quotes: [{ quote: 'only way forward', speaker: 'Xi Jinping' }],
  },
  {
    note: 'Mrs. Clinton → Hillary Clinton (Bill Clinton also named)',
    text: 'Hillary Clinton and her husband, Bill Clinton, campaigned in Iowa on Monday. “We need to raise wages,” Mrs. Clinton said.',
    quotes: [{ quote: 'raise wages', speaker: 'Hillary Clinton' }],
  },
  {
    note: 'Mr. Clinton → Bill Clinton (Hillary Clinton also named)',
    text: 'Hillary Clinton and her husband, Bill Clinton, campaigned in Iowa on Monday. “She is the most qualified candidate I have ever seen,” Mr. Clinton said.',
    quotes: [{ quote: 'most qualified candidate', speaker: 'Bill Clinton' }],
  },
  {
    note: 'Lula → Luiz Inácio Lula da Silva',
    text: 'Brazilian President Luiz Inácio Lula da Silva arrived in Rome on Sunday. “The Amazon is not for sale,” Lula said.',
    quotes: [{ quote: 'Amazon is not for sale', speaker: 'Luiz Inácio Lula da Silva' }],
  },
  {
    note: 'von der Leyen → Ursula von der Leyen',
    text: 'Ursula von der Leyen addressed the European Parliament in Strasbourg. “Europe will not blink,” von der Leyen said.',
    quotes: [{ quote: 'Europe will not blink', speaker: 'Ursula von der Leyen' }],
  },
  {
    note: 'Erdoğan → Recep Tayyip Erdoğan',
    text: 'Turkish President Recep Tayyip Erdoğan hosted the talks. “Nobody can ignore Turkey,” Erdoğan said.',
    quotes: [{ quote: 'Nobody can ignore Turkey', speaker: 'Recep Tayyip Erdoğan' }],
  },
  {
    note: 'López Obrador → Andrés Manuel López Obrador',
    text: 'Mexican President Andrés Manuel López Obrador held his morning press conference. “We will not pay for any wall,” López Obrador said.',
    quotes: [{ quote: 'not pay for any wall', speaker: 'Andrés Manuel López Obrador' }],
  },
  {
    note: 'Dr. Fauci → Anthony Fauci',
    text: 'Anthony Fauci testified before the committee on Tuesday. “The data are very clear,” Dr. Fauci said.',
    quotes: [{ quote: 'data are very clear', speaker: 'Anthony Fauci' }],
  },
  {
    note: 'Gov. Newsom → Gavin Newsom',
    text: 'California Governor Gavin Newsom toured the burn area. “This is the new normal,” Gov. Newsom said.',
    quotes: [{ quote: 'new normal', speaker: 'Gavin Newsom' }],
  },
  {
    note: 'Ms. Park → Seo-yeon Park, not her husband Min-jun Park',
    text: 'Seo-yeon Park and her husband, Min-jun Park, have run the shop since 1998. “We never closed, not even during the pandemic,” Ms. Park said.',
    quotes: [{ quote: 'never closed', speaker: 'Seo-yeon Park' }],
  },
  {
    note: 'Mr. Trump’s possessive → Donald Trump',
    known: true,
    text: 'Donald Trump held a rally in Ohio on Saturday. In Mr. Trump’s words, the economy was “the best in the history of our country.”',
    quotes: [{ quote: 'best in the history', speaker: 'Donald Trump' }],
  },
  {
    note: 'surname first, full name only later in the article',
    text: '“We built this company in a garage,” Lindgren said.\n\nErik Lindgren, 52, founded the firm with his brother in 1994.',
    quotes: [{ quote: 'built this company in a garage', speaker: 'Erik Lindgren' }],
  },
  {
    note: 'a surname shared with a company is still the person',
    text: 'Richard Branson flew to the launch site. “This is the start of a new industry,” Branson said.',
    quotes: [{ quote: 'start of a new industry', speaker: 'Richard Branson' }],
  },

  // ── names in a title-case headline, and names before a possessive ──────
  {
    note: 'a headline’s verb and nouns are no part of the name it gives ("Slams Port Deal")',
    text: 'Mayor Dana Whitfield Slams Port Deal As Council Vote Nears\n\nThe mayor criticised the agreement on Tuesday. “This deal sells the harbour short,” Whitfield said.',
    quotes: [{ quote: 'This deal sells the harbour short', speaker: 'Dana Whitfield' }],
  },
  {
    note: 'a full name given only in the headline still names the speaker',
    text: 'Tomas Ferreira Wins Harbour Race In Record Time\n\n“I trained all winter for this,” Ferreira said after crossing the line.',
    quotes: [{ quote: 'I trained all winter', speaker: 'Tomas Ferreira' }],
  },
  {
    note: 'a headline’s contraction and adverb are no part of a name ("Isn’t Too Impressed")',
    text: 'Senator Ruth Abiodun Isn’t Too Impressed By The Budget\n\n“It does nothing for rural schools,” Abiodun said on Friday.',
    quotes: [{ quote: 'It does nothing for rural schools', speaker: 'Ruth Abiodun' }],
  },
  {
    note: 'a capitalised word that the body also capitalises stays in the name (a negative)',
    text: 'Harbour Master Ines Calloway Retires\n\nInes Calloway, who ran Port Harbour for 20 years, is leaving. “The harbour was my life,” Calloway said.',
    quotes: [{ quote: 'The harbour was my life', speaker: 'Ines Calloway' }],
  },
  {
    note: 'a possessive ends the name: “Lars Okafor’s RT appearance”',
    text: 'Vice President Lars Okafor’s RT appearance drew criticism on Sunday.\n\n“I said nothing new,” Okafor told reporters.',
    quotes: [{ quote: 'I said nothing new', speaker: 'Lars Okafor' }],
  },
  {
    note: 'a possessive ends the name before a title: “Kim Sato’s Press Secretary Jo Hale”',
    text: 'Governor Kim Sato’s Press Secretary Jo Hale defended the plan. “We have the votes,” Hale said.',
    quotes: [{ quote: 'We have the votes', speaker: 'Jo Hale' }],
  },
  {
    note: 'an English word that opens a sentence, and that the text writes in lower case too, is no part of the name after it ("Poor Calloway")',
    text: 'Ines Calloway lost the vote in the poor districts on Tuesday. Poor Calloway had campaigned for a year. “I gave it everything,” Calloway said.',
    quotes: [{ quote: 'I gave it everything', speaker: 'Ines Calloway' }],
  },
  {
    note: 'a first name that is also an English word stays where the text capitalises it mid-sentence (a negative)',
    text: 'Bay Lindqvist won the seat on Sunday. Voters backed Bay Lindqvist by a wide margin. “Thank you all,” Lindqvist said.',
    quotes: [{ quote: 'Thank you all', speaker: 'Bay Lindqvist' }],
  },

  // ── role nouns → the person who holds the role ─────────────────────────
  {
    note: 'the spokesman → the named spokesman',
    text: 'The company’s spokesman, Daniel Ortiz, declined to give sales figures. “We do not comment on rumours,” the spokesman said.',
    quotes: [{ quote: 'do not comment on rumours', speaker: 'Daniel Ortiz' }],
  },
  {
    note: 'the minister → the named minister',
    text: 'Finance Minister Helga Brandt presented the budget to parliament. “This is a budget for growth,” the minister said.',
    quotes: [{ quote: 'budget for growth', speaker: 'Helga Brandt' }],
  },
  {
    note: 'the chief → the police chief, not the mayor',
    text: 'Mayor Ana Ruiz and Police Chief Bill Hart visited the scene. “Our officers acted by the book,” the chief said.',
    quotes: [{ quote: 'acted by the book', speaker: 'Bill Hart' }],
  },
  {
    note: 'the president → the named president',
    text: 'French President Emmanuel Macron met farmers in Brittany. “I have heard your anger,” the president said.',
    quotes: [{ quote: 'heard your anger', speaker: 'Emmanuel Macron' }],
  },
  {
    note: 'the senator → the named senator',
    text: 'Senator Ray Dixon voted against the package. “It spends money we do not have,” the senator said.',
    quotes: [{ quote: 'spends money we do not have', speaker: 'Ray Dixon' }],
  },
  {
    note: 'the 45-year-old → the player introduced with her age',
    text: 'Marta Kovac, 45, won her first title in a decade. “I will be back next year,” the 45-year-old said.',
    quotes: [{ quote: 'back next year', speaker: 'Marta Kovac' }],
  },

  {
    note: 'a role “of” a place with no name after it is the speaker, not the place ("of Harwich")',
    text: 'The mayor of Harwich said on Tuesday that the agreement “sells the harbour short.”',
    quotes: [{ quote: 'sells the harbour short', speaker: 'mayor of Harwich' }],
  },

  {
    note: 'a role “of” an organisation is the speaker, not the organisation',
    text: 'The chief executive of Nordea Bank said that profits would fall sharply next year.',
    quotes: [{ quote: 'profits would fall sharply', speaker: 'chief executive of Nordea Bank' }],
  },

  {
    note: '“that” before a determiner opens a clause, not a speaker: “…,” adding that its shares …',
    text: 'In a statement, Harlow Mining said: “The mine was profitable for a decade,” adding that its shares had tripled in value.',
    quotes: [{ quote: 'The mine was profitable', speaker: 'Harlow Mining' }],
  },
  {
    note: 'a body named by a common noun speaks as “the company” does: “the commission said, “…””',
    text: 'The harbour vote was delayed. The commission said, “This would be helpful in avoiding uncertainty.”',
    quotes: [{ quote: 'helpful in avoiding uncertainty', speaker: 'commission' }],
  },
  {
    note: 'a parenthetical attribution by a body before a fragment: “That, the panel said, “would …””',
    text: 'The harbour board asked for a ruling on the fares. That, the panel said, “would settle the matter for years.”',
    quotes: [{ quote: 'settle the matter for years', speaker: 'panel' }],
  },
  {
    note: 'negative: a body’s noun as a modifier is no speaker (“the panel discussion”)',
    text: 'The panel discussion was “a disaster from start to finish,” Tomas Berg said on Monday.',
    quotes: [{ quote: 'a disaster from start to finish', speaker: 'Tomas Berg' }],
  },
  {
    note: 'a title in marks inside the apposition does not end the attribution: “…,” Anna Ruiz, host of “Harbour Talk,” said',
    text: '“We will win the vote,” Anna Ruiz, host of “Harbour Talk,” said on Monday.',
    quotes: [{ quote: 'We will win the vote', speaker: 'Anna Ruiz', speakerTitle: 'host of “Harbour Talk”' }],
  },
  {
    note: 'a name in marks inside the apposition, past its comma: “…,” Bill Eastland, wearing “Ted Cruz” pins, said',
    text: '“We have had better conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said as he walked out.',
    quotes: [{ quote: 'better conventions', speaker: 'Bill Eastland' }],
  },
  {
    note: 'negative: a quotation after the next comma is no title in the attribution (“…,” Ruiz said, “…”)',
    text: '“We will win the vote,” Anna Ruiz, the harbour master, said. “Then we rebuild the pier.”',
    quotes: [{ quote: 'We will win the vote', speaker: 'Anna Ruiz' }, { quote: 'Then we rebuild the pier', speaker: 'Anna Ruiz' }],
  },
  {
    note: 'a lone capitalised word the article names nowhere else is the subject before a verb of finding and “that”',
    text: 'Ferry fares are a popular topic with commuters. In 2014, Gallup found that “about twice as many riders wanted lower fares as faster boats.”',
    quotes: [{ quote: 'about twice as many riders', speaker: 'Gallup' }],
  },
  {
    note: 'negative: a participle that opens the sentence before “found that” is no name (“Having found that …”)',
    text: 'Ferry fares are a popular topic. Having found that “the boats were always late,” the board cut the fares.',
    quotes: [{ quote: 'the boats were always late', speaker: ['board', null] }],
  },
  {
    note: '“state” before a title is no inverted cue, and “Del.” is a delegate’s title, not a given name: “…!” state Del. Ana Ruiz shouted',
    text: '“This is a big year for the harbour!” state Del. Ana Ruiz shouted to the crowd.',
    quotes: [{ quote: 'a big year for the harbour', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'negative: “said state officials” keeps “said” as its cue and the officials as its speaker',
    text: '“The pier will reopen in June,” said state officials on Monday.',
    quotes: [{ quote: 'The pier will reopen in June', speaker: 'state officials' }],
  },
  {
    note: 'after “!”, a possessive name and the person it owns attribute the quotation (“…!” Scott’s wife said.)',
    text: 'The crowd cheered on the pier. "We will win!" Tomas Berg\'s wife said.',
    quotes: [{ quote: 'We will win', speaker: ['Tomas Berg\'s wife', 'wife'] }],
  },
  {
    note: 'after “!”, the owned person’s name in apposition (“…!” Berg’s niece, Ana Ruiz, said.)',
    text: 'The crowd cheered on the pier. "We will win!" Tomas Berg\'s niece, Ana Ruiz, said.',
    quotes: [{ quote: 'We will win', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'negative: a clause that opens with “Although” after “!” is no attribution of the quotation',
    text: 'The crowd cheered on the pier. "We will win!" Although Berg\'s aide said so, nobody believed it.',
    quotes: [{ quote: 'We will win', speaker: null }],
  },
  {
    note: 'words before a name’s own title run on into it: “former Sen.”, not “former”',
    text: '“The pier must stay open,” said former Sen. Ana Ruiz, who chaired the harbour committee.',
    quotes: [{ quote: 'The pier must stay open', speaker: 'Ana Ruiz', speakerTitle: 'former Sen.' }],
  },
  {
    note: 'a role written before the name without a title of its own keeps its words (“campaign manager”)',
    text: '“The pier must stay open,” campaign manager Ana Ruiz said on Monday.',
    quotes: [{ quote: 'The pier must stay open', speaker: 'Ana Ruiz', speakerTitle: 'campaign manager' }],
  },
  {
    note: 'an apposition of the occasion is no title: “Ruiz, speaking through an interpreter, said”',
    text: 'Mayor Ana Ruiz, speaking through an interpreter, said the pier was “a gift to the whole coast.”',
    quotes: [{ quote: 'a gift to the whole coast', speaker: 'Ana Ruiz', speakerTitle: 'Mayor' }],
  },
  {
    note: 'an apposition that opens with an adverb or a preposition is no title: “Berg, however, said”',
    text: 'Tomas Berg, however, said the new timetable was “a disaster for the crews.”',
    quotes: [{ quote: 'a disaster for the crews', speaker: 'Tomas Berg', speakerTitle: null }],
  },
  {
    note: 'negative: a participle before a noun of its own opens a title (“managing director of …”)',
    text: 'Tomas Berg, managing director of the ferry company, said the fares were “too high to sustain.”',
    quotes: [{ quote: 'too high to sustain', speaker: 'Tomas Berg', speakerTitle: 'managing director of the ferry company' }],
  },
  {
    note: 'a relative clause in apposition is no title: “Berg, who owns two ferries, said”',
    text: 'Tomas Berg, who owns two ferries, said the new pier was “a long time coming.”',
    quotes: [{ quote: 'a long time coming', speaker: 'Tomas Berg', speakerTitle: null }],
  },
  {
    note: 'an apposition of more than fourteen words after an inverted cue is the whole title, not its first words',
    text: '“The pier will pay for itself,” said Ana Ruiz, an influential scholar of harbour economics and coastal trade at the Dunmore Institute of Technology.',
    quotes: [{ quote: 'The pier will pay for itself', speaker: 'Ana Ruiz', speakerTitle: 'an influential scholar of harbour economics and coastal trade at the Dunmore Institute of Technology' }],
  },
  {
    note: 'an age before the apposition is no part of the title: “Ruiz, 49, a Navy veteran, said” → “a Navy veteran”',
    text: 'Ana Ruiz, 49, a Navy veteran, said the new pier was “a gift to the whole coast.”',
    quotes: [{ quote: 'a gift to the whole coast', speaker: 'Ana Ruiz', speakerTitle: 'a Navy veteran' }],
  },
  {
    note: 'negative: an age and then a relative clause leave no title (“Berg, 24, who was visiting, said”)',
    text: 'Tomas Berg, 24, who was visiting from Dunmore, said the new pier was “a gift to the whole coast.”',
    quotes: [{ quote: 'a gift to the whole coast', speaker: 'Tomas Berg', speakerTitle: null }],
  },
  {
    note: '“adding that the …” after a frame keeps the frame’s speaker (a negative for the rule above)',
    text: '“We will not close the plant,” the company said, adding that the workers would keep their jobs.',
    quotes: [{ quote: 'We will not close the plant', speaker: 'company' }],
  },

  {
    note: '“that” before an auxiliary opens a relative clause, not a speaker: a “…” that was reported',
    text: 'Mayor Ada Quist dismissed the loan, calling it a “paperwork error” that was reported in a “hit piece” by a rival paper.',
    quotes: [
      { quote: 'paperwork error', speaker: 'Ada Quist' },
      { quote: 'hit piece', speaker: 'Ada Quist' },
    ],
  },
  {
    note: '“that” before a pronoun opens a clause, not a speaker: “…,” noting that it is “…”',
    text: 'The senator said the system was “broken,” noting that it is “very strange that nobody was charged.”',
    quotes: [{ quote: 'very strange that nobody', speaker: 'senator' }],
  },

  {
    note: 'a conjunction before the subject is no part of it: “…, but officials said …”',
    text: 'The deal was signed, but officials said the “real work” starts now.',
    quotes: [{ quote: 'real work', speaker: 'officials' }],
  },
  {
    note: 'a capitalised word of a name inside a sentence is no cue ("Secretary of State"): the name and verb closing the sentence before speak',
    text: 'The council may be reluctant to act while Secretary of State Ana Ruiz negotiates with the union, Schiff expounded. “The other factor is the election.”',
    quotes: [{ quote: 'The other factor is the election', speaker: 'Schiff' }],
  },
  {
    note: 'the subject of the sentence past a party tag in parentheses: "Harry Reid (D-Nev.), in particular, has …"',
    text: 'Senate Minority Leader Harry Reid (D-Nev.), in particular, has been steadily pounding the developer as a “con artist” for months.',
    quotes: [{ quote: 'con artist', speaker: 'Harry Reid' }],
  },
  {
    note: 'the subject of the sentence before, past a state tag in parentheses: "Sen. Ana Ruiz (Vt.) identified …"',
    text: 'Sen. Ana Ruiz (Vt.) identified exhaustion with the old port as a reason. “The younger people are sick and tired of the delays.”',
    quotes: [{ quote: 'younger people are sick', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'a paragraph that introduces the quotation with a noun of speech and a colon: "Ruiz made the following comment:"',
    text: 'Ruiz spoke at the harbour on Monday.\n\nOn July 6, 2015, Ruiz made the following comment:\n\n“For young people who have left school, the port is the only employer.”',
    quotes: [{ quote: 'For young people who have left school', speaker: 'Ruiz' }],
  },
  {
    note: 'negative: a noun of speech that is the subject introduces no speaker: "Then came a statement:"',
    text: 'Ruiz spoke at the harbour on Monday.\n\nThen came a statement:\n\n“For young people who have left school, the port is the only employer.”',
    quotes: [{ quote: 'For young people who have left school', speaker: null }],
  },
  {
    note: 'words in double marks inside a headline "Name: CLAUSE" are the name’s',
    text: 'Rao: Harbour Plan Is “Dead in the Water,” Ferries Will Stop\n\nHarbour mayor Sunil Rao spoke to reporters in Port Ellis on Monday morning.',
    quotes: [{ quote: 'Dead in the Water', speaker: 'Sunil Rao' }],
  },
  {
    note: 'a headline whose statement is all in single marks is one quotation of the name’s',
    text: 'Rao: ‘The Harbour Plan Is Dead in the Water’\n\nHarbour mayor Sunil Rao spoke to reporters in Port Ellis on Monday morning.',
    quotes: [{ quote: 'The Harbour Plan Is Dead', speaker: 'Sunil Rao' }],
  },
  {
    note: 'a coordination that opens the clause is the whole subject: “…,” aides and advisers said',
    text: 'The ferry left at noon. “We sail at dawn,” aides and advisers said.',
    quotes: [{ quote: 'We sail at dawn', speaker: 'aides and advisers' }],
  },
  {
    note: 'a coordination of modifiers at the opening of the sentence: Current and former officials said …',
    text: 'Current and former officials said the harbour would “never recover” from the storm.',
    quotes: [{ quote: 'never recover', speaker: 'Current and former officials' }],
  },
  {
    note: '"but" opens the clause, no part of the coordination after it: “…, but attorneys and legal experts said …”',
    text: 'The ruling was welcomed, but attorneys and legal experts said an appeal was “highly likely.”',
    quotes: [{ quote: 'highly likely', speaker: 'attorneys and legal experts' }],
  },
  {
    note: 'negative: a scare quote\'s closing mark opens no clause: to curb “activist” investors and others',
    text: 'The rule is meant to curb “activist” investors and others, according to a speech Anna Berg gave in July.',
    quotes: [{ quote: 'activist', speaker: 'Anna Berg' }],
  },
  {
    note: 'a conjunction before the subject is no part of it: “…, as polls had predicted …”',
    text: 'Turnout rose sharply, as polls had predicted a “record year” for the party.',
    quotes: [{ quote: 'record year', speaker: 'polls' }],
  },

  {
    note: 'an apposition gives a name an epithet that later speaks: "Mr. Sowerby, the undertaker," … said the undertaker',
    text: '“Come in,” said Mr. Sowerby. Mr. Sowerby, the undertaker, looked at the boy for a long time.\n\n“He will do very well,” said the undertaker.',
    quotes: [{ quote: 'He will do very well', speaker: 'Sowerby' }],
  },
  {
    note: 'the epithet before the name: "The old ferryman, Jonas Varga," … the old ferryman said',
    text: 'The old ferryman, Jonas Varga, brought the boat in at dawn. “The channel is clear now,” the old ferryman said.',
    quotes: [{ quote: 'channel is clear now', speaker: 'Jonas Varga' }],
  },
  // ── organisations as speakers ──────────────────────────────────────────
  {
    note: 'the Kremlin said',
    text: '“The allegations are baseless and absurd,” the Kremlin said in a statement.',
    quotes: [{ quote: 'allegations are baseless', speaker: 'Kremlin' }],
  },
  {
    note: 'the Pentagon said',
    text: 'The Pentagon said the strikes were “proportionate and lawful.”',
    quotes: [{ quote: 'proportionate and lawful', speaker: 'Pentagon' }],
  },
  {
    note: 'a company said in a statement that',
    text: 'Volkswagen said in a statement that the recall was “a purely precautionary measure.”',
    quotes: [{ quote: 'precautionary measure', speaker: 'Volkswagen' }],
  },
  {
    note: 'an agency named by its acronym',
    text: 'The UN refugee agency UNHCR said the camps were “beyond breaking point.”',
    quotes: [{ quote: 'beyond breaking point', speaker: 'UNHCR' }],
  },
  {
    note: 'the White House said',
    text: '“The president has full confidence in his team,” the White House said on Thursday.',
    quotes: [{ quote: 'full confidence in his team', speaker: 'White House' }],
  },
  {
    note: 'police said',
    text: 'Police said the driver had been “well over the legal limit.”',
    quotes: [{ quote: 'well over the legal limit', speaker: 'Police' }],
  },

  // ── an attribution after “…?” or “…!” that goes on past its verb ─────────
  {
    note: '“…?” X asked ADVERB: the manner does not make it a new sentence',
    text: 'The ferry had been late all week.\n\n“Is the road to the pier open yet?” Dana Keller asked anxiously.',
    quotes: [{ quote: 'road to the pier', speaker: 'Dana Keller' }],
  },
  {
    note: '“…!” X said to Y: the listener does not make it a new sentence',
    text: 'The ferry had been late all week.\n\n“Not again!” Owen Price said to the harbour master.',
    quotes: [{ quote: 'Not again', speaker: 'Owen Price' }],
  },
  {
    note: 'negative: after “…?”, a name and a verb that is no speech before an -ly word open a new sentence',
    text: 'The vote was close on Monday night. “Who pays?” Hale was visibly annoyed by the question.',
    quotes: [{ quote: 'Who pays', speaker: null }],
  },

  {
    note: '“…!” X said as …: a clause of time after the verb does not make it a new sentence',
    text: 'The count went on past midnight.\n\n“The county is proud to cast its votes for the mayor!” Councillor Rhea Stanton said as she opened the roll call.',
    quotes: [{ quote: 'proud to cast its votes', speaker: 'Rhea Stanton' }],
  },
  {
    note: 'a determiner and a common noun for a person before the cue: “Another child responded, …”',
    text: 'The senator visited a school on Friday. One pupil asked who she was. Another child responded, “She is the senator from our state.”',
    quotes: [{ quote: 'senator from our state', speaker: 'Another child' }],
  },
  {
    note: 'a message is the subject that reads the words: “…,” the email read',
    text: 'The campaign wrote to its donors on Wednesday night.\n\n“Friend, let me be blunt: we can still win this,” the email read.',
    quotes: [{ quote: 'let me be blunt', speaker: 'email' }],
  },
  {
    note: '“….” X posted: “…”: a cue before a colon introduces the next quotation, not the one before',
    text: 'The replies came fast.\n\nAnother user, Roland Zee, wrote of the minister: “Your plan will empty the villages.” Eva Schultz posted: “She welcomed them all with open arms.”',
    quotes: [
      { quote: 'empty the villages', speaker: 'Roland Zee' },
      { quote: 'open arms', speaker: 'Eva Schultz' },
    ],
  },
  {
    note: 'a fragment that ends no sentence before “he warned:” is still his',
    text: 'President Alan Moyo toured the port on Monday.\n\nConceding that a trade deal would come “down the line,” he warned: “It is not going to happen soon.”',
    quotes: [
      { quote: 'down the line', speaker: 'Alan Moyo' },
      { quote: 'not going to happen', speaker: 'Alan Moyo' },
    ],
  },
  {
    note: 'British style: an honorific without its full stop after the cue (“…,” said Mr Okafor)',
    text: 'Union leader Chidi Okafor spoke outside the plant on Tuesday.\n\n“We will not back down,” said Mr Okafor. “Not this year.”\n\n“The offer stands,” said Mrs Patel, the site manager.',
    quotes: [
      { quote: 'not back down', speaker: 'Chidi Okafor' },
      { quote: 'offer stands', speaker: 'Patel' },
    ],
  },
  {
    note: 'a place named after a saint is no person a pronoun stands for (St. Louis)',
    text: 'Mayor Ken Dahl toured the flooded streets of St. Louis on Monday.\n\n“The river is still rising,” he said.',
    quotes: [{ quote: 'river is still rising', speaker: 'Ken Dahl' }],
  },
  {
    note: 'the possessor of a participle of speech speaks: “broken by Ines Vidal’s saying, …”, “by his saying”',
    text: 'The committee sat in silence for a while. The silence was broken by Ines Vidal’s saying, “We should vote now.”\n\nOmar Reyes stood up. The pause ended with his saying, “Then let us vote.”',
    quotes: [
      { quote: 'vote now', speaker: 'Ines Vidal' },
      { quote: 'let us vote', speaker: 'Omar Reyes' },
    ],
  },
  {
    note: '“… and said,” closing a paragraph: the person who opens its last clause, after an opening that names no one',
    text: 'The guests had gone home at last.\n\nNot a word passed his lips till the visitors took their leave; but as soon as they were gone, Mayor Hale turned to his daughter and said,\n\n“Jane, I congratulate you.”',
    quotes: [{ quote: 'congratulate you', speaker: 'Hale' }],
  },
  {
    note: 'the people who speak for a person, not the person: “Aides to …”, “a lawyer for …”, “officials loyal to …”',
    text: 'The talks dragged on.\n\nAides to Governor Lina Ortiz said the budget would pass this week. “We dispute every charge,” a lawyer for Dmitri Kova said. Officials loyal to General Amin Rahal said the town had fallen.',
    quotes: [
      { quote: 'the budget would pass', speaker: 'Aides to Governor Lina Ortiz' },
      { quote: 'dispute every charge', speaker: 'a lawyer for Dmitri Kova' },
      { quote: 'the town had fallen', speaker: 'Officials loyal to General Amin Rahal' },
    ],
  },
  {
    note: 'a link before a place after the name: “aides to Gov. X of State said”',
    text: 'The primary neared.\n\nAides to Gov. Chris Dalton of New Mexico, a former prosecutor, said his speeches would change.',
    quotes: [{ quote: 'speeches would change', speaker: 'Aides to Gov. Chris Dalton of New Mexico' }],
  },
  {
    note: 'negative: a name after “to” in an opening phrase is no speaker’s link',
    text: 'The deal collapsed.\n\nIn a letter to Clinton, Senator Ruth Ames said the deal was off.',
    quotes: [{ quote: 'the deal was off', speaker: 'Ruth Ames' }],
  },
  // ── fragments in a sentence that an attribution closes ─────────────────
  {
    note: 'every fragment of the sentence takes the attribution that closes it, not only the last',
    text: 'The union backed the plan early.\n\nWith the contract signed, the deal will carry “real weight” and bring members the “bargaining muscle” they need, union spokesman Idris Baptiste said.',
    quotes: [
      { quote: 'real weight', speaker: 'Idris Baptiste' },
      { quote: 'bargaining muscle', speaker: 'Idris Baptiste' },
    ],
  },
  {
    note: 'an inverted attribution closing the sentence: “…,” aside from …, said the agency’s director, NAME, on Monday',
    text: 'Inspectors found no “sign of tampering,” aside from a door that had been left “slightly ajar” overnight, said the agency’s director, Lena Vogt, on Monday.',
    quotes: [
      { quote: 'sign of tampering', speaker: 'Lena Vogt' },
      { quote: 'slightly ajar', speaker: 'Lena Vogt' },
    ],
  },
  {
    note: 'negative: a fragment before a sentence-closing attribution of another sentence keeps none',
    text: 'The mayor called the budget “a disgrace” on Monday. The council will vote on Friday, spokesman Tom Reyes said.',
    quotes: [{ quote: 'a disgrace', speaker: ['the mayor', 'mayor'] }],
  },

  // ── titles separated from names, honorifics stripped ───────────────────
  {
    note: 'Foreign Ministry spokesperson Guo Jiakun',
    text: 'Foreign Ministry spokesperson Guo Jiakun said: “China firmly opposes any interference in its internal affairs.”',
    quotes: [{ quote: 'firmly opposes', speaker: 'Guo Jiakun', speakerTitle: 'Foreign Ministry spokesperson' }],
  },
  {
    note: 'Kremlin spokesman Dmitry Peskov',
    text: 'Kremlin spokesman Dmitry Peskov told reporters: “There are no plans for a meeting.”',
    quotes: [{ quote: 'no plans for a meeting', speaker: 'Dmitry Peskov', speakerTitle: 'Kremlin spokesman' }],
  },
  {
    note: 'Secretary of State NAME',
    text: 'Secretary of State Marco Rubio said the talks had been “frank and useful.”',
    quotes: [{ quote: 'frank and useful', speaker: 'Marco Rubio', speakerTitle: 'Secretary of State' }],
  },
  {
    note: 'Senate Majority Leader NAME',
    text: '“We will stay here until the job is done,” Senate Majority Leader John Thune said.',
    quotes: [{ quote: 'until the job is done', speaker: 'John Thune', speakerTitle: 'Senate Majority Leader' }],
  },
  {
    note: 'European Commission President Ursula von der Leyen',
    text: 'European Commission President Ursula von der Leyen said: “We will defend our farmers.”',
    quotes: [{ quote: 'defend our farmers', speaker: 'Ursula von der Leyen', speakerTitle: 'European Commission President' }],
  },
  {
    note: 'a plain name has no title',
    text: '“I just want my son home,” Janet Pruitt said.',
    quotes: [{ quote: 'want my son home', speaker: 'Janet Pruitt', speakerTitle: null }],
  },
  {
    note: 'Dr. is an honorific, not part of the name',
    text: '“Most of these cases were preventable,” said Dr. Amal Farouk, who leads the clinic.',
    quotes: [{ quote: 'Most of these cases', speaker: 'Amal Farouk' }],
  },
  {
    note: 'possessive stripped from the subject',
    text: 'Kevin Marsh’s lawyer, Irene Cho, said: “My client will plead not guilty.”',
    quotes: [{ quote: 'plead not guilty', speaker: 'Irene Cho' }],
  },

  {
    note: 'a party and a chamber before the name are its title',
    text: '“We will not fund it,” House Republican Laura Whitcombe said on Tuesday.',
    quotes: [{ quote: 'will not fund it', speaker: 'Laura Whitcombe', speakerTitle: 'House Republican' }],
  },
  {
    note: 'a party noun opening the name is its title, whatever the given name',
    text: 'Democrat Oren Vashti conceded nothing on Wednesday night.\n\n“The count is not over,” Vashti said.',
    quotes: [{ quote: 'count is not over', speaker: 'Oren Vashti' }],
  },
  {
    note: 'an origin in -based before the name is its title',
    text: '“Turnout will be low in the suburbs,” said Ohio-based Nora Quist.',
    quotes: [{ quote: 'Turnout will be low', speaker: 'Nora Quist', speakerTitle: 'Ohio-based' }],
  },
  {
    note: 'an owner before the name is its title: “Meridian Radio’s Nadia Rahimi”',
    text: '“The numbers moved overnight,” said Meridian Radio’s Nadia Rahimi.',
    quotes: [{ quote: 'numbers moved overnight', speaker: 'Nadia Rahimi', speakerTitle: 'Meridian Radio' }],
  },
  {
    note: 'an owner before a body stays in its name: the Portside Women’s Centre',
    text: '“Doors open at nine for everyone,” the Portside Women’s Centre said in a notice.',
    quotes: [{ quote: 'Doors open at nine', speaker: 'Portside Women’s Centre' }],
  },
  {
    note: 'a given name after another name is no title boundary',
    text: '“We disagree with the ruling,” said Mateo Edward Quiroga.',
    quotes: [{ quote: 'disagree with the ruling', speaker: 'Mateo Edward Quiroga', speakerTitle: null }],
  },
  {
    note: 'a room named after someone is no person a pronoun stands for',
    text: 'President Ada Lowe spoke in the White House Jane Addams briefing room on Monday.\n\n“We will finish the budget,” she said.',
    quotes: [{ quote: 'finish the budget', speaker: 'Ada Lowe' }],
  },
  {
    note: 'initials and “Jr.” keep their full stops, in the full name and where the surname stands alone',
    text: '“The bridge is safe,” said Mayor Edwin T. Marlowe Jr., who toured it on Monday.\n\n“We will reopen it on Friday,” Marlowe said.',
    quotes: [
      { quote: 'bridge is safe', speaker: 'Edwin T. Marlowe Jr.', speakerTitle: 'Mayor' },
      { quote: 'reopen it on Friday', speaker: 'Edwin T. Marlowe Jr.' },
    ],
  },
  {
    note: 'a role word that ends a name after a given name or an initial is a surname',
    text: '“We need more buses on this route,” said Councilwoman Ana P. Bishop.',
    quotes: [{ quote: 'more buses', speaker: 'Ana P. Bishop', speakerTitle: 'Councilwoman' }],
  },
  {
    note: 'an age between commas is no title',
    text: '“I have voted at this school for fifty years,” Dorothy Haines, 82, said.',
    quotes: [{ quote: 'voted at this school', speaker: 'Dorothy Haines', speakerTitle: null }],
  },

  // ── a quotation continuing the previous speaker’s turn ─────────────────
  {
    note: 'next paragraph without attribution inherits the speaker',
    text: 'Mayor Ruth Alder said: “The bridge will open in May.”\n\n“After that, the tolls will fall every year.”',
    quotes: [
      { quote: 'bridge will open in May', speaker: 'Ruth Alder' },
      { quote: 'tolls will fall', speaker: 'Ruth Alder' },
    ],
  },
  {
    note: 'inherits after a “…,” X said paragraph',
    text: 'Coach Ben Ito was calm after the defeat. “We played well for an hour,” Ito said.\n\n“The referee had a bad night, but that is football.”',
    quotes: [{ quote: 'referee had a bad night', speaker: 'Ben Ito' }],
  },
  {
    note: 'inherits from the latest speaker, not the first',
    text: '“The plan is sound,” Ruth Alder said.\n\n“It is a fantasy,” said councillor Joe Park.\n\n“Nobody has costed it.”',
    quotes: [
      { quote: 'plan is sound', speaker: 'Ruth Alder' },
      { quote: 'It is a fantasy', speaker: 'Joe Park' },
      { quote: 'Nobody has costed it', speaker: 'Joe Park' },
    ],
  },
  {
    note: 'a paragraph that ends with a colon introduces the quotation through a verb no lexicon lists',
    text: 'When the mill closed in 1998, Governor Ann Burke released the following statement:\n\n“We offer our condolences to the families of every worker.”\n\nThe mill never reopened.',
    quotes: [{ quote: 'offer our condolences', speaker: 'Ann Burke' }],
  },
  {
    note: 'a colon introduction, then a quotation over two paragraphs',
    text: 'Mayor Tom Price then listed the conditions for a deal:\n\n“The club must pay for the new road.\n\n“The club must open the park to the public on Sundays.”\n\nThe club agreed.',
    quotes: [
      { quote: 'pay for the new road', speaker: 'Tom Price' },
      { quote: 'open the park to the public', speaker: 'Tom Price' },
    ],
  },
  {
    note: 'a colon introduction with no subject before its verb gives no speaker (negative)',
    text: 'On the wall of the office hangs a small sign:\n\n“No excuses, no exceptions.”\n\nNobody has taken it down.',
    quotes: [{ quote: 'No excuses', speaker: null }],
  },
  {
    note: 'an action of a person right before the quotation, in its paragraph, with no cue: that person',
    text: 'Mayor Ruth Alder looked at the crowd for a long moment. “We will rebuild the pier before winter.”',
    quotes: [{ quote: 'rebuild the pier', speaker: 'Ruth Alder' }],
  },
  {
    note: 'a thing as the subject of the sentence before gives no speaker (negative)',
    text: 'The storm tore the roof off the old ferry terminal on Monday. “Nobody saw it coming.”',
    quotes: [{ quote: 'Nobody saw it coming', speaker: null }],
  },
  {
    note: '"X did something and said, “…”": the subject of the sentence, past the first verb\'s object',
    text: 'Mayor Ruth Alder looked up from her notes and said, “We will rebuild the pier before winter.”',
    quotes: [{ quote: 'rebuild the pier', speaker: 'Ruth Alder' }],
  },
  {
    note: 'a fragment no cue attributes goes, as a guess, to the subject of its clause',
    text: 'Ada Quist spoke last. Nothing much changed, even if she reserved her sharpest words for the “giveaway to the harbour developers and their friends.”',
    quotes: [{ quote: 'giveaway to the harbour developers', speaker: 'Ada Quist' }],
  },
  {
    note: 'a colon after a verb no lexicon lists: the person who opens the sentence',
    text: 'Mayor Ruth Alder waved the crowd quiet, then leaned in and boomed: “We will rebuild the pier before winter.”',
    quotes: [{ quote: 'rebuild the pier', speaker: 'Ruth Alder' }],
  },
  {
    note: 'a colon after a stance: the person who opens the sentence',
    text: 'Ruth Alder has taken the line common among harbour towns: “I back the ferry, but not at any price.”',
    quotes: [{ quote: 'I back the ferry', speaker: 'Ruth Alder' }],
  },
  {
    note: 'a paragraph of nothing but a quotation after a paragraph of narration about a named person: that person, as a guess',
    text: 'The harbour fair drew a crowd on Sunday.\n\nBuddy Vance, a chef from Harwich, praised the mayor’s handling of the storm and her way of getting things done.\n\n“We need someone who cuts through the noise and brings people together.”',
    quotes: [{ quote: 'cuts through the noise', speaker: 'Buddy Vance' }],
  },
  {
    note: 'no guess after a paragraph of narration about a thing (negative)',
    text: 'The harbour fair drew a crowd on Sunday.\n\nThe storm had damaged the old pier again during the night.\n\n“We need someone who cuts through the noise and brings people together.”',
    quotes: [{ quote: 'cuts through the noise', speaker: null }],
  },

  // ── quotations nobody in the text said ─────────────────────────────────
  {
    note: 'words on banners',
    text: '“Enough is enough.” Those three words were painted on banners across the city on Saturday.',
    quotes: [{ quote: 'Enough is enough', speaker: null }],
  },
  {
    note: 'a sign read',
    text: 'A banner hung from the bridge read: “Our city is not for sale.”',
    quotes: [{ quote: 'Our city is not for sale', speaker: null }],
  },
  {
    note: 'a rhetorical question in narration',
    text: 'The same question hung over the hearing all afternoon: “Who knew, and when did they know it?”',
    quotes: [{ quote: 'Who knew, and when', speaker: null }],
  },

  // ── spinner rewordings ─────────────────────────────────────────────────
  {
    note: 'spun: stated',
    text: 'Trade envoy Grace Mbeki returned from Geneva. “The deal is done,” Mbeki stated.',
    quotes: [{ quote: 'deal is done', speaker: 'Grace Mbeki' }],
  },
  {
    note: 'spun: informed reporters',
    text: '“We are ready for the inspection,” Peter Kovacs informed reporters.',
    quotes: [{ quote: 'ready for the inspection', speaker: 'Peter Kovacs' }],
  },
  {
    note: 'spun: famous (from “noted”)',
    text: 'Auditor Meg Collins reviewed the accounts. “The numbers do not add up,” Collins famous.',
    quotes: [{ quote: 'numbers do not add up', speaker: 'Meg Collins' }],
  },
  {
    note: 'spun: referred to as (from “called”)',
    text: 'Senator Dale Hurst referred to as the proposal “a gift to the lobbyists.”',
    quotes: [{ quote: 'gift to the lobbyists', speaker: 'Dale Hurst' }],
  },
  {
    note: 'spun: in keeping with (from “according to”)',
    text: '“The virus is spreading faster in rural areas,” in keeping with Dr. Lina Haddad.',
    quotes: [{ quote: 'spreading faster', speaker: 'Lina Haddad' }],
  },
  {
    note: 'spun: mentioned, with a pronoun',
    text: 'Olga Petrenko has taught at the school for thirty years. “The children are braver than we are,” she mentioned.',
    quotes: [{ quote: 'children are braver', speaker: 'Olga Petrenko' }],
  },
  {
    note: 'spun: instructed reporters',
    text: 'Defence chief Gen. Aaron Whitlock spoke at the base. “The exercise will go ahead,” he instructed reporters.',
    quotes: [{ quote: 'exercise will go ahead', speaker: 'Aaron Whitlock' }],
  },

  // ── a participle after the closing mark names no speaker after it ──────
  {
    note: '“…”, adding that …: "that" opens the clause, it is no subject of an inverted "adding"',
    text: 'Finance minister Rhona Keir said on Tuesday the budget would "restore stability", adding that taxes would rise only where necessary.',
    quotes: [{ quote: 'restore stability', speaker: 'Rhona Keir' }],
  },
  {
    note: '“…,” noting the figures: the participle\'s object is no speaker',
    text: 'Port director Ilse Brandt defended the fees. "We are cheaper than Rotterdam," noting the figures the board published in March.',
    quotes: [{ quote: 'cheaper than Rotterdam', speaker: 'Ilse Brandt' }],
  },
  {
    note: 'in a book: “…,” taking her hand — the hand is no speaker; the gesture goes with the speaker of the exchange',
    text: 'Mrs. Harlow came across the room to her niece.\n\n"You must not cry, my dear," said Mrs. Harlow. "It will all come right in the end," taking her hand.',
    quotes: [{ quote: 'come right in the end', speaker: ['Mrs. Harlow', 'Harlow'] }],
  },
  {
    note: 'negative: a finite verb before its subject is still an inverted cue, "sang the children"',
    text: 'The choir filed onto the stage of the old hall. "Long live the harbour," sang the children of the port school.',
    quotes: [{ quote: 'Long live the harbour', speaker: 'children of the port school' }],
  },

  // ── what stands before a colon, a role of British politics, a state after its city ──
  {
    note: '“…, saying in a post on X: “…”: the name after "on" is where it was said, not who said it',
    text: 'Councillor Rita Ames criticised the plan as "reckless", saying in a post on X: "The county deserves better."',
    quotes: [
      { quote: 'reckless', speaker: 'Rita Ames' },
      { quote: 'county deserves better', speaker: 'Rita Ames' },
    ],
  },
  {
    note: 'negative: "from" before the name names the source: A lesson from X: “…”',
    text: 'A lesson from Rita Ames: "Never stop asking."',
    quotes: [{ quote: 'Never stop asking', speaker: 'Rita Ames' }],
  },
  {
    note: 'Labour MP X: the party and "MP" are the title, whatever the given name',
    text: 'Labour MP Clive Lewis said ministers were "sleepwalking into disaster".',
    quotes: [{ quote: 'sleepwalking into disaster', speaker: 'Clive Lewis', speakerTitle: 'Labour MP' }],
  },
  {
    note: '“…,” said Tory MP X, and a Green MEP',
    text: '"It is a disaster," said Tory MP Iain Drummond. Green MEP Ska Keller called the vote "a scandal".',
    quotes: [
      { quote: 'It is a disaster', speaker: 'Iain Drummond', speakerTitle: 'Tory MP' },
      { quote: 'a scandal', speaker: 'Ska Keller', speakerTitle: 'Green MEP' },
    ],
  },
  {
    note: 'an opening phrase with a state after its city: "Speaking in Trenton, N.J., Governor X …"',
    text: 'Speaking in Trenton, N.J., Governor Ana Ruiz thanked the crews, calling them "the best in the country".',
    quotes: [{ quote: 'best in the country', speaker: 'Ana Ruiz' }],
  },

  {
    note: 'X was quoted by state news agency Y as saying: "state" before a noun is no verb, and the agency is the outlet, not the speaker',
    text: 'Russian President Ivan Sorokin, meanwhile, was quoted by state news agency TASS as saying that Moscow "understands" the decision.',
    quotes: [{ quote: 'understands', speaker: 'Ivan Sorokin' }],
  },
  {
    note: 'negative: "state" as the verb before its object, then a participle: the subject of "state"',
    text: 'The harbour workers state their case plainly, saying the plan is "dead on arrival".',
    quotes: [{ quote: 'dead on arrival', speaker: 'harbour workers' }],
  },

  // ── a paragraph that names its speaker before the quotation, after another's quotation ──
  {
    note: 'a new paragraph opening on a named person\'s action, then the quotation: that person, not the speaker before',
    text: '"We will win the vote," said councillor Tom Berg. "No doubt about it."\n\nAna Ruiz, who leads the opposition, shrugged. "We will see."',
    quotes: [
      { quote: 'No doubt about it', speaker: 'Tom Berg' },
      { quote: 'We will see', speaker: 'Ana Ruiz' },
    ],
  },
  {
    note: 'a new paragraph whose first sentence reports its named subject, then the quotation',
    text: '"The harbour plan is dead," said Tom Berg, the council leader.\n\nOr maybe not, port consultant Ilse Brandt says. "Several bidders have come back to the table."',
    quotes: [{ quote: 'Several bidders', speaker: 'Ilse Brandt' }],
  },
  {
    note: 'negative: a pronoun\'s action between two quotations of one speaker keeps that speaker',
    text: '"We will win the vote," said councillor Tom Berg.\n\nHe paused for a moment. "No doubt about it."',
    quotes: [{ quote: 'No doubt about it', speaker: 'Tom Berg' }],
  },

  // ── the names of bodies: "of" and role words inside them ──────────────
  {
    note: 'the Department of Justice, the Bank of England: a body named "X of Y" is all of it, not X',
    text: 'In a statement, the Department of Justice said it "will not tolerate" interference. The Bank of England said rates would "stay high for longer".',
    quotes: [
      { quote: 'will not tolerate', speaker: 'Department of Justice', speakerTitle: null },
      { quote: 'stay high for longer', speaker: 'Bank of England' },
    ],
  },
  {
    note: 'the Justice Department: "Justice" before the head of a body\'s name is no title',
    text: 'The Justice Department said the inquiry was "ongoing".',
    quotes: [{ quote: 'ongoing', speaker: 'Justice Department', speakerTitle: null }],
  },
  {
    note: 'negative: a role before a given name that is also a noun of the lists ("Bill") is still a title',
    text: 'Mayor Bill Hanley called the law "a crazy system" during a campaign stop.',
    quotes: [{ quote: 'crazy system', speaker: 'Bill Hanley', speakerTitle: 'Mayor' }],
  },
  {
    note: 'negative: a person of a place, "Gov. X of West Virginia", is the person',
    text: 'Gov. Earl Tomblin of West Virginia said the flood was "devastating".',
    quotes: [{ quote: 'devastating', speaker: 'Earl Tomblin' }],
  },

  {
    note: 'a body named after a person is not that person\'s fuller name: after "the Ruiz Foundation", "Ruiz said" is Ana Ruiz',
    text: 'Ana Ruiz founded the Ruiz Foundation in 2009, and the Ruiz Foundation now runs nine shelters.\n\nRuiz said the charity was "a success by any measure."',
    quotes: [{ quote: 'success by any measure', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'a body named after a person, the person named nowhere in full: the surname as it stands, not the body',
    text: 'For those not yet on the Berg Train, the rally was a revelation.\n\nBerg told reporters that the crowd was "the biggest yet."',
    quotes: [{ quote: 'biggest yet', speaker: 'Berg' }],
  },
  {
    note: 'negative: a company\'s short name is the company, "Peabody" for Peabody Energy',
    text: 'Peabody Energy filed for bankruptcy protection on Wednesday.\n\nPeabody said the filing was "necessary to restructure its debt."',
    quotes: [{ quote: 'necessary to restructure', speaker: 'Peabody Energy' }],
  },

  {
    note: 'a paragraph that holds one quotation and ends on another person\'s cue and a colon introduces the next paragraph\'s quotation',
    text: '"We will win the vote," councillor Tom Berg said. Ana Ruiz, who leads the opposition, disagreed:\n\n"The numbers are not there."',
    quotes: [
      { quote: 'win the vote', speaker: 'Tom Berg' },
      { quote: 'numbers are not there', speaker: 'Ana Ruiz' },
    ],
  },
  {
    note: 'negative: the sentence that holds the quotation and ends in a colon introduces the next one by the same speaker',
    text: '"We will win the vote," said councillor Tom Berg, who then turned to the crowd and added:\n\n"And we will win it well."',
    quotes: [{ quote: 'win it well', speaker: 'Tom Berg' }],
  },

  {
    note: '“…,” added X, Owner\'s role: an apposition that opens on an owner is the title',
    text: '"Acme has always believed in open standards," added John Smith, Acme\'s chief technology officer.',
    quotes: [{ quote: 'open standards', speaker: 'John Smith', speakerTitle: "Acme's chief technology officer" }],
  },
  {
    note: 'negative: an owner and a noun that is no role ("Ana\'s husband") is no title',
    text: '"We will win," said Tom Berg, Ana\'s husband.',
    quotes: [{ quote: 'We will win', speaker: 'Tom Berg', speakerTitle: null }],
  },

  {
    note: 'the lower-case words of a role after the body\'s name are the title\'s: "White House press secretary X", "Ruiz campaign manager Y"',
    text: 'White House press secretary Dana Whitfield told reporters the decision was "final". Ruiz campaign manager Ilse Brandt said the numbers were "strong".',
    quotes: [
      { quote: 'final', speaker: 'Dana Whitfield', speakerTitle: 'White House press secretary' },
      { quote: 'strong', speaker: 'Ilse Brandt', speakerTitle: 'Ruiz campaign manager' },
    ],
  },
  {
    note: 'negative: after "the", a role\'s words make no name: "The press secretary said"',
    text: 'The press secretary said the decision was "final".',
    quotes: [{ quote: 'final', speaker: 'press secretary' }],
  },

  {
    note: 'an aside between commas is no title: "Smith, like his predecessor, said", "Ruiz, for her part, said"',
    text: 'Tom Berg, like his predecessor, said the reforms were "overdue". Ana Ruiz, for her part, called them "a start".',
    quotes: [
      { quote: 'overdue', speaker: 'Tom Berg', speakerTitle: null },
      { quote: 'a start', speaker: 'Ana Ruiz', speakerTitle: null },
    ],
  },

  {
    note: 'a count before the noun of a speaker with a relative clause between commas is the speaker\'s: "One worker, who …, said"',
    text: 'One worker, who asked not to be named for fear of losing her job, said conditions at the plant were "unbearable".',
    quotes: [{ quote: 'unbearable', speaker: 'One worker' }],
  },

  {
    note: 'an ordinal after "a" opening its clause is one more of the group just named: "while a third cautioned that …"',
    text: 'Two sources familiar with the talks told Reuters the deal was "very close", while a third cautioned that "nothing is agreed until everything is agreed".',
    quotes: [
      { quote: 'very close', speaker: 'Two sources familiar with the talks' },
      { quote: 'nothing is agreed', speaker: 'a third' },
    ],
  },

  {
    note: '"In the words of X, “…”" and "…, in the words of X, “…”": X is the source, as after "according to"',
    text: 'In the words of the late senator Ana Ruiz, "We are a nation of ideals." The harbour plan, in the words of one analyst, is "dead on arrival".',
    quotes: [
      { quote: 'nation of ideals', speaker: 'Ana Ruiz' },
      { quote: 'dead on arrival', speaker: 'one analyst' },
    ],
  },

  {
    note: 'a region after its city in an opening phrase is no subject: "Speaking at a town hall in Dover, New Hampshire, Rivera …"',
    text: 'Speaking at a town hall in Dover, New Hampshire, Marta Rivera went after her rival, calling him "a total bore."',
    quotes: [{ quote: 'a total bore', speaker: 'Marta Rivera' }],
  },

  {
    note: 'a region and then a time after the city: "At a rally in Ames, Iowa, on Sunday, …"',
    text: 'At a rally in Ames, Iowa, on Sunday, Lena Ortiz tried to explain her plan, saying the state should "stop wasting money on roads."',
    quotes: [{ quote: 'stop wasting money', speaker: 'Lena Ortiz' }],
  },

  {
    note: 'a country after its city in an apposition of the occasion, before the cue: "…, during a visit to Lyon, France, said"',
    text: 'Trade commissioner Paul Okafor, during a visit to Lyon, France, said the tariffs were "a gift to smugglers."',
    quotes: [{ quote: 'a gift to smugglers', speaker: 'Paul Okafor' }],
  },

  {
    note: 'the apposition of a "whose" clause\'s noun is no speaker: "Reed, whose district, Elmira, lies near the border, argues …"',
    text: 'Tom Reed, whose district, Elmira, lies near the border, argues that the tariff will "ruin our farms."',
    quotes: [{ quote: 'ruin our farms', speaker: 'Tom Reed' }],
  },

  {
    note: 'a named person in a "whose" clause is passed over to the subject before it: "Woods, whose husband, Navy SEAL Ty Woods, was …, said"',
    text: 'Dora Woods, whose husband, Army Sgt. Ty Woods, was killed in the 2014 raid in Kandahar, Afghanistan, said the ceremony was "long overdue."',
    quotes: [{ quote: 'long overdue', speaker: 'Dora Woods' }],
  },

  {
    note: 'an appositive title ends where a relative clause about it opens: "a historian who attended the session" is "a historian"',
    text: 'Douglas Reyes, a historian who attended the session, said the president was "in a reflective mood."',
    quotes: [{ quote: 'reflective mood', speaker: 'Douglas Reyes', speakerTitle: 'a historian' }],
  },

  {
    note: 'a title ends before ", which …" and before "to whom …": the body\'s clause is no part of it',
    text: 'Mia Mulgrew, president of the Harbour Teachers Union, which represents 9,000 educators, said the cuts were "a disgrace."',
    quotes: [{ quote: 'a disgrace', speaker: 'Mia Mulgrew', speakerTitle: 'president of the Harbour Teachers Union' }],
  },

  {
    note: 'a participle and an adverb open an apposition of the occasion, no title: "Trump, speaking later at a rally …, said"',
    text: 'Donald Trump, speaking later at a rally in Charleston, West Virginia, said the miners had been "forgotten for too long."',
    quotes: [{ quote: 'forgotten for too long', speaker: 'Donald Trump', speakerTitle: null }],
  },

  {
    note: 'titles in the apposition are part of it, the comma of the last inside its marks: "Lund, the author of “A” and “B,” said"',
    text: 'Per Lund, the author of "The Long Night" and "A Winter in Oslo," said the new book was "a labour of love."',
    quotes: [{ quote: 'a labour of love', speaker: 'Per Lund', speakerTitle: 'the author of "The Long Night" and "A Winter in Oslo"' }],
  },
  {
    note: 'a title in an opening phrase, its comma inside the marks: "On “Harbour Talk,” Ruiz discussed …"',
    text: 'On “Harbour Talk,” Senator Ana Ruiz discussed a bill aimed at those showing “extreme carelessness” with public money.',
    quotes: [{ quote: 'extreme carelessness', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'a day opening a phrase of time before the subject: "Wednesday on Fox News, McCaul discussed …"',
    text: 'Wednesday on Channel 4, Rep. Mike Lowry (R-TX) discussed a bill aimed at those showing “extreme carelessness” with secrets.',
    quotes: [{ quote: 'extreme carelessness', speaker: 'Mike Lowry' }],
  },
  {
    note: 'a title inside a clause is no speaker: "what he called the Soviet “Evil Empire,” voiced in his demand: “…”"',
    text: 'Ronald Reagan was known for his hatred of what he called the Soviet "Evil Empire," voiced in his famous demand in Berlin in 1987: "Mr. Gorbachev, tear down this wall!"',
    quotes: [{ quote: 'tear down this wall', speaker: 'Ronald Reagan' }],
    // (the cue before the title is the title's own, "called"; "his famous demand:" names no speaker to the engine yet)
    known: true,
  },
  {
    note: 'a nickname in marks inside a name is not a title: "Scott\'s niece, state Del. Marcia “Cia” Price, shouted"',
    text: '"This is a big year for Bobby Scott!" Scott\'s niece, state Del. Marcia "Cia" Price (D-Newport News), shouted to the crowd. "The nation is watching."',
    quotes: [{ quote: 'The nation is watching', speaker: ['Marcia Price', 'Price'] }],
  },
  {
    note: 'a cue that opens a clause after a quotation is no inversion when an auxiliary follows its noun: "“…,” said the book was …"',
    text: '"Is there no other way?" demanded Monks with a faltering tongue, "is there no middle course?"',
    quotes: [{ quote: 'no middle course', speaker: 'Monks' }],
  },

  {
    note: '"Or, as X, a former …, put it: “…”": the name after the conjunction that opens its clause, past a word before it',
    text: 'Or, as Tom Reed, a former harbour master, put it: "The barbarians are no longer at the gate. They are inside."',
    quotes: [{ quote: 'barbarians', speaker: 'Tom Reed', speakerTitle: 'a former harbour master' }],
  },
  {
    note: 'negative: "as" before a name that is the object of a clause\'s verb is no subject: "…, as voters saw it, Ruiz said"',
    text: 'The deal was "a disaster from day one," as voters in Halifax saw it, Ana Ruiz said.',
    quotes: [{ quote: 'a disaster from day one', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'a fragment coordinated with a later one takes the attribution right after that one: "Guns are “…” and “…,” Dean told"',
    text: 'Guns are "the ultimate public health crisis" and "a stain on the nation," Howard Dean, the former governor of Vermont, told a cheering crowd.',
    quotes: [
      { quote: 'ultimate public health crisis', speaker: 'Howard Dean' },
      { quote: 'a stain on the nation', speaker: 'Howard Dean' },
    ],
  },
  {
    note: 'an aside of comparison between the quotation and its cue is passed over: "“…,” like the swings in markets, said Curtin"',
    text: '"The most striking thing has been the resilience of shoppers," like the recent swings in markets, said Richard Curtin, the chief economist for the survey.',
    quotes: [{ quote: 'resilience of shoppers', speaker: 'Richard Curtin' }],
  },

  {
    note: 'a title in the middle of a clause does not cut it: "during a “Leaders Forum” sponsored by CBC News and said she has …: “…”"',
    text: 'Ruiz, the former secretary of state, stressed her support of the raid during a "Leaders Forum" sponsored by CBC News and said she has the quality for the job of premier: "Steadiness -- and strength."',
    quotes: [{ quote: 'Steadiness', speaker: 'Ruiz' }],
  },

  {
    note: 'two people named together as one subject speak together; a plural role before them is their title',
    text: 'Senators Tom Reed and Ana Ruiz said the bill was "dead on arrival."',
    quotes: [{ quote: 'dead on arrival', speaker: 'Tom Reed and Ana Ruiz', speakerTitle: 'Senators' }],
  },
  {
    note: 'two people, each with a party and state between commas: "Sen. Bob Corker, R-Tenn., and Lindsey Graham, R-S.C., said"',
    text: 'Sen. Bob Corker, R-Tenn., and Lindsey Graham, R-S.C., said they think the law should be changed "to make it harder to sue."',
    quotes: [{ quote: 'harder to sue', speaker: 'Bob Corker and Lindsey Graham' }],
  },
  {
    note: 'two people after the quotation: "“…,” Tom Reed and Ana Ruiz said in a joint statement"',
    text: '"It is dead on arrival," Tom Reed and Ana Ruiz said in a joint statement.',
    quotes: [{ quote: 'dead on arrival', speaker: 'Tom Reed and Ana Ruiz' }],
  },
  {
    note: 'negative: a body named with "and" stays one name ("Procter and Gamble")',
    text: 'Procter and Gamble said the new soap was "a breakthrough for sensitive skin."',
    quotes: [{ quote: 'a breakthrough', speaker: 'Procter and Gamble' }],
    // (the engine reads "Gamble" alone: two single words joined by "and" are as often two surnames)
    known: true,
  },
  {
    note: 'negative: "and" after a comma joins two clauses, not two people: "she was like William, and Fanny said …"',
    text: 'Susan was like William, and Fanny said she was "a treasure."',
    quotes: [{ quote: 'a treasure', speaker: 'Fanny' }],
  },

  {
    note: 'a state or a country is no person a pronoun takes up ("Carolina" is a given name, "South Carolina" is not one)',
    text: 'Ana Ruiz, a state senator, toured the coast last week. Voters in South Carolina are split on the plan. "It is a betrayal of the coast," she said.',
    quotes: [{ quote: 'betrayal of the coast', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'negative: a pronoun after a description and a region names nobody, not the region',
    text: 'The senator from Nova Scotia opened the hearing on Tuesday. She called the plan "a betrayal of the coast."',
    quotes: [{ quote: 'betrayal of the coast', speaker: null }],
  },

  {
    note: 'a name opening an apposition between dashes is the person described before them (typewritten "--" too)',
    text: 'A former Liberal leadership candidate -- Tom Reed, who lost the 2019 race to Ruiz -- said the premier "offered no changes to his failed strategy."',
    quotes: [{ quote: 'offered no changes', speaker: 'Tom Reed', speakerTitle: 'A former Liberal leadership candidate' }],
  },
  {
    note: 'the same with em dashes, and the speaker after a quotation: "“…,” Kall — co-editor of a book — said"',
    text: 'Ana Kall — co-editor of "Debating the Premier," a book about the debates — said the premier "tends to make news at debates."',
    quotes: [{ quote: 'tends to make news', speaker: 'Ana Kall' }],
  },
  {
    note: 'a group by its plural or a city is no person a pronoun takes up: "Vermont Democrats", "San Diego"',
    text: 'Bernie Rowe spoke to Vermont Democrats in San Diego on Friday. "We are not going anywhere," he said.',
    quotes: [{ quote: 'not going anywhere', speaker: 'Bernie Rowe' }],
  },

  {
    note: 'a place named by its first or last word ("Lake Erie", "Mexico City", "Southern California") is no person a pronoun takes up',
    text: 'Sherrod Brown toured a marina on Lake Erie and flew on to Mexico City and Southern California. "The water is our future," he said.',
    quotes: [{ quote: 'water is our future', speaker: 'Sherrod Brown' }],
  },

  {
    note: 'a subject pronoun with its verb contracted is a pronoun, not a name "He": "He’s comparing … and says it is “…”"',
    text: 'Jeb Rowe is panning the plan in an op-ed. He’s comparing it to a tax and says it is "a scam on renters."',
    quotes: [{ quote: 'a scam on renters', speaker: 'Jeb Rowe' }],
  },
  {
    note: 'a title with its surname as a role word: "Representative Peter T. King of New York said" is Peter T. King',
    text: 'Representative Peter T. King of New York said the plan was "a disaster for Long Island."',
    quotes: [{ quote: 'a disaster', speaker: 'Peter T. King', speakerTitle: 'Representative' }],
  },

  {
    note: 'an outlet as the speaker is named as the outlet is, not by the registry\'s shorter reading ("York Times", "Hill")',
    text: 'The New York Times reported on Monday that the ministry had "lost track of the money." On Tuesday, the Times said the minister was "refusing to answer."',
    quotes: [
      { quote: 'lost track of the money', speaker: 'The New York Times' },
      { quote: 'refusing to answer', speaker: 'The New York Times' },
    ],
  },

  {
    note: 'a sentence whose space after the full stop was lost in scraping still ends there: "“…,” Rowe said.Rowe claimed …"',
    text: '"The Chinese have complete control over North Korea," Rowe said.Rowe claimed that he learned this from business people.',
    quotes: [{ quote: 'complete control', speaker: 'Rowe' }],
  },

  {
    note: 'a pronoun takes up a speaker introduced by an indefinite noun of its gender, after the last person named',
    text: 'Ana Ruiz, the minister, left for Ottawa on Monday. A spokeswoman for the ministry declined to give details. She said the talks were "at a delicate stage."',
    quotes: [{ quote: 'at a delicate stage', speaker: 'A spokeswoman for the ministry' }],
  },
  {
    note: 'negative: a definite description takes up the person named before, and a pronoun after it stays with that person',
    text: 'Tim Allen spoke at the gala on Friday. The actor praised the organizers. "They did a wonderful job," he said.',
    quotes: [{ quote: 'wonderful job', speaker: 'Tim Allen' }],
  },

  {
    note: 'the owner of the words that open the sentence before a colon speaks them: "The mayor\'s message was simple: “…”"',
    text: 'Ana Ruiz spoke first at the council. The mayor\'s message to voters was simple: "Stay home and stay safe."',
    quotes: [{ quote: 'Stay home', speaker: 'The mayor' }],
  },
  {
    note: 'and a possessive pronoun as that owner: "Her response was swift: “…”"',
    text: 'Ana Ruiz was asked about the leak on Tuesday. Her response was swift: "Nonsense from start to finish."',
    quotes: [{ quote: 'Nonsense', speaker: 'Ana Ruiz' }],
  },

  {
    note: 'a noun of those who speak, capitalised at the sentence\'s start, before "of" and a name: "Supporters of Sanders said"',
    text: 'Supporters of Sanders said the primary was "rigged from the start."',
    quotes: [{ quote: 'rigged from the start', speaker: 'Supporters of Sanders' }],
  },

  {
    note: '"Here’s X in 1992: “…”" presents X; "There’s", "That’s" open no subject and are no names',
    text: 'Here’s Clinton in December 1992: "Our new direction must rest on an understanding of the new economy."',
    quotes: [{ quote: 'Our new direction', speaker: 'Clinton' }],
  },
  {
    note: 'a preposition opening the sentence is no part of the speaker (a guard): "Among likely voters, 40 percent said …"',
    text: 'Among likely primary voters, 40 percent said the party was "on the wrong track."',
    quotes: [{ quote: 'on the wrong track', speaker: '40 percent' }],
  },

  // ── what follows the name is no title ─────────────────────────────────
  {
    note: 'the clause after "According to X," is no apposition of X',
    text: 'According to the Congressional Budget Office, the extension would cost about $45 billion over two years.',
    quotes: [{ quote: 'the extension would cost', speaker: 'Congressional Budget Office', speakerTitle: null }],
  },
  {
    note: 'a past participle of the occasion is no title: "Thune, asked whether …, replied"',
    text: 'Ned Thune voted no. Thune, asked whether a compromise was possible, replied: “Anything is possible, but not this bill.”',
    quotes: [{ quote: 'Anything is possible', speaker: 'Ned Thune', speakerTitle: null }],
  },
  {
    note: 'guard: a title after the name still is one',
    text: '“We will appeal,” said Dana Ruiz, a lawyer for the family.',
    quotes: [{ quote: 'We will appeal', speaker: 'Dana Ruiz', speakerTitle: 'a lawyer for the family' }],
  },

  {
    note: 'an adverb in -ly that opens the sentence is no part of the name after it',
    text: 'Christoph Blocher built the party in the 1990s. Interestingly Blocher said he had never wanted to lead it.',
    quotes: [{ quote: 'he had never wanted to lead it', speaker: 'Christoph Blocher' }],
  },

  {
    note: 'a role of rank and its lower-case words before the name, mid-sentence',
    text: 'The ruling was deeply flawed, chief legal officer Jennifer Okoro said on Monday.',
    quotes: [{ quote: 'The ruling was deeply flawed', speaker: 'Jennifer Okoro', speakerTitle: 'chief legal officer' }],
  },

  // ── "the aide" takes up "A senior Senate aide" ─────────────────────────
  {
    note: 'a description taken up by its head noun',
    text: 'A senior Senate aide, who spoke on condition of anonymity, said leadership hoped to hold a vote this week.\n\n“We are close,” the aide said. “But close does not count.”',
    quotes: [
      { quote: 'leadership hoped to hold a vote', speaker: 'A senior Senate aide' },
      { quote: 'We are close', speaker: 'A senior Senate aide' },
      { quote: 'But close does not count', speaker: 'A senior Senate aide' },
    ],
  },
  {
    note: 'a plural without an article taken up by its head noun, past an adjective after it',
    text: 'The mill will close in May, according to people familiar with the plans.\n\nNo final decision has been made, the people said.',
    quotes: [
      { quote: 'The mill will close in May', speaker: 'people familiar with the plans' },
      { quote: 'No final decision has been made', speaker: 'people familiar with the plans' },
    ],
  },
  {
    note: 'guard: a description with a name of its own is another one ("the Harbor poll")',
    text: 'A new statewide poll found the mayor trailing by six points.\n\nThe Harbor poll, released a day later, showed the race tied.',
    quotes: [
      { quote: 'the mayor trailing by six points', speaker: 'A new statewide poll' },
      { quote: 'the race tied', speaker: 'Harbor poll' },
    ],
  },

  {
    note: 'those who speak at a body: "Economists at Goldman Sachs wrote"',
    text: 'Economists at Halden Bank wrote in a note to clients that they now expect two rate cuts this year.',
    quotes: [{ quote: 'they now expect two rate cuts this year', speaker: 'Economists at Halden Bank' }],
  },
  {
    note: 'guard: an email from a person is that person\'s',
    text: 'An email from Dana Ruiz, meanwhile, reveals that the donor had asked for a meeting.',
    quotes: [{ quote: 'the donor had asked for a meeting', speaker: 'Dana Ruiz' }],
  },
  {
    note: 'a role from a place is the person named before, not the place',
    text: 'Senator Nora Vance voted against the bill. The senator from Vermont said the measure was “a giveaway.”',
    quotes: [{ quote: 'a giveaway', speaker: 'Nora Vance' }],
  },

  {
    note: 'a word of tenure that opens the sentence, before the title, an apposition and a verb no list holds',
    text: 'Former Treasury Secretary Lena Marsh, a frequent critic of the bank, propounded on Harbor Radio that it was “behind the curve.”',
    quotes: [{ quote: 'behind the curve', speaker: 'Lena Marsh', speakerTitle: 'Former Treasury Secretary' }],
  },
  {
    note: 'a word of tenure before the title, before the cue',
    text: 'Former Treasury Secretary Lena Marsh said the central bank was “behind the curve.”',
    quotes: [{ quote: 'behind the curve', speaker: 'Lena Marsh', speakerTitle: 'Former Treasury Secretary' }],
  },

  {
    note: 'guard: a description in an apposition (its article kept; names compare without it)',
    text: 'The mayor, in a post on Sunday, said the city would “never” sell the port.',
    quotes: [{ quote: 'never', speaker: 'The mayor' }],
  },

  {
    note: 'two bodies, each with its article, are one speaker',
    text: 'In a joint statement, the Harbor Workers Union and the Ferry Owners Association said the strike was over.',
    quotes: [{ quote: 'the strike was over', speaker: 'Harbor Workers Union and Ferry Owners Association' }],
  },

  // ── "X quoted Y as saying": the one quoted speaks ─────────────────────
  {
    note: 'an agency quotes a minister as saying, after the quotation',
    text: '“There will be no talks without a ceasefire,” the Tarvik news agency quoted Foreign Minister Ilse Varga as saying.',
    quotes: [{ quote: 'no talks without a ceasefire', speaker: 'Ilse Varga' }],
  },
  {
    note: 'an agency quotes a minister as saying, a fragment in reported speech',
    text: 'Tarvik quoted Foreign Minister Ilse Varga as saying that the border remained “firmly closed” to trucks.',
    quotes: [{ quote: 'firmly closed', speaker: 'Ilse Varga' }],
  },
  {
    note: 'quoted her as saying: the pronoun takes up the minister',
    text: 'Ilse Varga met the envoy on Monday. “We are patient people,” the Tarvik agency quoted her as saying.',
    quotes: [{ quote: 'We are patient people', speaker: 'Ilse Varga' }],
  },
  {
    note: 'guard: the passive, by the agency',
    text: '“We are patient people,” Ilse Varga was quoted by the Tarvik agency as saying.',
    quotes: [{ quote: 'We are patient people', speaker: 'Ilse Varga' }],
  },
  {
    note: 'an agency quotes a minister as declaring (a participle of nine letters), a fragment in reported speech',
    text: 'Tarvik quoted Foreign Minister Ilse Varga as declaring that the border was “firmly closed” to trucks.',
    quotes: [{ quote: 'firmly closed', speaker: 'Ilse Varga' }],
  },
  {
    note: 'a witness, described, before a colon and a quotation',
    text: 'A witness told the Harbor Times: “It was chaos. Everybody was screaming.”',
    quotes: [{ quote: 'It was chaos', speaker: 'A witness' }],
  },
  {
    note: 'a bystander after a relative clause speaks a fragment',
    text: 'One bystander, who asked not to be named, said she heard “four or five bangs” before people ran.',
    quotes: [{ quote: 'four or five bangs', speaker: 'One bystander' }],
  },
  {
    note: 'an outlet of two words is no person: "her" is the chancellor',
    text: 'Chancellor Greta Lind spoke in Berlin on Monday. “The plan is dead,” Der Spiegel quoted her as saying.',
    quotes: [{ quote: 'The plan is dead', speaker: 'Greta Lind' }],
  },

  // ── a document, its participle and where it was published ─────────────
  {
    note: 'a study published in a journal: the study, not the journal, finds',
    text: 'A study published in the Harbor Medical Journal found that night shifts raise the risk of diabetes.',
    quotes: [{ quote: 'night shifts raise the risk of diabetes', speaker: 'A study' }],
  },
  {
    note: 'after the quotation, a report, its participle’s phrase, then a verb no list holds',
    text: '“Fares rose by a third,” a report released by the harbour authority found.',
    quotes: [{ quote: 'Fares rose by a third', speaker: 'a report' }],
  },
  {
    note: 'after the quotation, a report released on a day, then a listed cue',
    text: '“Fares rose by a third,” a report published on Monday concluded.',
    quotes: [{ quote: 'Fares rose by a third', speaker: 'a report' }],
  },

  {
    note: 'a reflexive between the speaker and the cue',
    text: 'In a post on X, the striker himself wrote: “Focused on the last three games.”',
    quotes: [{ quote: 'Focused on the last three games', speaker: 'the striker' }],
  },

  {
    note: 'a participle after a fragment of the sentence: its subject is the fragment’s speaker, not the noun before it',
    text: 'Aled Rhys said he ‘fully supported’ the scheme, adding: ‘It’s the right thing to do.’',
    quotes: [
      { quote: 'fully supported', speaker: 'Aled Rhys' },
      { quote: 'the right thing to do', speaker: 'Aled Rhys' },
    ],
  },
  {
    note: 'a British councillor’s abbreviated title',
    text: 'Cllr Jane Pryor told a packed meeting: ‘We know people are angry.’',
    quotes: [{ quote: 'We know people are angry', speaker: 'Jane Pryor' }],
  },

  {
    note: 'a given name alone, in an apposition with an age, is a person a pronoun can stand for',
    text: 'His daughter, Fiona, 38, said she had tried to persuade him to stay. “He said no,” she recalled.',
    quotes: [
      { quote: 'she had tried to persuade him to stay', speaker: 'Fiona' },
      { quote: 'He said no', speaker: 'Fiona' },
    ],
  },

  {
    note: 'an indefinite description in the lede is the person the story names next with that title',
    text: 'A federal judge on Tuesday ordered the release of a detained activist, saying the government had shown no danger.\n\n“Detention is the exception, not the rule,” U.S. District Judge Hannah Whitcombe wrote.',
    quotes: [
      { quote: 'the government had shown no danger', speaker: 'Hannah Whitcombe' },
      { quote: 'Detention is the exception', speaker: 'Hannah Whitcombe' },
    ],
  },
  {
    note: 'guard: a description past the lede keeps its words',
    text: 'The trial opened on Monday in Harbor City before a packed courtroom. Lawyers for both sides spent the morning on procedural motions, and the afternoon on the first of forty witnesses, a ferry pilot who described the night of the crash in detail. Jurors were shown photographs of the wreck, charts of the harbour and a timeline of the evening. Several relatives of the victims left the room during the testimony, and one was escorted out after shouting at the defendant. The defence is expected to call its own experts next week, and the trial may last into the spring, according to court filings. Outside the courthouse, a retired judge said the case would turn on the charts.\n\n“It is a hard case,” Judge Ana Ruiz said at the close of the day.',
    quotes: [
      { quote: 'the case would turn on the charts', speaker: 'a retired judge' },
      { quote: 'It is a hard case', speaker: 'Ana Ruiz' },
    ],
  },

  {
    note: 'a sea is no fuller name of the country its name holds',
    text: 'Coast guard ships met again in the South China Sea. China on Monday urged Manila to “stop stirring up trouble.”',
    quotes: [{ quote: 'stop stirring up trouble', speaker: 'China' }],
  },

  {
    note: 'a name in an apposition set off by dashes gives way to the sentence’s subject',
    text: 'Gov. Chris Coyle — once a rival and now a close adviser to Donald Trump — arrived late on Monday.\n\n“We are not going anywhere,” he said.',
    quotes: [{ quote: 'not going anywhere', speaker: 'Chris Coyle' }],
  },
  {
    note: 'a name after a preposition gives way to the person who opens its sentence after an opening phrase',
    text: 'Late on Friday, Mayor Tom Ruiz met with Gov. Bill Lane and Sen. Paul Ford. “The talks went well,” he said.',
    quotes: [{ quote: 'talks went well', speaker: 'Tom Ruiz' }],
  },
  {
    note: 'a name after a preposition stays the pronoun’s when no person of its gender opens the sentence (guard)',
    text: 'The award went to the novelist Tom Reed. “I am honoured,” he said.',
    quotes: [{ quote: 'I am honoured', speaker: 'Tom Reed' }],
  },
  {
    note: 'a possessive gives way to the subject of its sentence; a stop after a lower-case word is no title (guard)',
    text: 'Protesters said they would remain civil.\n\nDonald Trump has also commented on Tom Crane’s death.\n\nOn Wednesday, he told a crowd in Ohio that he was “troubled” by it.',
    quotes: [{ quote: 'troubled', speaker: 'Donald Trump' }],
  },
  {
    note: 'a woman who opens the sentence is no antecedent of “he” (guard)',
    text: 'Ann Lee met with the coach, Paul Ford, on Monday. “We will be ready,” he said.',
    quotes: [{ quote: 'We will be ready', speaker: 'Paul Ford' }],
  },

  {
    note: 'a body of local news speaks before a colon: the family',
    text: 'In a statement, the family said: “She never once missed a birthday.”',
    quotes: [{ quote: 'never once missed', speaker: 'the family' }],
  },

  {
    note: 'a sports club is no person a pronoun stands for, though it is a sentence’s subject',
    text: 'Harbridge beat Castlemoor Athletic 2-1. Castlemoor had led through a penalty.\n\nTomás Ferreira, the Harbridge manager, was pleased. “We were patient,” Ferreira said.\n\nHe was asked about the penalty that gave Castlemoor the lead. “For me it is not a penalty,” he said.',
    quotes: [{ quote: 'not a penalty', speaker: 'Tomás Ferreira' }],
  },

  {
    note: 'a person “of the” body of five words: the person speaks, not the body',
    text: 'Chief Ray Dunmore of the Larkspur Fire Protection District said: “We had embers landing a mile ahead of the front.”',
    quotes: [{ quote: 'We had embers landing', speaker: 'Ray Dunmore' }],
  },

  {
    note: 'a firm’s name joined by “&”, after the person “of” it',
    text: 'Tom Kessler of Brandt & Lowe Securities called the outlook “optimistic at best” and cut his price target.',
    quotes: [{ quote: 'optimistic at best', speaker: 'Tom Kessler' }],
  },
  {
    note: 'a firm’s name joined by “&” speaks whole',
    text: 'Procter & Gamble said on Tuesday that sales had “fallen further than expected” in May.',
    quotes: [{ quote: 'fallen further than expected', speaker: 'Procter & Gamble' }],
  },

  {
    note: 'the parties of a court speak, a relative clause after them and a statement read for them',
    text: 'The defendant, who denies the charges, said in a statement read by his lawyer: “I never took a penny.”',
    quotes: [{ quote: 'I never took a penny', speaker: 'The defendant' }],
  },
  {
    note: 'guard: "The statement read:" is the verb',
    text: 'The charity issued a statement on Friday. The statement read: “We will cooperate fully.”',
    quotes: [{ quote: 'We will cooperate fully', speaker: 'The statement' }],
  },
  {
    note: 'the letters after a name are no part of it: KC, MP',
    text: 'Simon Redfern KC, for the prosecution, opened the case on Monday. “This was no lapse,” Mr Redfern told the jury. Labour’s Ann Lowe MP said: “We will vote against it.”',
    quotes: [
      { quote: 'This was no lapse', speaker: 'Simon Redfern' },
      { quote: 'We will vote against it', speaker: 'Ann Lowe' },
    ],
  },

  {
    note: 'a man’s gender is not learnt from the pronouns of the woman his relative clause is about',
    text: 'Noor Castellane cooks over oak coals.\n\nBastien Dorré, the chef who hired her as a line cook when she was 19, remembers a teenager who never complained. Castellane said Dorré taught her that a kitchen runs on respect. She tells her apprentices what Dorré once told her.\n\n“She was the slowest cook I had ever seen,” he said.',
    quotes: [{ quote: 'the slowest cook', speaker: 'Bastien Dorré' }],
  },
  {
    note: 'a name a medium’s noun follows is no person a pronoun stands for',
    text: 'Julian Castellane runs the front of house.\n\n“I stood in the ashes,” Amina Castellane told Bon Vivant magazine in 2019.\n\n“Every word of it is true,” he said.',
    quotes: [{ quote: 'Every word of it is true', speaker: 'Julian Castellane' }],
  },

  {
    note: 'the given names of international news tell a gender: Fatima, Omar, Zeynep, Kwame',
    text: 'Fatima Nasser met Omar Khalil in Amman on Monday. “We agreed on nothing,” she said.\n\nZeynep Kaya spoke after Kwame Mensah. “The vote is lost,” she said.',
    quotes: [
      { quote: 'We agreed on nothing', speaker: 'Fatima Nasser' },
      { quote: 'The vote is lost', speaker: 'Zeynep Kaya' },
    ],
  },

  {
    note: 'a quoted headline in title case, its verb inside the run, is no fuller name of the name after the verb (guard)',
    text: 'Donald J. Trump spoke in Ohio. Headline writers had their fun (“Francesco Excommunicates Trump,” declared La Stampa). Mr. Trump had called the pope “a political person.”',
    quotes: [{ quote: 'a political person', speaker: 'Donald J. Trump' }],
  },
  {
    note: 'an initial before a known given name is part of the name, not a title (guard)',
    text: 'White House counsel W. Neil Eggleston met the lawmakers. Eggleston said the letter was “deeply unhelpful.”',
    quotes: [{ quote: 'deeply unhelpful', speaker: 'W. Neil Eggleston' }],
  },

  {
    note: 'a role "of the" body before a name: the body’s word is the title’s, and "he" stands for the person',
    text: 'Leader of the Opposition Harish Mehta alleged that the government had “slept over” the warnings. “Every summer the people pay the price,” he said.\n\nSecretary of the Navy Ray Mabus spoke on Monday. “We will sail,” he said.',
    quotes: [
      { quote: 'slept over', speaker: 'Harish Mehta', speakerTitle: 'Leader of the Opposition' },
      { quote: 'Every summer the people', speaker: 'Harish Mehta' },
      { quote: 'We will sail', speaker: 'Ray Mabus' },
    ],
  },

  {
    note: 'a role noun stands for the abbreviated title it names: "the senator" for "Sen.", "the lawmaker" for "Rep."',
    text: 'Sen. Mary Ortiz toured the flooded plant on Monday with her staff. The senator said the repairs would take a year.\n\nRep. Tom Reed, a Republican, spoke after her. “We will rebuild it,” the lawmaker said.',
    quotes: [
      { quote: 'the repairs would take a year', speaker: 'Mary Ortiz' },
      { quote: 'We will rebuild it', speaker: 'Tom Reed' },
    ],
  },
  {
    note: 'a place before the role picks the title that names it: "the Florida senator" is not the Texas one named last',
    text: 'Texas Sen. Ted Cruz and Florida Sen. Marco Rubio campaigned in Iowa. Rubio says the race is now between himself, Donald Trump and Cruz. The Florida senator said he would win the state.',
    quotes: [{ quote: 'he would win the state', speaker: 'Marco Rubio' }],
  },
  {
    note: 'a titled person named before is not "the senator" when the text has gone on to someone else, untitled (guard)',
    text: 'Supporters of Sen. Bernie Sanders filled the hall. Later, Maddow pressed Elizabeth Warren on whether she would join the ticket, but the senator insisted she had not discussed it.',
    quotes: [{ quote: 'she had not discussed it', speaker: 'the senator' }],
  },
  {
    note: 'the role is the head of the mention: "the campaign of the former senator" is no senator (guard)',
    text: 'Sen. Ted Cruz spoke in Iowa on Monday. “He is weak on borders,” the campaign of the former senator from Pennsylvania said in a statement.',
    quotes: [{ quote: 'He is weak on borders', speaker: 'the campaign of the former senator from Pennsylvania' }],
  },

  {
    note: 'a body by its head noun is the body named before whose name holds it: "the ministry", "the health ministry", "the commission"',
    text: 'The Ministry of Health issued new guidance on Monday. The ministry said flu admissions had risen by 18 percent in a week.\n\nThe Federal Electricity Pricing Commission raised tariffs. “Government cannot subsidise power forever,” the commission said.',
    quotes: [
      { quote: 'flu admissions had risen', speaker: 'Ministry of Health' },
      { quote: 'Government cannot subsidise', speaker: 'Federal Electricity Pricing Commission' },
    ],
  },
  {
    note: 'guard: a body noun whose modifier no body named before holds stays as written',
    text: 'The Ministry of Health issued new guidance on Monday. The defence ministry said troops would help at hospitals.',
    quotes: [{ quote: 'troops would help at hospitals', speaker: 'The defence ministry' }],
  },
  {
    note: 'after "told", the name is the listener, never an inverted subject; a player’s position opening the sentence after his name is him',
    text: 'Tobi Okafor scored twice. The forward, who joined two seasons ago, told Sky Sports that he had dedicated the goal to his late grandmother.',
    quotes: [{ quote: 'he had dedicated the goal', speaker: 'Tobi Okafor' }],
  },

  {
    note: 'a quotation running over paragraphs, with no cue, after a paragraph about "she": hers, as a guess',
    text: 'Marta Vellacott has fished out of Cressing for thirty years.\n\nOn the way past the breakwater, she talked about the winter her father’s boat nearly went down.\n\n“It was January, and the forecast had said a force six.\n\n“They came in at ten past eleven. All three of them were alive.”',
    quotes: [
      { quote: 'It was January', speaker: 'Marta Vellacott' },
      { quote: 'They came in at ten', speaker: 'Marta Vellacott' },
    ],
  },
  {
    note: 'the participle of the question put to a person opening the paragraph before: the answer is theirs',
    text: 'Declan Mayhew is twenty-four and crews his uncle’s trawler.\n\nAsked what would keep people his age in the town, Declan was quiet for a long time.\n\n“Honestly? Houses. Every cottage on the front is a holiday let now.”',
    quotes: [{ quote: 'Honestly? Houses.', speaker: 'Declan Mayhew' }],
  },

  {
    note: 'a single name no list knows, introduced by a noun of gender, is the "he" after it, not the speaker before',
    text: 'Marisol Quintero said the school was the only one within walking distance.\n\nA father who identified himself only as Ray said he had moved to the town for the school.\n\n“Close it and you’ll lose families like mine,” he said.',
    quotes: [
      { quote: 'he had moved to the town', speaker: 'Ray' },
      { quote: 'Close it and you’ll lose', speaker: 'Ray' },
    ],
  },
  {
    note: 'a body’s name with "for" (and "and") in it: the person "of" it, and the body as a subject',
    text: '“The rivers will run higher for a few decades,” co-author Professor Jonas Ekwueme of the Lindqvist Institute for Climate Research said.\n\nThe Centers for Disease Control and Prevention estimates that one in 45 children has the condition.',
    quotes: [
      { quote: 'The rivers will run higher', speaker: 'Jonas Ekwueme' },
      { quote: 'one in 45 children', speaker: 'Centers for Disease Control and Prevention' },
    ],
  },
  {
    note: 'guard: a headline in title case is no body that "the police" stands for',
    text: 'Terror Suspect Named By Police\n\nThe suspect was named hours after the shooting. The police said the man had acted alone and that no one else was being sought.',
    quotes: [{ quote: 'the man had acted alone', speaker: 'The police' }],
  },

  {
    note: 'the same after a quotation closing the paragraph before, and with a scare quote in a long opening phrase',
    text: '“Would any of you accept that for your own kids?” Marisol Quintero asked the board.\n\nA father who identified himself only as Ray said he had moved to the town for the school.\n\n“Close it and you’ll lose families like mine,” he said.\n\nAsked what would keep people his age in a town reshaped by the so-called “staycation boom”, Ray was quiet for a long time.\n\n“Honestly? Houses. Every cottage on the front is a holiday let now.”',
    quotes: [
      { quote: 'Close it and you’ll lose', speaker: 'Ray' },
      { quote: 'Honestly? Houses.', speaker: 'Ray' },
    ],
  },

  {
    note: 'the apposition of a role after a preposition is no subject: "the commission, in a statement signed by its spokesman, Mr Kelechi Anozie, said"',
    text: 'The Federal Electricity Pricing Commission raised tariffs on Monday. But the commission, in a statement signed by its spokesman, Mr Kelechi Anozie, said the review was necessary to keep distribution companies solvent.',
    quotes: [{ quote: 'the review was necessary', speaker: 'Federal Electricity Pricing Commission' }],
  },

  {
    note: '"the statement" is its issuer’s: the speaker who "said in a statement", or the name that "issued a statement"',
    text: '“He wrote the memo himself,” the senator’s office said in a statement. “There was no other system.”\n\nThe statement added that the account was never used for classified material.\n\nLater, the Harbour Trust issued a statement of its own. “We were not consulted,” the statement said.',
    quotes: [
      { quote: 'the account was never used', speaker: 'the senator’s office' },
      { quote: 'We were not consulted', speaker: 'Harbour Trust' },
    ],
  },
  {
    note: 'a statement spoken of in a reported clause is not the reporter’s: "The Times said Cook provided a written statement"',
    text: 'The Harbour Ledger said Peter Cook provided a written statement in response to its questions.\n\n“The minister believes his use of personal email was a mistake,” the statement said.',
    quotes: [{ quote: 'The minister believes', speaker: 'Peter Cook' }],
  },

  {
    note: 'a role in apposition after a party and state is the person’s title, and "the committee chairman" stands for them',
    text: '“Your agency had the data,” said Rep. Dwayne Kellerman, R-Ohio, the committee chairman, in his opening remarks.\n\nLater, Sen. Ann Ruiz spoke. “The people who breathed that smoke deserve answers,” the committee chairman said.',
    quotes: [{ quote: 'The people who breathed', speaker: 'Dwayne Kellerman' }],
  },
  {
    note: 'a town whose name ends in "Creek" is no woman a "she" stands for (guard)',
    text: 'Sen. Mara Lindqvist visited the town of Marlow Creek on Monday, where the crash happened. Speaking to CNN afterward, the senator said the crash was “exactly the scenario” her bill addressed.\n\n“We cannot inspect our way out of this,” she told the network.',
    quotes: [{ quote: 'We cannot inspect our way', speaker: 'Mara Lindqvist' }],
  },

  {
    note: '"It added" stands for the body that spoke just before; not for a person',
    text: '“The town has been fully retaken,” the defence ministry said in a statement. It added that more than 200 soldiers had been captured in the final days.\n\nTom Reed said the figure was too high. It added that the count was still going on.',
    quotes: [
      { quote: 'more than 200 soldiers', speaker: 'the defence ministry' },
      { quote: 'the count was still going on', speaker: null },
    ],
  },

  {
    note: 'a name once given after "in" or "around" is a place, which no "he" or "she" stands for',
    text: '“We warned the residents to leave,” army spokesman Col. Avi Dorran told reporters in Kfar Yuval.\n\nHe said the army had no information about casualties.\n\n“We left with nothing,” said Lina Haddad, who fled Tal Moreh with her children, after shelling in and around Tal Moreh.\n\nShe said her husband had stayed behind.',
    quotes: [
      { quote: 'the army had no information', speaker: 'Avi Dorran' },
      { quote: 'her husband had stayed behind', speaker: 'Lina Haddad' },
    ],
  },
  {
    note: 'a person named after "in" is still a person: "in Ms. Vance’s view" (guard)',
    text: 'Voters trust Nadia Vance more than the mayor, and in Vance’s view that is the whole race.\n\nShe said the campaign would go door to door.',
    quotes: [{ quote: 'the campaign would go door to door', speaker: 'Nadia Vance' }],
  },

  {
    note: 'a noun phrase, then the name with its lower-case role between commas: the name speaks',
    text: 'The summit’s host, Velorian energy minister Adaku Mensah, said the talks would run late.\n\nGregory Lund, president of the Harbour Rowing Club, said the regatta was off.',
    quotes: [
      { quote: 'the talks would run late', speaker: 'Adaku Mensah' },
      { quote: 'the regatta was off', speaker: 'Gregory Lund' },
    ],
  },
  {
    note: 'the words before a name in apposition are more than a role: the subject before the commas speaks (guard)',
    text: 'Nora Ferris, head of the Institute for Coastal Study, said the dunes were eroding.\n\nSen. Dale Pruitt, facing a challenge from state Treasurer Anne Kolb, said the race was close.',
    quotes: [
      { quote: 'the dunes were eroding', speaker: 'Nora Ferris' },
      { quote: 'the race was close', speaker: 'Dale Pruitt' },
    ],
  },
  {
    note: 'an opening phrase of occasion, then the subject with its relative clause between commas',
    text: 'In a statement, the Alliance of Reef Nations, which represents 31 island states, said the draft “fails the most basic test.”\n\nIn Dorchester, the senator, who faces a primary next month, said the bill was dead.',
    quotes: [
      { quote: 'fails the most basic test', speaker: 'Alliance of Reef Nations' },
      { quote: 'the bill was dead', speaker: 'the senator' },
    ],
  },
  {
    note: '"who said" after a name and two descriptions between commas is the name’s',
    text: 'The airline was represented by Marguerite Vale, chief executive of Corran Air, one of a dozen launch partners, who said it would use the system from May.',
    quotes: [{ quote: 'it would use the system from May', speaker: 'Marguerite Vale' }],
  },
  {
    note: '"The advisory said", "the post said": who issued the advisory or the post named just before',
    text: 'Hurricane Delia made landfall at 10 a.m., the National Hurricane Center said in a special advisory. The advisory said the coast faced a “life-threatening storm surge.”\n\nIn a post on its blog, Verant said the device had been built “with privacy in mind.” Users will be able to switch it off, the post said.',
    quotes: [
      { quote: 'life-threatening storm surge', speaker: 'National Hurricane Center' },
      { quote: 'Users will be able to switch it off', speaker: 'Verant' },
    ],
  },
  {
    note: '"the company" after a firm spoke, in the words that follow its own',
    text: 'Gulfport Power & Light said in a Facebook post that 310,000 customers were without power.\n\n“Our crews will begin work when the winds drop,” the company wrote. “We ask customers to be patient.”',
    quotes: [
      { quote: 'Our crews will begin work', speaker: 'Gulfport Power & Light' },
      { quote: 'We ask customers to be patient', speaker: 'Gulfport Power & Light' },
    ],
  },
  {
    note: '"the company" after a public body or a school spoke stays as written (guard)',
    text: 'The Harbour School of Journalism said the reports were fair.\n\n“We stand by the findings,” the company said.',
    quotes: [{ quote: 'We stand by the findings', speaker: 'the company' }],
  },

  {
    note: 'the reason for a speaker’s anonymity, "because the talks were private", is no subject',
    text: 'Two negotiators who asked not to be named because the discussions were private said the latest draft had dropped the target.',
    quotes: [{ quote: 'the latest draft had dropped the target', speaker: 'Two negotiators who asked not to be named' }],
  },

  {
    note: '"the team" after the team spoke; an opening phrase, a role and a name, then a relative clause between commas',
    text: 'In a statement released after the game, the Harbor City Gulls said Ramos had sprained his ankle.\n\n“He will have an MRI on Thursday,” the team said.\n\nIn the locker room, backup guard Eli Stroud, who played 29 minutes in Ramos’s place, said the team had practised without a point guard all week.',
    quotes: [
      { quote: 'He will have an MRI', speaker: 'Harbor City Gulls' },
      { quote: 'the team had practised without a point guard', speaker: 'Eli Stroud' },
    ],
  },

  {
    note: 'a noun of those who speak linked to a body or a place: "researchers at the University of X", "officials in Ankara", "officials at the ministry"',
    text: 'A weekly injection slowed the loss of kidney function, researchers at the University of Harrowgate said on Thursday.\n\nThe border crossing will reopen on Monday, officials in Ankara said.\n\nThe figures were wrong, officials at the ministry said.',
    quotes: [
      { quote: 'A weekly injection slowed the loss', speaker: 'researchers at the University of Harrowgate' },
      { quote: 'The border crossing will reopen', speaker: 'officials in Ankara' },
      { quote: 'The figures were wrong', speaker: 'officials at the ministry' },
    ],
  },
  {
    note: 'a place after "in" and a noun that does not speak is no speaker’s link (guard)',
    text: 'Support for the plan in the ministry said nothing about the cost.',
    quotes: [],
  },

  {
    note: '"at a hotel in Puerto Almagro, the former mayor, …": the role after a place’s comma is the subject’s, not the place’s title',
    text: 'Rodrigo Palacios Urrutia, a former mayor of Puerto Almagro, had 47.7%.\n\nPalacios Urrutia did not concede. In a brief appearance at a hotel in Puerto Almagro, the former mayor, whom supporters call “El Ingeniero,” spoke for ten minutes.\n\n“We will respect the institutions,” he said in Spanish.',
    quotes: [{ quote: 'We will respect the institutions', speaker: 'Rodrigo Palacios Urrutia' }],
  },

  {
    note: '"the committee, whose chairman, Sen. X, …, told Politico": the role’s holder speaks; not "Reed, whose district, Elmira, lies …, argues" (guard)',
    text: 'The bill must go through the Senate Energy Committee, whose chairman, Sen. Gordon Ashby, a Republican from Montana, told Politico he would not schedule a markup before spring.\n\nReed, whose district, Elmira, lies near the border, argues that the bridge must stay open.',
    quotes: [
      { quote: 'he would not schedule a markup', speaker: 'Gordon Ashby' },
      { quote: 'the bridge must stay open', speaker: 'Reed' },
    ],
  },

  {
    note: '"Varga’s coach, the former Dutch doubles specialist Pieter van Daalen, told": the name after "the" and its role words speaks; not a name after "under" (guard)',
    text: 'Varga’s coach, the former Dutch doubles specialist Pieter van Daalen, told Eurosport that the pair had rebuilt Varga’s serve.\n\nMichael Mukasey, the attorney general under former President George W. Bush, said the charges were weak.',
    quotes: [
      { quote: 'the pair had rebuilt', speaker: 'Pieter van Daalen' },
      { quote: 'the charges were weak', speaker: 'Michael Mukasey' },
    ],
  },

  {
    note: 'a name after a verb is its object, no new subject a "she" takes up: "who represents Kwaranta North"',
    text: 'Senator Halima Bako, a party member who represents Kwaranta North in the assembly, said in Abuja that the elders had begun meeting both camps.\n\n“This is a family quarrel,” she told journalists.',
    quotes: [{ quote: 'This is a family quarrel', speaker: 'Halima Bako' }],
  },

  {
    note: '"told Sky Sports F1": a medium with a number is no person a "he" takes up',
    text: 'Luca Ferrand won the race.\n\n“The car was sliding everywhere,” Ferrand told Sky Sports F1 after climbing from the cockpit. He said the team had gambled on a late stop.',
    quotes: [{ quote: 'the team had gambled on a late stop', speaker: 'Luca Ferrand' }],
  },

  {
    note: '"the airline" after the airline spoke, as "the company"',
    text: 'Aurelis Airways said the aircraft had landed safely.\n\n“The safety of our customers comes first,” the airline said.',
    quotes: [{ quote: 'The safety of our customers comes first', speaker: 'Aurelis Airways' }],
  },

  {
    note: '"the decision read", "the letter also accuses": who issued the decision or the letter named just before',
    text: 'The stewards said in their decision that Ruiz “did not leave a car’s width” at the exit.\n\n“Car 27 was alongside at the apex,” the decision read.\n\nExxon Mobil contended in its letter that the foundations had a bias. The letter also accuses one of the reporters of ignoring information.',
    quotes: [
      { quote: 'Car 27 was alongside at the apex', speaker: 'stewards' },
      { quote: 'one of the reporters of ignoring information', speaker: 'Exxon Mobil' },
    ],
  },

  {
    note: '"the agency" for "the Federal Food Safety Authority", or for the public body that just spoke; "economists polled by Reuters" are not Reuters',
    text: 'Brightmeadow Foods is recalling 210,000 salad kits, the Federal Food Safety Authority said on Friday.\n\nThe agency said it had linked nine illnesses to the kits.\n\nThe State Department also said on Thursday that it fell short of its goal. “We have worked diligently,” said the agency.\n\nMost economists polled by Reuters last week said they expected a quarter-point increase.',
    quotes: [
      { quote: 'it had linked nine illnesses to the kits', speaker: 'Federal Food Safety Authority' },
      { quote: 'We have worked diligently', speaker: 'State Department' },
      { quote: 'they expected a quarter-point increase', speaker: 'Most economists' },
    ],
  },

  {
    note: '"One user who identified as a product manager wrote …": a user speaks, and how they named themselves is no subject',
    text: 'One user who identified as a product manager wrote on a forum that the layoffs had been planned for months.\n\nAnother user wrote that the cuts were overdue.',
    quotes: [
      { quote: 'the layoffs had been planned for months', speaker: 'One user' },
      { quote: 'the cuts were overdue', speaker: 'Another user' },
    ],
  },

  {
    note: '"It said" after a sentence a public body opens as its subject, though the body has not spoken; not after a person (guard)',
    text: 'The Tavrosian Foreign Ministry, whose government has close ties with Velsk, struck a more cautious tone. In a brief post on X, it said it was “following developments closely”.\n\nMayor Tom Ruiz struck a cautious tone too. In a post on X, it said the city was “watching closely”.',
    quotes: [
      { quote: 'following developments closely', speaker: 'Tavrosian Foreign Ministry' },
      { quote: 'watching closely', speaker: null },
    ],
  },

  {
    note: '"a rescuer who gave only his first name, Dipesh," is the "he" after him, not the official named before',
    text: 'Authority spokesman Vikram Thapa told reporters in the capital that the toll would rise.\n\nA rescuer with the Armed Police Force who gave only his first name, Dipesh, said his team had pulled 14 people alive from a school hostel.\n\n“We heard a little girl tapping on a beam with a spoon,” he said.',
    quotes: [{ quote: 'We heard a little girl tapping', speaker: 'Dipesh' }],
  },

  {
    note: 'Q: / A: after "X, whose …, spoke to Outlet’s Y": a relative clause between the interviewee and "spoke", and the interviewer of an outlet asks',
    text: 'Interview: the architect of the Lantern\n\nOyelaran, whose first monograph, “Rooms Without Ceilings”, is published next month, spoke to Plinth’s Jonah Weatherby at her studio.\n\nQ: Why timber?\n\nA: Because this city used to build ships.',
    quotes: [
      { quote: 'Why timber?', speaker: 'Jonah Weatherby' },
      { quote: 'used to build ships', speaker: 'Oyelaran' },
    ],
  },
  {
    note: 'Q: / A: under a headline "Interview: X on …" that names no one asking: X answers',
    text: 'Interview: Ivo Brandt on the long novel\n\nBrandt, 61, has written nine books in thirty years.\n\nQ: Why so long?\n\nA: Because the story needed room to breathe.',
    quotes: [{ quote: 'story needed room', speaker: 'Ivo Brandt' }],
  },
  {
    note: 'a title word that ends a name after a given name is its surname: "Cllr Imran Sheikh (Labour, Moorside)" is "he"',
    text: 'Pool closure row\n\nOpposition leader Cllr Imran Sheikh (Labour, Moorside) accused the ruling group of cutting services.\n\n“This is the only public pool within eight miles of the town centre,” he said.',
    quotes: [{ quote: 'only public pool', speaker: 'Imran Sheikh' }],
  },
  {
    note: '"wrote the mother of two", "the 24-year-old said": a definite description of the person just named, when no one was given that age; "Resident" is a title',
    text: 'Pool closure row\n\nResident Kerry Bamforth, whose two sons have lessons at Marsh Lane, wrote on Facebook that she felt let down by councillors.\n\n“My boys learned to swim in that pool,” wrote the mother of two, whose post had been shared 1,200 times.\n\nStriker Tom Adeyemi scored twice on Saturday.\n\n“I felt sharp from the first minute,” the 24-year-old said.',
    quotes: [
      { quote: 'she felt let down', speaker: 'Kerry Bamforth', speakerTitle: 'Resident' },
      { quote: 'My boys learned', speaker: 'Kerry Bamforth' },
      { quote: 'I felt sharp', speaker: 'Tom Adeyemi' },
    ],
  },
  {
    note: '"X of promoter Y told": a word saying what the body is between "of" and its name leaves the person the speaker; not after a partitive, "One of the jobs Perez talks about"',
    text: 'Festival director Harriet Dunmore of promoter Tidewater Live told Rolling Stone that ticket sales were up 30 percent on last year.\n\nAnalyst Tom Reyes of the brokerage Calder Securities said prices would rise again in the spring.',
    quotes: [
      { quote: 'ticket sales were up', speaker: 'Harriet Dunmore' },
      { quote: 'prices would rise', speaker: 'Tom Reyes' },
    ],
  },
  {
    note: '"they" after an attribution to a group is that group: "the judges wrote … “…,” they wrote", "Analysts at X said … “…,” they said"; not after a person',
    text: 'Court ruling\n\nIn a unanimous judgment, the judges wrote that the inspector had erred in law.\n\n“The inspector was entitled to give weight to the need for homes,” they wrote.\n\nAnalysts at Amberline Capital said in a note that stocks had fallen sharply.\n\n“The draw is larger than anything we have seen,” they said.\n\nMayor Ruth Vance said the ruling was a relief.\n\n“We will appeal,” they said.',
    quotes: [
      { quote: 'inspector was entitled', speaker: 'the judges' },
      { quote: 'The draw is larger', speaker: 'Analysts at Amberline Capital' },
      { quote: 'We will appeal', speaker: null },
    ],
  },
  {
    note: '"analysts at Amberline Capital" is a group for a "They said" after it; "a trader …, who declined to be named because he …" is the "He" after him',
    text: 'Oil climbs\n\n“The draw is larger than anything we have seen since the spring,” analysts at Amberline Capital said in a note.\n\nThey said they now expected Brent to average $85 a barrel in the fourth quarter.\n\n“Everyone was waiting for the cartel to blink,” said a trader at a European refiner, who declined to be named because he was not authorised to speak to the media.\n\nHe told Reuters that refiners in Asia had been bidding aggressively for cargoes.',
    quotes: [
      { quote: 'they now expected Brent', speaker: 'analysts at Amberline Capital' },
      { quote: 'refiners in Asia', speaker: 'a trader' },
    ],
  },
  {
    note: 'a paragraph of nothing but a quotation after one about a person: past a long description between commas after the name (not a clause between commas, "a few moments later, when he …, she …")',
    text: 'Budget doubts\n\nThe budget was cheered in parliament.\n\nIlse Marrin, a professor of economics at the University of Tarnholm and a former adviser to the Brendorian National Bank, was blunter than most when she addressed a briefing on Wednesday.\n\n“The government keeps telling voters that the hard part is over. It is not.”',
    quotes: [{ quote: 'keeps telling voters', speaker: 'Ilse Marrin' }],
  },
  {
    note: '"by her publisher, Harrowgate & Finch, which said …": a body\'s name before ", which said" speaks; "the publisher" takes it up',
    text: 'Novelist dies at 84\n\nHer death was announced on Monday by her publisher, Harrowgate & Finch, which said she had died peacefully on Sunday evening after a short illness.\n\n“Isolde was one of the finest writers we have ever published,” the publisher said in a statement.',
    quotes: [
      { quote: 'she had died peacefully', speaker: 'Harrowgate & Finch' },
      { quote: 'finest writers', speaker: 'Harrowgate & Finch' },
    ],
  },
  {
    note: '"the building that locals have nicknamed “the Lantern”": the subject of a relative clause of naming after "that" coined it',
    text: 'Library a hit\n\nNine months on, the building that locals have nicknamed “the Lantern” is the most visited in the city.',
    quotes: [{ quote: 'the Lantern', speaker: 'locals' }],
  },
  {
    note: '"she claimed that Comey had characterized as “truthful”": "that" after a verb of saying opens her clause, not a relative one',
    text: 'The controversy deepened.\n\nClinton acknowledged that she had misspoken when she claimed that FBI Director James B. Comey had characterized as “truthful” all of her public statements.',
    quotes: [{ quote: 'truthful', speaker: 'Clinton' }],
  },
  {
    note: '"A source close to the actress" is no actress: a role noun in the complement of the phrase\'s head names no holder; "according to court documents obtained by TMZ" are the documents\'',
    text: 'Star files for divorce\n\nActress Mara Vance filed for divorce on Monday, citing irreconcilable differences, according to court documents obtained by TMZ.\n\nA source close to the actress told People that the couple had been “living separate lives” for most of the past year.\n\n“Mara tried really hard to make it work,” the source said.',
    quotes: [
      { quote: 'Actress Mara Vance filed for divorce', speaker: 'court documents' },
      { quote: 'living separate lives', speaker: 'A source close to the actress' },
      { quote: 'tried really hard', speaker: 'A source close to the actress' },
    ],
  },
  {
    note: 'a role opening its sentence right after a sentence that named one person stands for that person; not after "A judge …" (someone else by that role), nor a plural',
    text: 'Play-off heartbreak\n\n“We had the game in our hands and we let it go,” Ewan Trelawney said in his post-match press conference.\n\nThe flanker said his side had lost their discipline in the final quarter.\n\nA judge in Harwell issued a ruling on Tuesday that pleased Mayor Ruth Vance. The judge ruled that the vote must be held again.',
    quotes: [
      { quote: 'his side had lost their discipline', speaker: 'Ewan Trelawney' },
      { quote: 'the vote must be held again', speaker: ['The judge', 'judge'] },
    ],
  },
  {
    note: '"she" after a man whose given name the lists lacked ("Dustin"): the woman who spoke since, not him',
    text: 'Driver jailed\n\nDustin Ray Pelfrey told the court that he was sorry.\n\nOutside the courthouse, the victim’s mother, Tamara Whitacre, read a prepared statement to reporters.\n\nAsked about Pelfrey’s apology, she said it had come “two years too late.”',
    quotes: [{ quote: 'two years too late', speaker: 'Tamara Whitacre' }],
  },
  {
    note: '"She said the commission was examining whether Lullabee had reported the problem “…”": the outer speaker of a clause opened by a noun phrase and its auxiliary, not the inner cue\'s subject',
    text: 'Monitor recall\n\nRenata Vasquez-Lind, who chairs the commission, spoke at a briefing in Washington.\n\nShe said the commission was still examining whether Lullabee had reported the problem “as quickly as the law requires.”',
    quotes: [{ quote: 'as quickly as the law requires', speaker: 'Renata Vasquez-Lind' }],
  },
  {
    note: '"Another refugee, a retired schoolteacher who gave his name only as Davor, said": the name the apposition gave speaks, and is the "he" after him',
    text: 'Refugees reach the border\n\nSelma Kovrin, 34, said she had left Merrin with her three children.\n\nAnother refugee, a retired schoolteacher who gave his name only as Davor, said the main road south had been jammed with cars.\n\n“People were abandoning their cars and walking,” he said, also speaking through a translator.',
    quotes: [
      { quote: 'the main road south had been jammed', speaker: 'Davor' },
      { quote: 'People were abandoning', speaker: 'Davor' },
    ],
  },
  {
    note: 'a role held for someone else does not take up the person named before: "her representative … The representative also said", "The publisher said"',
    text: 'Singer speaks out\n\nMaren Ashby said on a podcast this week that she had nearly quit music.\n\nThe representative also said in the statement that reports of a rift with the label were “completely untrue”.\n\nNadia Ferrante, who edited six of his novels at Harrowgate & Lyle, said he treated commas like rationed petrol.\n\nThe publisher said in a statement that it would reissue his complete backlist next spring.',
    quotes: [
      { quote: 'completely untrue', speaker: ['The representative', 'representative'] },
      { quote: 'it would reissue his complete backlist', speaker: ['The publisher', 'publisher', 'Harrowgate & Lyle'] },
    ],
  },
  {
    note: 'a firm named by a word of its trade ("Research", "Semiconductor", "Analytics") is a body: "the firm", "the company" take it up',
    text: 'Exit poll\n\nMarchetti leads Strickland by 54 percent to 43 percent, according to Brightline Research, which surveyed 2,300 people. The firm said its margin of error was plus or minus three points.\n\nQuillon Semiconductor reported a 38 percent fall in third-quarter profit on Thursday.\n\nNet profit fell to $412 million in the three months to September, the company said.',
    quotes: [
      { quote: 'its margin of error', speaker: 'Brightline Research' },
      { quote: 'Net profit fell', speaker: 'Quillon Semiconductor' },
    ],
  },
  {
    note: '"In the same statement, the company said": the firm whose statement it is, though its chief executive spoke since',
    text: 'Vaccine trial\n\nIn a statement, Veradyne Biologics said it planned to ask regulators to approve the vaccine before the end of the year.\n\n“Older adults should not have to choose which winter virus to protect themselves against,” chief executive Ravi Dunmore said in the statement.\n\nIn the same statement, the company said its plant in Leawood was “on track” to produce 40 million doses.',
    quotes: [{ quote: 'on track', speaker: 'Veradyne Biologics' }],
  },
  {
    note: 'a name inside the clause a speaker reported is no new subject for the "he" after it: "X told the Courier-Journal that … where Pelfrey had tried …. “…,” he said"',
    text: 'Hit-and-run driver jailed\n\nDetective Sgt. Lonnie Farris told the Courier-Journal this week that paint fragments led investigators to a body shop, where Dustin Pelfrey had tried to have the bumper replaced.\n\n“Somebody at that shop did the right thing and picked up the phone,” he said.',
    quotes: [{ quote: 'Somebody at that shop', speaker: 'Lonnie Farris' }],
  },
  {
    note: '"Voss replied only that “…” had been taken. The senator was unmoved. “…,” he said": the role opening the sentence since the last speaker, whose title names another man',
    text: 'Hearing\n\nThe sharpest exchange came during questioning by Sen. Curtis Bramwell, a Nebraska Republican who has long been critical of the agency’s budget requests.\n\n“Not one person has lost a day’s pay over this?” Bramwell asked.\n\nAdministrator Harlan Voss replied only that “appropriate steps” had been taken.\n\nThe senator was unmoved. “You had the information in March,” he said.',
    quotes: [{ quote: 'You had the information', speaker: 'Curtis Bramwell' }],
  },
  // ── a relative clause of naming has its own subject ───────────────────
  {
    note: '"whom supporters call “…”": the nickname is the relative clause’s subject’s, not the main verb’s inverted "subject"',
    text: 'In a brief appearance at a hotel, the former mayor, whom supporters call “El Ingeniero,” said his campaign had documented irregularities.',
    quotes: [{ quote: 'El Ingeniero', speaker: 'supporters' }],
  },
  {
    note: 'what X called, after a sentence subject that is someone else',
    text: 'The hospital has struggled with what Dr. Ruth Okafor called “a perception problem” since the merger.',
    quotes: [{ quote: 'perception problem', speaker: 'Ruth Okafor' }],
  },
  {
    note: 'what a group called, after a cue whose subject is someone else',
    text: 'Chief executive Paul Brandt said he regretted what several lawmakers called “outright fraud” at the bank.',
    quotes: [{ quote: 'outright fraud', speaker: 'several lawmakers' }],
  },
  {
    note: 'which X calls, in an apposition',
    text: 'Mayor Lena Ortiz defended the levy, which opponents call “a tax on breathing,” at a council meeting.',
    quotes: [{ quote: 'tax on breathing', speaker: 'opponents' }],
  },
  {
    note: 'what she called, before an apposition that a verb no list holds would take for the speaker',
    text: 'Mara Ellis lost her job in March after what she called a “rant,” a series of online postings that included threats against the mayor.',
    quotes: [{ quote: 'rant', speaker: 'Mara Ellis' }],
  },
  {
    note: 'guard: what he called takes up the subject, whose cue stays',
    text: 'Senator Ben Adler said he would fight what he called “a reckless giveaway” to the banks.',
    quotes: [{ quote: 'reckless giveaway', speaker: 'Ben Adler' }],
  },
  {
    note: 'guard: the passive names no one, and the subject keeps the fragment',
    text: 'Governor Ada Marsh signed what has been described as “the toughest law in the country” on Monday.',
    quotes: [{ quote: 'toughest law', speaker: 'Ada Marsh' }],
  },

  // ── cue verbs no list would hold, in the slot “…,” she ___. ────────────
  {
    note: 'opined',
    text: 'Novelist Claire Dunmore was unimpressed by the prize shortlist. “It is the safest list in years,” she opined.',
    quotes: [{ quote: 'safest list in years', speaker: 'Claire Dunmore' }],
  },
  {
    note: 'ventured',
    text: 'Economist Hugo Laine was asked about the recession. “We may already be out of it,” he ventured.',
    quotes: [{ quote: 'already be out of it', speaker: 'Hugo Laine' }],
  },
  {
    note: 'intoned',
    text: 'Archbishop Felix Mensah led the memorial service. “We will not forget them,” he intoned.',
    quotes: [{ quote: 'not forget them', speaker: 'Felix Mensah' }],
  },
  {
    note: 'deadpanned',
    text: 'Comedian Rita Shah was asked about her award. “I assume there was a counting error,” she deadpanned.',
    quotes: [{ quote: 'counting error', speaker: 'Rita Shah' }],
  },
  {
    note: 'harrumphed',
    text: 'The committee chairman, Lord Basil Thorne, did not like the proposal. “Utter nonsense,” he harrumphed.',
    quotes: [{ quote: 'Utter nonsense', speaker: ['Basil Thorne', 'Lord Basil Thorne'] }],
  },
  {
    note: 'enthused',
    text: 'Museum director Inès Laurent showed off the new wing. “It is everything we dreamed of,” she enthused.',
    quotes: [{ quote: 'everything we dreamed of', speaker: 'Inès Laurent' }],
  },
  {
    note: 'bristled',
    text: 'Minister Karen Obi was asked about the leak. “I will not dignify that with an answer,” she bristled.',
    quotes: [{ quote: 'dignify that', speaker: 'Karen Obi' }],
  },
  {
    note: 'began, an irregular past no list holds, then a manner adverb',
    text: '“We vote tomorrow,” said Ana Ruiz to her nephew, Tomas Berg.\n\nHer nephew was silent for a moment. “You really think, then,” he began earnestly, “that the vote will hold?”',
    quotes: [{ quote: 'You really think, then', speaker: 'Tomas Berg' }],
  },
  {
    note: 'after “…!”, a regular past no list holds before its listener ("expounded to reporters")',
    text: 'Ana Ruiz spoke first.\n\n“We will not wait any longer!” Tom Berg expounded to reporters outside the hall.',
    quotes: [{ quote: 'wait any longer', speaker: 'Tom Berg' }],
  },
  {
    note: 'negative: after “…!”, "This appeared to …" is a sentence of its own, no attribution',
    text: 'The talks ended late.\n\n“We will not wait any longer!” This appeared to be the end of the talks.',
    quotes: [{ quote: 'wait any longer', speaker: null }],
  },
  {
    note: 'a verb no list holds whose "that" opens the clause of a listed cue: its subject is the source',
    text: 'Mayor Ana Ruiz propounded during a rally in Harbour City that Tom Berg once described the ferry plan as “a gold standard.”',
    quotes: [{ quote: 'a gold standard', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'scoffed, with a name in the slot',
    text: '“A ceasefire? They do not even agree on the map,” Haddad scoffed. The envoy, Samir Haddad, left Cairo that night.',
    quotes: [{ quote: 'agree on the map', speaker: 'Samir Haddad' }],
  },
  {
    note: 'mused, verb before the name',
    text: '“Perhaps the voters know something we do not,” mused pollster Derek Vance.',
    quotes: [{ quote: 'voters know something', speaker: 'Derek Vance' }],
  },
  // ── verbs no lexicon lists, read by their place (a second spinner's words) ──
  {
    note: 'unlisted verb after an appositive',
    text: '“The dam will hold,” Pia Lund, the chief engineer at the site, reassured on Friday.',
    quotes: [{ quote: 'dam will hold', speaker: 'Pia Lund' }],
  },
  {
    note: 'unlisted verb before a colon',
    text: 'Councillor Hamid Barzani bristled: “This budget punishes the east side.”',
    quotes: [{ quote: 'budget punishes', speaker: 'Hamid Barzani' }],
  },
  {
    note: 'unlisted past tense followed by more words',
    text: 'Rita Ojo coached the team for a decade. “We never stopped believing,” she beamed after the final whistle.',
    quotes: [{ quote: 'never stopped believing', speaker: 'Rita Ojo' }],
  },
  {
    note: 'unlisted verb closing a sentence after a fragment',
    text: 'The plan was “a small miracle” of engineering, Dr. Lena Voss marvelled.',
    quotes: [{ quote: 'small miracle', speaker: 'Lena Voss' }],
  },
  {
    note: 'a pronoun that opens the clause of an unlisted verb is no speaker: the verb’s subject is',
    text: 'Aid worker Lena Hart met the minister, Omar Said, on Monday. She verbalized he recalls the talks being “tense but useful.”',
    quotes: [{ quote: 'tense but useful', speaker: 'Lena Hart' }],
  },
  {
    note: 'the same past the verb’s listener and “that”',
    text: 'Councillor Ana Ruiz met Mayor Paul Kent on Monday. She notified the assembled press that he wants a budget “focused on the growing east side.”',
    quotes: [{ quote: 'growing east side', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'negative: a participle after “was” is no verb of saying; the pronoun’s own verb is',
    text: 'Ana Ruiz spoke first. Tom Berg was visibly annoyed that she called the plan “reckless.”',
    quotes: [{ quote: 'reckless', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'negative: a pronoun that opens its sentence is the speaker',
    text: 'Mary Poe watched the count with Tom Berg. She recalls the night being “chaotic.”',
    quotes: [{ quote: 'chaotic', speaker: 'Mary Poe' }],
  },
  {
    note: 'an unlisted verb in an aside set off by commas, before a fragment',
    text: 'Mayor Ana Ruiz spoke for an hour. The new bridge, she beamed, will be “the pride of the east side.”',
    quotes: [{ quote: 'pride of the east side', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'an unlisted past tense before a name is the verb, not the first word of the subject ("expounded undecided voter …")',
    text: 'The town hall ran late.\n\n“I still have no idea where she stands on housing,” expounded undecided voter Carla Mendes of Ridgefield, after the event.',
    quotes: [{ quote: 'no idea where she stands', speaker: 'Carla Mendes' }],
  },
  {
    note: 'an unlisted past tense and a name after a quotation that ends on a word, with no comma',
    text: 'The council met on Monday.\n\n“For weeks we have watched the budget shrink while the east side waited” verbalized Tomas Berg, a councillor for the ward.',
    quotes: [{ quote: 'we have watched the budget shrink', speaker: 'Tomas Berg' }],
  },
  {
    note: 'an inverted unlisted past tense after a fragment and a comma, before a name and its apposition',
    text: '“We are delighted” with the ruling, propounded Marta Quill, director of the tenants’ union.',
    quotes: [{ quote: 'We are delighted', speaker: 'Marta Quill' }],
  },
  {
    note: 'an unlisted verb after a name set off after its title',
    text: '“The east side was always the place to win,” the mayor’s campaign manager, Ivo Petrak, recited in an interview.',
    quotes: [{ quote: 'place to win', speaker: 'Ivo Petrak' }],
  },
  {
    note: 'an unlisted present tense swallowed by a noun phrase, before the words of its place',
    text: '“Every family on this street deserves a safe bridge,” the keynote speaker expounds into the microphone.',
    quotes: [{ quote: 'deserves a safe bridge', speaker: 'the keynote speaker' }],
  },
  {
    note: 'an unlisted present tense and an adverb of manner with words after it',
    text: 'The advert opens on the river. “The border is a matter of national safety,” the senator expounds directly to the camera.',
    quotes: [{ quote: 'matter of national safety', speaker: 'the senator' }],
  },
  {
    note: 'an unlisted verb in an aside right before the quotation wins over a listed cue earlier in the sentence',
    text: 'Mayor Ana Ruiz answered the critics. As for the councillors who claim the plan is too costly, she verbalized, “they have not read the figures.”',
    quotes: [{ quote: 'have not read the figures', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'an unlisted verb and an adverb of manner before a colon',
    text: 'Tom Berg leads the opposition. The opposition leader recited flatly: “I do not think it matters.”',
    quotes: [{ quote: 'do not think it matters', speaker: 'Tom Berg' }],
  },
  {
    note: 'an unlisted verb, “of” and the one it was said of, before a colon',
    text: 'Dr. Lena Voss runs the clinic. She expounded of Congress: “They need to act now.”',
    quotes: [{ quote: 'need to act now', speaker: 'Lena Voss' }],
  },
  {
    note: 'an unlisted verb right before a quotation that reads as a clause, its subject a person opening the sentence (past a party and state)',
    text: 'The bill passed on Tuesday.\n\nSpeaker of the Assembly Rep. Nora Bell (D-Ore.) stipulated “hateful images, they have got no place in this campaign.”',
    quotes: [{ quote: 'no place in this campaign', speaker: 'Nora Bell' }],
  },
  {
    note: 'an unlisted verb right before a quotation, its subject an advert that speaks for its makers',
    text: 'Mayor Ana Ruiz is releasing a new advert this week.\n\nThe ad recites “nothing will change until we elect people who answer to the east side.”',
    quotes: [{ quote: 'nothing will change', speaker: 'The ad' }],
  },
  {
    note: 'negative: the subject of an unlisted verb inside another clause is no speaker ("whom she called", "if he keeps") (guard)',
    text: 'Councillor Ana Ruiz spoke for an hour about Mayor Tom Berg.\n\nShe will vote against Berg, whom she called “the most divisive figure in the city,” or stay home. She thinks Berg can win if he keeps “doing what he is doing every day.”',
    quotes: [{ quote: 'most divisive figure', speaker: 'Ana Ruiz' }, { quote: 'doing what he is doing', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'after “…?”, an unlisted past tense and a medium as its listener: the attribution of the quotation, not a new sentence',
    text: 'Mayor Ana Ruiz faced the press.\n\n“Will the bridge be finished by spring?” Ruiz notified the BBC in an interview aired on Monday.',
    quotes: [{ quote: 'finished by spring', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'after “…?”, an unlisted past tense, “about” and a topic in capitals',
    text: '“Why would anyone vote for that plan?” Councillor Tom Berg expounded about Mayor Ruiz’s budget on Monday.',
    quotes: [{ quote: 'vote for that plan', speaker: 'Tom Berg' }],
  },
  {
    note: 'negative: after “…?”, a past tense and a person it is done to open a sentence of their own (guard)',
    text: 'Mayor Ana Ruiz took the floor. “Why?” she asked. “Why now?” Tom Berg attacked Ruiz again on Monday.',
    quotes: [{ quote: 'Why now', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'an inverted unlisted past after a name that ends a clause: the name after the verb speaks (guard)',
    text: 'Strategists are sceptical.\n\n“It seems extremely unlikely” that Ruiz can catch Berg, recited Steve Elman, a veteran campaign manager.',
    quotes: [{ quote: 'extremely unlikely', speaker: 'Steve Elman' }],
  },
  {
    note: 'an unlisted verb before a colon after an opening participle: the verb’s subject, not the participle',
    text: 'Tom Berg leads the opposition.\n\nNoting that only Sen. Ana Ruiz (D-Ore.) voted with him on the budget, Berg appended: “That is where your problem is.”',
    quotes: [{ quote: 'where your problem is', speaker: 'Tom Berg' }],
  },
  {
    note: 'an unlisted verb and a phrase of occasion before the comma that introduces the quotation (the build before guessed the same speaker from the sentence, as a mixed quote)',
    text: 'Ana Ruiz wrote about the harbour.\n\nAna Ruiz expounded in an op-ed piece before a 2014 council hearing, “The harbour board not only failed to act, it made things worse.”',
    quotes: [{ quote: 'failed to act', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'negative: a word in -ing before the comma is no verb of the name before it',
    text: 'The mayor spoke before the vote.\n\nCouncillor Tom Berg sat through the whole Harbour Board hearing, “The board failed to act.”',
    quotes: [{ quote: 'board failed to act', speaker: 'Tom Berg' }],
  },
  {
    note: 'a person of a body whose name holds “of”: the person, not the body',
    text: 'The vote is on Sunday.\n\nPolitical scientist Ingrid Matos of the University of Drevany said that Ruiz would “need every single vote, every single day” to pass a budget.',
    quotes: [{ quote: 'need every single vote', speaker: 'Ingrid Matos' }],
  },
  {
    note: 'a person of a body whose name holds “and”: the person, not the end of the body’s name',
    text: 'The river burst its banks.\n\nStation commander Claire Ndlovu of Teal Valley Fire and Rescue Service told reporters the crews had made “137 rescues in 36 hours.”',
    quotes: [{ quote: '137 rescues', speaker: 'Claire Ndlovu' }],
  },
  {
    note: 'a participle after the quotation belongs to the clause before it: the subject after its “that” is no speaker',
    text: 'Brightloom cut 1,200 jobs.\n\nDev Malhotra, an organiser with the Tech Workers Collective, said that the layoffs were “about the share price, not survival,” pointing out that Brightloom posted a profit of $310 million last quarter.',
    quotes: [{ quote: 'share price, not survival', speaker: 'Dev Malhotra' }],
  },
  {
    note: 'negative: a body of a body is no person of it; the later body’s name stays (guard)',
    text: 'The wall will be tested.\n\nThe Science and Technology Directorate of the Department of Homeland Security said the sensors were “ready for the border.”',
    quotes: [{ quote: 'ready for the border', speaker: 'Department of Homeland Security' }],
  },
  {
    note: 'a birthplace describes the person named just before, as an age does',
    text: 'Harbour Rovers dismissed manager Stefan Vukan on Sunday, and chairman Lionel Ashby called it “the hardest decision of my time here.”\n\nVukan, appointed 14 months ago, was bitter. “I was promised time,” he told Radio Norte.\n\nThe Serbian-born coach said the club had blocked three signings “for no reason at all.”',
    quotes: [{ quote: 'for no reason at all', speaker: 'Stefan Vukan' }],
  },
  {
    note: 'an aside with an irregular past between the subject and its verb, before a fragment: “…, she held, was “…””',
    text: 'Justice Helena Marsh quashed the permit in a 68-page judgment.\n\nThe ministry’s decision, she held, was “unreasonable in the legal sense” and had to be set aside.',
    quotes: [{ quote: 'unreasonable in the legal sense', speaker: 'Helena Marsh' }],
  },
  {
    note: 'an aside with an unlisted verb between the subject and its verb, before a fragment',
    text: 'White House press secretary Josh Earnest spoke on Tuesday.\n\nCost estimates, he supplemented, were “based on a prototype detention facility.”',
    quotes: [{ quote: 'prototype detention facility', speaker: 'Josh Earnest' }],
  },
  {
    note: 'a paragraph of nothing but a quotation after a sentence of narration opening with a person the article named: that person, as a guess',
    text: 'Councillor Benedikt Ross first raised questions about the tenders in 2022.\n\nThe mayor was arrested on Tuesday.\n\nRoss, who sits on the audit committee, was less restrained in an interview with the Calder Post.\n\n“For two years we were called troublemakers for asking where the money went.”',
    quotes: [{ quote: 'called troublemakers', speaker: 'Benedikt Ross' }],
  },
  {
    note: 'negative: a headline in title case before a paragraph of a quotation names no speaker (guard)',
    text: '31 Voters Share Their Most Honest Thoughts On Mayor Tom Berg.\n\n"We need law and order. If we do not have it, we are not going to have a city."',
    quotes: [{ quote: 'We need law and order', speaker: null }],
  },
  {
    note: 'a medium after “according to” or “as reported by” carried a fragment whose speaker a cue before names',
    text: 'A zebra escaped from the park on Monday.\n\nLiesl Moreau, director of the campaign group Wild Not Caged, said that the enclosures were “decades out of date”, as reported by the Ashcombe Herald.',
    quotes: [{ quote: 'decades out of date', speaker: 'Liesl Moreau' }],
  },
  {
    note: 'an age description takes up the person just quoted over a name inside what she said',
    text: 'Amina Keroche won the race in 2:18:40.\n\nLidia Marsh finished second. She told the Valmont Post that she had “nothing left” when Keroche made her move on the long climb.\n\n“Amina is the best runner I have ever trained with,” the 31-year-old added.',
    quotes: [{ quote: 'best runner I have ever trained with', speaker: 'Lidia Marsh' }],
  },
  {
    note: 'negative: not over a person introduced since that quotation ended (guard)',
    text: 'Colm Reilly said he would appeal. “I have never taken anything,” he said.\n\nSecond-place finisher Amara Obi, who would inherit the title, was more guarded. “I am not going to celebrate anything,” the 26-year-old said.',
    quotes: [{ quote: 'not going to celebrate anything', speaker: 'Amara Obi' }],
  },
  {
    note: 'a name that ends in a plural of people is a group’s, which no “she” stands for',
    text: 'Hollinsgate Tenants Back Demolition of Their Estate\n\nOpponents were unconvinced. Denise Oyelaran, who chairs the Hollinsgate Tenants’ Association, said many older residents had been “frightened into voting yes”.\n\n“They heard every week that the roofs would fall in,” she told a crowd outside the hall.',
    quotes: [{ quote: 'roofs would fall in', speaker: 'Denise Oyelaran' }],
  },
  {
    note: 'negative: a surname that is a plural of the dictionary stays a person’s (guard)',
    text: 'Marla Maples spoke to the magazine in 1996.\n\n“I signed a confidentiality agreement,” she said, and declined to say more.',
    quotes: [{ quote: 'confidentiality agreement', speaker: 'Marla Maples' }],
  },
  {
    note: 'the subject of a fragment’s sentence, described and then named in its apposition: the name',
    text: 'The contract was signed in March.\n\nA spokeswoman for Nordvik, Helga Brandt, put forward the company’s position in a brief statement: the revised matrix had been “applied equally to all bidders”.',
    quotes: [{ quote: 'applied equally to all bidders', speaker: 'Helga Brandt' }],
  },
  {
    note: '“the company” closing a sentence that a firm opens, where no body spoke before: the firm',
    text: 'Drugmaker recalls tablets\n\nCalvera Pharmaceuticals has recalled more than 400,000 packs of its blood pressure drug after testing found an impurity that could be “potentially carcinogenic,” the company announced on Tuesday.',
    quotes: [{ quote: 'potentially carcinogenic', speaker: 'Calvera Pharmaceuticals' }],
  },
  {
    note: 'negative: a person who opens the sentence is no firm for “the company” (guard)',
    text: 'Board changes\n\nTom Berg has left the board after twelve years, the company announced, calling the move “a loss to us all.”',
    quotes: [{ quote: 'a loss to us all', speaker: 'the company' }],
  },
  {
    note: 'a longer subject before a verb no list holds: an owner’s role and the name set off after it',
    text: 'The council met on Monday.\n\n“That is inevitable, and it will happen soon,” Mayor Ana Ruiz’s chief of staff, Tomas Berg, notified the Harbour Gazette.\n\n“We will see a vote by spring,” port director Lena Fiske verbalized Friday as she entered the talks.',
    quotes: [
      { quote: 'That is inevitable, and it will happen soon,', speaker: 'Tomas Berg' },
      { quote: 'We will see a vote by spring,', speaker: 'Lena Fiske' },
    ],
  },
  {
    note: 'negative: a title in marks before a relative clause whose subject does something names no speaker (guard)',
    text: 'The council met on Monday.\n\n“Harbour Lights,” the old drama that Channel Nine revived in 2010, is considered a model for the new series.',
    quotes: [],
  },
  {
    note: 'a verb no list holds after a quotation: a speaker’s noun after its owner, and one description with its article, adjectives and “and”',
    text: 'The council met on Monday.\n\n“The mayor has invited the board to meet on Thursday,” Ruiz’s office expounded.\n\n“The ferry is the top priority,” the bespectacled, 71-year-old councillor stipulated in a long interview.\n\n“The port is run by amateurs,” the Dunmore senator and Labour candidate recited in a statement.',
    quotes: [
      { quote: 'The mayor has invited the board to meet on Thursday,', speaker: 'Ruiz’s office' },
      { quote: 'The ferry is the top priority,', speaker: '71-year-old councillor' },
      { quote: 'The port is run by amateurs,', speaker: 'Labour candidate' },
    ],
  },
  {
    note: 'a quotation that completes “claimed that” is that clause’s, though a cue with a clause of its own follows it',
    text: 'The hearing ended on Monday.\n\nBut even as Ruiz claimed on Tuesday that “the old captain got in trouble for far less,” one of the lawyers for Tomas Berg said the two cases were quite different.',
    quotes: [{ quote: 'the old captain got in trouble for far less,', speaker: 'Ruiz' }],
  },
  {
    note: 'a role in lower case before a name is a title a later description takes up ("presiding judge", "Chief executive", "Vice-chancellor", "his agent, …")',
    text: 'Firm fined over river spill\n\nPresiding judge Marguerite Osei-Lund delivered the ruling on Monday.\n\n“The records were altered,” the judge said.\n\nChief executive Simone Achterberg apologised. The police arrived later.\n\n“I am deeply sorry,” the chief executive said.\n\nVice-chancellor Annelise Vargas-Hume struck a firm tone.\n\n“I understand the frustration,” the vice-chancellor said.\n\nThe striker has kept a low profile, though his agent, Luciano Ferraz, has not.\n\n“He has earned the right to choose,” the agent said.',
    quotes: [
      { quote: 'The records were altered,', speaker: 'Marguerite Osei-Lund' },
      { quote: 'I am deeply sorry,', speaker: 'Simone Achterberg' },
      { quote: 'I understand the frustration,', speaker: 'Annelise Vargas-Hume' },
      { quote: 'He has earned the right to choose,', speaker: 'Luciano Ferraz' },
    ],
  },
  {
    note: 'a description that names a party takes up the one titled with that party, not another; a plural takes up no one; a book\'s rank is no title (guard)',
    text: 'Rivals trade blows\n\nDemocratic presidential nominee Ann Ruiz spoke first. Republican presidential nominee Tom Berg spoke after her.\n\n“We will win Ohio,” the Democratic presidential nominee said.\n\nSenators Ida Lowe and Paul Kemp wrote to the board.\n\n“The program is broken,” the senators said.',
    quotes: [
      { quote: 'We will win Ohio,', speaker: 'Ann Ruiz' },
      { quote: 'The program is broken,', speaker: 'senators' },
    ],
  },
  {
    note: 'after an opening phrase, a participle\'s object between commas is not the speaker (guard)',
    text: 'The evening was cold.\n\nAt the same moment Mr. Crawford, approaching Julia, said, “I hope I am not to lose my companion.”',
    quotes: [{ quote: 'I hope I am not to lose my companion.', speaker: 'Crawford' }],
  },
  {
    note: 'a people\'s or a party\'s name after "the" and a modifier is a description ("the 46-year-old Norwegian"), not a name; a name that ends like one is still a name (guard)',
    text: 'Transfer saga goes on\n\nSporting director Helga Strand voiced disappointment.\n\n“We respect Portvale’s position,” the 46-year-old Norwegian said.\n\n“We will win,” the former Republican said.\n\n“It is late,” said the ingenious Giovanelli.',
    quotes: [
      { quote: 'We respect Portvale’s position,', speaker: 'Helga Strand' },
      { quote: 'We will win,', speaker: 'former Republican' },
      { quote: 'It is late,', speaker: 'Giovanelli' },
    ],
  },
  {
    note: 'a participle after a clause joined by ", and": that clause\'s subject (past a plural owner\'s apostrophe) speaks, not the sentence\'s first',
    text: 'Transfer saga goes on\n\nSupporters have made their feelings known. A banner was unfurled at the friendly, and the fans’ group Portvale Together issued a statement urging the board to “hold firm against bully-boy tactics”.',
    quotes: [{ quote: 'hold firm against bully-boy tactics', speaker: 'Portvale Together' }],
  },
  {
    note: 'after a quotation, "the" with a people\'s adjective and a noun of a person is a description, not the name of a people',
    text: 'Doping case\n\nCyclist Jonas Kessler, who rides for the Velocor team, denied any wrongdoing.\n\n“I have never taken a banned substance,” the Swiss rider said.',
    quotes: [{ quote: 'I have never taken a banned substance,', speaker: ['Jonas Kessler', 'Swiss rider'] }],
  },
  {
    note: 'a paragraph that goes on with a description\'s quotation names the one the description named, not someone named in the clause they said before',
    text: 'Coach quits\n\nCoach Jens Halvorsen resigned on Sunday.\n\nCaptain Teodor Marsk, speaking on Sunday evening, said the squad had asked Halvorsen to stay.\n\n“We told him we wanted him to continue,” the 31-year-old midfielder said. “He built this group.\n\n“It hurts, but we respect his decision.”',
    quotes: [
      { quote: 'We told him we wanted him to continue,', speaker: 'Teodor Marsk' },
      { quote: 'He built this group.', speaker: 'Teodor Marsk' },
      { quote: 'It hurts, but we respect his decision.', speaker: 'Teodor Marsk' },
    ],
  },
  {
    note: 'a people\'s name after "the" and a modifier, before its cue or after a quotation, is a description of the person named before ("the 58-year-old German, who …, said"); a party\'s is not (guard)',
    text: 'Coach quits\n\nCoach Jens Halvorsen resigned on Sunday.\n\nThe 58-year-old German, who took charge in 2021, said he took full responsibility.\n\n“The players gave everything,” the veteran German said.\n\n“We will win,” the former Republican said.',
    quotes: [
      { quote: 'he took full responsibility', speaker: 'Jens Halvorsen' },
      { quote: 'The players gave everything,', speaker: 'Jens Halvorsen' },
      { quote: 'We will win,', speaker: 'former Republican' },
    ],
  },
  {
    note: 'a medium\'s name no list holds ("Diario Libre", "Kanal D") is no person a later "he" or "she" stands for',
    text: 'Strike talks\n\nMayor Ana Ruiz spoke on Monday.\n\n“It is over,” Ruiz said in an interview with Diario Libre.\n\nOpposition leader Tomas Vidal disagreed.\n\n“We will fight,” he told Kanal D.\n\n“They will lose,” he added.',
    quotes: [
      { quote: 'It is over,', speaker: 'Ana Ruiz' },
      { quote: 'We will fight,', speaker: 'Tomas Vidal' },
      { quote: 'They will lose,', speaker: 'Tomas Vidal' },
    ],
  },
  {
    note: 'a role opening its sentence after a sentence that named one person stands for them only where their title allows it: a striker is no president; a midfielder is the midfielder',
    text: 'Coach quits\n\nFormer striker Oskar Lindqvist said the coach had to go.\n\nThe president said the board had accepted the resignation.\n\nMidfielder Ana Kovac said the squad was shocked.\n\nThe midfielder said the coach had been fair.',
    quotes: [
      { quote: 'the coach had to go', speaker: 'Oskar Lindqvist' },
      { quote: 'the board had accepted the resignation', speaker: 'The president' },
      { quote: 'the squad was shocked', speaker: 'Ana Kovac' },
      { quote: 'the coach had been fair', speaker: 'Ana Kovac' },
    ],
  },
  {
    note: 'a role held before ("the former ambassador") may be the person named just before under another title',
    text: 'Trade row\n\n“We will not apologise,” said Irena Salt, Kelmar\'s foreign minister.\n\nThe former ambassador also told reporters that she was willing to meet her counterpart.',
    quotes: [{ quote: 'she was willing to meet her counterpart', speaker: 'Irena Salt' }],
  },
  {
    note: 'a possessive that opens a new paragraph names its topic: a "he" after it is that person, not the one quoted at the end of the paragraph before',
    text: 'Coach quits\n\nCoach Jens Halvorsen resigned on Sunday.\n\nFederation president Aurelio Santamaria said the board had accepted the resignation and that an assistant would take charge.\n\nHalvorsen\'s departure had looked likely since Friday. Asked after the match whether he would stay on, he said only that he would “sleep on it”.',
    quotes: [
      { quote: 'the board had accepted the resignation and that an assistant would take charge', speaker: 'Aurelio Santamaria' },
      { quote: 'sleep on it', speaker: 'Jens Halvorsen' },
    ],
  },
  {
    note: '"the company" where no body spoke before: the firm the article gave a firm\'s attribute or a firm\'s name, most named, in the paragraph or the one before; none further back (guard)',
    text: 'Data breach\n\nShares in Calloway Mobile fell 6 per cent on Friday.\n\n“We are deeply sorry,” the company said.',
    quotes: [{ quote: 'We are deeply sorry,', speaker: 'Calloway Mobile' }],
  },
  {
    note: '"the company" where no body spoke before: the firm most named in the paragraph or the one before, not the one named last',
    text: 'Bank fined\n\nThe regulator fined Harrowgate Bank £40 million on Monday. Harrowgate Bank had ignored alerts, and a smaller lender, Corvin Securities, was not involved.\n\n“We accept the findings,” the company said.\n\nCarmaker Veltro Motors recalled 9,000 cars last year.\n\nThe fine is the largest this year.\n\nIt follows two smaller cases.\n\n“We will appeal,” the company said.',
    quotes: [
      { quote: 'We accept the findings,', speaker: 'Harrowgate Bank' },
      { quote: 'We will appeal,', speaker: 'Harrowgate Bank' },
    ],
  },
  {
    note: '"the company" takes up no firm named two paragraphs back or more (guard)',
    text: 'Bank fined\n\nThe regulator fined Harrowgate Bank £40 million on Monday.\n\nThe fine is the largest this year.\n\nIt follows two smaller cases.\n\n“We will appeal,” the company said.',
    quotes: [{ quote: 'We will appeal,', speaker: 'company' }],
  },
  {
    note: 'a name the text puts after "In" at a sentence\'s start, or gives an apposition of a place ("Holm Ridge, a village of …"), is a place: no "he" takes it up from a relative clause of the speaker',
    text: 'Vaccine bus\n\nIn Holm Ridge, a village of about 300 people, farmer Greta Lund brought her children to the bus.\n\nVillage elder Pavel Dimov, who heads the Holm Ridge community council, acknowledged that some residents remained “wary of anything from the city”.\n\n“Trust is slow here,” he said.',
    quotes: [
      { quote: 'wary of anything from the city', speaker: 'Pavel Dimov' },
      { quote: 'Trust is slow here,', speaker: 'Pavel Dimov' },
    ],
  },
  {
    note: 'a paragraph of nothing but a quotation after one of narration that opens with a person: that person, though a noun of the narration reads as a cue ("struck a hopeful note")',
    text: 'Festival cancelled\n\nFestival director Owen Castell spoke on Friday.\n\nCastell, in a later message to ticket-holders, struck a hopeful note.\n\n“We will survive this too.”\n\nThe site will stay closed.',
    quotes: [{ quote: 'We will survive this too.', speaker: 'Owen Castell' }],
  },
  {
    note: '"the judge" takes up a person titled "Justice"',
    text: 'Pipeline ruling\n\nJustice Helen Okafor of the High Court on Friday quashed the approval of the pipeline.\n\nIn a 94-page judgment, Okafor wrote that the assessment had relied on old surveys.\n\n“The minister was entitled to weigh the benefits,” the judge wrote.',
    quotes: [{ quote: 'The minister was entitled to weigh the benefits,', speaker: 'Helen Okafor' }],
  },
  {
    note: 'a short paragraph full of names that ends in a full stop is prose, not a heading: its title before the name is kept ("Prime Minister") for "the prime minister"',
    text: 'Government falls\n\nPrime Minister Anton Reisler resigned on Friday.\n\n“It is over,” the prime minister said.',
    quotes: [{ quote: 'It is over,', speaker: 'Anton Reisler' }],
  },
  {
    note: 'a role with a portfolio ("the prime minister", "the former interior minister") takes up only a title with the same portfolio or none (a post held once that no title holds, the one person the paragraph before opens with); a portfolio at a sentence\'s start stays in the title though the text writes it in lower case',
    text: 'Government falls\n\nPrime Minister Anton Reisler resigned on Friday.\n\nOpposition leader Mikael Torvan said the country needed an election.\n\n“Valdoria needs a mandate,” the former interior minister said.\n\nInterior Minister Karl Weiss said the border was safe.\n\n“We remain a reliable partner,” the interior minister said.\n\n“It is over,” the prime minister said.',
    quotes: [
      { quote: 'the country needed an election', speaker: 'Mikael Torvan' },
      { quote: 'Valdoria needs a mandate,', speaker: 'Mikael Torvan' },
      { quote: 'the border was safe', speaker: 'Karl Weiss' },
      { quote: 'We remain a reliable partner,', speaker: 'Karl Weiss' },
      { quote: 'It is over,', speaker: 'Anton Reisler' },
    ],
  },
  {
    note: 'a role with an of-phrase before the name after the cue ("master of ceremonies", "chief of staff") is the name\'s title; the capitalised words before the role are no name of their own',
    text: 'Gala night\n\n“Thank you for coming out in the rain,” said master of ceremonies Idris Kamau, a retired engineer.\n\n“The port is open for business,” said Harbour Authority chief of staff Mira Lenz.',
    quotes: [
      { quote: 'coming out in the rain', speaker: 'Idris Kamau', speakerTitle: 'master of ceremonies' },
      { quote: 'open for business', speaker: 'Mira Lenz', speakerTitle: 'Harbour Authority chief of staff' },
    ],
  },
  {
    note: '(guard) after the cue, a quantity and its of-phrase before a day is no title before a name',
    text: 'Gala night\n\n“We were never consulted,” said dozens of residents Saturday.',
    quotes: [{ quote: 'never consulted', speaker: 'dozens of residents' }],
  },
  {
    note: 'an apposition that holds a title in doubled apostrophes, as some archives print marks, before "put it"',
    text: 'Court vacancy\n\nAs Lena Marsh, a law professor and author of \'\'The Quiet Bench,\'\' put it, \'\'The Senate should take the deal on the table.\'\'',
    quotes: [{ quote: 'take the deal on the table', speaker: 'Lena Marsh' }],
  },
  {
    note: 'where the speaker is based ("based in", "stationed at the") is no speaker, with or without a relative clause before the cue; nor is the place after a noun of those who speak and its relative clause',
    text: 'Border row\n\nA Western diplomat based in Brenova, who spoke on condition of anonymity, said both governments had “painted themselves into a corner.”\n\nTwo analysts based in Tokyo said the yen would fall.\n\nReporters stationed at the Pentagon said the briefing had been cancelled.\n\nAn aid worker in Dravec, who asked not to be named, said the fence had moved overnight.',
    quotes: [
      { quote: 'painted themselves into a corner', speaker: ['Western diplomat based in Brenova', 'A Western diplomat based in Brenova'] },
      { quote: 'the yen would fall', speaker: 'Two analysts based in Tokyo' },
      { quote: 'the briefing had been cancelled', speaker: 'Reporters' },
      { quote: 'the fence had moved overnight', speaker: ['aid worker in Dravec', 'An aid worker in Dravec'] },
    ],
  },
  {
    note: '(guard) a name after "in" that is the speaker\'s own, past a comma: "The mayor of Dravec, who …, said"',
    text: 'Border row\n\nThe mayor of Dravec, who was elected in May, said the fence had moved.',
    quotes: [{ quote: 'the fence had moved', speaker: 'mayor of Dravec' }],
  },
  {
    note: 'a source after a cue and its comma ("replied, according to a transcript …:") is where the words are found, not who spoke; "The transcript also shows she said" is hers',
    text: 'Border row\n\nForeign Ministry spokeswoman Ilse Varga spoke at the weekly briefing.\n\nAsked about the border, Varga replied, according to a transcript released by the Foreign Ministry: “Our response will be firm.”\n\nThe transcript also shows she said Valdora had “no plans at this stage” to go to court.',
    quotes: [
      { quote: 'Our response will be firm', speaker: 'Ilse Varga' },
      { quote: 'no plans at this stage', speaker: 'Ilse Varga' },
    ],
  },
  {
    note: 'a body\'s noun as the subject of an act ("the foreign ministry rejected the accusations as “…”"), and a sentence after the quotation that opens with an article and a noun ("The markers, the statement said, …") is a sentence of its own, whose "the statement" is the ministry\'s',
    text: 'Border row\n\nIn a written statement issued a few hours later, Mirenka\'s foreign ministry rejected the accusations as “baseless and provocative.” The markers, the statement said, had been “restored to their correct positions” after spring floods.',
    quotes: [
      { quote: 'baseless and provocative', speaker: "Mirenka's foreign ministry" },
      { quote: 'restored to their correct positions', speaker: "Mirenka's foreign ministry" },
    ],
  },
  {
    note: '(guard) after a quotation that ends its sentence, a name and a verb no list holds still attribute it: “…” Graham wondered.',
    text: 'Border row\n\n“Does anybody know where the markers went?” Graham wondered.',
    quotes: [{ quote: 'anybody know where', speaker: 'Graham' }],
  },
  {
    note: 'a rank below an office ("Deputy Governor", "Deputy Prime Minister") is another office: "the governor" and "the prime minister" take up the office\'s holder, "the deputy governor" the deputy',
    text: 'Rates held\n\nGovernor Annika Solberg told reporters the board had voted to hold.\n\nDeputy Governor Piet Hallen said he had favoured a cut.\n\n“Nothing is off the table,” the governor said.\n\n“I still disagree,” the deputy governor said.\n\nPrime Minister Anna Berg backed the bank.\n\nDeputy Prime Minister Jens Moe said the cut should come soon.\n\n“The bank is independent,” the prime minister said.',
    quotes: [
      { quote: 'the board had voted to hold', speaker: 'Annika Solberg' },
      { quote: 'he had favoured a cut', speaker: 'Piet Hallen' },
      { quote: 'Nothing is off the table', speaker: 'Annika Solberg' },
      { quote: 'I still disagree', speaker: 'Piet Hallen' },
      { quote: 'the cut should come soon', speaker: 'Jens Moe' },
      { quote: 'The bank is independent', speaker: 'Anna Berg' },
    ],
  },
  {
    note: '"the statement" resolved to its issuer stands for it again paragraphs on',
    text: 'Border row\n\nIn a written statement issued in Sarvik, Mirenka\'s foreign ministry dismissed the claims as “baseless.” The markers, the statement said, had been “restored to their positions.”\n\nThe row has simmered since 1991.\n\n“Mirenka has always respected its obligations,” the statement said.',
    quotes: [
      { quote: 'baseless', speaker: "Mirenka's foreign ministry" },
      { quote: 'restored to their positions', speaker: "Mirenka's foreign ministry" },
      { quote: 'always respected its obligations', speaker: "Mirenka's foreign ministry" },
    ],
  },
  {
    note: 'a sentence\'s "Per" before the surname of a fuller name and a comma is a spinner\'s "according to", not the given name Per; "Per Nilsson said" keeps it (guard)',
    text: 'Artefacts return\n\nCulture Minister Zuri Amadi arrived on Monday.\n\nPer Amadi, the objects will go on display at the new National Museum in March.\n\nPer Nilsson said the loan was over.',
    quotes: [
      { quote: 'the objects will go on display', speaker: 'Zuri Amadi' },
      { quote: 'the loan was over', speaker: 'Per Nilsson' },
    ],
  },
  {
    note: 'one "the statement" read twice (a fragment and the clause after "and said") takes up the same issuer both times',
    text: 'Recall\n\nIn a written statement, Halvern Pharmaceuticals said the impurity had been traced to a single supplier. The statement called the problem “an isolated manufacturing deviation” and said no other products were affected.',
    quotes: [
      { quote: 'an isolated manufacturing deviation', speaker: 'Halvern Pharmaceuticals' },
      { quote: 'no other products were affected', speaker: 'Halvern Pharmaceuticals' },
    ],
  },
  {
    note: 'whom a speaker travels or works with ("a diplomat travelling with the delegation", "a nurse working at the clinic") is no speaker, with or without a relative clause before the cue',
    text: 'Ministers meet\n\nA senior Kaldorian diplomat travelling with the delegation, who asked not to be named, said the water issue remained “the hardest nut to crack.”\n\nA nurse working at the clinic said the ward was full.',
    quotes: [
      { quote: 'the hardest nut to crack', speaker: ['senior Kaldorian diplomat travelling with the delegation', 'A senior Kaldorian diplomat travelling with the delegation'] },
      { quote: 'the ward was full', speaker: ['nurse working at the clinic', 'A nurse working at the clinic'] },
    ],
  },
  {
    note: 'a cue after "but" takes the subject of the verb before it, past the sentence\'s opening phrase: "In an interview on Thursday, Southgrid\'s director, Felipe Aranda, apologised to customers but said …"',
    text: 'Blackouts\n\nIn an interview on Thursday, Southgrid\'s operations director, Felipe Aranda, apologised to customers but said the company had “no realistic alternative.”',
    quotes: [{ quote: 'no realistic alternative', speaker: 'Felipe Aranda' }],
  },
  {
    note: 'in news, a description by a noun of a person that is no title ("the young grandmaster") takes up the person who opens its paragraph, where no one else is named since; a body\'s or a document\'s noun does not (guard)',
    text: 'Chess\n\nKatarina Holm beat top seed Dmitri Solvay in the eighth round.\n\nSolvay, 24, was gracious in defeat. “She played like she had never left,” the young grandmaster said.\n\nBen Ortner spoke for the club. “We will appeal,” the government said.',
    quotes: [
      { quote: 'She played like she had never left', speaker: 'Dmitri Solvay' },
      { quote: 'We will appeal', speaker: 'government' },
    ],
  },
  {
    note: 'a noun phrase of those who speak after a sentence adverb\'s comma ("However, two members of staff, speaking on condition of anonymity, told …") opens its clause as it would without the adverb',
    text: 'Admissions\n\nHowever, two members of staff, speaking on condition of anonymity, told the Castlemere Herald that the suspended official was Gareth Lowell.',
    quotes: [{ quote: 'the suspended official was Gareth Lowell', speaker: 'two members of staff' }],
  },
  {
    note: '(guard) a verb no list holds, "to" and a listener, then "that": the fragment in its clause is the subject\'s (the frame of that verb now, the sentence\'s subject before)',
    text: 'Chess\n\nThe champion Katarina Holm imparted to the Aldeburg Post that she had not opened a chess engine “for almost two years.”',
    quotes: [{ quote: 'for almost two years', speaker: 'Katarina Holm' }],
  },
  {
    note: 'a firm\'s noun after where the firm is based or listed ("the London-based bank") takes up the firm named before, as "the bank" does',
    text: 'Jobs\n\nHarrowgate Bank said on Monday that it would cut 300 jobs.\n\n“We have no choice,” the London-based bank said.',
    quotes: [{ quote: 'We have no choice', speaker: 'Harrowgate Bank' }],
  },
  {
    note: 'a place\'s noun after its preposition and the name its apposition gives it ("in the provincial capital, Monteclar,") are no subject: the person before the participle\'s phrase speaks',
    text: 'Drought\n\nPremier Helena Varga, announcing the measures at a news conference in the provincial capital, Monteclar, called the situation “serious but manageable”.',
    quotes: [{ quote: 'serious but manageable', speaker: 'Helena Varga' }],
  },
  {
    note: 'a spinner\'s "put forward" for "said" after a quotation is its cue: the name before it speaks, not "forward" before "in an interview"',
    text: 'Reshuffle\n\nOpposition leader Gregor Lindahl dismissed the reshuffle.\n\n“You can move the names around as much as you like,” Lindahl put forward in an interview with Radio Centrum.',
    quotes: [{ quote: 'You can move the names around', speaker: 'Gregor Lindahl' }],
  },
  {
    note: '"the former employee", "the source": a person described by another noun takes up the unnamed person an indefinite description introduced just before ("A former sous-chef at the restaurant, who …"), an occupation\'s noun that speaks',
    text: 'Kitchen\n\nA former sous-chef at the restaurant, who requested not to be named, told the Echo that staff had raised concerns about pests for months.\n\n“Everybody knew,” the former employee said.',
    quotes: [{ quote: 'Everybody knew', speaker: ['A former sous-chef at the restaurant', 'A former sous-chef'] }],
  },
  {
    note: '(guard) a document described before is no person: "A campaign message … “…,” the person said" stays unresolved',
    text: 'Calm\n\nA campaign message posted on Monday urged calm.\n\n“Stay home,” the person said.',
    quotes: [{ quote: 'Stay home', speaker: 'the person' }],
  },
  {
    note: '"the inspection report" stands for the body that published the report named before ("a report published by Westbury City Council on Friday")',
    text: 'Kitchen\n\nThe restaurant has closed, as per a report published by Westbury City Council on Friday.\n\nThe inspection report described conditions in the kitchen as “an imminent risk to public health.”',
    quotes: [{ quote: 'an imminent risk to public health', speaker: 'Westbury City Council' }],
  },
  {
    note: 'the sentence\'s subject before a participle ("…, contending that …") is the name its apposition gives ("The No campaign\'s leader, former finance minister Edith Calloway-Brunn,")',
    text: 'Referendum\n\nThe No campaign\'s leader, former finance minister Edith Calloway-Brunn, set out her case on Friday, contending that independence would mean “a decade of border checks”.',
    quotes: [{ quote: 'a decade of border checks', speaker: 'Edith Calloway-Brunn' }],
  },
  {
    note: '"the 58-year-old" after "Asked by interviewer Selma Hartikainen whether …" is the one asked, the person quoted before, not the one who put the question',
    text: 'Referendum\n\n“We will keep the currency,” First Minister Aurelio Brandvik told the programme.\n\nAsked by interviewer Selma Hartikainen whether he would accept a narrow defeat, the 58-year-old replied: “A democrat accepts the result.”',
    quotes: [{ quote: 'A democrat accepts the result', speaker: 'Aurelio Brandvik' }],
  },
  {
    note: '"the group" takes up the body that spoke just before, as "the company" does ("Tull Hospitality Group articulated that … The group said …")',
    text: 'Kitchen\n\nIn a written declaration, the chef\'s company, Tull Hospitality Group, articulated that it had dismissed its contractor.\n\n“We are sorry,” the group said.',
    quotes: [{ quote: 'We are sorry', speaker: 'Tull Hospitality Group' }],
  },
  {
    note: 'an unnamed person by an occupation who speaks in the lede ("a former senior nurse said") is the one whose full name opens the next paragraph, set off by a comma ("Karen Lessard, who managed …, said")',
    text: 'Hospital hid patients, former nurse claims\n\nA regional hospital removed 3,200 patients from its waiting list, a former senior nurse said on Tuesday.\n\nKaren Lessard, who managed outpatient bookings until March, said staff had been told to move patients onto a separate spreadsheet.',
    quotes: [{ quote: 'A regional hospital removed 3,200 patients from its waiting list', speaker: 'Karen Lessard' }],
  },
  {
    note: '(guard) a source the story keeps unnamed in the lede ("a senior adviser said") is not the person who opens the next paragraph',
    text: 'Campaign\n\nThe campaign will add staff in Iowa next month, a senior adviser said on Monday.\n\nTed Cruz, who trails in the state, spoke in Des Moines on Tuesday.',
    quotes: [{ quote: 'The campaign will add staff in Iowa next month', speaker: ['a senior adviser', 'senior adviser'] }],
  },
  {
    note: 'an unnamed person of no gender the words tell ("A senior executive at another club, who asked not to be named, said") is the "he" or "she" of the quotation after it, as a spokeswoman is "she"',
    text: 'Administration\n\n‘We will fight on,’ chairman Tomasz Wilde said.\n\nA senior executive at another Premiership club, who asked not to be named, said Kestrel Bay would ‘not be the last’.\n\n‘Everyone is looking at their own books tonight,’ he said.',
    quotes: [{ quote: 'Everyone is looking at their own books tonight', speaker: ['A senior executive', 'A senior executive at another Premiership club'] }],
  },
  {
    note: '(guard) a description that asks, after "by" ("was asked by a caller why …"), is not the "he" who answers',
    text: 'Refugees\n\nHerman Cain, who hosts a radio show, was asked by a caller why young men are coming as refugees. "So they can hurt us," he said.',
    quotes: [{ quote: 'So they can hurt us', speaker: 'Herman Cain' }],
  },
  {
    note: 'a subject pronoun contracted with its verb ("I’d add that", "I’ve argued that") is the pronoun, never a name: no speaker "I’d", the mention the pronoun\'s letters',
    text: 'Column\n\nI’d add that voters have no memory of the Cold War.\n\nI’ve argued that “the rules are rigged” for years.',
    quotes: [
      { quote: 'voters have no memory of the Cold War', speaker: null },
      { quote: 'the rules are rigged', speaker: null },
    ],
  },
  {
    note: 'the US spelling "councilor", and "lieutenant", "constable", "headmistress" written out, are titles before a name and a role a description takes up later',
    text: 'Zoning\n\nCity Councilor Ana Ruiz opposed the plan. “It puts the river at risk,” the councilor said.\n\nLieutenant Mark Hale of the harbour police agreed. “We were never asked,” the lieutenant said.\n\nHeadmistress Clara Voss of Westbank School was blunter. “Nobody thought of the children,” the headmistress said.',
    quotes: [
      { quote: 'It puts the river at risk', speaker: 'Ana Ruiz' },
      { quote: 'We were never asked', speaker: 'Mark Hale' },
      { quote: 'Nobody thought of the children', speaker: 'Clara Voss' },
    ],
  },
  {
    note: 'a sentence of narration before the quotation in its paragraph, whose cue ("by saying") has no subject of its own, gives the quotation the person who opens it (guard)',
    text: 'Harbour\n\n“The survey is a waste of money,” said Tomas Berg, the opposition leader.\n\nAna Ruiz distanced herself from the plan by saying she would wait for the survey. “We cannot build on a guess.”',
    quotes: [
      { quote: 'The survey is a waste of money', speaker: 'Tomas Berg' },
      { quote: 'We cannot build on a guess.', speaker: 'Ana Ruiz' },
    ],
  },
  {
    note: 'in news, "the boy", "the girl", "the teenager" take up the last person named with an age under 18; with none, the noun stands as written',
    text: 'Heat\n\nAt Fairview Park, Devon Marsh, 12, and his younger brother took turns in the splash pad. “Best week ever,” the boy exclaimed.\n\nNearby, Carla Ruiz, 41, watched her son. “He has not stopped running,” the girl beside her said.',
    quotes: [
      { quote: 'Best week ever', speaker: 'Devon Marsh' },
      { quote: 'He has not stopped running', speaker: 'the girl beside her' },
    ],
  },
  {
    note: 'a role a story uses for the same post takes up the person of the other ("Castlebridge manager Ines Salgado … the Portuguese coach said", "chief executive … the CEO", "attorney … the lawyer")',
    text: 'Football\n\nCastlebridge manager Ines Salgado was less effusive. “It was lazy and embarrassing,” the Portuguese coach said.\n\nBrightloom chief executive Dana Ruiz defended the cuts. “We had no choice,” the CEO said.\n\nDefense attorney Miriam Castellano was brief. “We will not appeal,” the lawyer said.',
    quotes: [
      { quote: 'It was lazy and embarrassing', speaker: 'Ines Salgado' },
      { quote: 'We had no choice', speaker: 'Dana Ruiz' },
      { quote: 'We will not appeal', speaker: 'Miriam Castellano' },
    ],
  },
  {
    note: 'a nationality\'s adjective and a role in lower case before a relative clause ("The Portuguese coach, whose side …, described …") is a description with its article, not a name, and takes up the person whose title it shares',
    text: 'Football\n\nCastlebridge manager Ines Salgado was less effusive. The Portuguese coach, whose side had gone 19 matches unbeaten, described the display as “lazy and embarrassing.”',
    quotes: [{ quote: 'lazy and embarrassing.', speaker: 'Ines Salgado' }],
  },
  {
    note: 'an adverb of time with no comma before the subject ("Then he cut into …, calling him a “…”") is no opening phrase: the comma after the object does not close it, and the object is not the one naming',
    text: 'Debate night\n\nSenator Ada Price opened with her record on housing. Then she turned on Governor Luis Ortega, calling him a “bystander.” Later Price went after Tom Hale, calling him “a tourist in his own state.”',
    quotes: [
      { quote: 'bystander.', speaker: 'Ada Price' },
      { quote: 'a tourist in his own state.', speaker: 'Ada Price' },
    ],
  },
  {
    note: 'a day after "Later" still opens a phrase of time closed by its comma (guard)',
    text: 'Budget\n\nThe council met on Monday. Later Tuesday, Maria Ruiz went after the mayor, calling him “reckless.”',
    quotes: [{ quote: 'reckless.', speaker: 'Maria Ruiz' }],
  },
  {
    note: 'in news, "the researcher" takes up a professor or a study\'s lead author, as "the coach" does a manager; "the hospital" a body whose name holds "Medical Center"',
    text: 'Heat study\n\nIn a press release, lead author Dr. Anika Varga, an associate professor of environmental health, called the findings “clear evidence.”\n\n“Trees take 15 years to grow,” the researcher stressed.\n\nNurses at St. Brendan’s Regional Medical Center walked off the job on Thursday.\n\n“Patient care will continue,” the hospital said.',
    quotes: [
      { quote: 'clear evidence.', speaker: 'Anika Varga' },
      { quote: 'Trees take 15 years to grow,', speaker: 'Anika Varga' },
      { quote: 'Patient care will continue,', speaker: 'St. Brendan’s Regional Medical Center' },
    ],
  },
  {
    note: 'in news, "her husband", "his wife" take up the one other person of the owner\'s family name and of that gender',
    text: 'Evacuation\n\nGary Thibodeaux and his wife left Ridgeline Road at noon.\n\n“We grabbed the dog and the photo albums,” Ellen Thibodeaux, 67, said.\n\n“The ridge was already orange,” her husband said.',
    quotes: [
      { quote: 'We grabbed the dog and the photo albums,', speaker: 'Ellen Thibodeaux' },
      { quote: 'The ridge was already orange,', speaker: 'Gary Thibodeaux' },
    ],
  },
  {
    note: '"thought" right after a quotation, before its subject ("“…,” thought she, “…”"), gives a thought in marks its thinker; "thought" elsewhere is no cue',
    text: 'Elizabeth Bennet walked through the rooms with admiration.\n\n“And of this place,” thought she, “I might have been mistress!”\n\nShe thought the view from the window “the finest in the county.”',
    quotes: [
      { quote: 'And of this place,', speaker: 'Elizabeth Bennet' },
      { quote: 'I might have been mistress!', speaker: 'Elizabeth Bennet' },
      { quote: 'the finest in the county.', speaker: 'Elizabeth Bennet' },
    ],
  },
  {
    note: 'in news, a description by a person\'s noun that attributes the quotation opening its paragraph takes up the person who opens the paragraph before, where no one else is named since',
    text: 'Final\n\nSofia Lindqvist, who had won 14 consecutive matches at the tournament, was gracious but frustrated.\n\n‘She played the big points better than me,’ the Swedish baseliner stated.\n\nElena Varga thanked the crowd. Her coach, Marco Delacroix, was in tears.\n\n‘It was the best day of my career,’ the defending champion said.',
    quotes: [
      { quote: 'She played the big points better than me,', speaker: 'Sofia Lindqvist' },
      { quote: 'It was the best day of my career,', speaker: 'the defending champion' },
    ],
  },
  {
    note: 'a headline in title case names no person "Norvalian Foreign" before a portfolio and its title ("Norvalian Foreign Minister Arrives …"): "the minister" and "he" take up no such person (here, no one the text ties to the post)',
    text: 'Norvalian Foreign Minister Arrives in Tarsovia as Neighbors Seek to Mend Ties\n\nIn a transcript released by the Tarsovian Foreign Ministry, Kreutzberg is quoted as telling his host: “We came to talk.”\n\nAsked about the criticism, the 61-year-old minister said he welcomed scrutiny. “Parliament will have its say,” he added.\n\nKreutzberg is scheduled to meet President Aurel Matei on Wednesday.',
    quotes: [
      { quote: 'We came to talk.', speaker: 'Kreutzberg' },
      { quote: 'Parliament will have its say,', speaker: null },
    ],
  },
  {
    note: 'in news, a line that opens its paragraph attributed to a description ("the shopkeeper", a role no one named holds as a title) takes up the one person the paragraph of narration before introduces, named there for the first time; not one named before, nor after a paragraph that opens with a quotation',
    text: 'Ceasefire\n\nIn Esk, residents greeted the news warily. Halina Vetrova, 47, who runs a grocery near the bus station, said she would not reopen yet.\n\n“I have heard this promise four times since spring,” the shopkeeper added.\n\n“Apparently there’s a young man with some problems,” Senator Ruth Ames said as a protester shouted.\n\n“Thank you, son,” the heckler replied.',
    quotes: [
      { quote: 'I have heard this promise four times since spring,', speaker: 'Halina Vetrova' },
      { quote: 'Thank you, son,', speaker: 'the heckler' },
    ],
  },
  {
    note: '"quoted X as saying" with a title in lower case before the name ("the release quoted zoo director Felicity Kwan as saying", "TASS quoted zoo director …"): the one quoted speaks, not the document or the agency',
    text: 'Zoo\n\nThe cub was born on Monday, according to a press release issued by the zoo.\n\n“We have been waiting for this moment,” the release quoted zoo director Felicity Kwan as saying.\n\n“The river is rising,” the agency quoted regional governor Ivan Petrov as saying.',
    quotes: [
      { quote: 'We have been waiting for this moment,', speaker: 'Felicity Kwan' },
      { quote: 'The river is rising,', speaker: 'Ivan Petrov' },
    ],
  },
  {
    note: 'two given names joined by "and" before one family name ("Gary and Ellen Thibodeaux"): the first is a person of that family too, whom "her husband" and "Mr. Thibodeaux" take up; not where the first word is no given name ("Price and Maria Okafor": Price stays a person of his own)',
    text: 'Flood\n\nGary and Ellen Thibodeaux lost their house on Bayou Road.\n\n“We have nothing left,” Ellen Thibodeaux said.\n\n“The water came up in an hour,” her husband said.\n\nMr. Thibodeaux, 70, said they would stay with their son.\n\nPrice and Maria Okafor were not home; “We heard on the radio,” Price said.',
    quotes: [
      { quote: 'We have nothing left,', speaker: 'Ellen Thibodeaux' },
      { quote: 'The water came up in an hour,', speaker: 'Gary Thibodeaux' },
      { quote: 'they would stay with their son', speaker: 'Gary Thibodeaux' },
      { quote: 'We heard on the radio,', speaker: 'Price' },
    ],
  },
  {
    note: 'a rank by its number in an apposition ("Mia Rook, the world No 3,", "Tomas Eder, the world No. 1,"): a later "the world No 3" is that person, the abbreviation\'s full stop no end of the apposition; and a rank attributing a line that opens its paragraph takes up the one the paragraph before opens with, as other descriptions of a person do',
    text: 'Open\n\nMia Rook, the world No 3, beat Ana Ortiz in straight sets on Sunday.\n\n“I served better than I have all year,” the world No 3 said.\n\nIn the men’s draw, Tomas Eder, the world No. 1, needed five sets.\n\n“My legs were gone,” the world No. 1 said.\n\nOrtiz, who had not dropped a set all week, was philosophical.\n\n“She was simply better today,” the world No 12 conceded.',
    quotes: [
      { quote: 'I served better than I have all year,', speaker: 'Mia Rook' },
      { quote: 'My legs were gone,', speaker: 'Tomas Eder' },
      { quote: 'She was simply better today,', speaker: 'Ana Ortiz' },
    ],
  },
  {
    note: '"the bank" takes up the bank the article named with its place after "of" ("The Central Bank of Caldera", "the Bank of Estravia"), a dateline before it or not',
    text: 'Rates\n\nPORT VALERO — The Central Bank of Caldera raised its main rate by half a point on Wednesday, surprising investors.\n\n“Inflation has proved more stubborn than we hoped,” the bank said in a statement.',
    quotes: [{ quote: 'Inflation has proved more stubborn than we hoped,', speaker: 'Central Bank of Caldera' }],
  },
  {
    note: 'a description by a post held once ("the former tax inspector"), later in a paragraph that one person opens and where no one holds that post as a title, is that person: the career before the title the apposition gives',
    text: 'Budget\n\nThe finance ministry published its plan on Monday.\n\nLena Ortiz, a consultant at Marlow Group, was unimpressed. Speaking to reporters outside parliament, the former tax inspector said the plan “counts money it will never collect.”\n\n“Nobody believes these numbers,” the former inspector added.',
    quotes: [
      { quote: 'counts money it will never collect.', speaker: 'Lena Ortiz' },
      { quote: 'Nobody believes these numbers,', speaker: 'Lena Ortiz' },
    ],
  },
  {
    note: 'a definite description of a person by the body they serve, in the lede ("The head of the regional fire service told …"), is the one whose name opens the next paragraph, a title before it or not, where that paragraph\'s opening names the body too',
    text: 'Blaze\n\nHOLT — The head of the regional fire service told a hearing on Tuesday that the warehouse had no working alarms.\n\nChief Officer Dana Whitfield, who has run the fire service since 2020, testified for three hours.',
    quotes: [{ quote: 'the warehouse had no working alarms', speaker: 'Dana Whitfield' }],
  },
  {
    note: 'negative: the paragraph after a lede\'s "The head of the port authority" opens with a person it ties to another body ("Sen. Ana Ruiz, who chairs the transport committee,"): the description stays unnamed',
    text: 'Ports\n\nThe head of the port authority said on Monday that the docks would stay closed.\n\nSen. Ana Ruiz, who chairs the transport committee, called for an inquiry.',
    quotes: [{ quote: 'the docks would stay closed', speaker: 'head of the port authority' }],
  },
  {
    note: 'a medium that relays someone\'s remarks ("The state broadcaster relayed remarks by President Anton Reisler hailing …", "The agency carried a statement from … calling …") reports them: the one named after "by" or "from" speaks; not where a verb of speech follows with a subject of its own',
    text: 'Visit\n\nThe state broadcaster relayed remarks by President Anton Reisler hailing the deal as “a new chapter.”\n\nThe agency carried a statement from Foreign Minister Ana Ruiz calling the talks “productive.”\n\nThe agency carried a statement from the ministry, but Reisler said the talks were “long overdue.”',
    quotes: [
      { quote: 'a new chapter.', speaker: 'Anton Reisler' },
      { quote: 'productive.', speaker: 'Ana Ruiz' },
      { quote: 'long overdue.', speaker: 'Anton Reisler' },
    ],
  },
  {
    note: 'sports copy: a title of a standing before a name ("Middleweight champion Dario Velez") is taken up by "the champion"; an apposition with an age ("Mensah-Brooks, the 27-year-old challenger from …,") by "the challenger"; a standing is no role that contradicts another noun for the paragraph\'s opener ("Reigning champion Jonas Kessler … ⏎ Kessler denied … ⏎ “…,” the Swiss rider said")',
    text: 'Fight night\n\nMiddleweight champion Dario Velez promised on Wednesday to win inside six rounds.\n\nKofi Mensah-Brooks, the 27-year-old challenger from the Eastside, sat silently.\n\nAsked about his only defeat, the challenger said it had made him “hungrier.”\n\n“I respect anyone who gets in the ring,” the champion said.\n\nCycling\n\nReigning Tour of Valmora champion Jonas Kessler has been suspended.\n\nKessler, who rides for Velocor, denied any wrongdoing.\n\n“I have never taken a banned substance,” the Swiss rider said.',
    quotes: [
      { quote: 'hungrier.', speaker: 'Kofi Mensah-Brooks' },
      { quote: 'I respect anyone who gets in the ring,', speaker: 'Dario Velez' },
      { quote: 'I have never taken a banned substance,', speaker: 'Jonas Kessler' },
    ],
  },
  {
    note: '"the company" takes up a firm the article named after the noun of its trade ("Rail operator Westline", "energy company Gulfline")',
    text: 'Heatwave\n\nRail operator Westline cautioned that trains would run at reduced speeds.\n\n“Rails can buckle in extreme heat,” the company said in a statement.',
    quotes: [{ quote: 'Rails can buckle in extreme heat,', speaker: 'Westline' }],
  },
  {
    note: 'a description that replies ("the 52-year-old replied") to the question the one quoted last asked is the person named before the asker, not the asker; without a question it takes up the one quoted last, as before',
    text: 'Earnings\n\nChief Executive Marisa Delgado-Wren said the company expected lower revenue.\n\nTobias Feld, an analyst at Granite Ridge, pressed her on margins. “What gives you confidence the bottom is in?” he said.\n\n“Fair question,” the 52-year-old replied.\n\nLena Ortiz, a trader, was unimpressed. “Margins keep falling,” she said.\n\n“That is the whole story,” the 41-year-old added.',
    quotes: [
      { quote: 'Fair question,', speaker: 'Marisa Delgado-Wren' },
      { quote: 'That is the whole story,', speaker: 'Lena Ortiz' },
    ],
  },
  {
    note: '"the airline" takes up a firm whose name holds the noun in the plural ("Corvane Air Lines" … "Halvard Airlines"), however many paragraphs back it was named',
    text: 'Strike\n\nHalvard Airlines cancelled 300 flights on Friday as cabin crew walked out.\n\nUnion leader Bea Rusk said members had waited three years for a raise.\n\nTravel agents reported long queues at the main terminal.\n\nHotels near the airport said they were full.\n\nIn an email to customers, the airline said refunds would be processed within a week.',
    quotes: [{ quote: 'refunds would be processed within a week', speaker: 'Halvard Airlines' }],
  },
  {
    note: 'a role the description ends on is not the modifier of another role in a title: "the union chief" is not "chief executive Mara Quist", while "the fire chief" is still "Fire Chief Leon Barr"',
    text: 'Walkout\n\nTorvik Freight chief executive Mara Quist said the offer was final.\n\n“We will stay out as long as we must,” the union chief said.\n\nFire Chief Leon Barr said crews were on standby at the depot.\n\n“No one is in danger,” the fire chief said.',
    quotes: [
      { quote: 'We will stay out as long as we must,', speaker: 'the union chief' },
      { quote: 'No one is in danger,', speaker: 'Leon Barr' },
    ],
  },
  {
    note: 'a career left behind that no title holds ("The former investment banker", "the retired teacher") takes up the person quoted last, for every quotation of its clause; a former office ("the former two-term governor") does not, in political news as often another who held it',
    text: 'Talks\n\n“We respect our pilots,” chief executive Ines Palmgren told the station.\n\nThe former investment banker said the offer, a 12 percent raise, was “generous by any standard.”\n\nPolitics\n\n“This is a good day for the state,” Senator Rob Kessling said.\n\nThe former two-term governor said the bill was “long overdue.”',
    quotes: [
      { quote: 'generous by any standard.', speaker: 'Ines Palmgren' },
      { quote: 'long overdue.', speaker: 'The former two-term governor' },
    ],
  },
  {
    note: 'a document by its owner ("Okoro\'s post read", "the council\'s statement said") is the owner\'s, resolved as a mention of its own; a description the text does not resolve stays as written',
    text: 'Rally\n\nStudent leader Ada Okoro called for a march on Friday.\n\n“We are done waiting,” Okoro\'s post read.\n\nLakeside District Council said the park would stay open.\n\n“Everyone is welcome,” the council\'s statement said.\n\n“Bring water,” the organisers\' post said.',
    quotes: [
      { quote: 'We are done waiting,', speaker: 'Ada Okoro' },
      { quote: 'Everyone is welcome,', speaker: 'Lakeside District Council' },
      { quote: 'Bring water,', speaker: 'the organisers\' post' },
    ],
  },
  {
    note: '"the company" takes up the one firm the article is about, named three times and more than twice as often as any other, though none was named in its paragraph or the one before',
    text: 'Recall\n\nOrvell Foods recalled 40,000 jars of baby food on Monday.\n\nShares of Orvell fell 4 percent on the news. Orvell makes most of the region’s baby food.\n\nParents crowded pharmacies across the region.\n\nIn a statement, the company said refunds would be paid in full.',
    quotes: [{ quote: 'refunds would be paid in full', speaker: 'Orvell Foods' }],
  },
  {
    note: 'a doctor\'s noun ("The physician", "the doctor") takes up the one last named with "Dr.", whatever their title; "the diplomat" the one titled ambassador or envoy',
    text: 'Recall\n\nDr. Rhea Castell, the firm’s medical director, said the risk was low.\n\nPharmacists reported long queues.\n\nThe physician said the batch was found in a routine review.\n\nZoo\n\nAmbassador Omar Haddad visited the zoo on Sunday.\n\n“This cub is a gift to both our nations,” the diplomat said.',
    quotes: [
      { quote: 'the batch was found in a routine review', speaker: 'Rhea Castell' },
      { quote: 'This cub is a gift to both our nations,', speaker: 'Omar Haddad' },
    ],
  },
  {
    note: 'a report by its issuer: "Its report warned" after a body that spoke is that body\'s; "The report noted" after "a report released Thursday by the Safety Board" the board\'s (a day between the participle and "by")',
    text: 'Fish\n\nThe Marine Stocks Council said in its assessment that cod stocks had fallen.\n\nIts report warned that stocks faced “a collapse within a decade.”\n\nBridge\n\nThe bridge fell last month, according to a report released Thursday by the State Safety Board.\n\nThe report noted that inspectors had flagged corrosion in 2019.',
    quotes: [
      { quote: 'a collapse within a decade.', speaker: 'Marine Stocks Council' },
      { quote: 'inspectors had flagged corrosion in 2019', speaker: 'State Safety Board' },
    ],
  },
  {
    note: 'after a question mark, an age between commas before the cue or an apposition ("“…?” Lev Moro, 51, said", "Lev Moro, 51, a face worker who …, put forward") still attributes the question',
    text: 'Mine\n\nMiners gathered at the pithead on Tuesday.\n\n“Retrain for what?” Lev Moro, 51, a face worker who has spent 30 years underground, put forward.\n\n“Who will pay?” Ida Kest, 38, said.',
    quotes: [
      { quote: 'Retrain for what?', speaker: 'Lev Moro' },
      { quote: 'Who will pay?', speaker: 'Ida Kest' },
    ],
  },
  {
    note: 'a body\'s noun takes up a body named before by a word of the same kind: "the orchestra" the "Harbour Philharmonic", "the union" the "United Dockers Guild"',
    text: 'Music\n\nThe Harbour Philharmonic cancelled its spring season on Monday.\n\nThe orchestra said guest conductors would lead the autumn concerts.\n\nDocks\n\nThe United Dockers Guild called a strike for Friday.\n\nThe union said talks had collapsed.',
    quotes: [
      { quote: 'guest conductors would lead the autumn concerts', speaker: 'Harbour Philharmonic' },
      { quote: 'talks had collapsed', speaker: 'United Dockers Guild' },
    ],
  },
  {
    note: 'a fragment whose verb no list holds, after a subject with a long relative clause set off by commas ("The 53-year-old, who has looked after the zoo’s pandas since they arrived on loan in 2016, characterized …"): the subject, not a pronoun inside the relative clause',
    text: 'Zoo\n\nHead keeper Rosa Imbert, 53, said the cub was feeding well.\n\nThe 53-year-old, who has looked after the zoo’s pandas since they arrived on loan in 2016, characterized the coming week as “the most delicate of all.”',
    quotes: [{ quote: 'the most delicate of all.', speaker: 'Rosa Imbert' }],
  },
  {
    note: 'one of a group opening the sentence ("One of the cooks, who asked not to be named, said …, calling the owner “…”") is the subject a fragment\'s clause takes up',
    text: 'Diner\n\nThe Harbour Diner closed on Friday after 40 years.\n\nOne of the cooks, who asked not to be named, said staff had been given notice, calling the owner “the fairest boss I ever had.”',
    quotes: [{ quote: 'the fairest boss I ever had.', speaker: 'One of the cooks' }],
  },
  {
    note: 'a body whose name ends on a title ("The Office of the Information Commissioner") speaks as a body: "the regulator" after it is the office',
    text: 'Breach\n\nThe Office of the Information Commissioner announced on Tuesday that it had opened an inquiry.\n\n“Firms that hold this data carry a heavy duty,” the regulator said.',
    quotes: [{ quote: 'Firms that hold this data carry a heavy duty,', speaker: 'Office of the Information Commissioner' }],
  },
  // ── a possessive written with its apostrophe alone, after an s ─────
  {
    note: 'an s-name’s lawyer named in apposition keeps his second verb',
    text: 'Ilse Parkes was charged on Monday with fraud.\n\nParkes’ lawyer, Anton Bellweather, said the case against her was “a travesty” and noted that his client would plead not guilty.',
    quotes: [
      { quote: 'a travesty', speaker: 'Anton Bellweather' },
      { quote: 'his client would plead not guilty', speaker: 'Anton Bellweather', speakerTitle: 'Parkes’ lawyer' },
    ],
  },
  {
    note: 'an s-name’s spokesman, no name: the description, not the bare noun',
    text: 'Ilse Parkes and Tom Rudd were charged on Monday.\n\nParkes’ spokesman said she had done nothing wrong.\n\n“We will fight this,” said Tom Rudd’s spokesman.',
    quotes: [
      { quote: 'she had done nothing wrong', speaker: 'Parkes’ spokesman' },
      { quote: 'We will fight this', speaker: 'Tom Rudd’s spokesman' },
    ],
  },
  {
    note: 'a plural’s possessive with its article',
    text: 'The strike entered its third week on Tuesday.\n\nThe nurses’ union said talks would resume on Friday.',
    quotes: [{ quote: 'talks would resume on Friday', speaker: 'nurses’ union' }],
  },
  {
    note: '"the company" for a firm introduced by its trade ("the budgeting app Ledgerly") and named again, by its name alone, in the sentence before',
    text: 'Budget App Exposed User Data\n\nData from 2 million users of the budgeting app Ledgerly was exposed for weeks, regulators said on Monday.\n\nThe regulator said it had opened an inquiry.\n\nLedgerly, which is based in Porto, confirmed the breach in a statement. The company said it had found no sign that money was taken.',
    quotes: [{ quote: 'it had found no sign that money was taken', speaker: 'Ledgerly' }],
  },
  {
    note: 'a fragment after "According to a statement from" a body and the body\'s relative clause is the body\'s',
    text: 'According to a statement from the Harborview Athletics Association, which organizes the race, the aid station ran short for “about 15 minutes” after a truck was delayed.',
    quotes: [{ quote: 'about 15 minutes', speaker: 'Harborview Athletics Association' }],
  },
  {
    note: '"the pensioner" for the one a title calls retired, quoted at the head of the next paragraph (British style)',
    text: 'Rail chaos\n\nFellow commuter Gareth Pryce, a 64-year-old retired postman, said he had stood for the whole journey.\n\n‘It was like a cattle truck,’ the pensioner said.',
    quotes: [{ quote: 'It was like a cattle truck', speaker: 'Gareth Pryce' }],
  },
  {
    note: '"the note read" after "X herself posted a short handwritten note": the one who posted it',
    text: 'Tour cancelled\n\nSinger Lila Marchetti cancelled the rest of her tour on Monday.\n\nMarchetti herself posted a short handwritten note to her accounts that afternoon.\n\n“I hate doing this to you,” the note read.',
    quotes: [{ quote: 'I hate doing this to you', speaker: 'Lila Marchetti' }],
  },
  {
    note: 'one who gave only his first name: "he" and "the caller" after "Another caller …, who gave only his first name, Tomas,"; not the woman quoted before',
    text: 'Tour cancelled\n\nPaula Renner, a student, said she was “heartbroken but not angry.”\n\nAnother caller to the station, who gave only his first name, Tomas, was less forgiving. He alleged that fans had been “treated like ATMs” all year.\n\n“Two hundred dollars for a seat, and now I have to chase a refund,” the caller grumbled.',
    quotes: [
      { quote: 'heartbroken but not angry', speaker: 'Paula Renner' },
      { quote: 'treated like ATMs', speaker: 'Tomas' },
      { quote: 'Two hundred dollars for a seat', speaker: 'Tomas' },
    ],
  },
  {
    note: 'a lede\'s unnamed speaker is not the next paragraph\'s opener of the other gender ("A bank teller told jurors that she …" ⏎ "Daniel Roche, 37, a former loan officer, has pleaded not guilty …")',
    text: 'Teller describes robbery\n\nA bank teller told jurors Monday that she believed she was going to die when a masked man pushed a gun under her window.\n\nDaniel Roche, 37, a former loan officer, has pleaded not guilty to armed robbery.\n\n“My hands would not work,” Maria Delgado, 26, testified.',
    quotes: [{ quote: 'she believed she was going to die', speaker: ['A bank teller', 'Maria Delgado'] }],
  },
  {
    note: '"the company" for a firm no word calls one, that "its" takes up, past an abbreviated month ("… starting Nov. 1, the company announced"); "The notice" it then sent; "In a statement …" is no firm',
    text: 'Prices rise again\n\nFlixMoor will raise the price of its ad-free plan to $19.99 a month starting Nov. 1, the company announced Monday.\n\nAs per a notice emailed to subscribers, the basic plan will rise by $2. The notice maintained that the higher prices would “allow us to keep investing in the shows you love.”\n\nIn a statement posted on its website, the company said it had “no plans” to raise prices again this year.',
    quotes: [
      { quote: 'FlixMoor will raise the price', speaker: 'FlixMoor' },
      { quote: 'allow us to keep investing', speaker: 'FlixMoor' },
      { quote: 'no plans', speaker: 'FlixMoor' },
    ],
  },
  {
    note: 'a scientist\'s title before a name ("State climatologist Wren Halvorsen", "Ornithologist Ada Brandt") is a title, and "the climatologist" takes it up; not part of the name',
    text: 'Heat record falls\n\nState climatologist Wren Halvorsen said the old record had stood since 1936.\n\nThe climatologist added that the ridge would linger “well into next week.”\n\nOrnithologist Ada Brandt called the sighting “a once-in-a-lifetime event.”',
    quotes: [
      { quote: 'well into next week.', speaker: 'Wren Halvorsen' },
      { quote: 'a once-in-a-lifetime event.', speaker: 'Ada Brandt' },
    ],
  },
  {
    note: 'a verb in -s before an owner\'s possessive ends the subject ("The document characterizes management’s offer as “…”" is the document\'s, not "The document characterizes management’s latest offer"); a plural noun that is no verb does not',
    text: 'Nurses vote\n\nThe document characterizes management’s latest offer as “a list of promises with no teeth.”\n\nThe memo brands Whitfield’s plan “a stalling tactic.”',
    quotes: [
      { quote: 'a list of promises with no teeth.', speaker: 'The document' },
      { quote: 'a stalling tactic.', speaker: 'The memo' },
    ],
  },
  {
    note: 'a name at the end of an opening phrase ("Under cross-examination by defense attorney Mark Ilves,") is not described by the sentence\'s subject after its comma ("the officer acknowledged …"): "the officer" is no title of the lawyer',
    text: 'Smuggling trial\n\nDaniel Okoro, a veteran of the customs service, said he grew suspicious in March.\n\nUnder cross-examination by defense attorney Mark Ilves, the officer acknowledged that he could not say who had packed the crates.\n\nIlves later called the case “built on guesswork.”',
    quotes: [{ quote: 'he could not say who had packed the crates', speaker: ['the officer', 'Daniel Okoro'] }],
  },
  {
    note: 'a chain\'s name by its plural ("Bramble Fresh Markets", "Halden Breweries") is a firm\'s, and "the company" closing its sentence takes it up',
    text: 'Lettuce recall\n\nKestle Fresh Markets is pulling bagged romaine from all of its stores after 17 people fell ill, the company declared Thursday.',
    quotes: [{ quote: 'Kestle Fresh Markets is pulling bagged romaine', speaker: 'Kestle Fresh Markets' }],
  },
  {
    note: 'an age opening a sentence after an opening phrase ("Back on the quay, the 52-year-old was mending nets") takes up the person of that age for the pronoun after it, not the last speaker',
    text: 'Quota row\n\n‘It is over,’ said Jory Pascoe, 52, a fisherman.\n\nDave Trenoweth, the association’s chairman, said the quota was wrong.\n\nBack on the quay, the 52-year-old was mending nets.\n\n‘I’ll be here till they drag me off,’ he said.',
    quotes: [{ quote: 'I’ll be here till they drag me off,', speaker: 'Jory Pascoe' }],
  },
  {
    note: 'a description with a capitalised word before a noun of a person ("The former Navy cryptologist said …") is a noun phrase, not the name "Navy"',
    text: 'Schools hacked\n\nThe former Navy cryptologist said the district’s refusal to pay was “the right one.”',
    quotes: [{ quote: 'the right one.', speaker: 'The former Navy cryptologist' }],
  },
  {
    note: 'a sibling\'s noun after its owner\'s possessive, set off by an apposition ("Her brother, a software engineer, admitted …"), takes up the one other person of the family name, of the noun\'s gender',
    text: 'Hikers rescued\n\nMaya Lindqvist, 29, and her brother, Tomas Lindqvist, 33, set out on Friday.\n\n“We heard the rotor at first light,” Maya Lindqvist said.\n\nHer brother, a software engineer, admitted to KSWB News that he had underestimated the weather.',
    quotes: [{ quote: 'he had underestimated the weather', speaker: 'Tomas Lindqvist' }],
  },
  {
    note: 'a relative clause of naming with no relative word ("…, a measure Mayor Ines Tolland called “…”") names its fragment by the name in it, not the sentence\'s subject',
    text: 'Gas stoves\n\nThe Harbour City Council voted 6-3 on Tuesday to ban gas stoves in new buildings, a measure Mayor Ines Tolland called “a once-in-a-generation step.”',
    quotes: [{ quote: 'a once-in-a-generation step.', speaker: 'Ines Tolland' }],
  },
  {
    note: 'a contact relative clause of naming whose subject is a noun of those who speak ("…, a plan the mayor called “…”") names its fragment by that noun, not the sentence\'s subject',
    text: 'Budget passed\n\nThe Harbour City Council passed the budget on Tuesday, a plan the mayor called “reckless.”',
    quotes: [{ quote: 'reckless.', speaker: 'the mayor' }],
  },
  {
    note: '"the authority" is the body so named, not the spokesman whose title ends in it ("a spokesman for the authority"); a passive\'s subject ("ministers were told") is no speaker of a fragment in the clause, the cue before it is',
    text: 'Water advisory\n\nThe Millbrook Valley Water Authority issued the advisory on Tuesday.\n\n“We would rather be cautious,” said Gerald Nuñez, a spokesman for the authority.\n\nAs per the authority, the advisory will remain in place for at least five days.\n\nA senior official said ministers were told that the plant was ‘in serious doubt’.',
    quotes: [
      { quote: 'the advisory will remain in place for at least five days', speaker: 'Millbrook Valley Water Authority' },
      { quote: 'in serious doubt', speaker: 'A senior official' },
    ],
  },
  {
    note: 'a surname that is a month or an auxiliary ("May", "Will") ends the name after a capitalised word outside a headline\'s title case; the month opens no name and a title-case headline\'s "May" stays the modal',
    text: 'Trump May Not Have Signed The Order\n\nPrime Minister Theresa May said on Tuesday that the talks would go on. “We will not walk away,” May said.\n\nThe columnist George Will wrote that the deal was dead.\n\nIn May, the mayor said the ferry would run.',
    quotes: [
      { quote: 'the talks would go on', speaker: 'Theresa May', speakerTitle: 'Prime Minister' },
      { quote: 'We will not walk away', speaker: 'Theresa May' },
      { quote: 'the deal was dead', speaker: 'George Will' },
      { quote: 'the ferry would run', speaker: 'the mayor' },
    ],
  },
  {
    note: 'a title with its portfolio after "for" ("Minister for Foreign Affairs and Regional Cooperation Ilsa Marovic", "Secretary of State for Health …") is the title; the name is the person\'s',
    text: 'Border talks\n\n“We cannot sign this,” Deputy Minister for Foreign Affairs and Regional Cooperation Ilsa Marovic told reporters.\n\n“Our door is open,” said Special Envoy for Border Affairs Teodor Halbrenn.\n\nSecretary of State for Health Matt Hancock said the wards would stay open.',
    quotes: [
      { quote: 'We cannot sign this', speaker: 'Ilsa Marovic', speakerTitle: 'Deputy Minister for Foreign Affairs and Regional Cooperation' },
      { quote: 'Our door is open', speaker: 'Teodor Halbrenn', speakerTitle: 'Special Envoy for Border Affairs' },
      { quote: 'the wards would stay open', speaker: 'Matt Hancock', speakerTitle: 'Secretary of State for Health' },
    ],
  },
  {
    note: 'a plural\'s possessive before the head of an association\'s name is part of the name ("the National Farmers’ Union"); an owner\'s possessive before a role is not ("the officials’ spokesman")',
    text: 'Plant closure\n\nThe Nordvik Food Workers’ Union said the closure was a betrayal.\n\n“It is a blow to every grower,” said the National Farmers’ Union.\n\nThe growers’ spokesman said the vote would wait.',
    quotes: [
      { quote: 'the closure was a betrayal', speaker: 'Nordvik Food Workers’ Union' },
      { quote: 'It is a blow to every grower', speaker: 'National Farmers’ Union' },
      { quote: 'the vote would wait', speaker: 'The growers’ spokesman' },
    ],
  },
  {
    note: 'an epithet of rivalry or plight opening a sentence before a name ("Rival Brightmere Dairy", "Embattled …") is no part of it',
    text: 'Dairy results\n\nShares in Halvorsen Foods fell on Wednesday.\n\nRival Brightmere Dairy, which reported figures on the same day, struck a more upbeat note. Brightmere said in a statement that sales volumes had risen 4%.\n\nEmbattled Corvane Retail said it would close nine stores.',
    quotes: [
      { quote: 'sales volumes had risen', speaker: 'Brightmere Dairy' },
      { quote: 'it would close nine stores', speaker: 'Corvane Retail' },
    ],
  },
  {
    note: '“…,” according to a statement from a named body: the body speaks (a transcript, which no one issues as their words, still names no speaker)',
    text: 'Plant closure\n\n“The factory will stay open until March,” according to a statement from the Labour Ministry.',
    quotes: [{ quote: 'The factory will stay open', speaker: 'Labour Ministry' }],
  },
  {
    note: 'a title with its portfolio and no name ("the Deputy Minister for Maritime Affairs") is a title only, which the person introduced with it takes up; where commas set off the name after it, with the portfolio\'s list, the name speaks',
    text: 'Port talks\n\nDeputy Minister for Maritime Affairs Ilsa Varro-Dunne said the port would close.\n\nTalks stalled on Monday. “We will not sign,” said the Deputy Minister for Maritime Affairs.\n\n“The quota is too low,” the Minister for Fisheries, Rural Development and the Islands, Tomas Eriksen, told Reuters.\n\n“It is a fair offer,” the Deputy Minister for Trade, Petra Lind, said.',
    quotes: [
      { quote: 'the port would close', speaker: 'Ilsa Varro-Dunne' },
      { quote: 'We will not sign', speaker: 'Ilsa Varro-Dunne' },
      { quote: 'The quota is too low', speaker: 'Tomas Eriksen' },
      { quote: 'It is a fair offer', speaker: 'Petra Lind' },
    ],
  },
  {
    note: 'a cue later in the sentence after "a day after" or "before" is another time\'s, no attribution of the quotation before it',
    text: 'Tariff row\n\nA trade ministry spokesman on Tuesday accused Senator Curtis Hallam of “playing with fire,” a day after the senator told supporters he would impose new tariffs.',
    quotes: [{ quote: 'playing with fire', speaker: 'A trade ministry spokesman' }],
  },
  {
    note: 'an outlet described around its name as a speaker ("The official KCNA news agency said", "North Korea’s official KCNA news agency") is the outlet; a reporter for an outlet is not',
    text: 'Launch\n\nThe official KCNA news agency said the launch had succeeded.\n\nNorth Korea’s official KCNA news agency said on Friday that a second test would follow.',
    quotes: [
      { quote: 'the launch had succeeded', speaker: 'KCNA' },
      { quote: 'a second test would follow', speaker: 'KCNA' },
    ],
  },
  {
    note: 'a person "of" a body whose own name holds "of" and runs long ("of the Brannock County Court of Common Pleas") is the person, not the court',
    text: 'Voting ruling\n\nJudge Loretta Vanderhoek of the Brannock County Court of Common Pleas wrote that the board had offered “no credible justification” for the cuts.',
    quotes: [{ quote: 'no credible justification', speaker: 'Loretta Vanderhoek' }],
  },
  {
    note: 'a firm that spoke, by a name ending in "Corp." or a body\'s head, is no person for a "he" after a person is named by surname in a sentence that mentions the firm again',
    text: 'Plant move\n\nMEXICO CITY — Harrowgate Appliance Corp. on Wednesday defended its plan to move 1,400 jobs, a day after candidate Curtis Hollander attacked the company.\n\n“The decision was a difficult one,” the company said in a statement.\n\nSpeaking in Kokomo on Tuesday night, Hollander held a glossy Harrowgate brochure above his head as the crowd booed.\n\n“They build it in Monterrey and they pocket the difference,” he said.',
    quotes: [
      { quote: 'The decision was a difficult one', speaker: ['Harrowgate Appliance Corp.', 'Harrowgate Appliance Corp'] },
      { quote: 'They build it in Monterrey', speaker: 'Curtis Hollander' },
    ],
  },
  {
    note: 'a role\'s compound with "co-" or "vice-" is a title before a name ("Co-author Tobias Lindqvist", "Blaze co-host Stu Burke")',
    text: 'Uninsured rate\n\nCo-author Tobias Lindqvist noted that the increase was concentrated in rural counties.\n\n“Imagine that race,” said Radio Harbour co-host Stu Burke.',
    quotes: [
      { quote: 'the increase was concentrated', speaker: 'Tobias Lindqvist', speakerTitle: 'Co-author' },
      { quote: 'Imagine that race', speaker: 'Stu Burke' },
    ],
  },
  {
    note: 'a name\'s own verb in the past before a role and a name ("Ruiz briefed co-host Tom Reed that …", a spinner\'s "told") is no title of the name after it: the subject speaks',
    text: 'Interview\n\nSenator Ana Ruiz appeared on the morning show on Friday.\n\nRuiz briefed co-host Tom Reed that she “would not run again” in the autumn.',
    quotes: [{ quote: 'would not run again', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'a document "by" its author past a party\'s adjective ("a memo circulated among Democratic donors by the pollster Denise Hallam") is the author\'s',
    text: 'Running mate\n\nAccording to a memo circulated among Democratic donors by the pollster Denise Hallam, the governor would help the ticket in Arizona.',
    quotes: [{ quote: 'the governor would help the ticket', speaker: 'Denise Hallam' }],
  },
  {
    note: '"it" after a sentence opened by a body\'s noun ("The union disputed the account. It said …") is the named body that noun takes up',
    text: 'Port strike\n\nThe National Union of Dock Workers walked out on Monday.\n\nThe union disputed the ministry’s account. In a statement, it said the transcript had been “selectively edited” to leave out an offer.',
    quotes: [{ quote: 'selectively edited', speaker: 'National Union of Dock Workers' }],
  },
  {
    note: 'a place\'s compound of where a body is based ("Seattle-based", "Hong Kong-registered") before its name is no part of the name',
    text: 'Store closures\n\nSeattle-based Corvane Retail said it would close nine stores.\n\nHong Kong-registered Steppe Logistics Holdings said it had complied fully with the law.',
    quotes: [
      { quote: 'it would close nine stores', speaker: 'Corvane Retail' },
      { quote: 'it had complied fully with the law', speaker: 'Steppe Logistics Holdings' },
    ],
  },
  {
    note: 'Australian and British style: "Cr" is a councillor\'s title, "SC" a senior counsel\'s letters after the name',
    text: 'Council sacked\n\nMayor Colleen Dafrey defended the council on Monday. Cr Dafrey said the state had been looking for a scapegoat.\n\nJulian Ferrante SC told the court the minister had failed to give notice.',
    quotes: [
      { quote: 'the state had been looking for a scapegoat', speaker: 'Colleen Dafrey' },
      { quote: 'the minister had failed to give notice', speaker: 'Julian Ferrante' },
    ],
  },
  {
    note: 'a role opening a sentence ("The governor was pressed …"), with no one quoted before, names the person its title was given to for the pronoun after it, not a firm described since ("Selvik Bygg, the largest developer")',
    text: 'Rates cut\n\nGovernor Ingrid Solhaug cut rates on Wednesday.\n\nSelvik Bygg, the largest developer, expects new orders to stabilise, according to a filing.\n\nBack at the press conference, the governor was pressed on whether the bank had waited too long.\n\n“I would rather be a few months late,” she said.',
    quotes: [{ quote: 'I would rather be a few months late', speaker: 'Ingrid Solhaug' }],
  },
  {
    note: 'an age given with the surname alone ("Bhandari, 64, voted …") is the fuller name\'s, for "the 64-year-old" after another person has spoken',
    text: 'State vote\n\nChief Minister Harish Chandra Bhandur faces a tough fight.\n\nBhandur, 64, voted in his home constituency of Sonpur.\n\nArvind Mehra, a professor, said the result would turn on 30 seats. “This is close,” Mehra said.\n\nWhatever the outcome, the 64-year-old told PTI he would remain in public life.',
    quotes: [
      { quote: 'This is close', speaker: 'Arvind Mehra' },
      { quote: 'he would remain in public life', speaker: 'Harish Chandra Bhandur' },
    ],
  },
  {
    note: 'in news, a name that ends in a word for a place right after "at", "in" or "near" ("seven seasons at Ashdown Park") is a place, no person for a "he" after it',
    text: 'Memoir\n\nFormer striker Lee Carrow has written a memoir.\n\nThe striker, who scored 112 goals in seven seasons at Ashdown Park, recounts a confrontation after which, he claims, he was dropped from the squad.',
    quotes: [{ quote: 'he was dropped from the squad', speaker: 'Lee Carrow' }],
  },
  {
    note: 'the rest of a body\'s name after its head and "for" ("the Centre for European Commerce Studies") is no person for a "she"; nor is a name that modifies a noun after "a" ("a Clinton supporter"): the subject of the sentence is',
    text: 'Duties\n\nCommissioner Helena Vasquez said the duties were lawful.\n\nPieter Janssens, a trade economist at the Centre for European Commerce Studies, noted that the rates were low. “This is a signal,” Janssens said.\n\n“Nobody in this building wants a trade war,” she added.\n\nNora Tandy, a Vasquez supporter and president of the Centre for Open Markets, asked the panel a question. She said she asked it “to build on the earlier comments.”',
    quotes: [
      { quote: 'Nobody in this building wants a trade war', speaker: 'Helena Vasquez' },
      { quote: 'to build on the earlier comments', speaker: 'Nora Tandy' },
    ],
  },
  {
    note: '"the club" and "the team" take up a club named by its sports suffix in the paragraph or the one before ("Ashdown Rovers", "Harbridge United")',
    text: 'Derby\n\nAshdown Rovers host Kingsbridge on Saturday. In a statement, the club said the fixture would go ahead as planned.',
    quotes: [{ quote: 'the fixture would go ahead as planned', speaker: 'Ashdown Rovers' }],
  },
  {
    note: '"the team" takes up a club named by its sports suffix in the paragraph before',
    text: 'Manager sacked\n\nHarbridge United sacked its manager on Monday after a run of six defeats.\n\n“We thank him for his service,” the team said.',
    quotes: [{ quote: 'We thank him for his service', speaker: 'Harbridge United' }],
  },
  {
    note: 'a body\'s name runs on through "of" and "and" between capitalised English words ("the Ministry of Trade and Industry", "the Tarnby Chamber of Commerce and Industry"), before a cue and after one ("said the Bank of Ostmark"); a title\'s portfolio after "of" is no part of the name ("Minister of Foreign Affairs Ana Paz")',
    text: 'Export slump\n\nThe Tarnby Chamber of Commerce and Industry said orders had fallen for a third month. The Ministry of Trade and Industry said the figures were provisional.\n\n“Credit remains tight,” said the Bank of Ostmark.\n\nMinister of Foreign Affairs Ana Paz said talks with buyers would resume, and Minister of Trade and Industry Lukas Brandl said the port would stay open.\n\nIn Varsel, the Varsel Chamber of Commerce said exporters were cutting shifts.',
    quotes: [
      { quote: 'orders had fallen for a third month', speaker: 'Tarnby Chamber of Commerce and Industry' },
      { quote: 'the figures were provisional', speaker: 'Ministry of Trade and Industry' },
      { quote: 'Credit remains tight', speaker: 'Bank of Ostmark' },
      { quote: 'talks with buyers would resume', speaker: 'Ana Paz', speakerTitle: 'Minister of Foreign Affairs' },
      { quote: 'the port would stay open', speaker: 'Lukas Brandl', speakerTitle: 'Minister of Trade and Industry' },
      { quote: 'exporters were cutting shifts', speaker: 'Varsel Chamber of Commerce' },
    ],
  },
  {
    note: 'an "and" after a body named with "of" joins no person to it: a title ("and Professor Knittel") or a given name ("and Bernie Sanders") after it starts another name',
    text: 'Battery costs\n\nA study by Miriam Holt of the University of Ostmark and Professor Dunleavy concluded that batteries would have to halve in price.\n\nFormer Secretary of State Rosa Imhoff and Bernard Quist said they would debate in March.',
    quotes: [
      { quote: 'batteries would have to halve in price', speaker: ['Miriam Holt and Dunleavy', 'Dunleavy'] },
      { quote: 'they would debate in March', speaker: 'Rosa Imhoff and Bernard Quist' },
    ],
  },
  {
    note: '"the institute", "the ministry" take up a body named by the head before its "for" or "of" ("the Institute for Fiscal Balance", "the Ministry of Trade and Industry")',
    text: 'Levy\n\nAccording to the Institute for Fiscal Balance, the levy could raise about 300 million crowns a year. The institute cautioned that revenue would fall over time.\n\nThe Ministry of Trade and Industry said exports fell by a third. The ministry added that prices would rise in the spring.',
    quotes: [
      { quote: 'the levy could raise about 300 million crowns a year', speaker: 'Institute for Fiscal Balance' },
      { quote: 'revenue would fall over time', speaker: 'Institute for Fiscal Balance' },
      { quote: 'exports fell by a third', speaker: 'Ministry of Trade and Industry' },
      { quote: 'prices would rise in the spring', speaker: 'Ministry of Trade and Industry' },
    ],
  },
  {
    note: '"the company" takes up no body whose name says it is none ("the Tarrow Stock Exchange" that published a filing), but the firm the article named, by the first word of its name since ("Quenby" of "Quenby Foods")',
    text: 'Profit warning\n\nShares in Quenby Foods fell 14 percent on Tuesday after the snacks maker cut its forecast.\n\nAccording to a filing published by the Tarrow Stock Exchange, Quenby has also suspended its share buyback.\n\nOnly three months ago, the company had told investors it was “well placed to absorb input cost volatility” thanks to long-term contracts.',
    quotes: [{ quote: 'well placed to absorb input cost volatility', speaker: 'Quenby Foods' }],
  },
  {
    note: 'a body\'s name of capitalised words joined by "and" after "the", up to its head, is one name ("the Food and Allied Workers’ Union", "the Fire and Rescue Service")',
    text: 'Plant closure\n\nThe Food and Allied Workers’ Union said it would seek urgent talks with management.\n\nThe Fire and Rescue Service said the blaze had been contained by midnight.',
    quotes: [
      { quote: 'it would seek urgent talks with management', speaker: 'Food and Allied Workers’ Union' },
      { quote: 'the blaze had been contained by midnight', speaker: 'Fire and Rescue Service' },
    ],
  },
  {
    note: 'a middle initial "A." or "I." is part of the name, not the word "a" or "I" ("Corinne A. Whitlow", "Samuel I. Price"): the surname alone later takes up the full name',
    text: 'Library ruling\n\nJudge Corinne A. Whitlow of the Halvern County Court granted the injunction on Tuesday.\n\n“The public’s right to be heard is not a box to be checked,” Whitlow wrote.\n\nSamuel I. Price, who argued the case, was pleased. “The town has to start again,” Price said.',
    quotes: [
      { quote: 'The public’s right to be heard', speaker: 'Corinne A. Whitlow' },
      { quote: 'The town has to start again', speaker: 'Samuel I. Price' },
    ],
  },
  {
    note: 'a description, then a name with the body it is of between commas ("The council’s attorney, Dominic Ferrante of Ferrante & Hale, said"): the person speaks, the description is the title',
    text: 'Library ruling\n\nThe council’s attorney, Dominic Ferrante of the firm Ferrante & Hale, said the town would comply with the order.\n\nThe residents’ lawyer, Samuel Price of the Halvern Legal Aid Society, argued that the council had hidden the closure.',
    quotes: [
      { quote: 'the town would comply with the order', speaker: 'Dominic Ferrante', speakerTitle: 'The council’s attorney' },
      { quote: 'the council had hidden the closure', speaker: 'Samuel Price', speakerTitle: 'The residents’ lawyer' },
    ],
  },
  {
    note: 'a firm\'s name of partners joined by "&" is one name and a body, not a person ("Brennan & Vale Foods", "Cushman & Wakefield"): its short form takes up the full one, "A Brennan & Vale spokesman" keeps it, "he" passes over it, and "the company" takes up the firm that opens its paragraph after another firm spoke',
    text: 'Profit warning\n\nShares in Brennan & Vale Foods fell 19 percent on Wednesday. Brennan & Vale said it now expected a lower profit.\n\nA Brennan & Vale spokesman said the board had not received any approach.\n\nOliver Hedge, who values golf courses for the brokerage Cushman & Wakefield, said the market was weak. Many of the closures, he said, involved public courses.\n\nShares in Albright Confectionery slipped 3 percent, although the company said its own cocoa costs were hedged.\n\nBrennan & Vale is due to publish results in February. The company said in its statement that it would give an update then.',
    quotes: [
      { quote: 'it now expected a lower profit', speaker: 'Brennan & Vale Foods' },
      { quote: 'the board had not received any approach', speaker: 'Brennan & Vale spokesman' },
      { quote: 'the market was weak', speaker: 'Oliver Hedge' },
      { quote: 'Many of the closures', speaker: 'Oliver Hedge' },
      { quote: 'its own cocoa costs were hedged', speaker: 'Albright Confectionery' },
      { quote: 'it would give an update then', speaker: 'Brennan & Vale Foods' },
    ],
  },
  {
    note: 'a surname alone is the person, not a firm of partners named after them ("Ferrante" of "Dominic Ferrante of the firm Ferrante & Hale")',
    text: 'Library ruling\n\nThe council’s attorney, Dominic Ferrante of the firm Ferrante & Hale, said the town would comply.\n\n“The council acted in good faith,” Ferrante told reporters.',
    quotes: [{ quote: 'The council acted in good faith', speaker: 'Dominic Ferrante' }],
  },
  {
    note: 'the agent of a passive ("The petition was started in December by Evelyn Sandoval-Park, …") is the doer a later "She" stands for, not an object passed over for the person quoted before',
    text: 'Library petition\n\nCouncillor Teresa Wainwright says she warned colleagues that the format would invite a challenge.\n\nThe petition was started in December by Evelyn Sandoval, a retired schoolteacher who has used the branch for forty years. She said she had expected to collect a few hundred names at most.',
    quotes: [{ quote: 'she had expected to collect a few hundred names', speaker: 'Evelyn Sandoval' }],
  },
  {
    note: 'a name whose apposition gives a firm\'s ownership ("Brightwater Cells, a privately held developer of …"), or that speaks "in its own statement", is a body: "she" passes over it to the founder',
    text: 'Battery deal\n\nTessaline Energy agreed on Monday to buy Brightwater Cells, a privately held developer of sodium-ion batteries, for $1.2 billion.\n\nBrightwater, founded in 2017 by materials scientist Oluwaseun Hartigan, said in its own statement that the deal would let it scale.\n\nBrightwater’s founder has made no secret of her ambitions. In an episode of the “Charge Cycle” podcast, Hartigan said Brightwater had “never been short of ideas.”\n\n“If someone offers you factories, you listen,” she told the podcast’s host.',
    quotes: [
      { quote: 'the deal would let it scale', speaker: 'Brightwater Cells' },
      { quote: 'never been short of ideas', speaker: 'Oluwaseun Hartigan' },
      { quote: 'If someone offers you factories, you listen', speaker: 'Oluwaseun Hartigan' },
    ],
  },
  {
    note: 'a club named with "United" is a body "he" passes over ("beating Castlegate United 2-1"); "the Friends of Harlow Meadow, a volunteer group," is one name that "the group" takes up, but "Friends of Clinton say" are a person\'s friends',
    text: 'Cup final\n\nRidgeway Rovers won the cup on Saturday, beating Castlegate United 2-1.\n\nDominic Aberfeld, 34, scored twice. “When the second one went in,” he said, “I didn’t hear anything.”\n\nMeadow sale\n\nThe case was brought by the Friends of Harlow Meadow, a volunteer group that gathered 6,200 signatures. In the petition, the group called the deal “a giveaway dressed up as a budget fix.”',
    quotes: [
      { quote: 'When the second one went in', speaker: 'Dominic Aberfeld' },
      { quote: 'a giveaway dressed up as a budget fix', speaker: 'Friends of Harlow Meadow' },
    ],
  },
  {
    note: 'a union local\'s number is part of its name, before a cue or a relative clause and after a cue ("The United Food Workers Local 412, which represents …, said", "said Teamsters Local 120")',
    text: 'Plant closure\n\nThe United Food Workers Local 412, which represents about 350 workers at the plant, said in a statement that it had not been consulted about the closure.\n\nThe drivers were not told either, said Teamsters Local 120.',
    quotes: [
      { quote: 'it had not been consulted about the closure', speaker: 'United Food Workers Local 412' },
      { quote: 'The drivers were not told either', speaker: 'Teamsters Local 120' },
    ],
  },
  {
    note: 'a second verb after "and" that closes the paragraph before a quotation has the pronoun of the first for its subject ("when she instantly drew back, and said … to the mayor,"), not the man the sentence named first',
    text: 'Council meeting\n\nThe mayor took Ana Ruiz by the arm, and he would have led her to the podium, when she instantly drew back, and said with some heat to the mayor,\n\n“I will speak from here.”',
    quotes: [{ quote: 'I will speak from here', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'a portfolio whose words include a firm\'s ("Water Resources and Energy") after a title\'s "of" is still the title\'s, and the name after it the person\'s ("Ostrelia’s Minister of Water Resources and Energy Tomas Brennick"); "the chief executive of Nordea Bank" stays a title',
    text: 'Dam dispute\n\nOstrelia’s Minister of Water Resources and Energy Tomas Brennick called the dam “a technical necessity, not a political act.”\n\nThe chief executive of Nordea Bank said lending would slow.',
    quotes: [
      { quote: 'a technical necessity, not a political act', speaker: 'Tomas Brennick' },
      { quote: 'lending would slow', speaker: 'The chief executive of Nordea Bank' },
    ],
  },
  {
    note: 'a role opening its sentence before any past verb ("The judge rejected that argument …") makes a later "she" in that sentence the person titled so, over the woman quoted a paragraph before',
    text: 'Library ruling\n\nIn a 34-page judgment, Judge Harriet Okonkwo noted that councillors had been handed a partial summary.\n\nSunita Rao, who represented the residents, told the court that the consultation had been a sham. “The council never read a single comment,” Rao said.\n\nGiles Morton, for the council, argued that the authority had met every legal requirement.\n\nThe judge rejected that argument in strong terms. “Officers are not a filter between the public and its representatives,” she wrote.',
    quotes: [{ quote: 'Officers are not a filter', speaker: 'Harriet Okonkwo' }],
  },
  {
    note: 'a description, then a role in lower case and a name between commas ("The petition\'s organiser, retired headteacher Margaret Ellory, told"): the person speaks; not the name after a participle\'s "by" ("The aides, led by campaign manager Terry Sullivan, told")',
    text: 'Library ruling\n\nThe petition’s organiser, retired headteacher Margaret Ellory, told reporters the decision was a victory.\n\nThe aides, led by campaign manager Terry Sullivan, told the group that they were not expecting to win.',
    quotes: [
      { quote: 'the decision was a victory', speaker: 'Margaret Ellory', speakerTitle: 'retired headteacher' },
      { quote: 'they were not expecting to win', speaker: 'The aides' },
    ],
  },
  {
    note: 'the apposition of a description that stands for a person ("The 52-year-old, a former state prosecutor who …, warned") is that person\'s title too: "the former prosecutor" takes them up later, past another speaker',
    text: 'Sea walls\n\nSenator Patricia Langford, who chairs the committee, argued that the formula ignored the north. The 52-year-old, a former state prosecutor who represents the northern district, warned that some villages would be lost.\n\nOpposition leader Magnus Thorsen said his party would vote against the plan.\n\nAsked by reporters whether she would back a compromise, the former prosecutor said she was open to amendments.',
    quotes: [{ quote: 'she was open to amendments', speaker: 'Patricia Langford' }],
  },
  {
    note: 'a union\'s name of capitalised words joined by "and", before a relative clause or ending in "Workers" ("The Transport and Warehouse Workers\' Union, which represents …, said", "The United Food and Packing Workers said"), and a substitute\'s position as a title',
    text: 'Deal collapses\n\nThe Transport and Warehouse Workers’ Union, which represents about 11,000 employees, said it welcomed the collapse of the deal.\n\nThe United Food and Packing Workers said it would seek urgent meetings with management.\n\nSubstitute Jonah Kettle said the goal was the simplest of his career.',
    quotes: [
      { quote: 'it welcomed the collapse of the deal', speaker: 'Transport and Warehouse Workers’ Union' },
      { quote: 'it would seek urgent meetings with management', speaker: 'United Food and Packing Workers' },
      { quote: 'the goal was the simplest of his career', speaker: 'Jonah Kettle', speakerTitle: 'Substitute' },
    ],
  },
  {
    note: '"the minister" takes up the minister of a portfolio, not the prime minister named since ("Housing Minister Carolina Ferreira … Prime Minister Henrik Salomon … The minister said she …"); "the prime minister" does take him up',
    text: 'Rent cap\n\nHousing Minister Carolina Ferreira said on Wednesday that the plan would cap rent increases.\n\nThe plan has exposed divisions in the coalition led by Prime Minister Henrik Salomon. The prime minister said the government was open to amendments.\n\nThe minister said she expected the bill to reach a first vote before the summer.',
    quotes: [
      { quote: 'the government was open to amendments', speaker: 'Henrik Salomon' },
      { quote: 'she expected the bill to reach a first vote', speaker: 'Carolina Ferreira' },
    ],
  },
  {
    note: 'a career the relative clause after a name gives ("an independent senator who spent fifteen years as a state prosecutor before …") is that person\'s past title for "the former prosecutor"; "the Confederation of Labour Unions" is one name; the possessor of the evidence a source cites speaks ("according to the Treasury’s own projections")',
    text: 'Pension reform\n\nThe sharpest questioning came from Clara Deschamps, an independent senator who spent fifteen years as a state prosecutor before entering politics.\n\nThe former prosecutor said the draft contracts were too weak.\n\nThe Confederation of Labour Unions said it would call a general strike.\n\nAccording to the Treasury’s own projections, the number of pensioners for every worker will double by 2040.',
    quotes: [
      { quote: 'the draft contracts were too weak', speaker: 'Clara Deschamps' },
      { quote: 'it would call a general strike', speaker: 'Confederation of Labour Unions' },
      { quote: 'the number of pensioners for every worker will double', speaker: 'Treasury' },
    ],
  },
  {
    note: '"they" with no group that spoke takes up the plural of people that opens the sentence before ("Analysts at Hesketh & Lowe Bank were blunter. In a note to clients, they wrote …"); a participle after a possessive is no main verb for a "noting" clause ("Khan … decried Trump’s repeated calls …, noting he has “…”")',
    text: 'Plant-based slump\n\nAnalysts at Hesketh & Lowe Bank were blunter. In a note to clients, they wrote that cash burn in the division was “no longer a rounding error.”\n\nKhan, who is Muslim, also decried the senator’s repeated calls to close the border, noting he has “sacrificed nothing” for the country.',
    quotes: [
      { quote: 'no longer a rounding error', speaker: 'Analysts at Hesketh & Lowe Bank' },
      { quote: 'sacrificed nothing', speaker: 'Khan' },
    ],
  },
  {
    note: 'an advocacy group named by its plural and "for" ("Americans for Prosperity", "Citizens for Rural Justice"), and a campaign committee named for its candidate ("Bell for America"), are one body, no word of it a title; the candidate is still the candidate',
    text: 'Primary night\n\nFormer Gov. Marcus Bell lost the primary by nine points. “Tonight is one night in a long season,” Bell for America, the former governor’s campaign committee, said in a statement. “We will win in the fall,” Bell told supporters.\n\n“We are proud of the vote,” Americans for Prosperity, the conservative advocacy group, said. Veterans for Clean Water said the ruling was “a betrayal of every family on the base.” Citizens for Rural Justice called it “a scandal.”',
    quotes: [
      { quote: 'Tonight is one night in a long season', speaker: 'Bell for America' },
      { quote: 'We will win in the fall', speaker: 'Marcus Bell' },
      { quote: 'We are proud of the vote', speaker: 'Americans for Prosperity', speakerTitle: 'the conservative advocacy group' },
      { quote: 'a betrayal of every family on the base', speaker: 'Veterans for Clean Water', speakerTitle: null },
      { quote: 'a scandal', speaker: 'Citizens for Rural Justice', speakerTitle: null },
    ],
  },
  {
    note: 'a name after "toward", "into", "behind", "among" … stands where no subject does, so a later "she"/"he" takes up the subject of its sentence ("Martha Kinsella … walked in leaning toward Mrs. Pryor. … “…,” she said"; "Babcock said … He is leaning toward Ashworth, he said")',
    text: 'Caucus night\n\nMartha Kinsella, a retired nurse from Hudson, walked into the hall leaning toward Mrs. Pryor. She walked out undecided.\n\n“He answered my question about insulin without a card,” she said.\n\nDale Babcock, a county party insider, sat behind Gov. Tom Ashworth. He is still torn, he said, because “electability matters most this year.”',
    quotes: [
      { quote: 'He answered my question about insulin without a card', speaker: 'Martha Kinsella' },
      { quote: 'electability matters most this year', speaker: 'Dale Babcock' },
    ],
  },
  {
    note: 'a "MODERATOR:" turn of a debate transcript is the moderator the report named ("moderated by CBS News anchor Warren Pettibone", "the moderator, the network’s anchor, Janet Orloff"); with two named, none',
    text: 'Final debate\n\nThe debate, broadcast by CBS News, was moderated by the network’s evening anchor, Warren Pettibone. A partial transcript follows.\n\nMODERATOR: Governor, a tariff that size would raise prices. Who pays for it?\n\nASHBY: The importers pay, and they should.\n\nMODERATOR: Senator, your answer?\n\nQUINTANILLA: Working families pay. Every time.' + '\n\nThe exchange went on for some minutes. '.repeat(120) + '\n\nMODERATOR: We have about two minutes left.\n\nASHBY: Then I will be brief.',
    quotes: [
      { quote: 'Governor, a tariff that size would raise prices. Who pays for it?', speaker: 'Warren Pettibone' },
      { quote: 'The importers pay, and they should.', speaker: 'Ashby' },
      { quote: 'Senator, your answer?', speaker: 'Warren Pettibone' },
      { quote: 'Working families pay. Every time.', speaker: 'Quintanilla' },
      { quote: 'We have about two minutes left.', speaker: 'Warren Pettibone' },
    ],
  },
  {
    note: 'two moderators named together leave a "MODERATOR:" turn to the label',
    text: 'Town hall\n\nThe forum was moderated by Ann Lee and Tom Cole of the Ledger.\n\nMODERATOR: Senator, your answer on housing?\n\nBRANDT: We build more homes.',
    quotes: [
      { quote: 'Senator, your answer on housing?', speaker: 'Moderator' },
      { quote: 'We build more homes.', speaker: 'Brandt' },
    ],
  },
  {
    note: 'a "who" clause after the agent of a passive is the agent’s, though the passive’s subject opens the sentence ("She was introduced by former Gov. Walter Brennan-Ames of Iowa, who called her “…”")',
    text: 'Caucus eve\n\nOn Saturday she was introduced by former Gov. Walter Brennan-Ames of Iowa, who called her “the most prepared person to seek this office in a generation.”',
    quotes: [{ quote: 'the most prepared person to seek this office in a generation', speaker: 'Walter Brennan-Ames' }],
  },
  {
    note: 'a nickname in quotation marks inside a name is no part of it, and the name goes on after it ("Rep. Curtis “Curt” Albright" is Curtis Albright, whom "Albright" and "Curtis" take up)',
    text: 'Late-night posts\n\nYou could do worse than scrolling through Rep. Curtis “Curt” Albright’s phone. “Diane Voss has been in Washington so long she thinks a grocery store is a photo op,” Albright wrote on Twitter.\n\nState Del. Marcia “Cia” Price said the bill was cruel.',
    quotes: [
      { quote: 'Diane Voss has been in Washington so long she thinks a grocery store is a photo op', speaker: 'Curtis Albright' },
      { quote: 'the bill was cruel', speaker: 'Marcia Price' },
    ],
  },
  {
    note: 'a fuller name said once inside a quotation is not the one the report gives ("Senator Thomas J. Hallett … ‘Tom Hallett is a decent man,’ Mr. Okafor said … ‘…,’ Mr. Hallett said" is Thomas J. Hallett)',
    text: 'Small towns\n\nSenator Thomas J. Hallett stood on a hay wagon on Saturday. His rival’s campaign manager, Lionel Okafor, was blunt. “Tom Hallett is a decent man and a fine senator,” Mr. Okafor said.\n\n“I would just ask them to wait until the votes are counted,” Mr. Hallett said.',
    quotes: [
      { quote: 'Tom Hallett is a decent man and a fine senator', speaker: 'Lionel Okafor' },
      { quote: 'I would just ask them to wait until the votes are counted', speaker: 'Thomas J. Hallett' },
    ],
  },
  {
    note: 'in news, a reply’s pronoun ("she countered", "he shot back") is the one the line it answers addressed by name, of its gender, though another of that gender was named since',
    text: 'Debate night\n\nRep. Evelyn Dade pressed the senator on spending. The moderator, CNN anchor Jana Whitlock, let the exchange run.\n\n“With respect, Evelyn, you voted for two of those bills yourself,” Mr. Hallett shot back.\n\n“And I apologized for both of them on the House floor,” she countered.',
    quotes: [
      { quote: 'With respect, Evelyn, you voted for two of those bills yourself', speaker: 'Hallett' },
      { quote: 'And I apologized for both of them on the House floor', speaker: 'Evelyn Dade' },
    ],
  },
  {
    note: '"the statement said" is the one the statement came from ("released a statement from campaign manager Lionel Okafor")',
    text: 'Primary night\n\nMargaret Corwin’s campaign released a statement from campaign manager Lionel Okafor late on Tuesday.\n\n“New Hampshire has always marched to its own drum, and we respect that,” the statement said.',
    quotes: [{ quote: 'New Hampshire has always marched to its own drum, and we respect that', speaker: 'Lionel Okafor' }],
  },
  {
    note: '"The memo argues …" is the memo’s author, whom the sentence before named after "from" or "written by" and a description and its comma ("a memo from the campaign’s policy director, Nathaniel Osei,", "a memo written by the campaign’s pollster, Dale Whitcombe, and obtained by …")',
    text: 'Border plan\n\nThe plan would cost roughly $38 billion over a decade, according to a memo from the campaign’s policy director, Nathaniel Osei, that was obtained by the Ledger. The memo argues that much of that cost would be offset by fees on the new visas.\n\nAccording to a memo written by the campaign’s pollster, Dale Whitcombe, and obtained by the Ledger, voters in the suburbs responded far more favorably to the proposal. The memo recommended that the senator lead every speech with enforcement.',
    quotes: [
      { quote: 'The plan would cost roughly $38 billion over a decade', speaker: 'Nathaniel Osei' },
      { quote: 'much of that cost would be offset by fees on the new visas', speaker: 'Nathaniel Osei' },
      { quote: 'voters in the suburbs responded far more favorably to the proposal', speaker: 'Dale Whitcombe' },
    ],
  },
  {
    note: 'an apposition that describes the quoted words as words ("…,” a phrase he has repeated at every stop", "a familiar refrain that …") names no speaker; the sentence before the quotation does',
    text: 'Bus tour\n\nGov. Thomas R. Hallett stood on a riser on Saturday and promised several hundred people that he would “bring the country back to the kitchen table,” a phrase he has repeated at nearly every stop.',
    quotes: [{ quote: 'bring the country back to the kitchen table', speaker: 'Thomas R. Hallett' }],
  },
  {
    note: 'a "who" clause whose cue has its own "that" past a short venue holds the quoted words, so its antecedent speaks though the sentence opens with a verb of speech of its own ("it posted a video … featuring Janet Elkhorn, a teacher, who says in the spot that her classroom went “…”")',
    text: 'Ad war\n\nGov. Margaret Corwin’s campaign has gone after his record. On Friday it posted a video on YouTube featuring Janet Elkhorn, a middle school teacher from Muncie, who says in the spot that her classroom went “three years without new textbooks” while he was in office.',
    quotes: [{ quote: 'three years without new textbooks', speaker: 'Janet Elkhorn' }],
  },
  {
    note: 'a fragment given by a document’s participle ("released a statement from its chairwoman, former Sen. Louise Abernathy-Kline, calling the result “…”", "a letter from campaign manager Ana Ruiz calling …") is the document’s author’s; a statement from no one named is the subject’s',
    text: 'Primary night\n\nThe Corwin campaign released a statement from its chairwoman, former Sen. Louise Abernathy-Kline, calling the result “a clear mandate from the most independent-minded electorate in America.”\n\nThe Hallett campaign released a letter from campaign manager Ana Ruiz calling the count “a travesty.” The Pike campaign released a statement calling it “premature.”',
    quotes: [
      { quote: 'a clear mandate from the most independent-minded electorate in America', speaker: 'Louise Abernathy-Kline' },
      { quote: 'a travesty', speaker: 'Ana Ruiz' },
      { quote: 'premature', speaker: 'Pike campaign' },
    ],
  },
  {
    note: '"the statement said" after "The Whitcombe campaign released its own statement" is the Whitcombe campaign, as the text names it, not the candidate',
    text: 'Georgia primary\n\nGov. Eleanor Whitcombe won Georgia by 11 points. The Whitcombe campaign released its own statement late on Tuesday.\n\n“Georgia voters chose experience, steadiness and results tonight,” the statement said.',
    quotes: [{ quote: 'Georgia voters chose experience, steadiness and results tonight', speaker: 'Whitcombe campaign' }],
  },
  {
    note: 'a verb of naming reaches its fragment past an apposition of its object set off by commas ("accused Cruz, the senator from Texas and winner of the Iowa caucuses, of being “…”")',
    text: 'New Hampshire\n\nKicking off the day at a town hall meeting in Salem, Hale accused Ruiz, the senator from Texas and winner of the Iowa caucuses, of being “politically correct” and “very queasy” on the issue.',
    quotes: [
      { quote: 'politically correct', speaker: 'Hale' },
      { quote: 'very queasy', speaker: 'Hale' },
    ],
  },
  {
    note: 'the nearest subject before a fragment is no state or country that describes the noun after it ("a South Carolina native who writes fiction … “…”"): no speaker rather than a place',
    text: 'Data operation\n\nBraynard, a South Carolina native who writes fiction on the side (his book includes one on a cooking contest “where the loser becomes the main course”), has cast himself as a strategist.',
    quotes: [{ quote: 'where the loser becomes the main course', speaker: null }],
  },
  {
    note: 'in news, a participle after a possessive and before its noun modifies the noun ("calling Rubio’s proposed child care credit “…”", "Hale’s fired campaign manager"), so the possessive is no subject whose "’s" is "has"',
    text: 'Debate night\n\nPaul then interjected, calling Rubio’s proposed child care credit “a welfare transfer payment.”\n\nCorey Lewandowski, Hale’s fired campaign manager, ripped the director for acting as “the judge and the jury” in the probe.',
    quotes: [
      { quote: 'a welfare transfer payment', speaker: 'Paul' },
      { quote: 'the judge and the jury', speaker: 'Corey Lewandowski' },
    ],
  },
  {
    note: 'in news, a clause opened by "and" after a fragment inside its sentence (maybe past "for instance,") is no attribution of it ("Ruiz said he would make sand “glow in the dark,” for instance, and Hale vowed to “…”")',
    text: 'Bombs\n\nMostly, they have offered colorful language. Ruiz said he would make sand “glow in the dark,” for instance, and Hale vowed to “bomb the hell” out of the group.',
    quotes: [
      { quote: 'glow in the dark', speaker: 'Ruiz' },
      { quote: 'bomb the hell', speaker: 'Hale' },
    ],
  },
  {
    note: 'in news, a cue after a quotation whose subject has a modal or auxiliary after it opens the cue’s clause, no inverted speaker: the quotation is the aside of the subject before it ("Mr. Manafort, citing “…,” said the candidate could be …")',
    text: 'Fall plans\n\nMr. Manafort, citing “the unique magic of Hale,” said the candidate could be competitive in states like Pennsylvania.',
    quotes: [{ quote: 'the unique magic of Hale', speaker: 'Manafort' }],
  },
  {
    note: 'an outer speaker does not take a fragment across a clause of time the writer adds after a comma ("Some Democrats said they feared a repeat of Pat Buchanan’s speech, when Mr. Buchanan, who …, called for a “cultural war”"); a subordinate right after the outer "that" is still said ("She went on to say that, because Comey testified her comments were “truthful,” …")',
    text: 'Convention\n\nSome Democrats said they feared a left-wing equivalent of Pat Buchanan’s speech at the 1992 convention, when Mr. Buchanan, who had failed to win the nomination, called for a “cultural war” against liberals.\n\nAna Ruiz went on to say that, because the director testified her answers were “truthful,” her public statements were too.',
    quotes: [
      { quote: 'cultural war', speaker: 'Pat Buchanan' },
      { quote: 'truthful', speaker: 'Ana Ruiz' },
    ],
  },
  {
    note: 'a fragment after an absolute phrase ", with NAME (of PLACE) -ing …" is that name’s, not the sentence subject’s ("The two candidates traded blows, with Sen. Camille Ashford of Oregon accusing former Gov. Thomas Renner of “…”"); one after a second, "and Renner casting her as …", is the second person’s',
    text: 'Debate\n\nThe two leading candidates traded their sharpest blows of the campaign on Tuesday night, with Sen. Camille Ashford of Oregon accusing former Gov. Thomas Renner of Pennsylvania of “selling a plan he has never had to pay for” and Renner casting her as a senator who has “never run anything bigger than a Senate office.”',
    quotes: [
      { quote: 'selling a plan he has never had to pay for', speaker: 'Camille Ashford' },
      { quote: 'never run anything bigger than a Senate office', speaker: 'Thomas Renner' },
    ],
  },
  {
    note: 'in news, a name that a verb takes as its object inside a "who" clause ("a farmer … who has supported Mr. Hallett since …") is no one a later "he" takes up; the subject the clause describes is',
    text: 'Small towns\n\nSenator Martin J. Hallett spoke in Cedar Falls on Saturday.\n\nBack in Cedar Falls, the questions were about soybeans. Dale Ostrander, a farmer from Butler County who has supported Mr. Hallett since his first Senate race, stood up near the front.\n\n“If you put a tariff on their tractors, what stops them from putting one on our beans?” he asked.',
    quotes: [{ quote: 'If you put a tariff on their tractors, what stops them from putting one on our beans?', speaker: 'Dale Ostrander' }],
  },
  {
    note: 'a listener that is a gathering goes on past its "of" ("“…!” Corwin told a cheering crowd of several hundred supporters."), so the attribution after the quotation is one with it',
    text: 'Victory party\n\nCorwin took the stage at her victory party shortly after 8 p.m.\n\n“South Carolina, you did this!” Corwin told a cheering crowd of several hundred supporters.',
    quotes: [{ quote: 'South Carolina, you did this!', speaker: 'Corwin' }],
  },
  {
    note: '"state" before a noun in an apposition ("his Ohio state director") is no verb of saying: the next quotation stays with the speaker',
    text: 'Senator Hallam spent the day in Dayton.\n\n“He listens before he talks,” said Marta Quill, his Ohio state director, who has worked in politics since the 1990s. “People can tell when you are looking over their shoulder.”',
    quotes: [
      { quote: 'He listens before he talks', speaker: 'Marta Quill' },
      { quote: 'People can tell when you are looking', speaker: 'Marta Quill' },
    ],
  },
  {
    note: '"the statement said" after "a statement on behalf of X" read by a lawyer: the statement is its author\'s',
    text: 'Defense lawyer Marit Olsson said the ruling would be appealed. She also read a brief statement on behalf of Ivo Carradine, who did not attend. “I gave twenty years to the teachers of this valley,” the statement said.',
    quotes: [{ quote: 'I gave twenty years to the teachers', speaker: 'Ivo Carradine' }],
  },
  {
    note: '"the office said" takes up the body named before whose name\'s head is "Office", with its phrases of "for" and "of"',
    text: 'The U.S. Attorney’s Office for the Western District of Montana welcomed the ruling. “Today’s decision confirms what the jury found,” the office said in a statement.',
    quotes: [{ quote: 'Today’s decision confirms what the jury found', speaker: 'U.S. Attorney’s Office for the Western District of Montana' }],
  },
  {
    note: 'negative: "the Oval Office" is a room, no body that "the office" takes up',
    text: 'The president addressed the nation from the Oval Office on Tuesday night. “We will rebuild,” the office said.',
    quotes: [{ quote: 'We will rebuild', speaker: 'the office' }],
  },
  {
    note: 'Q: and A: turns after a standfirst that names the interviewee first and the interviewer with a pronoun ("… spoke to her for …"), several paragraphs before the first turn',
    text: 'Forty winters on the ice\n\nFor four decades, Dr Maren Holloway-Oduya has spent more of her days with ice than with people. This month she retired as director of the Kessary Glacier Observatory, a cluster of huts on the Antarctic coast that has kept one of the longest records of glacial retreat anywhere on Earth. Tobias Quell spoke to her for The Guardian at her cottage in Norfolk.\n\nThe kettle is already on when I arrive. She is small, brisk and weathered in a way no English winter could explain.\n\nShe keeps a jar of meltwater from her first season on the windowsill, and a photograph of the first hut beside it.\n\nOur conversation has been edited for length and clarity.\n\nQ: You first went south in 1985. What do you remember?\n\nA: Mostly the noise. The ice groans all night.',
    quotes: [
      { quote: 'You first went south in 1985', speaker: 'Tobias Quell' },
      { quote: 'Mostly the noise', speaker: 'Maren Holloway-Oduya' },
    ],
  },
  {
    note: 'Q: and A: turns that no introduction names: no speaker (the letters are no one\'s name)',
    text: 'The minister answered written questions at length.\n\nQ: Will the bridge open this year?\n\nA: It will open in May.',
    quotes: [
      { quote: 'Will the bridge open this year', speaker: null },
      { quote: 'It will open in May', speaker: null },
    ],
  },
  {
    note: 'a public service\'s name with "and" and no "the" ("Avon Fire and Rescue Service", "for Devon and Cornwall Police") is one name',
    text: 'Avon Fire and Rescue Service said the blaze began in a kitchen. A spokeswoman for Devon and Cornwall Police said the road would reopen by noon.',
    quotes: [
      { quote: 'the blaze began in a kitchen', speaker: 'Avon Fire and Rescue Service' },
      { quote: 'the road would reopen by noon', speaker: 'A spokeswoman for Devon and Cornwall Police' },
    ],
  },
  {
    note: 'titles of British and Irish news before a name: a TD with the party\'s word, a neighbour, a tabloid\'s "dad-of-one"',
    text: 'Independent TD Orla Kinsella said the flood scheme was two years late. Neighbour Derek Pellow said the smoke had filled the street. Dad-of-one Kyle Brannock said he had not stopped to think.',
    quotes: [
      { quote: 'the flood scheme was two years late', speaker: 'Orla Kinsella' },
      { quote: 'the smoke had filled the street', speaker: 'Derek Pellow' },
      { quote: 'he had not stopped to think', speaker: 'Kyle Brannock' },
    ],
  },
  {
    note: 'Q: and A: turns after "X spoke to Y for The Irish Times": the one the text named more often is interviewed, the other asks; the outlet after the pair is the turns\'',
    text: 'The drowned village\n\nComposer Oonagh Feeley-Marsh was nine when the valley was flooded. Feeley-Marsh has written an opera about it, and Feeley-Marsh will conduct its premiere herself.\n\nAhead of the premiere, Feeley-Marsh spoke to Ruaridh Penhallow for The Irish Times at her home.\n\nQ: What do you remember of the village?\n\nA: The noise, more than anything. The bell most of all.',
    quotes: [
      { quote: 'What do you remember of the village', speaker: 'Ruaridh Penhallow' },
      { quote: 'The noise, more than anything', speaker: 'Oonagh Feeley-Marsh' },
    ],
  },
  {
    note: '"the Italian" after a cue or before one describes the person named before, as "the veteran German" does; "the Vatican" stays a name',
    text: 'Harbridge manager Aurelio Mancastre watched from the touchline. “Saturday was painful,” the Italian said. Pope Leo spoke in Rome. “No meeting is planned,” said the Vatican.',
    quotes: [
      { quote: 'Saturday was painful', speaker: 'Aurelio Mancastre' },
      { quote: 'No meeting is planned', speaker: 'Vatican' },
    ],
  },
  {
    note: 'a football club\'s name ending in "Town", "Borough" or "Rangers" is no person a description takes up',
    text: 'Harbridge manager Aurelio Mancastre spoke ahead of Tuesday night’s trip to Wetherfield Town. “Saturday was painful,” the Italian said.',
    quotes: [{ quote: 'Saturday was painful', speaker: 'Aurelio Mancastre' }],
  },
  {
    note: 'a tabloid\'s opening: a quotation that is its paragraph, taken up by "That is how" and the person in the next',
    text: 'HERO POSTMAN SAVES GRAN FROM BLAZE\n\n"I didn\'t stop to think, I just kicked the door in."\n\nThat is how brave postman Rory Quillan, 34, described the moment he pulled a pensioner from her burning cottage, speaking exclusively to the Mirror.',
    quotes: [{ quote: 'I didn\'t stop to think', speaker: 'Rory Quillan' }],
  },
  {
    note: 'negative: "That is how" with no person after it takes up no one',
    text: 'The council met on Monday.\n\n"The road will close in May."\n\nThat is how the notice on the gate put it.',
    quotes: [{ quote: 'The road will close in May', speaker: null }],
  },
  {
    note: '"it said" takes up the body that opens the sentence before after an opening phrase and its comma',
    text: 'Hours after the talks ended, the Norvand Ministry of Fisheries posted a statement online. “Norvand remains committed to a negotiated solution,” it said.',
    quotes: [{ quote: 'Norvand remains committed to a negotiated solution', speaker: 'Norvand Ministry of Fisheries' }],
  },
  {
    note: 'a minister whose portfolio lists three parts with commas before the name: the name is the words after the last English word',
    text: 'Union Minister for Coal Mines, Inland Waterways and Sarangi Restoration Devkanta Rameshwar Upadhyay said the scheme would be executed in three phases.\n\n"This is not a scheme on paper," Mr Upadhyay said.',
    quotes: [
      { quote: 'the scheme would be executed in three phases', speaker: 'Devkanta Rameshwar Upadhyay' },
      { quote: 'This is not a scheme on paper', speaker: 'Devkanta Rameshwar Upadhyay' },
    ],
  },
  {
    note: 'a body whose name lists its parts with commas, and "the department" after it',
    text: 'The Department of Fisheries, Coastal Affairs and Heritage said in a statement that the grants would open in May.\n\n"Applications will be processed quickly," the department said.',
    quotes: [
      { quote: 'the grants would open in May', speaker: 'Department of Fisheries, Coastal Affairs and Heritage' },
      { quote: 'Applications will be processed quickly', speaker: 'Department of Fisheries, Coastal Affairs and Heritage' },
    ],
  },
  {
    note: 'negative: a comma after a body\'s name before a person is no list of its parts',
    text: 'A spokesman for the Department of Fisheries, Tomas Varga, said the grants would open in May.',
    quotes: [{ quote: 'the grants would open in May', speaker: 'Tomas Varga' }],
  },
  {
    note: '"the party" as a speaker takes up the political party named before, by "Party" or a party\'s other heads ("Front")',
    text: 'The opposition Popular Front for Renewal (PFR) has called for an audit of the relief fund.\n\nIn a statement, the party said the money had been diverted.\n\nThe ruling Coastal People\'s Party rejected the claim. "There is nothing to audit," the party said.',
    quotes: [
      { quote: 'the money had been diverted', speaker: 'Popular Front for Renewal' },
      { quote: 'There is nothing to audit', speaker: "Coastal People's Party" },
    ],
  },
  {
    note: 'negative: "the party" with no party named before stays a description',
    text: 'Guests arrived at the lake house on Friday. "We danced until dawn," the party said in a group message.',
    quotes: [{ quote: 'We danced until dawn', speaker: 'the party' }],
  },
  {
    note: 'a short form spelt out in brackets after a body\'s name ("the Popular Front for Renewal (PFR)") names the body later, "the PFR said"',
    text: 'The opposition Popular Front for Renewal (PFR) has called for an audit of the relief fund.\n\nOn Monday, the PFR said its lawyers would file suit.\n\n"We will see them in court," PFR said.',
    quotes: [
      { quote: 'its lawyers would file suit', speaker: 'Popular Front for Renewal' },
      { quote: 'We will see them in court', speaker: 'Popular Front for Renewal' },
    ],
  },
  {
    note: 'negative: a short form the text never spelt out stays as written',
    text: 'On Monday, the PFR said its lawyers would file suit.',
    quotes: [{ quote: 'its lawyers would file suit', speaker: 'PFR' }],
  },
  {
    note: 'a common noun opening the sentence ("Revenue rose …, but costs at its warehouses …"), which the text writes in lower case too, is no firm "the company" takes up',
    text: 'Harbourline Logistics cut its revenue forecast on Thursday.\n\nRevenue rose 4 per cent to S$612 million, but costs at its warehouses climbed far faster, the company said.',
    quotes: [{ quote: 'Revenue rose 4 per cent', speaker: 'Harbourline Logistics' }],
  },
  {
    note: '"the senator representing X, NAME," and "The councillor representing Ward 4, NAME,": the role and the place it serves before the name are the name\'s title',
    text: 'But the senator representing Ubara North Senatorial District, Folake Adeyemi-Cole, a party member, described the suspension as "a dangerous precedent".\n\n"Today it is eleven chairmen," the senator said.\n\nThe councillor representing Ward 4, Kemi Olatunde, disagreed.\n\n"The audit was lawful," the councillor said.',
    quotes: [
      { quote: 'Today it is eleven chairmen', speaker: 'Folake Adeyemi-Cole' },
      { quote: 'The audit was lawful', speaker: 'Kemi Olatunde' },
    ],
  },
  {
    note: 'after "<role> of the", a body\'s name and then a person\'s: "chairperson of the State Canal Development Council Harsh Vardhan Molkari"',
    text: 'Canal works approved\n\nChief Minister and chairperson of the State Canal Development Council Harsh Vardhan Molkari thanked the Centre.\n\n"We have completed the hardest part," Mr Molkari said.',
    quotes: [{ quote: 'We have completed the hardest part', speaker: 'Harsh Vardhan Molkari' }],
  },
  {
    note: 'negative: "director of the Iowa Renewable Fuels Association" names a body whole, no person after it',
    text: 'The director of the Iowa Renewable Fuels Association said the rule was wrong.',
    quotes: [{ quote: 'the rule was wrong', speaker: 'The director of the Iowa Renewable Fuels Association' }],
  },
  {
    note: 'a title and its portfolio of a list before a name are the person\'s title: "the minister" for "Minister for Coal Mines, Inland Waterways and Sarangi Restoration Devkanta Upadhyay"',
    text: 'Canal works approved\n\nUnion Minister for Coal Mines, Inland Waterways and Sarangi Restoration Devkanta Rameshwar Upadhyay approved the scheme on Monday.\n\n"When I visited the village last October, nobody had water," the minister said.',
    quotes: [{ quote: 'When I visited the village last October', speaker: 'Devkanta Rameshwar Upadhyay' }],
  },
  {
    note: 'an obituary: a parent named as such ("children of Aldous Marrick") is not the "Dr. Marrick" the story goes on with, and a middle name added later ("Perpetua Anne Marrick") is the same person',
    text: 'Perpetua Marrick, Botanist, Dies at 87\n\nPerpetua Marrick, a marine botanist, died on Thursday. She was 87.\n\nPerpetua Anne Marrick was born in 1938 in Dunmere, the youngest of four children of Aldous Marrick, a ferryman.\n\n“The sea was never the frightening part,” Dr. Marrick said on NPR in 2011.',
    quotes: [{ quote: 'The sea was never the frightening part', speaker: 'Perpetua Marrick' }],
  },
  {
    note: 'negative: an initial tells a son from his father, "George W. Bosk" from "George Bosk"',
    text: 'The party of George Bosk and George W. Bosk is now the party of Tom Reed.\n\n“We will win,” George W. Bosk said.',
    quotes: [{ quote: 'We will win', speaker: 'George W. Bosk' }],
  },
  {
    note: '"her son", "her daughter" take up the names the text gave in apposition to the same noun ("survived by a son, X"; "Her daughter, Y,"), whatever their family names',
    text: 'Dorit Sandquist, Diver, Dies at 87\n\nDorit Sandquist, a marine botanist, died on Thursday. Her daughter, Ilse Sandquist-Brandt, said the cause was heart failure.\n\nShe is survived by a son, Caspian Orrell, and five grandchildren.\n\nHer son said she had kept diving until she was 82.\n\n“She wanted to go back to the trees,” her daughter said.',
    quotes: [
      { quote: 'she had kept diving until she was 82', speaker: 'Caspian Orrell' },
      { quote: 'She wanted to go back to the trees', speaker: 'Ilse Sandquist-Brandt' },
    ],
  },
  {
    note: 'negative: "her daughter, she is survived …": a pronoun after the comma is no name',
    text: 'Dorit Sandquist died on Thursday. In addition to her daughter, she is survived by a sister.\n\n“She loved the sea,” her daughter said.',
    quotes: [{ quote: 'She loved the sea', speaker: 'her daughter' }],
  },
  {
    note: '"the memo said" takes up its author, "a memo written in March by the quality manager at X, NAME" or "written in March by NAME"; the participle reports nothing',
    text: 'Lab memo\n\nThe documents include a memo written in March by the quality manager at Pellmore Services, Anselm Krigby, and sent to the executives.\n\n“Samples are being coded as invalid,” the memo said.\n\nA second memo, written last week by Dana Orwell, was shorter. “Stop the tests,” the memo said.',
    quotes: [
      { quote: 'Samples are being coded as invalid', speaker: 'Anselm Krigby' },
      { quote: 'Stop the tests', speaker: 'Dana Orwell' },
    ],
  },
  {
    note: 'a name of no known gender first met after "at" ("kept the lighthouse at Skerry Point") is a place, which "she" does not take up',
    text: 'Marta Venn, Oceanographer, Dies at 88\n\nMarta Venn, an oceanographer, died on Friday.\n\nHer father kept the lighthouse at Skerry Point.\n\n“I learned to listen to the foghorn,” she wrote in her memoir.',
    quotes: [{ quote: 'I learned to listen to the foghorn', speaker: 'Marta Venn' }],
  },
  {
    note: '"the release said" takes up who issued the release the text introduced, past a later "the release" that tells none and the word inside someone\'s quotation',
    text: 'Plant announced\n\nIn a press release, Tarnholm Robotics said construction would begin in April.\n\nThe release did not name the other sites.\n\n“Nine hundred jobs is a number in a press release,” said Theo Orrin, a union organizer.\n\nThe company expects to spend $38 million on training, the release said.',
    quotes: [{ quote: 'The company expects to spend $38 million on training', speaker: 'Tarnholm Robotics' }],
  },
  {
    note: 'negative: a "she" that may be another woman\'s (after "asked her whether she …") teaches the person asking no gender, so a later "he" is still theirs',
    text: 'Under cross-examination, the defence lawyer, Caspian Dunmore-Nwosu, asked her whether she had put her objections in writing. “No. I was afraid of him,” she responded.\n\nOutside the courthouse, Dunmore-Nwosu said he would appeal.\n\n“We are confident the appeals court will see it differently,” he told reporters.',
    quotes: [{ quote: 'We are confident the appeals court', speaker: 'Caspian Dunmore-Nwosu' }],
  },
  {
    note: 'Arabic names with a joined article: "Foreign Minister Salwan al-Khafri told …", then "al-Khafri said"; "el-Sadi said"',
    text: 'Talks resume\n\nIraqi Foreign Minister Salwan al-Khafri told Al Jazeera that the mediation had been decisive.\n\n"We do not want the river to become a border of hostility," al-Khafri said.\n\nAbdel Karim el-Sadi, the Egyptian envoy, agreed. "We are ready," el-Sadi said.',
    quotes: [
      { quote: 'the mediation had been decisive', speaker: 'Salwan al-Khafri' },
      { quote: 'We do not want the river', speaker: 'Salwan al-Khafri' },
      { quote: 'We are ready', speaker: 'Abdel Karim el-Sadi' },
    ],
  },
  {
    note: 'negative: a lower-case word with a hyphen that is no article ("an-ti", "at-risk") opens no name',
    text: 'Talks resume\n\nThe at-risk families said the river was rising.',
    quotes: [{ quote: 'the river was rising', speaker: 'The at-risk families' }],
  },
  {
    note: 'ranks and religious titles before a name are no part of it: Commodore, Brigadier, Corporal, Ayatollah, cleric',
    text: 'Standoff at sea\n\nCommodore Teodulo Baysana said the cutter had crossed the bows. "It was close," Baysana said.\n\nThe extremist cleric Anwar al-Rashidi is shown lecturing: “Take heed and learn.”',
    quotes: [
      { quote: 'the cutter had crossed the bows', speaker: 'Teodulo Baysana' },
      { quote: 'It was close', speaker: 'Teodulo Baysana' },
      { quote: 'Take heed and learn', speaker: 'Anwar al-Rashidi' },
    ],
  },
  {
    note: 'a medium\'s noun that speaks ("The newspaper added that …") is the outlet it takes up',
    text: 'Export row\n\n"Some countries have grown used to it," the Global Times said in an editorial.\n\nThe newspaper added that Beijing "has ample tools".',
    quotes: [{ quote: 'has ample tools', speaker: 'Global Times' }],
  },
  {
    note: '"the spokesman" takes up the spokesman, not a spokeswoman named since (the same post by its other gendered form)',
    text: 'Pipeline halt\n\nKremlin spokesman Yevgen Lapko said the stoppage was technical.\n\nForeign Ministry spokeswoman Milena Zhurova struck a more combative tone on Telegram.\n\nPressed again, the spokesman said the Kremlin "sees no political subtext whatsoever" in the stoppage.',
    quotes: [{ quote: 'sees no political subtext whatsoever', speaker: 'Yevgen Lapko' }],
  },
  {
    note: 'transcript labels in capitals beyond ASCII ("KARAOSMANOĞLU:") are turns like any other',
    text: 'Black Sea talks\n\nThe transcript released by the Kremlin included the following exchange between Gennady Obukhov and Selim Karaosmanoğlu:\n\nOBUKHOV: We are prepared to discuss inspection mechanisms.\n\nKARAOSMANOĞLU: Ankara keeps no calendar but its own.',
    quotes: [
      { quote: 'We are prepared to discuss inspection mechanisms', speaker: 'Gennady Obukhov' },
      { quote: 'Ankara keeps no calendar but its own', speaker: 'Selim Karaosmanoğlu' },
    ],
  },
  {
    note: '"X, deputy chairman of the State Duma\'s defence committee, who wrote …": "who" stands for the person before the apposition, not the body\'s noun phrase after its "of the"',
    text: 'Black Sea talks\n\nA harder line came from Rostislav Gavrin, deputy chairman of the State Duma\'s defence committee, who wrote on his Telegram channel that any inspection regime "would be a Trojan horse."',
    quotes: [{ quote: 'would be a Trojan horse', speaker: 'Rostislav Gavrin' }],
  },
  {
    note: 'negative: a comma right after a title\'s portfolio sets the whole name after it ("Minister of State for Foreign Trade, Rashed Saif Al Mazrui,")',
    text: 'Port deal\n\n"This corridor will shorten the journey," the UAE\'s Minister of State for Foreign Trade, Rashed Saif Al Mazrui, was quoted by WAM as saying.',
    quotes: [{ quote: 'This corridor will shorten the journey', speaker: 'Rashed Saif Al Mazrui' }],
  },
  {
    note: 'a name ending in "Area", "Region", "Province" or "Territory" is a place, which "he" does not take up',
    text: 'Council row\n\nGovernor Samuel Ebiere suspended eleven chairmen on Friday.\n\nMrs Adaeze Okwudi, who chairs Ogbaku-Ezinu Local Government Area, said the chairmen would go to court.\n\n"This is not about politics," he said on the programme.',
    quotes: [{ quote: 'This is not about politics', speaker: 'Samuel Ebiere' }],
  },
  {
    note: 'negative: a person named after "at" later ("a jab at Stroud-Kell") is no place: "she" still takes her up',
    text: 'Caucus trail\n\nGenevieve Stroud-Kell, a Houston energy executive, took a more cautious line.\n\nHer rival later posted a jab at Stroud-Kell on Facebook.\n\nTalking with reporters, she said the fuel standard needed "some modernizing."',
    quotes: [{ quote: 'some modernizing', speaker: 'Genevieve Stroud-Kell' }],
  },
  {
    note: 'a relative clause saying the speaker may not speak ("who was not authorized to speak publicly about the investigation") is the speaker\'s own phrase, not a subject of its own',
    text: 'Robbery\n\nA law enforcement official who was not authorized to speak publicly about the investigation said the pistol “had been stolen in April.”',
    quotes: [{ quote: 'had been stolen in April.', speaker: 'A law enforcement official who was not authorized to speak publicly about the investigation' }],
  },
  {
    note: 'the same clause ending in an adverb right before the cue ("… to speak publicly said")',
    text: 'Robbery\n\nTwo officials who were not authorised to speak publicly said the pistol “had been stolen in April.”',
    quotes: [{ quote: 'had been stolen in April.', speaker: 'Two officials who were not authorised to speak publicly' }],
  },
  {
    note: 'negative: the clause set off by commas leaves the noun alone as the speaker',
    text: 'Robbery\n\nA law enforcement official, who was not authorized to speak publicly about the investigation, said the pistol “had been stolen in April.”',
    quotes: [{ quote: 'had been stolen in April.', speaker: 'A law enforcement official' }],
  },
  {
    note: 'the name a described speaker gave, right after the description and an inverted cue ("said a nurse who gave only her first name, Zlatomira, for fear of reprisals")',
    text: 'Strikes\n\n"The windows came in on us," said a 34-year-old nurse who gave only her first name, Oresta, for fear of reprisals. "My son was asleep."',
    quotes: [
      { quote: 'The windows came in on us', speaker: 'Oresta' },
      { quote: 'My son was asleep.', speaker: 'Oresta' },
    ],
  },
  {
    note: '"who identified himself only as Ray" after the cue names the speaker too',
    text: 'Strikes\n\n"We slept in the car," said a father who identified himself only as Dumitru.',
    quotes: [{ quote: 'We slept in the car', speaker: 'Dumitru' }],
  },
  {
    note: 'negative: a place after "who gave" is no name given ("said a nurse who gave blood in Ostrava")',
    text: 'Strikes\n\n"We slept in the car," said a nurse who gave blood in Ostrava.',
    quotes: [{ quote: 'We slept in the car', speaker: 'a nurse' }],
  },
  {
    note: 'a rank of two roles joined by a hyphen is a title ("Colonel-General", "Lieutenant-General", "Rear-Admiral"), not a word of the name',
    text: 'Strikes\n\nChief military spokesman Colonel-General Radim Ostrovec-Hale told a televised briefing that the crews “performed with great skill.”\n\n“The enemy strikes fuel,” said Rear-Admiral Tomasz Keblinski.',
    quotes: [
      { quote: 'performed with great skill.', speaker: 'Radim Ostrovec-Hale' },
      { quote: 'The enemy strikes fuel', speaker: 'Tomasz Keblinski' },
    ],
  },
  {
    note: 'a compound role after a body\'s name and before a given name and a surname ("United Steel Workers Secretary-Treasurer Dale Humbird")',
    text: 'Trade\n\n“We had a big issue with trade,” said United Steel Workers Secretary-Treasurer Dale Humbird.',
    quotes: [{ quote: 'We had a big issue with trade', speaker: 'Dale Humbird' }],
  },
  {
    note: 'negative: a double-barrelled surname whose last part is a role noun stays the name ("Ana Ruiz-Marshal")',
    text: 'Trade\n\n“We had a big issue with trade,” said Ana Ruiz-Marshal.',
    quotes: [{ quote: 'We had a big issue with trade', speaker: 'Ana Ruiz-Marshal' }],
  },
  {
    note: 'a party\'s name left in French ("the opposition Parti de la Terre Commune") is a body, which "he" does not take up',
    text: 'Spill\n\nAurèle Vanneste-Morel, who leads the opposition Parti de la Rive Verte in the National Assembly, told Le Monde that the government had been « far too slow ».\n\n« People learned about the spill from fishermen, » he said.',
    quotes: [
      { quote: 'far too slow', speaker: 'Aurèle Vanneste-Morel' },
      { quote: 'People learned about the spill from fishermen', speaker: 'Aurèle Vanneste-Morel' },
    ],
  },
  {
    note: 'an armed group\'s name whose middle word is a role ("the Eastern Volunteer Legion") is whole: the role is no title before a name "Legion"',
    text: 'Front\n\nA militia, the Western Volunteer Legion, said on Telegram that its fighters had “taken the bridge.”',
    quotes: [{ quote: 'taken the bridge.', speaker: 'the Western Volunteer Legion' }],
  },
  {
    note: 'a magazine Q&A whose introduction names the interviewer by role ("contributing editor Ilka Marsh visited her"): the "Q:" turns are hers',
    text: 'The Kiln Keeper\n\nThe potter Wenna Castrell has fired bowls in the same kiln for forty years. For this issue of Thornbury Review, contributing editor Ilka Marsh visited her at the studio.\n\nQ: Why make a film now?\n\nCASTRELL: Because my hands are going.',
    quotes: [
      { quote: 'Why make a film now?', speaker: 'Ilka Marsh' },
      { quote: 'Because my hands are going.', speaker: 'Wenna Castrell' },
    ],
  },
  {
    note: 'negative: a writer named in an introduction that tells of no meeting ("… wrote critic Ilka Marsh last year") does not ask the questions',
    text: 'The Kiln Keeper\n\nThe potter Wenna Castrell has fired bowls in the same kiln for forty years, a body of work that critic Ilka Marsh called unrivalled in a review last year.\n\nQ: Why make a film now?\n\nCASTRELL: Because my hands are going.',
    quotes: [
      { quote: 'Why make a film now?', speaker: null },
      { quote: 'Because my hands are going.', speaker: 'Wenna Castrell' },
    ],
  },
  {
    note: 'a magazine\'s name ending in "Quarterly" ("told Fenwick Quarterly") is a medium, which "She" does not take up',
    text: 'New novel\n\n"I never once asked him where it was," Henrike Saltash told Pembury Quarterly in an interview.\n\nShe said she wrote the first draft "entirely in longhand."',
    quotes: [
      { quote: 'I never once asked him where it was', speaker: 'Henrike Saltash' },
      { quote: 'entirely in longhand.', speaker: 'Henrike Saltash' },
    ],
  },
  {
    note: 'a grandparent set off by commas ("His grandmother, Philippa Wensleydale,") is no one a later bare surname means while the person quoted shares it',
    text: 'Dumplings\n\n"A recipe is a rumor that happens to work," Tobias Wrenfield said on the podcast.\n\nHis grandmother, Philippa Wrenfield, ran the bakery until she was eighty-four.\n\n"If my cousin can\'t put the name on the board," Wrenfield said, "what has she been cooking?"',
    quotes: [
      { quote: 'A recipe is a rumor', speaker: 'Tobias Wrenfield' },
      { quote: 'If my cousin', speaker: 'Tobias Wrenfield' },
    ],
  },
  {
    note: 'negative: a wife named in apposition who then speaks in the same paragraph is the bare surname\'s',
    text: 'Dumplings\n\n"A recipe is a rumor," Tobias Wrenfield said.\n\nHis wife, Philippa Wrenfield, a lawyer, disagreed. "It is a trade secret," Wrenfield said.',
    quotes: [
      { quote: 'A recipe is a rumor', speaker: 'Tobias Wrenfield' },
      { quote: 'It is a trade secret', speaker: 'Philippa Wrenfield' },
    ],
  },
  {
    note: 'remembered speech in a feature: "“…,” she remembers telling him" attributes the quote as "recalls" does',
    text: 'Orchard\n\nRosalind Thornbury read the letter twice at the kitchen table.\n\n“The bank is going to take the orchard,” she remembers telling him.',
    quotes: [{ quote: 'The bank is going to take the orchard', speaker: 'Rosalind Thornbury' }],
  },
  {
    note: 'the people watched arguing ("watching Wren and Lasse argue") say nothing: "he said" after the sentence is its subject\'s',
    text: 'Orchard\n\nEmmerich Thornby, 66, still keeps the photograph of the flood above the sink.\n\nStanding at the window, watching Wren and Lasse argue cheerfully about the schedule in the yard below, Emmerich shook his head. “Nine years it has been up there,” he said.',
    quotes: [{ quote: 'Nine years it has been up there', speaker: 'Emmerich Thornby' }],
  },
  {
    note: 'a sentence opened by an article and a description before the name ("The singer Lorelai Mbatha replied to Renfrew\'s post") has that person for subject: "she" takes her up, not the possessive after the verb',
    text: 'Tins\n\nThe first post came from Agathe Renfrew, a teacher in Quillsbury.\n\nThe singer Lorelai Mbatha replied to Renfrew\'s original post on X. "Put the buttons in my heart," she wrote.',
    quotes: [{ quote: 'Put the buttons in my heart', speaker: 'Lorelai Mbatha' }],
  },
  {
    note: 'the one "told" names is an object, no subject named since the last speaker ("Castellanos-Whitt told Valloway"), and a person since whose titles are of another kind ("host") is no one "the congressman" might mean',
    text: 'Roads\n\nRepublican Rep. Beau Castlemont did not mince words. He told Fox News host Kendra Valloway on Tuesday night that the plan amounted to "a surveillance tax."\n\n"That is punishment," Castlemont told Valloway.\n\nAsked about the plan, the congressman said he was "not counting on common sense."',
    quotes: [
      { quote: 'a surveillance tax.', speaker: 'Beau Castlemont' },
      { quote: 'That is punishment', speaker: 'Beau Castlemont' },
      { quote: 'not counting on common sense.', speaker: 'Beau Castlemont' },
    ],
  },
  {
    note: 'a state\'s legislature is a body, no person named since: "Asked about the plan\'s chances in the Democrat-controlled Legislature, the congressman said"',
    text: 'Roads\n\nRepublican Rep. Beau Castlemont did not mince words. He told Fox News host Kendra Valloway on Tuesday night that the plan amounted to "a surveillance tax."\n\n"That is punishment," Castlemont told Valloway.\n\nAsked about the plan\'s chances in the Democrat-controlled Legislature, the congressman said he was "not counting on common sense."',
    quotes: [
      { quote: 'That is punishment', speaker: 'Beau Castlemont' },
      { quote: 'not counting on common sense.', speaker: 'Beau Castlemont' },
    ],
  },
  {
    note: 'negative: "One reply, from …, read:" has no speaker "One": a verb\'s base form after "one", "each", "this" is its noun ("reply"), no cue',
    text: 'Audit\n\nOne reply, from the official account of the Tamarisk County Sheriff\'s Office, read simply: "Call us when you have driven our roads."',
    quotes: [{ quote: 'Call us when you have driven our roads.', speaker: null }],
  },
  {
    note: 'a briefing\'s exchange: the reporter pressing in the paragraph before the turns ("Fiona Larkspur of Politico pressed the press secretary …") asks the "Q:" turns; the named labels answer',
    text: 'Rail talks\n\nPress secretary Corinna Valmont defended the veto threat on Monday.\n\nLater in the briefing, Fiona Larkspur of Politico pressed the press secretary on whether the unions had been consulted. The exchange went as follows:\n\nQ: Did the unions sign off on the threat?\n\nVALMONT: We have been in touch with labor leaders.\n\nQ: That is not a yes.',
    quotes: [
      { quote: 'Did the unions sign off on the threat?', speaker: 'Fiona Larkspur' },
      { quote: 'We have been in touch with labor leaders.', speaker: 'Corinna Valmont' },
      { quote: 'That is not a yes.', speaker: 'Fiona Larkspur' },
    ],
  },
  {
    note: '"Drubeck kept pressing. A portion of their exchange follows:" names the asker by surname, whom the registry gives in full',
    text: 'Aid row\n\n"Why did the governor learn of it from a news story?" asked a reporter, Anselm Drubeck of the Reno Courier.\n\nDrubeck kept pressing. A portion of their exchange follows:\n\nQ: Has the president spoken to the governor?\n\nACHTERBERG: He has not.',
    quotes: [
      { quote: 'Why did the governor learn of it from a news story?', speaker: 'Anselm Drubeck' },
      { quote: 'Has the president spoken to the governor?', speaker: 'Anselm Drubeck' },
    ],
  },
  {
    note: 'a carrier\'s name ending in "Lines" or "Railroad" is a firm\'s, which "The company" takes up',
    text: 'Hearing\n\nVantor Freight Lines said it "categorically disputes" the account. The company said it had since replaced more than 1,800 sensors.',
    quotes: [
      { quote: 'categorically disputes', speaker: 'Vantor Freight Lines' },
      { quote: 'it had since replaced more than 1,800 sensors', speaker: 'Vantor Freight Lines' },
    ],
  },
  {
    note: 'a host who asked the role\'s holder speaks last ("Hollister asked Rasmund-Platt whether …"): "the congressman" who answers is still the Rep., though "he" would be the host',
    text: 'Audits\n\nRep. Cody Ramsdell, a Republican, did not mince words.\n\n"This is a witch hunt," Ramsdell told Fox News host Grady Hollister on Tuesday night.\n\nBack on Fox News, Hollister asked Ramsdell whether he thought the governor would back down.\n\n"She will back down the minute the voters make her," the congressman said.',
    quotes: [
      { quote: 'This is a witch hunt', speaker: 'Cody Ramsdell' },
      { quote: 'She will back down', speaker: 'Cody Ramsdell' },
    ],
  },
  {
    note: 'a lede whose subject is a role "of" a body, then the name in commas ("The chief executive of Ferncastle Prairie Energy, Rosalind Achterberg, defended …, telling a Senate panel that “…”"): the name speaks the participle\'s words',
    text: 'Hearing\n\nThe chief executive of Fernhill Prairie Energy, Rosalind Ashcombe, defended her company on Tuesday, telling a Senate panel that "no grid in America was built for what we saw."',
    quotes: [{ quote: 'no grid in America was built for what we saw.', speaker: 'Rosalind Ashcombe' }],
  },
  {
    note: '"one" after a quoted phrase stands for it ("would present “a different question,” one the court declined to answer"): no subject "one the court" of an inverted verb',
    text: 'Ruling\n\nIn a footnote, Justice Ilse Varga wrote that such a statute would present "a different question," one the court declined to answer on Thursday.',
    quotes: [{ quote: 'a different question,', speaker: 'Ilse Varga' }],
  },
  {
    note: 'the one told ("She told host Juniper Okwu that …") is no antecedent for the "she" that goes on: the sentence\'s subject, here a pronoun for the guest named before, is',
    text: 'Bakeries\n\nThe podcast is hosted by the former critic Juniper Okwu.\n\nTamsin Abernath, a third-generation baker, closed her shop last spring. "I did the sums every night," she said.\n\nShe told host Juniper Okwu that the hardest part had been the regulars. "There was a man who came in at seven every day," she said.',
    quotes: [
      { quote: 'I did the sums every night', speaker: 'Tamsin Abernath' },
      { quote: 'There was a man who came in at seven every day', speaker: 'Tamsin Abernath' },
    ],
  },
  {
    note: 'negative: where the writer told someone ("I told Sanders later that …"), the one told is the one who responds',
    text: 'Endorsement\n\nSenator Bernie Sanders is backing another candidate.\n\nI told Sanders later that his endorsement of me had made the news.\n\n"I have ruined your good reputation, huh?" he responded.',
    quotes: [{ quote: 'I have ruined your good reputation', speaker: 'Bernie Sanders' }],
  },
  {
    note: 'negative: a name opening the paragraph after "… told Reuters." is no one told: its "he wrote" is that person\'s',
    text: 'Aid row\n\nThe pause has set off a feud with Nevada Gov. Rutherford Kessig-Amari, a Democrat.\n\nPress secretary Juniper Achter said the review was routine.\n\n"This was a process decision," a senior official told Reuters.\n\nKessig-Amari, a potential contender, was unmoved. In a post on X, he wrote: "If this were about an audit, they would have called us."',
    quotes: [{ quote: 'If this were about an audit', speaker: 'Rutherford Kessig-Amari' }],
  },
  {
    note: 'a court paper after the quotation ("…,” according to a criminal complaint", "an affidavit", "a lawsuit") is where the words are found: the one who told the detectives speaks; with no one else, the paper stays the source',
    text: 'Arrest\n\nDorrit Quayle told detectives she “only wanted to scare him,” according to a criminal complaint filed Monday.\n\nHer neighbour, Amos Fenwright, told officers he “heard three shots,” according to an affidavit.\n\n“The defendants ignored every warning,” according to a lawsuit filed by the residents.',
    quotes: [
      { quote: 'only wanted to scare him,', speaker: 'Dorrit Quayle' },
      { quote: 'heard three shots,', speaker: 'Amos Fenwright' },
      { quote: 'The defendants ignored every warning,', speaker: 'a lawsuit' },
    ],
  },
  {
    note: 'a name set beside a preposition\'s object after the cue ("said through his interpreter, Mirela Dragomir.") is no subject: a later "he", past the reach of the last speaker, is the quoted subject of that sentence',
    text: 'Signing\n\nHarwick Rovers head coach Takeshi Omura spoke to the media on Friday.\n\n“Tomas is a player we have followed for two years,” Omura said through his interpreter, Mirela Dragomir.\n\nThe coach, who guided Harwick to fifth place last season in his first campaign in England after eleven years in charge of clubs in Osaka and Nagoya, brushed aside suggestions that the new winger would need months to settle in a league known for its physical demands and its wet winters.\n\n“We did not sign him to sit on the bench,” he added.',
    quotes: [
      { quote: 'Tomas is a player we have followed for two years,', speaker: 'Takeshi Omura' },
      { quote: 'We did not sign him to sit on the bench,', speaker: 'Takeshi Omura' },
    ],
  },
  {
    note: 'a body\'s noun with a possessive among its modifiers ("the sheriff\'s office", "the attorney\'s office") takes up the body named before whose name holds those words',
    text: 'Fire\n\nThe Wexbury County Sheriff\'s Office asked people to stay away from the mill.\n\n“Depot Street is closed until further notice,” the sheriff\'s office said.\n\nThe Wexbury County District Attorney’s Office opened an inquiry. “We will review every report,” the district attorney’s office said.',
    quotes: [
      { quote: 'Depot Street is closed until further notice,', speaker: 'Wexbury County Sheriff\'s Office' },
      { quote: 'We will review every report,', speaker: 'Wexbury County District Attorney’s Office' },
    ],
  },
  {
    note: 'a spinner\'s "the corporate" for "the company" takes up the firm that spoke before, as "the company" does',
    text: 'Flood\n\nHarwell Energy declined to comment. In a short statement on its website, the corporate stated it was “cooperating fully with the authorities.”',
    quotes: [{ quote: 'cooperating fully with the authorities.', speaker: 'Harwell Energy' }],
  },
  {
    note: 'a preposition opening the sentence ("Inside Brackwater, …", "Upon …") is no part of the name after it: a later "Brackwater said" is Brackwater\'s',
    text: 'Layoffs\n\nInside Brackwater, the mood was grim this week.\n\nBrackwater said it would cut 200 jobs.',
    quotes: [{ quote: 'it would cut 200 jobs', speaker: 'Brackwater' }],
  },
  {
    note: 'one word a firm\'s apposition follows ("Lumenfold, the Berlin-based maker of productivity software,", "Ostrava, a supplier of brake parts,") is a firm that speaks: "the company" after it takes it up',
    text: 'Regulator\n\nLumenfold, the Berlin-based maker of productivity software, has been ordered to suspend the launch of its assistant.\n\nLumenfold said it was disappointed by the decision.\n\n“We built Halcyon Assist with privacy at its core,” the company wrote in a blog post.',
    quotes: [
      { quote: 'it was disappointed by the decision', speaker: 'Lumenfold' },
      { quote: 'We built Halcyon Assist with privacy at its core,', speaker: 'Lumenfold' },
    ],
  },
  {
    note: 'a people\'s name after "the", inverted after its cue ("said the Estonian"), describes the person just named; not a see or a people as a whole ("said the Vatican")',
    text: 'Signing\n\nHead coach Ilkka Raudsepp, speaking at the training centre on Friday, said the move had been on his mind since February.\n\n“I watched him for the first time on a cold night,” said the Estonian.\n\n“The Holy Father will not meet him,” said the Vatican.',
    quotes: [
      { quote: 'I watched him for the first time on a cold night,', speaker: 'Ilkka Raudsepp' },
      { quote: 'The Holy Father will not meet him,', speaker: 'Vatican' },
    ],
  },
  {
    note: 'a place\'s possessive before a role opening the lede ("New Brunswick\'s health minister says …") is the person the story names next with that title',
    text: 'Closures\n\nNew Brunswick\'s health minister says three rural emergency departments will close overnight this summer.\n\nHealth Minister Perpetua Lavallee-Strang announced the closures at a news conference in Fredericton on Monday.',
    quotes: [{ quote: 'three rural emergency departments will close overnight this summer', speaker: 'Perpetua Lavallee-Strang' }],
  },
  {
    note: 'a name inside a "who" clause of the subject\'s noun ("One Sablewick engineer who worked on Tidewatch, and who asked not to be named, said") is no subject: the noun, with its capitalised modifier, is; a cleft\'s "that" before a name is no relative ("It was three years ago that Michael Brandt, who …, said")',
    text: 'Leak\n\nOne Sablewick engineer who worked on Tidewatch, and who asked not to be named because they were not authorized to speak, said concerns had been raised well before launch.\n\nIt was less than three years ago that Michael Brandt, who is weighing a run for governor, said it was “impossible” for him to win.',
    quotes: [
      { quote: 'concerns had been raised well before launch', speaker: 'One Sablewick engineer' },
      { quote: 'impossible', speaker: 'Michael Brandt' },
    ],
  },
  {
    note: 'a spinner\'s "Choose" for "Judge" is a title before a name ("Circuit Choose Henrietta Langmore") and "the choose" takes up its holder',
    text: 'Sentence\n\nCircuit Choose Henrietta Langmore stated the crash was “a sustained effort to erase a human being.”\n\n“The court cannot find any version of these events that excuses him,” the choose stated.',
    quotes: [
      { quote: 'a sustained effort to erase a human being.', speaker: 'Henrietta Langmore' },
      { quote: 'The court cannot find any version of these events that excuses him,', speaker: 'Henrietta Langmore' },
    ],
  },
  {
    note: 'an opening phrase with a region after its city and a time after that ("Speaking at a rally in Erie, Pennsylvania, on Saturday night, X told … and said …") ends at its last comma: the second verb\'s subject is X, not the region; a spinner\'s "Talking at" opens such a phrase as "Speaking at" does',
    text: 'Rally\n\nSpeaking at a rally in Erie, Pennsylvania, on Saturday night, Brandauer told supporters the polls were “fake, totally fake” and said his campaign had never been in better financial shape.\n\nTalking at a rally in Ames, Iowa, on Sunday, Quenneville advised supporters the race was close and mentioned his campaign had raised $2 million.',
    quotes: [
      { quote: 'his campaign had never been in better financial shape', speaker: 'Brandauer' },
      { quote: 'his campaign had raised $2 million', speaker: 'Quenneville' },
    ],
  },
  {
    note: 'a role in capitals after two opening phrases ("Later on Tuesday, at a press conference in Bellcourt, the Premier was asked …") names its holder for the pronoun after it, though a body spoke since',
    text: 'Tunnel\n\nPremier Jacinta Brennock-Holloway defended the budget on Monday.\n\nOrrinvale Civil said in a statement it was working with the state on a revised schedule.\n\nLater on Tuesday, at a press conference at a tunnel boring machine launch site in Bellcourt, the Premier was asked about the criticism.\n\n‘Ewan has a lot of opinions about tunnels,’ she said.',
    quotes: [{ quote: 'Ewan has a lot of opinions about tunnels,', speaker: 'Jacinta Brennock-Holloway' }],
  },
  {
    note: 'a spinner\'s "The corporate" with no firm speaking just before takes up the firm the article is about, as "The company" does',
    text: 'Earnings\n\n(Reuters) - Corvane Systems reported quarterly income above expectations on Thursday, sending the corporate\'s shares up 6% in extended trading.\n\nIncome from Corvane\'s cloud division jumped 34%, while Corvane\'s hardware income fell 9%.\n\n“Our customers are moving to the cloud,” chief government Mira Oduya stated on a call with analysts.\n\nOduya, who took over in January, has been pushing to reposition Corvane as a software business.\n\n“Hardware is going through a reset,” she stated.\n\nThe corporate stated in a statement that it expects fourth-quarter income of about $4 billion.',
    quotes: [{ quote: 'it expects fourth-quarter income of about $4 billion', speaker: 'Corvane Systems' }],
  },
  {
    note: 'a name set off after "of the [former] president" inside a relative clause of the subject\'s apposition ("Senator X, a Republican who has been called a reluctant ally of the former president, Harlan Breck, said") is that role\'s, not the subject',
    text: 'Poll\n\nSenator Orrin Valdez, a Wyoming Republican who has long been described as a reluctant ally of the former president, Harlan Breck, said on Fox News on Tuesday night that the numbers should alarm anyone in the party.',
    quotes: [{ quote: 'the numbers should alarm anyone in the party', speaker: 'Orrin Valdez' }],
  },
  {
    note: 'a name after a preposition of topic opening its paragraph ("For Philippa, …", "As for Trump, he said …") is the paragraph\'s subject for its pronoun, not the speaker quoted before, whose gender nothing gave',
    text: "Heart\n\nPhilippa Drummond, 71, a retired music teacher, was admitted to hospital three times in the year before she joined the trial.\n\n\"I used to dread the sound of an ambulance,\" Philippa said.\n\nAugustin Kefer, 66, a former ferry engineer, was more sceptical at first. His daughter, Marguerite, set up the tablet for him.\n\nProfessor Ines Walcott, who was not involved in the study, called the results encouraging. \"These are very good results,\" she said.\n\nDr. Hal Brack said his team was already planning a follow-up study.\n\nAugustin said he had already recommended the monitors to two neighbours in his building. \"If an old engineer can work it, anyone can,\" he said.\n\nFor Philippa, the results are less important than the quiet mornings. \"I make my tea and I get on with my day,\" she said.",
    quotes: [{ quote: 'I make my tea and I get on with my day,', speaker: 'Philippa Drummond' }],
  },
  {
    note: 'a spinner\'s "Outdoors the courthouse," for "Outside the courthouse," opens a phrase before the subject, no name: the second verb\'s clause is the speaker\'s',
    text: 'Sentence\n\nOutdoors the courthouse, Bernadette Quill informed native tv station KWLM that 12 years “is not enough,” and stated she deliberate to foyer state lawmakers to lift the utmost penalty.',
    quotes: [{ quote: 'she deliberate to foyer state lawmakers to lift the utmost penalty', speaker: 'Bernadette Quill' }],
  },
  {
    note: 'a role opening its sentence after a long opening phrase ("At a packed town hall meeting in Greenfield on Tuesday evening, the senator was unmoved.") names its holder for the pronoun after it, not the last speaker',
    text: 'Vote\n\nSen. Maria Voss and Rep. Tina Reilly spoke on Monday.\n\n“We will not move,” Reilly said.\n\nAt a packed town hall meeting in Greenfield on Tuesday evening, the senator was unmoved.\n\n“The votes are not there,” she said.',
    quotes: [
      { quote: 'We will not move,', speaker: 'Tina Reilly' },
      { quote: 'The votes are not there,', speaker: 'Maria Voss' },
    ],
  },
  {
    note: 'a role\'s noun phrase with a name set off right after it ("A spokesman for Pettigrew, Marcus Delacroix, said … and predicted that …") is that person for the second verb too',
    text: 'Poll\n\nA spokesman for Lucinda Pettigrew, Marcus Delacroix, said the new poll showed “exactly the momentum we have been building” and predicted that the gap would close after the next debate.',
    quotes: [
      { quote: 'exactly the momentum we have been building', speaker: 'Marcus Delacroix' },
      { quote: 'the gap would close after the next debate', speaker: 'Marcus Delacroix' },
    ],
  },
  {
    note: '"A later post said …" is the post\'s issuer: the one whose post the text spoke of before ("In a post on Facebook, the sheriff\'s office asked …")',
    text: 'Fire\n\nIn a post on Facebook early Wednesday, the Wexbury County Sheriff\'s Office asked people to stay away from the area.\n\nA later post said the evacuation order had been lifted for all but three homes.',
    quotes: [{ quote: 'the evacuation order had been lifted for all but three homes', speaker: 'Wexbury County Sheriff\'s Office' }],
  },
  {
    note: 'a name of no known gender after the verb of a subject of the pronoun\'s gender yields to that subject ("Matthias Thorvik met Ysolde Marraine … “…,” he said"); not a modifier before a name (next row)',
    text: 'Clinic\n\nMatthias Thorvik met Ysolde Marraine at the clinic in Oberfeld in March. “I was frightened, and nobody would tell me anything,” he said.\n\nThe two now meet every week.',
    quotes: [{ quote: 'I was frightened, and nobody would tell me anything,', speaker: 'Matthias Thorvik' }],
  },
  {
    note: 'negative: a modifier before a name is no subject that takes the pronoun ("Thorvik adviser Ysolde Marraine … “…,” he said")',
    text: 'Campaign\n\nMatthias Thorvik has led the campaign since May.\n\nThorvik adviser Ysolde Marraine, a veteran of three campaigns, picked up the thread. “Voters are tired of waiting,” he said.',
    quotes: [{ quote: 'Voters are tired of waiting,', speaker: 'Ysolde Marraine' }],
  },
  {
    note: '"the spokesman" takes up "A Downing Street spokesman": a capitalised modifier ending in "-ing" is a name, no participle',
    text: 'Budget row\n\nA Downing Street spokesman insisted there would be no U-turn. “The Prime Minister has full confidence in the Chancellor,” the spokesman told reporters.',
    quotes: [{ quote: 'The Prime Minister has full confidence in the Chancellor,', speaker: 'Downing Street spokesman' }],
  },
  {
    note: '"the circular said" is the issuer of the circular the text spoke of ("a circular issued last Thursday by the … Authority")',
    text: 'Storage\n\nThe expansion follows a circular issued last Thursday by the Warehousing Standards Regulatory Authority (WSRA), which sets a new energy benchmark.\n\n“Every licensed operator shall meet the notified benchmark,” the circular said.',
    quotes: [{ quote: 'Every licensed operator shall meet the notified benchmark,', speaker: 'Warehousing Standards Regulatory Authority' }],
  },
  {
    note: '"the authority" far from the body\'s full name takes it up through its short form used just before ("The WSRA did not respond … the authority said")',
    text: `Storage\n\nThe Warehousing Standards Regulatory Authority (WSRA) issued new rules last week.\n\n${'Operators in the northern districts have spent the week counting the cost of the new rules, and several of them say they will close rather than pay for new compressors. '.repeat(24)}\n\nThe WSRA did not respond to a request for comment. In its circular, the authority said it would review the benchmarks after three years.`,
    quotes: [{ quote: 'it would review the benchmarks after three years', speaker: 'Warehousing Standards Regulatory Authority' }],
  },
  {
    note: '"the company" is not the firm a quoted analyst works for ("a research analyst at Kothandaram Securities") but the one the story is about',
    text: 'Storage\n\nMumbai-based Velmurai Logistics Ltd on Monday unveiled plans to build 14 warehouses.\n\nShares of Velmurai rose 6.4 per cent.\n\nShreya Anantharaman, a senior research analyst at Kothandaram Securities, said the new rules would force consolidation and that Velmurai was among the best placed to gain.\n\nIn a filing to the stock exchanges on Monday evening, the company said its board had approved the plan.',
    quotes: [{ quote: 'its board had approved the plan', speaker: 'Velmurai Logistics Ltd' }],
  },
  {
    note: 'a name of no known gender in a sentence a pronoun of the same gender opens is no subject for the next pronoun ("She moved there after marrying Leander Quist. She later said …")',
    text: 'Obituary\n\nOdalys Verhaegen, a self-taught cartographer, died on Saturday. She was 87.\n\nShe moved to Calloway Ridge in 1959 after marrying Leander Quist, a printer, who died in 2004. She later said she had begun to wonder why certain streets flooded every spring.',
    quotes: [{ quote: 'she had begun to wonder why certain streets flooded every spring', speaker: 'Odalys Verhaegen' }],
  },
  {
    note: 'an obituary\'s birth name with a middle name and one part of a double family name is the person named before ("Odalys Marguerite Verhaegen was born …" after "Odalys Verhaegen-Quist")',
    text: 'Obituary\n\nOdalys Verhaegen-Quist, a self-taught cartographer, died on Saturday at her home. She was 87.\n\nOdalys Marguerite Verhaegen was born on March 3, 1937, in the river town of Pellingford.\n\n“I was a disappointing child for a surveyor\'s daughter,” she wrote in her 1998 memoir.',
    quotes: [{ quote: 'I was a disappointing child for a surveyor\'s daughter,', speaker: 'Odalys Verhaegen-Quist' }],
  },
  {
    note: '"the agency said" after "the official news agency WAFA reported" is the agency, on its own report',
    text: 'Raid\n\nAmong the dead was a 17-year-old, the official news agency WAFA reported. Two of the wounded were in serious condition at a hospital in the nearby city, the agency said.',
    quotes: [{ quote: 'Two of the wounded were in serious condition at a hospital in the nearby city', speaker: 'WAFA' }],
  },
  {
    note: 'a Q&A\'s "A:" turns after "She spoke with The Meridian Ledger": the person the introduction named first',
    text: 'Glaciologist Ysolde Karvanek on a Melting Mountain\n\nFor nearly three decades, Ysolde Karvanek has spent her summers on the ice cap. She spoke with The Meridian Ledger by satellite phone from the observatory. The conversation has been edited for length.\n\nQ: What does a glacier sound like?\n\nA: People expect silence, and for the first hour you might believe it.\n\nQ: Was it?\n\nA: No, but the camp we used in 1997 is now forty metres below the surface.',
    quotes: [
      { quote: 'People expect silence, and for the first hour you might believe it.', speaker: 'Ysolde Karvanek' },
      { quote: 'No, but the camp we used in 1997 is now forty metres below the surface.', speaker: 'Ysolde Karvanek' },
    ],
  },
  {
    note: 'a court report\'s "Q." and "A." turns: the one the introduction has begin the cross-examination asks, the one quoted last before the exchange answers',
    text: 'Trial\n\nLionel Barraclough-Nyambura, 58, of Quay Terrace, Porthmellin, denies eleven counts of fraud.\n\nTaking the stand, Mr Barraclough-Nyambura told the jury he had “never taken a penny” that did not belong to him.\n\nMs Ndiaye-Hartigan, prosecuting, began her cross-examination by taking him through a bundle of bank statements. The court heard the following exchange:\n\nQ. You signed every one of these forty-three transfers, didn\'t you?\n\nA. I signed what was put in front of me.',
    quotes: [
      { quote: 'You signed every one of these forty-three transfers', speaker: 'Ndiaye-Hartigan' },
      { quote: 'I signed what was put in front of me.', speaker: 'Lionel Barraclough-Nyambura' },
    ],
  },
  {
    note: '"the defendant" is the person the text has deny the charges (not the street of the address before the verb); "the witness" the one it has give evidence',
    text: 'Trial\n\nLionel Barraclough-Nyambura, 58, of Quay Terrace, Porthmellin, denies eleven counts of fraud.\n\nEarlier, the forensic accountant, Hesper Vaughan-Okoro, completed her evidence under cross-examination. “Not directly, no,” the witness replied.\n\nThe defendant told the jury that he had repeatedly asked for the accounts to be audited.',
    quotes: [
      { quote: 'Not directly, no,', speaker: 'Hesper Vaughan-Okoro' },
      { quote: 'he had repeatedly asked for the accounts to be audited', speaker: 'Lionel Barraclough-Nyambura' },
    ],
  },
  {
    note: 'negative: "the witness" at a congressional hearing is not whoever testified there',
    text: 'Report\n\nMarta Ellison testified before the committee in March.\n\nA witness interviewed by congressional staff later came forward. The witness said the order was to “avoid affecting the outcome of the vote,” according to the report.',
    quotes: [{ quote: 'avoid affecting the outcome of the vote,', speaker: [null, 'A witness interviewed by congressional staff', 'the witness', 'witness', 'The witness'] }],
  },
  {
    note: '"the Norwegian international added" (a spinner\'s "worldwide" for it) describes the person named before, as "the veteran German" does',
    text: 'Match\n\nRasmus Tollefsen scored twice in the second half.\n\n“The manager has been on at me all week about arriving late,” the Norwegian international added.\n\n“I simply shut my eyes and hit it,” the Norwegian worldwide stated.',
    quotes: [
      { quote: 'The manager has been on at me all week about arriving late,', speaker: 'Rasmus Tollefsen' },
      { quote: 'I simply shut my eyes and hit it,', speaker: 'Rasmus Tollefsen' },
    ],
  },
  {
    note: 'negative: a span of time opening the sentence ("Hours after the ball,") is no speaker of the colon\'s quotation',
    text: 'Ball\n\nHours after the ball, the Princess shared a carousel of snaps on Instagram with the caption: “What a night. Thank you to every single person who came out.”',
    quotes: [{ quote: 'What a night.', speaker: [null, 'the Princess', 'Princess'] }],
  },
  {
    note: '"according to the release" is the issuer of the "news release" in its own sentence, not a speaker of the next sentence read in one with it past "2:40 a.m."',
    text: 'Shooting\n\nThe victim was pronounced dead at the scene, police said in a news release. Officers were called to the complex at about 2:40 a.m. after a neighbour reported hearing several gunshots.\n\nWhen officers arrived, the suspect had barricaded himself inside the unit, according to the release.',
    quotes: [{ quote: 'the suspect had barricaded himself inside the unit', speaker: 'police' }],
  },
  {
    note: 'a four-word name whose first word no dictionary holds, a given name second, is one name ("Macarena Isabel Quintanilla Robledo"), no title and a name',
    text: 'Bogotá\n\nThe decree drew a sharp response. Senator Macarena Isabel Quintanilla Robledo, leader of the Civic Alliance, wrote on X that the decree was “a blank cheque signed in the middle of the night.”\n\n“Emergencies are for earthquakes and floods,” Quintanilla wrote.',
    quotes: [
      { quote: 'a blank cheque signed in the middle of the night.', speaker: 'Macarena Isabel Quintanilla Robledo' },
      { quote: 'Emergencies are for earthquakes and floods,', speaker: 'Macarena Isabel Quintanilla Robledo' },
    ],
  },
  {
    note: 'a spinner\'s "knowledgeable" for "told" between its subject and its listener ("Ferriday-Okonjo knowledgeable the outlet"); not "knowledgeable sources"',
    text: 'Congress\n\n“I have told the office privately,” Ferriday-Okonjo knowledgeable the outlet.\n\nKnowledgeable sources said the bill would stall.',
    quotes: [{ quote: 'I have told the office privately,', speaker: 'Ferriday-Okonjo' }],
  },
  {
    note: '"according to the Centers for Disease Control and Prevention": a body\'s name goes on past its head\'s "for", as it does when the body is the subject',
    text: 'Vaccines\n\nVaccinating women during pregnancy is “the most effective way to protect babies in their first months of life,” according to the Centers for Disease Control and Prevention.\n\nThe shots are safe, according to the Institute for Vaccine Safety.',
    quotes: [
      { quote: 'the most effective way to protect babies in their first months of life,', speaker: 'Centers for Disease Control and Prevention' },
      { quote: 'The shots are safe', speaker: 'Institute for Vaccine Safety' },
    ],
  },
  {
    note: '"the military" takes up the country\'s forces the text named by its people\'s adjective ("The Kestovian military"), "the coast guard" too; not a place\'s adjective elsewhere',
    text: 'Strikes\n\nThe Kestovian military said it had struck a depot near the border overnight.\n\n“We targeted infrastructure used by the militia,” the military said in a statement.\n\nThe Orvanian coast guard said two boats had capsized. “Conditions were extreme,” the coast guard said.',
    quotes: [
      { quote: 'it had struck a depot near the border overnight', speaker: 'Kestovian military' },
      { quote: 'We targeted infrastructure used by the militia,', speaker: 'Kestovian military' },
      { quote: 'two boats had capsized', speaker: 'Orvanian coast guard' },
      { quote: 'Conditions were extreme,', speaker: 'Orvanian coast guard' },
    ],
  },
  {
    note: 'British police ranks abbreviated without full stops ("Det Sgt", "Supt") or with them ("Det. Insp.") are titles before a surname the text gave in full',
    text: 'Fraud\n\nDetective Sergeant Ilsabet Crowhurst and Superintendent Osric Pennyfeather led the inquiry.\n\n“This was a cruel fraud,” Det Sgt Crowhurst said.\n\n“We followed the money,” Supt Pennyfeather said.\n\n“It took two years,” Det. Insp. Crowhurst added.',
    quotes: [
      { quote: 'This was a cruel fraud,', speaker: 'Ilsabet Crowhurst' },
      { quote: 'We followed the money,', speaker: 'Osric Pennyfeather' },
      { quote: 'It took two years,', speaker: 'Ilsabet Crowhurst' },
    ],
  },
  {
    note: 'a person\'s name before "of" and a body\'s possessive that owns the noun phrase after it ("… of Harwell Police\'s economic crime unit said") is the speaker; not "Members of …"',
    text: 'Fraud\n\nSpeaking outside court, Detective Sergeant Ilsabet Crowhurst of Harwell Police\'s economic crime unit said the inquiry had spanned four countries.\n\nProfessor Osric Pennyfeather of Brandling University\'s law school said the sentence was fair.\n\nMembers of Harwell Police\'s fraud squad said the case was unusual.',
    quotes: [
      { quote: 'the inquiry had spanned four countries', speaker: 'Ilsabet Crowhurst' },
      { quote: 'the sentence was fair', speaker: 'Osric Pennyfeather' },
      { quote: 'the case was unusual', speaker: 'Members of Harwell Police’s fraud squad' },
    ],
  },
  {
    note: 'in news, a three-word name whose first word no dictionary holds, a given name second, is one name ("Felistus Akinyi Odhengo"); a title word before a given name is still a title ("Novelist Claire Dunmore")',
    text: 'Vote\n\nThe front-runner is Felistus Akinyi Odhengo of the opposition.\n\nOdhengo said the count had been rigged.\n\nNovelist Claire Dunmore said she would vote for her.',
    quotes: [
      { quote: 'the count had been rigged', speaker: 'Felistus Akinyi Odhengo' },
      { quote: 'she would vote for her', speaker: 'Claire Dunmore', speakerTitle: 'Novelist' },
    ],
  },
  {
    note: 'a name inside a transcript turn is what its speaker said, as inside quotation marks: "he said" after the exchange takes up no "Carroll Bayou"',
    text: "Aid\n\nGov. Tobias Brennock of Tessaly, a Republican whose state took the brunt of the hurricane, told NBC's Meet the Press that both parties in Congress had failed storm victims.\n\nIn a tense exchange with guest moderator Wendeline Arbogast, the governor declined to endorse his own party's position:\n\nHOST: Governor, the House Republican leadership says it will not pass a dollar of new aid without matching spending cuts. Do you support that position?\n\nBRENNOCK: I support getting the money to Tessaly. I don't care whose name is on the bill or what color tie they're wearing when they sign it.\n\nHOST: With respect, that isn't an answer to the question.\n\nBRENNOCK: It's the only answer I've got. I have twelve thousand families in temporary housing and half a shrimp fleet sitting on the bottom of Carroll Bayou.\n\nHOST: Have you spoken to the speaker directly?\n\nBRENNOCK: Twice this week. I told him what I'll tell you: come down and see it for yourself.\n\nThe governor, who is in the final year of his second term and has been mentioned as a possible Senate candidate, later turned to his own plans. He said he would travel to Washington on Tuesday to meet the state's congressional delegation and would bring a group of parish presidents with him.\n\n\"I'm not a Washington guy, and after this month I'm even less of one,\" he said.",
    quotes: [{ quote: "I'm not a Washington guy, and after this month I'm even less of one,", speaker: 'Tobias Brennock' }],
  },
  {
    note: 'a role noun and a verb after a name\'s comma ("with moderator Wendeline Osgood-Parr, the governor declined to …") is the clause\'s subject, no apposition of the name',
    text: 'Aid\n\nGov. Thaddeus Brennock spoke on Sunday.\n\nIn a tense exchange with moderator Wendeline Osgood-Parr, the governor declined to endorse the plan.\n\n“I support getting the money home,” the governor said.',
    quotes: [{ quote: 'I support getting the money home,', speaker: 'Thaddeus Brennock' }],
  },
  {
    note: 'Irish titles: "The Taoiseach, Lorcan Brennagh," names him, and "the Taoiseach replied" later takes him up; "Tánaiste" too',
    text: 'Levy\n\nThe Taoiseach, Lorcan Brennagh, has insisted the levy will stay. The Tánaiste, Sadhbh Furlong, agreed.\n\nAsked about amendments, the Taoiseach replied: “We will look at everything.”\n\n“We are a partnership government,” the Tánaiste said.',
    quotes: [
      { quote: 'We will look at everything.', speaker: 'Lorcan Brennagh' },
      { quote: 'We are a partnership government,', speaker: 'Sadhbh Furlong' },
    ],
  },
  {
    note: 'a "HOST:" turn is the host or the moderator the report named before the turns ("with guest moderator Wendeline Arbogast"), as a "MODERATOR:" turn is',
    text: 'Aid\n\nIn a tense exchange with guest moderator Wendeline Arbogast, Gov. Tobias Brennock declined to endorse the plan:\n\nHOST: Do you support that position?\n\nBRENNOCK: I support getting the money home.',
    quotes: [
      { quote: 'Do you support that position?', speaker: 'Wendeline Arbogast' },
      { quote: 'I support getting the money home.', speaker: 'Tobias Brennock' },
    ],
  },
  {
    note: 'a rank before a body\'s head is part of the body\'s name, no title: "the General Staff" is no "Staff"',
    text: 'Drones\n\nForty drones struck the region overnight, Vostrania\'s General Staff said on Monday. "The enemy keeps pressing near Hlybove," the General Staff said in a statement.',
    quotes: [
      { quote: 'The enemy keeps pressing near Hlybove,', speaker: 'General Staff' },
    ],
  },
  {
    note: '"the agency" takes up the one body of the registry whose name ends in "Agency", named pages before (beyond the reach of the bodies read back), not the news agency a fisherman spoke to',
    text: STORM_REPORT,
    quotes: [
      { quote: 'Stay away from rivers and steep slopes,', speaker: 'Orvanian Meteorological Agency' },
      { quote: 'It came over the wall like a hand,', speaker: 'Kenji Aramaki' },
    ],
  },
  {
    note: 'a body\'s name that its French, Spanish or Italian head opens, with an elided article inside ("of the Institut Lumière d\'Études Sociales"), is the person\'s before "of"; a surname with its elided particle ("d\'Estaing") is the person\'s',
    text: 'Pensions\n\nEconomist Baptiste Orlowicz of the Institut Lumière d\'Études Sociales said the savings estimate relied on optimistic assumptions.\n\n“We will not move,” said Amélie Roussel of the Universidad de Cantera.\n\nFormer president Honorine Valcourt d\'Estivaux said the treaty was a mistake. “It was always a mistake,” d\'Estivaux said.',
    quotes: [
      { quote: 'the savings estimate relied on optimistic assumptions', speaker: 'Baptiste Orlowicz' },
      { quote: 'We will not move,', speaker: 'Amélie Roussel' },
      { quote: 'It was always a mistake,', speaker: "Honorine Valcourt d'Estivaux" },
    ],
  },
  {
    note: 'a paragraph that ends in a colon with no verb of speech gives the quotation after it its subject, past a participle that opens it ("Speaking at a news conference in Kitwe, he was blunt:")',
    text: 'Mine\n\nMwila Chansa-Ndhlovu, general secretary of the miners\' union, said the union had raised concerns for months. Speaking at a news conference in Kitwe, he was blunt:\n\n“We warned this company in writing, twice.”',
    quotes: [{ quote: 'We warned this company in writing, twice.', speaker: 'Mwila Chansa-Ndhlovu' }],
  },
  {
    note: 'a "Q:" turn that opens with the asker\'s name ("Q: Priya Castellanos-Webb, KVRN News. How …?", "… again.") is that reporter\'s; "Q: Good morning, Chief." names no one',
    text: 'Robbery\n\nPolice Chief Dolores Achterberg briefed reporters on Tuesday. A transcript follows.\n\nACHTERBERG: We recovered the ambulance at about 11:15 yesterday morning.\n\nQ: Ottilie Brannagh-Sayed, KVRN News. How much money was taken?\n\nACHTERBERG: I am not going to give a figure today.\n\nQ: Good morning, Chief. Is the FBI involved?\n\nACHTERBERG: The FBI is aware and has offered help.\n\nQ: Ottilie Brannagh-Sayed again. Should people be worried?\n\nACHTERBERG: No.',
    quotes: [
      { quote: 'How much money was taken?', speaker: 'Ottilie Brannagh-Sayed' },
      { quote: 'Is the FBI involved?', speaker: null },
      { quote: 'Should people be worried?', speaker: 'Ottilie Brannagh-Sayed' },
      { quote: 'I am not going to give a figure today.', speaker: 'Dolores Achterberg' },
    ],
  },
  {
    note: 'a noun phrase after "said" with its auxiliary after it is the subject of the cue\'s clause, no inverted speaker ("…, who won office on a promise to “…”, said the latest numbers were “…”")',
    text: 'Rents\n\nMayor Augustina Pell-Haverkamp, who won office last year on a promise to “build our way out of this crisis”, said the latest numbers were “painful but not surprising”.',
    quotes: [{ quote: 'painful but not surprising', speaker: 'Augustina Pell-Haverkamp' }],
  },
  {
    note: 'a games studio\'s or a retailer\'s name ("Gloamwright Interactive", "Harrowdale Supply Co.") is no person a later "she" takes up',
    text: 'Studio\n\nStudio head Ysolde Karvanen-Brisk said the restructuring would leave the company smaller. Gloamwright Interactive cut 140 jobs last week. She said the sequel would not be released before 2027.\n\nChief executive Anneliese Odumosu-Park spoke to analysts on Thursday. Harrowdale Supply Co. posted a surprise profit. She said the company would hold back a third of its winter stock.',
    quotes: [
      { quote: 'the sequel would not be released before 2027', speaker: 'Ysolde Karvanen-Brisk' },
      { quote: 'the company would hold back a third of its winter stock', speaker: 'Anneliese Odumosu-Park' },
    ],
  },
  {
    note: 'a Spanish name\'s two family names without the given name ("Prats Estrany told …") and the first alone ("Prats said") are the person first named in full',
    text: 'Water\n\nLeocadia Prats Estrany, president of the regional government, has convened an extraordinary session for Friday.\n\n“Our rivers are not a spare tank for anybody,” Prats Estrany told regional lawmakers on Monday.\n\nBack in the north, Prats was unmoved. “Solidarity is when you ask,” Prats said.',
    quotes: [
      { quote: 'Our rivers are not a spare tank for anybody,', speaker: 'Leocadia Prats Estrany' },
      { quote: 'Solidarity is when you ask,', speaker: 'Leocadia Prats Estrany' },
    ],
  },
  {
    note: '"X and her colleagues wrote": the person named before "and" leads those who work with her, and is the speaker, not "her colleagues"',
    text: 'Vaccine\n\nDr. Ottoline Quarshie-Brenner led the trial at Harwell University. In the paper, Quarshie-Brenner and her colleagues wrote that the vaccine “substantially reduced” severe cases.',
    quotes: [{ quote: 'substantially reduced', speaker: 'Ottoline Quarshie-Brenner' }],
  },
  {
    note: 'a medium after "according to" carries a fragment whose sentence has its own verb of speech and speaker before it ("He told the delegations that … “…,” according to SPA"): the speaker is the sentence\'s',
    text: 'Talks\n\nSaudi Arabia sent its minister of state, Hazim bin Saad al-Qarrawi, to the meetings. He told the delegations that the kingdom would support “any arrangement that keeps the border quiet,” according to SPA.',
    quotes: [{ quote: 'any arrangement that keeps the border quiet,', speaker: 'Hazim bin Saad al-Qarrawi' }],
  },
  {
    note: 'the object of an irregular past in a "who" clause on the subject ("Ingrid Vasquez-Tarleton, who rode Copperline Duke, said …") is no one a later "she" takes up',
    text: 'Cup\n\nSent out at 21-1, the mare swept past the favourite, Copperline Duke, in the final 100 metres.\n\nIngrid Vasquez-Tarleton, who rode Copperline Duke, said the favourite had been “a bit flat” once the field straightened.\n\n“He did not have that kick. We will get the vets to give him a good once-over,” she said.',
    quotes: [{ quote: 'We will get the vets to give him a good once-over,', speaker: 'Ingrid Vasquez-Tarleton' }],
  },
  {
    note: '"It said …, and urged the public “…”": one "it" is the subject of both verbs, the body it stood for in the first clause',
    text: 'Heat\n\nThe Ministry of Health said in a statement that 212 people had been treated in hospital. It said three deaths were being investigated, and urged the public “to avoid all non-essential outdoor activity”.',
    quotes: [{ quote: 'to avoid all non-essential outdoor activity', speaker: 'Ministry of Health' }],
  },
  {
    note: 'a place opening the sentence ("In Tollbridge, retired machinist Gus Penhallow, 71, said …") is no speaker: the person after it, whose role is a noun no list holds, is',
    text: 'Vote\n\nIn Tollbridge, retired machinist Gus Penhallow, 71, said he had voted for the new rail link. “It was the only sensible option,” he said.\n\nAt the depot, retired welder Ines Karvonen said the trains would “finally bring the town back”.',
    quotes: [
      { quote: 'he had voted for the new rail link', speaker: 'Gus Penhallow' },
      { quote: 'It was the only sensible option,', speaker: 'Gus Penhallow' },
      { quote: 'finally bring the town back', speaker: 'Ines Karvonen' },
    ],
  },
  {
    note: 'a body whose name joins capitalised words with "and" before its head keeps them all, named at a sentence\'s start, after "the" or in a person\'s title, and taken up by its noun ("the union") later',
    text: 'Floods\n\nKestrel and Dunmore Fire and Rescue Service says crews have pulled 30 people from flooded homes since noon.\n\nNurses walked out at the district hospital, according to the United Nurses and Orderlies Federation. The federation said the strike would last two days.\n\n“We did not want this,” said Maelis Arrowsmith-Kaye, general secretary of the Tidewater and Wharf Labourers\' Union.\n\nThe union says the employers\' plan would cut 900 jobs.',
    quotes: [
      { quote: 'crews have pulled 30 people from flooded homes since noon', speaker: 'Kestrel and Dunmore Fire and Rescue Service' },
      { quote: 'the strike would last two days', speaker: 'United Nurses and Orderlies Federation' },
      { quote: 'We did not want this,', speaker: 'Maelis Arrowsmith-Kaye' },
      { quote: 'the employers\' plan would cut 900 jobs', speaker: 'Tidewater and Wharf Labourers\' Union' },
    ],
  },
  {
    note: 'a "HOST:" turn is the one the introduction calls "Host" with a capital ("Host Teodor Lusk spoke with …")',
    text: 'Transcript: Volcanologist Ines Marr on forty days inside the caldera\n\nThis is an edited transcript of an episode of Magma Hour, a monthly science podcast produced by Basalt Audio. Host Teodor Lusk spoke with Dr. Ines Marr, a volcanologist at the Ferrand Institute.\n\nHOST: Ines, welcome back. What was it like down there?\n\nMARR: Hot, and very loud. We slept in shifts.',
    quotes: [
      { quote: 'Ines, welcome back.', speaker: 'Teodor Lusk' },
      { quote: 'Hot, and very loud.', speaker: 'Ines Marr' },
    ],
  },
  {
    note: 'a medium reporting a fragment whose sentence has its own verb of speech before it ("X said that … “…,” Interfax reported") carries the words: the subject of "said" speaks (a short form of a paper named before too, "…,\'\' The Post reported.", which stays the outlet)',
    text: 'Talks\n\nMoldova\'s deputy foreign minister, Yevgeny Tsarapkin, said separately that Chisinau expected the talks to resume “before the first snow,” Interfax reported.\n\nMarlowe Fenn owns The Washington Post. Speaking at a conference, Fenn said that he was \'\'very comfortable with all of our approaches,\'\' The Post reported.',
    quotes: [
      { quote: 'before the first snow,', speaker: 'Yevgeny Tsarapkin' },
      { quote: 'very comfortable with all of our approaches,', speaker: 'Marlowe Fenn' },
    ],
  },
  {
    note: 'a national statistics office named "Statistics <country>" is a body, which "the agency" and "It added" take up',
    text: 'Prices\n\nStatistics Norway said consumer prices rose 4.2 percent from a year earlier.\n\n“Rents account for most of the increase,” the agency said in its release. It added that services inflation had edged up.',
    quotes: [
      { quote: 'Rents account for most of the increase,', speaker: 'Statistics Norway' },
      { quote: 'services inflation had edged up', speaker: 'Statistics Norway' },
    ],
  },
  {
    note: 'common given names of English, Scottish, Irish and Australian copy tell a man from a woman ("Lachlan", "Desmond", "Cormac"; "Fenella", "Cressida"): "she" is not the man named last',
    text: 'Profile\n\nThe novelist Cressida Varnham-Holt has published one book in nine years. Her former agent, Desmond Quarrier, once called her “allergic to selling books.”\n\n“I am not allergic. I am just slow,” she says.\n\nLachlan Pettigrew-Awe, the treasurer, was jailed on Friday. The judge, Fenella Strood, said she accepted his remorse.',
    quotes: [
      { quote: 'I am not allergic.', speaker: 'Cressida Varnham-Holt' },
      { quote: 'she accepted his remorse', speaker: 'Fenella Strood' },
    ],
  },
  {
    note: 'the subject of an absolute phrase after "with" says the words: a bare plural of those who speak ("with analysts warning that “…”"), and "a judge" in the lede\'s sentence is the one the story later titles "Judge"',
    text: 'Fraud\n\nA former treasurer who stole $2 million from a hospice charity has been jailed for six years, with a judge describing his crimes as “a cold betrayal of the dying.”\n\nRupert Aldwinckle, 61, pleaded guilty in March.\n\nJudge Imelda Courtenay-Fry said the fraud had been planned with care.\n\nShares in the charity\'s bank fell, with analysts warning that “the reputational damage is not over.”',
    quotes: [
      { quote: 'a cold betrayal of the dying.', speaker: 'Imelda Courtenay-Fry' },
      { quote: 'the reputational damage is not over.', speaker: 'analysts' },
    ],
  },
  {
    note: 'a definite description read as the person named just before becomes the last speaker: a later "he" is that person, not a man named since after a preposition ("The visiting captain added that …, pointing to a review against Strangways … “…,” he told the programme")',
    text: 'Test\n\nOrrin Strangways made 80 for the hosts. Hamish Kereama-Doyle, the visiting captain, took two wickets.\n\nThe visiting captain added that his side had been unlucky, pointing to a caught-behind against Strangways that had survived a review. “We have had a couple go against us,” he told the programme.',
    quotes: [{ quote: 'We have had a couple go against us,', speaker: 'Hamish Kereama-Doyle' }],
  },
  {
    note: 'a court transcript\'s "Q:" after "Under questioning from X, she described …" is X\'s, and its "A:" the witness who spoke before the turns',
    text: 'Trial\n\nThe first witness, former controller Ottilie Marchbank-Oyelaran, took the stand on Monday. “He told me the numbers had to say 40 percent,” Marchbank-Oyelaran told the court.\n\nUnder questioning from prosecutor Teodor Vashchenko-Reyes, she described a meeting in the Boston office.\n\nQ: What did you say when he asked you to book the contract?\n\nA: I told him the contract had not been signed.',
    quotes: [
      { quote: 'What did you say when he asked you to book the contract?', speaker: 'Teodor Vashchenko-Reyes' },
      { quote: 'I told him the contract had not been signed.', speaker: 'Ottilie Marchbank-Oyelaran' },
    ],
  },
  // ── a pronoun after an attribution keeps the person just quoted ──
  {
    note: 'he: the person just quoted, though another man was named as an object since',
    text: 'Coach Dan Ferris said the defeat should not distract from the work of striker Tom Elland.\n\n“We will be back next week,” he said.',
    quotes: [{ quote: 'back next week', speaker: 'Dan Ferris' }],
  },
  {
    note: 'negative: the next quote at a rally is not the earlier interview',
    text: 'In an interview with the BBC, Priya Shah called the deal “a betrayal.”\n\nAt a rally in Leeds on Monday, she said: “We will fight it.”',
    quotes: [{ quote: 'We will fight it', speaker: 'Priya Shah' }],
  },
  {
    note: 'a fragment after “likened … to”',
    text: 'Opposition leader Hana Ito likened the plan to “a tax on breathing.”',
    quotes: [{ quote: 'a tax on breathing', speaker: 'Hana Ito' }],
  },
  {
    note: 'words a crowd chanted',
    text: 'Outside the hall, striking nurses chanted “Safe staffing now!” until midnight.',
    quotes: [{ quote: 'Safe staffing now', speaker: 'striking nurses' }],
  },
  // ── clause boundaries, media spoken to, inverted asides ────────────────
  {
    note: 'a second clause after ", while" has its own speaker, not the first cue’s',
    text: 'Lopez argued that the plan would raise rents, while Haddad said that the “numbers simply do not add up” for the city.',
    quotes: [{ quote: 'numbers simply do not add up', speaker: 'Haddad' }],
  },
  {
    note: 'negative: one that-clause holding a quotation keeps the outer speaker',
    text: 'Lopez said that Haddad had called the plan “a giveaway to developers” at the hearing.',
    quotes: [{ quote: 'a giveaway to developers', speaker: 'Lopez' }],
  },
  {
    note: 'the medium spoken to is not the speaker: a source speaking to Channel 4 said',
    text: 'A senior official speaking to Channel Four News said, “The talks have stalled over the border question.”',
    quotes: [{ quote: 'talks have stalled', speaker: 'A senior official' }],
  },
  {
    note: 'an inverted aside between commas: the name after the cue, not the one before the comma',
    text: 'The trouble with Lisbon, says Marta Queiroz, an urban planner at the university, is that it was “built for a city half its size.”',
    quotes: [{ quote: 'built for a city', speaker: 'Marta Queiroz' }],
  },
  {
    note: 'an absolute phrase after "with": its own subject speaks (with Sen. X saying)',
    text: 'Farm groups were angry about the delay, with Sen. Rosa Delgado saying the bill had become “a hostage to the budget fight.”',
    quotes: [{ quote: 'hostage to the budget', speaker: 'Rosa Delgado' }],
  },
  {
    note: 'an absolute phrase after "with", a noun phrase for subject',
    text: 'Kerr went after his rival again, with the campaign of the former governor saying she was “out of touch with the valley.”',
    quotes: [{ quote: 'out of touch', speaker: 'the campaign of the former governor' }],
  },
  {
    note: 'negative: a name after "of" before the participle is a picture’s, not a speaker',
    text: 'Kerr shared a photograph of Rosa Delgado holding a sign reading “Water for the valley before anything else.”',
    quotes: [{ quote: 'Water for the valley', speaker: [null, 'Kerr'] }],
  },
  {
    note: 'a venue cue ("in an email") is not the main verb a participle takes its subject from',
    text: 'Nakamura addressed Filipino-Americans in an email to supporters, saying that “the harvest numbers are better than anyone feared.”',
    quotes: [{ quote: 'harvest numbers', speaker: 'Nakamura' }],
  },
  {
    note: 'an opening comparison ("Like X,") is no subject: the participle is the main subject’s',
    text: 'Like Okafor, Brandt also rejected the new levy, arguing that there was “no room left in the household budget.”',
    quotes: [{ quote: 'no room left', speaker: 'Brandt' }],
  },
  {
    note: 'plain-text emphasis (_word_) at the end of a quotation: the attribution after it still holds',
    text: '"I had _not!_" cried the Hatter, sharply and very angrily.',
    quotes: [{ quote: 'I had', speaker: 'Hatter' }],
  },
  {
    note: 'a participle’s subject is the pronoun after an opening phrase without a comma; a claim judged “was …” is not the claimant’s',
    text: 'The fact-checkers at the Ledger spent a week on it. On Friday they ended their review by announcing that Governor Ruiz’s claim was “mostly false.”',
    quotes: [{ quote: 'mostly false', speaker: [null, 'they', 'The fact-checkers at the Ledger'] }],
  },
  {
    note: 'a cue after a comma and "then": the subject that opens the sentence',
    text: 'Governor Ana Ruiz looked out at the flooded square for a long moment, then replied, “We will rebuild every house.”',
    quotes: [{ quote: 'We will rebuild', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'a cue after a run of verbs and commas: the subject that opens the sentence',
    text: 'Ruiz looked at the crowd, looked at the mayor, and turning again to the cameras, replied, “Not yet. But there is hope.”',
    quotes: [{ quote: 'Not yet', speaker: 'Ruiz' }],
  },
  {
    note: '“…,” was his answer: the possessive pronoun before a word for an utterance speaks',
    text: 'Mayor Tom Reyes listened to the union in silence.\n\n“The city will not pay for it,” was his curt answer.',
    quotes: [{ quote: 'city will not pay', speaker: 'Tom Reyes' }],
  },
  {
    note: 'negative: “…,” was the answer names nobody',
    text: 'The union asked the council for more money.\n\n“The city will not pay for it,” was the answer.',
    quotes: [{ quote: 'city will not pay', speaker: null }],
  },
  {
    note: '"Lady" before a name says a woman: a she after her sentence is hers, not the last speaker’s',
    text: '“The cost would be nothing,” said Mrs. Norris.\n\nLady Bertram agreed with her at once. “I think we cannot do better,” said she.',
    quotes: [{ quote: 'cannot do better', speaker: 'Bertram' }],
  },
  {
    note: '"Sir" before a name says a man',
    text: '“The roads are bad,” said Mrs. Norris.\n\nSir Thomas looked up from his letters. “Then we shall go on Monday,” said he.',
    quotes: [{ quote: 'go on Monday', speaker: 'Thomas' }],
  },
  {
    note: 'a verb no lexicon lists after a long title and name: the name before it speaks',
    text: '“The ferry will run again by June,” City Hall press secretary Ines Vidal professed on Monday.',
    quotes: [{ quote: 'ferry will run again', speaker: 'Ines Vidal' }],
  },
  {
    note: 'a verb no lexicon lists after a noun phrase with a possessor',
    text: '“That was an outrageous thing to say,” Ruiz’s former campaign strategist conveyed in an interview.',
    quotes: [{ quote: 'outrageous thing', speaker: 'Ruiz’s former campaign strategist' }],
  },
  {
    note: 'negative: a past participle inside a phrase after the quotation is no verb of its subject',
    text: 'Officials said the two views “virtually coincide,” together with their reading of Trump’s so-called peace plan.',
    quotes: [{ quote: 'virtually coincide', speaker: 'Officials' }],
  },
  {
    note: 'an earlier cue whose clause opens with "it" reports the fragment inside (She says it underscores that …)',
    text: 'Mayor Ruth Okafor spoke after the vote. She says it underscores that the plan is “dead on arrival.”',
    quotes: [{ quote: 'dead on arrival', speaker: 'Ruth Okafor' }],
  },
  {
    note: 'a verb no lexicon lists, then a clause with a verb of its own before the fragment',
    text: 'Speaking in Leeds, Mayor Ruth Okafor expounds the councillor nicknamed “Captain Potholes” has done nothing for the roads.',
    quotes: [{ quote: 'Captain Potholes', speaker: 'Ruth Okafor' }],
  },
  {
    note: 'a verb no lexicon lists, then a short noun phrase the fragment goes on',
    text: 'The clip verbalizes Lyle “has a soft spot for the wrong people.”',
    quotes: [{ quote: 'soft spot', speaker: 'The clip' }],
  },
  {
    note: 'negative: a verb of belief before a clause is no verb of speech',
    text: 'Many drivers believed the road was “a death trap for anyone on a bicycle” long before the crash.',
    quotes: [{ quote: 'death trap', speaker: null }],
  },
  {
    note: 'an unlisted verb after an opening participle: the verb’s subject, not the place in the participle’s phrase',
    text: 'Speaking at a rally in Novi, Michigan, Mayor Ana Ruiz recites she is making “a demand” of the council.',
    quotes: [{ quote: 'a demand', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'an unlisted verb before a possessor that the quotation goes on',
    text: 'Ana Ruiz recites Lyle’s “latest outburst is beneath the office, even for him.”',
    quotes: [{ quote: 'latest outburst', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'an unlisted verb before "it" and a verb',
    text: 'Ana Ruiz stipulated it was “a mistake” to close the depot without a vote.',
    quotes: [{ quote: 'a mistake', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'an unlisted verb closing the sentence after a comma, with a she for subject',
    text: 'Mayor Ines Vidal spoke last.\n\n“The only way this changes is with new money” for the harbour, she expounded.',
    quotes: [{ quote: 'only way this changes', speaker: 'Ines Vidal' }],
  },
  {
    note: 'negative: a listed cue governs an unlisted verb inside its clause (noted that the campaign faced …)',
    text: 'Brian Fallon, the campaign’s press secretary, noted that the campaign faced a crossroads in May “when impressions of the race were finally taking shape.”',
    quotes: [{ quote: 'when impressions', speaker: 'Brian Fallon' }],
  },
  {
    note: 'an unlisted verb after a name, its party and state (the full stop of “R-Ky.” ends nothing)',
    text: '“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch Lyle, R-Ky., expounded Tuesday.',
    quotes: [{ quote: 'veto will be overridden', speaker: 'Mitch Lyle' }],
  },
  {
    note: 'an unlisted verb in the present after a noun phrase, closing the sentence',
    text: '“If he thinks that makes him smart,” the narrator verbalizes.',
    quotes: [{ quote: 'makes him smart', speaker: ['the narrator', 'narrator'] }],
  },
  {
    note: 'an adverb before the next phrase\'s first word ends the speaker\'s noun phrase ("said the painter coldly when …")',
    text: 'The studio was cold.\n\n“You may look now,” said the painter coldly when the work was done.',
    quotes: [{ quote: 'You may look now', speaker: 'the painter' }],
  },
  {
    note: 'a preposition such as "without" ends the speaker\'s noun phrase ("continued the other without listening")',
    text: 'The studio was cold.\n\n“You may look now,” continued the other without listening to her.',
    quotes: [{ quote: 'You may look now', speaker: 'the other' }],
  },
  {
    note: 'two roles joined by "and" before the name after the cue ("said lobbyist and GOP strategist …")',
    text: 'The studio was cold.\n\n“We will win the vote,” said lobbyist and GOP strategist Marta Lind.',
    quotes: [{ quote: 'We will win the vote', speaker: 'Marta Lind' }],
  },
  {
    note: 'negative: a role and "and" before a noun phrase of its own is no title of one name ("said lobbyist and the candidate")',
    text: 'The studio was cold.\n\n“We will win the vote,” said lobbyist and the candidate.',
    quotes: [{ quote: 'We will win the vote', speaker: ['lobbyist', null] }],
  },
  {
    note: 'after a question, "told" with a listener of four words (a station\'s name and its kind) closes the attribution',
    text: 'The ferry was late again.\n\n“Will the ferry run again next spring, or will the board wait another year?” Ruiz told Dunmore’s local radio station.',
    quotes: [{ quote: 'Will the ferry run again', speaker: 'Ruiz' }],
  },
  {
    note: 'negative: a listener of more than three words does not run on over "of" ("assured her friend of her …" is the narrator\'s next sentence)',
    text: 'The ferry was late again.\n\nAna Ruiz thanked the skipper. “It keeps the crews calm,” said she, “and I am more grateful than I can say.” Olsen assured his friend of his pleasure in being useful.',
    quotes: [{ quote: 'more grateful than I can say', speaker: 'Ana Ruiz' }],
  },
  {
    note: 'a noun of those who speak and what they know ("familiar with …") before the cue, as one mention',
    text: 'The ferry was late again.\n\nA source familiar with the harbour board’s plans said, “They will wait for the spring.”',
    quotes: [{ quote: 'They will wait for the spring', speaker: 'A source familiar with the harbour board’s plans' }],
  },
  {
    note: '"with knowledge of" after the noun, before a listed cue',
    text: 'The ferry was late again.\n\nAn official with knowledge of the repairs said, “The engine was never the problem.”',
    quotes: [{ quote: 'The engine was never the problem', speaker: 'An official with knowledge of the repairs' }],
  },
  {
    note: '"later" and a day between the subject and a cue before a colon ("Priebus later Thursday told Fox News: “…”")',
    text: 'The ferry was late again.\n\nRuiz later Thursday told Harbour Radio: “The crossings will resume next week.”',
    quotes: [{ quote: 'The crossings will resume next week', speaker: 'Ruiz' }],
  },
  {
    note: 'inverted: the noun after the cue and what its speaker knows, to the clause\'s end',
    text: 'The ferry was late again.\n\n“The board will wait for the spring,” said a source familiar with the talks.',
    quotes: [{ quote: 'The board will wait for the spring', speaker: 'a source familiar with the talks' }],
  },
  {
    note: 'negative: a name in apposition keeps the name as the speaker ("Ruiz, familiar with the harbour, said")',
    text: 'The ferry was late again.\n\nAna Ruiz, familiar with the harbour, said, “The engine was never the problem.”',
    quotes: [{ quote: 'The engine was never the problem', speaker: 'Ana Ruiz' }],
  },
];

/** Two quotations of one text whose confidences must be ordered. */
export interface ConfidenceRow {
  note: string;
  text: string;
  /** Words in the quotation that must score higher… */
  higher: string;
  /** …than the quotation with these words. */
  lower: string;
  known?: boolean;
}

export const CONFIDENCE_ROWS: ConfidenceRow[] = [
  {
    note: 'explicit name frame > pronoun frame',
    text: 'Harbour master Sunil Rao met the fishermen on Monday. “The harbour will reopen in spring,” Rao said. “The dredging starts next week,” he said.',
    higher: 'harbour will reopen',
    lower: 'dredging starts',
  },
  {
    note: 'pronoun frame > inherited in the next paragraph',
    text: 'Nurse Joan Pike has worked nights for twenty years. “We are exhausted,” she said.\n\n“Nobody in charge seems to care.”',
    higher: 'We are exhausted',
    lower: 'Nobody in charge',
  },
  {
    note: 'explicit name frame > inherited in the next paragraph',
    text: '“The mine will close in June,” said Owen Pritchard, the site manager.\n\n“Two hundred jobs will go.”',
    higher: 'mine will close',
    lower: 'Two hundred jobs',
  },
  {
    note: 'resolved name > unresolvable pronoun',
    text: '“We will rebuild,” Mayor Ines Carvalho said on Tuesday.\n\nAcross town, a shop was boarded up. “It will never be the same,” he said.',
    higher: 'We will rebuild',
    lower: 'never be the same',
  },
];
