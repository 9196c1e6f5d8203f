// Acceptance table for reported speech without quotation marks (type
// `indirect`). Every sentence here was written for this table in the style of
// wire copy; none is taken from a corpus. The expectations are what a careful
// human annotator would mark, not what the engine returns today: rows the
// engine gets wrong carry `known: true` and run as `it.fails` (see
// indirect.test.ts), so fixing the engine turns them into failures until the
// flag is removed (scripts/unflag-tables.mjs does that).
//
// A row lists EVERY indirect quote the text holds (the test compares the set
// of indirect quote strings exactly, so a spurious one fails the row). The
// quote is the reported clause: for "X said (that) CLAUSE." the CLAUSE without
// "that" and without the final full stop; for "CLAUSE, X said." the CLAUSE
// without the comma. `speaker` and `rule` are checked where given; quotes
// marked `group: 'same'` must share one non-null group id. `mixed`, when
// given, is the exact set of mixed quotes (fragments in quotation marks).
//
// Rows are grouped by `section`: the engine rule the group exercises (see
// INDIRECT_RULES in src/attribute/indirect.ts), or 'mixed' / 'not-speech'.
// Every rule's section holds positives and negatives (rows with `quotes: []`).
import type { IndirectRuleId } from '../../src/attribute/indirect.js';

export interface ExpectedIndirect {
  /** The reported words, exactly as they stand in the text. */
  quote: string;
  /** Expected speaker, full name as resolved (null: none); unchecked when absent. */
  speaker?: string | null;
  /** Expected rule id; unchecked when absent. */
  rule?: IndirectRuleId;
  /** All quotes of a row marked 'same' share one non-null group. */
  group?: 'same';
}

export interface IndirectRow {
  /** The rule the row exercises (or 'mixed' / 'not-speech'). */
  section: IndirectRuleId | 'mixed' | 'not-speech';
  /** What the row is about, for the test name. */
  note: string;
  text: string;
  /** Every indirect quote of the text ([] for a negative row). */
  quotes: ExpectedIndirect[];
  /** When given: the exact set of mixed quotes of the text. */
  mixed?: string[];
  /** The engine gets this row wrong today: run it as a known failure. */
  known?: boolean;
}

export const INDIRECT_ROWS: IndirectRow[] = [
  // ── subject-cue-that: "X said (that) CLAUSE" ───────────────────────────
  {
    section: 'subject-cue-that',
    note: 'a clause of a plural subject and a verb in the present, without "that"',
    text: 'The former coach said people misunderstand the new mayor.',
    quotes: [{ quote: 'people misunderstand the new mayor', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'negative: "said thanks to" is no clause (known: "crews on" reads as a subject and its verb)',
    text: 'The mayor said thanks to the road crews on Monday.',
    quotes: [],
    known: true,
  },
  {
    section: 'subject-cue-that',
    note: 'negative: a plural noun before a noun is no clause ("said parents groups")',
    text: 'The mayor thanked the parents groups that had raised money for the library.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'said, no "that"',
    text: 'Prime Minister Harald Vik said the new bridge would open in the spring.',
    quotes: [{ quote: 'the new bridge would open in the spring', speaker: 'Harald Vik', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'said, then a condition: "said if elected she would …"',
    text: 'Senator Ida Brandt said if elected governor she would close the old coal plant.',
    quotes: [{ quote: 'if elected governor she would close the old coal plant', speaker: 'Ida Brandt', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'said, then "much of" opening the subject',
    text: 'Harbour master Sunil Rao said much of the cargo had already been unloaded.',
    quotes: [{ quote: 'much of the cargo had already been unloaded', speaker: 'Sunil Rao', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'negative: "said little" is a quantity, not a clause',
    text: 'The minister said little about the budget during the debate.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'a document dated by a participle: "A report published Wednesday said …"',
    text: 'A news report published Wednesday said the harbour authority had hidden its losses for years.',
    quotes: [{ quote: 'the harbour authority had hidden its losses for years', speaker: 'A news report', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a document dated by a participle and "on": "A report released on Monday said …"',
    text: 'A report released on Monday said the new bridge would cost twice the estimate.',
    quotes: [{ quote: 'the new bridge would cost twice the estimate', speaker: 'A report', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'respondents with their poll\'s participle: "voters polled said …"',
    text: 'Most of the dock workers polled said the new shift pattern was unsafe.',
    quotes: [{ quote: 'the new shift pattern was unsafe', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a relative clause without "who": "the experts I interviewed said …"',
    text: 'All the engineers I interviewed said the bridge should have been closed years ago.',
    quotes: [{ quote: 'the bridge should have been closed years ago', speaker: 'the engineers', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a share of respondents: "more than 4 in 10 said …"',
    text: 'In the harbour poll, more than 4 in 10 said the ferry fares were too high.',
    quotes: [{ quote: 'the ferry fares were too high', speaker: 'more than 4 in 10', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a percentage of respondents: "about 47 percent said …"',
    text: 'In the harbour poll, about 47 percent said the ferry fares were too high.',
    quotes: [{ quote: 'the ferry fares were too high', speaker: 'about 47 percent', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: '"about" before a share opens the clause\'s subject, not a topic: "said about half of …"',
    text: 'The harbour master said about half of the ferries were late in March.',
    quotes: [{ quote: 'about half of the ferries were late in March', speaker: 'The harbour master', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: '"about" before a number and its noun\'s verb opens the clause: "said about 30 boats have …"',
    text: 'The harbour master has said about 30 boats have asked for a berth this year.',
    quotes: [{ quote: 'about 30 boats have asked for a berth this year', speaker: 'The harbour master', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'negative: "about" before a number of minutes is a topic-less duration, no clause',
    text: 'The harbour master talked for about 30 minutes on Monday at the pier.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'a second verb with its auxiliary after "but": "… but has said she will …"',
    text: 'Mayor Ines Calder has criticised the ferry operator but has said she will renew its licence.',
    quotes: [
      { quote: 'the ferry operator', speaker: 'Ines Calder', rule: 'subject-act-object' },
      { quote: 'she will renew its licence', speaker: 'Ines Calder', rule: 'subject-cue-that' },
    ],
  },
  {
    section: 'subject-cue-that',
    note: 'a second verb with "did" after "but": "… did not name them but did note that …"',
    text: 'Mayor Ines Calder did not name the bidders but did note that three of them were foreign.',
    quotes: [{ quote: 'three of them were foreign', speaker: 'Ines Calder', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: '"One said …" after a group: one of them speaks',
    text: 'Three fishermen spoke at the harbour meeting on Monday. One said the quota would ruin the fleet.',
    quotes: [{ quote: 'the quota would ruin the fleet', speaker: 'One', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'negative: the impersonal "one would have said that …" names no speaker',
    text: 'The pier was empty and the boats were gone. One would have said that the town had been abandoned.',
    quotes: [],
  },
  {
    section: 'subject-act-object',
    note: 'negative: "reported late Thursday" — a time after the cue is no object',
    text: 'The ferry company kept two sets of books, the Harbour Gazette reported late Thursday.',
    quotes: [{ quote: 'The ferry company kept two sets of books', rule: 'clause-subject-cue' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a dash before a quotation ends the reported clause ("… was unserious - “Again, …”")',
    text: 'Mayor Ines Calder suggested that the ferry plan was unserious - “We need the numbers first,” she said.',
    quotes: [{ quote: 'the ferry plan was unserious', speaker: 'Ines Calder', rule: 'subject-cue-that' }],
  },
  {
    section: 'mixed',
    note: 'a second predicate with a quotation keeps the clause one mixed quote ("… and looks forward to “…”")',
    text: 'Mayor Ines Calder said Sunday that she is glad the ferry is back and looks forward to “seeing it full again.”',
    quotes: [],
    mixed: ['seeing it full again.'],
  },
  {
    section: 'subject-act-object',
    note: '"in what officials called a hate crime": the name given is what they said, and "officials" (not "in what officials") speak',
    text: 'The gunman bought the rifle in March, weeks before what officials called a hate crime.',
    quotes: [{ quote: 'a hate crime', speaker: 'officials', rule: 'subject-act-object' }],
  },
  {
    section: 'relative-object',
    note: '"what advocates estimated were …": a verb of estimate after "what" reports the clause after it',
    text: 'The law gave citizenship to what advocates estimated were more than 100,000 children.',
    quotes: [{ quote: 'were more than 100,000 children', speaker: 'advocates', rule: 'relative-object' }],
  },
  {
    section: 'subject-cue-that',
    note: 'negative: a modal before the second verb is no statement made ("and would say")',
    text: 'Mayor Ines Calder wanted a new pier and would say the old one was unsafe if asked.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'a quantifier as the subject: "Some have suggested that …"',
    text: 'Some have suggested that the ferry should be sold to a private operator.',
    quotes: [{ quote: 'the ferry should be sold to a private operator', speaker: 'Some', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'an adverb of time inside the cue: "has long insisted"',
    text: 'The harbour master has long insisted that the old pier is safe for ferries.',
    quotes: [{ quote: 'the old pier is safe for ferries', speaker: 'The harbour master', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a short clause after "said": "the plan failed"',
    text: 'The harbour master said the plan failed.',
    quotes: [{ quote: 'the plan failed', speaker: 'The harbour master', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a party and state between commas, wire style: "Sen. X, R-S.C., said …"',
    text: 'Sen. Nora Quill, R-S.C., said the harbour bill would fail in the Senate.',
    quotes: [{ quote: 'the harbour bill would fail in the Senate', speaker: 'Nora Quill', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a noun phrase subject before a relative clause: "The ferry company, which …, said …"',
    text: 'The ferry company, which has been criticised for its silence, said the fares would rise in May.',
    quotes: [{ quote: 'the fares would rise in May', speaker: 'The ferry company', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a verb that carries the cue: "continued to say", "went on to argue"',
    text: 'The harbour master continued to say that the pier was safe. Her deputy went on to argue that it needed repairs.',
    quotes: [
      { quote: 'the pier was safe', speaker: 'The harbour master', rule: 'subject-cue-that' },
      { quote: 'it needed repairs', speaker: 'Her deputy', rule: 'subject-cue-that' },
    ],
  },
  {
    section: 'subject-cue-that',
    note: 'a parenthetical between dashes before the cue: "X — the mayor since 2019 — said …"',
    text: 'Ada Quist — the mayor since 2019 — said the harbour would reopen in May.',
    quotes: [{ quote: 'the harbour would reopen in May', speaker: 'Ada Quist', rule: 'subject-cue-that' }],
  },
  {
    section: 'mixed',
    note: 'a second verb after a quoted fragment: called … “…” and said CLAUSE',
    text: 'Senator Ida Brandt called both budget plans “reckless” and said the state would run out of money by spring.',
    quotes: [{ quote: 'the state would run out of money by spring', speaker: 'Ida Brandt', rule: 'subject-cue-that' }],
    mixed: ['reckless'],
  },
  {
    section: 'subject-cue-that',
    note: 'said that',
    text: 'Governor Maria Osei said that the state had run out of emergency funds.',
    quotes: [{ quote: 'the state had run out of emergency funds', speaker: 'Maria Osei', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'said on Monday that',
    text: 'Senator Tom Bradley said on Monday that the committee would vote on the bill next week.',
    quotes: [{ quote: 'the committee would vote on the bill next week', speaker: 'Tom Bradley', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'said in a statement that',
    text: 'The airline said in a statement that all flights to the island had been cancelled.',
    quotes: [{ quote: 'all flights to the island had been cancelled', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'told reporters, no "that"',
    text: 'Defence Minister Rolf Ekberg told reporters the troops would stay until March.',
    quotes: [{ quote: 'the troops would stay until March', speaker: 'Rolf Ekberg', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'told reporters that',
    text: 'Transport Commissioner Carla Nunes told reporters that bus fares would rise in January.',
    quotes: [{ quote: 'bus fares would rise in January', speaker: 'Carla Nunes', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'told the committee that',
    text: 'Energy Secretary Ruth Calloway told the committee that the grid was ready for winter.',
    quotes: [{ quote: 'the grid was ready for winter', speaker: 'Ruth Calloway', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'told Y, no "that"',
    text: 'Coach Dan Mercer told his players they had earned a day off.',
    quotes: [{ quote: 'they had earned a day off', speaker: 'Dan Mercer', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'added that',
    text: 'Finance Minister Ilse Brandt added that the deficit would shrink next year.',
    quotes: [{ quote: 'the deficit would shrink next year', speaker: 'Ilse Brandt', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'warned that',
    text: 'Health Director Paulo Reis warned that hospitals were running short of beds.',
    quotes: [{ quote: 'hospitals were running short of beds', speaker: 'Paulo Reis', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'denied that',
    text: 'Public Works Minister Kofi Asante denied that the contract had been rigged.',
    quotes: [{ quote: 'the contract had been rigged', speaker: 'Kofi Asante', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'claimed that',
    text: 'Opposition leader Nadia Farouk claimed that the count had been tampered with.',
    quotes: [{ quote: 'the count had been tampered with', speaker: 'Nadia Farouk', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'insisted that, speaker with an appositive',
    text: 'The company’s chief executive, Leo Hartmann, insisted that no jobs would be lost in the merger.',
    quotes: [{ quote: 'no jobs would be lost in the merger', speaker: 'Leo Hartmann', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'surname after the full name: the full name is the speaker',
    text: 'Mayor Elena Ruiz toured the flooded district on Friday. Ruiz said the city would pay for the repairs.',
    quotes: [{ quote: 'the city would pay for the repairs', speaker: 'Elena Ruiz', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'pronoun speaker resolved to the previous sentence',
    text: 'Union president Angela Brooks spoke after the vote on Thursday. She said the strike would go on until the spring.',
    quotes: [{ quote: 'the strike would go on until the spring', speaker: 'Angela Brooks', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'clause with an irregular past tense',
    text: 'Fire Chief Sam Okoro said the roof fell in shortly after midnight.',
    quotes: [{ quote: 'the roof fell in shortly after midnight', speaker: 'Sam Okoro', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'said …, and warned that … (two statements)',
    text: 'Foreign Minister Ines Duarte said the talks had failed and warned that new sanctions would follow.',
    quotes: [
      { quote: 'the talks had failed', speaker: 'Ines Duarte', rule: 'subject-cue-that' },
      { quote: 'new sanctions would follow', speaker: 'Ines Duarte', rule: 'subject-cue-that' },
    ],
  },
  {
    section: 'subject-cue-that',
    note: 'two sentences, two speakers',
    text: 'Mayor Ivan Petrov said the ring road would reopen on Monday. Police said two drivers had been injured in the crash.',
    quotes: [
      { quote: 'the ring road would reopen on Monday', speaker: 'Ivan Petrov', rule: 'subject-cue-that' },
      { quote: 'two drivers had been injured in the crash', speaker: 'police', rule: 'subject-cue-that' },
    ],
  },
  {
    section: 'subject-cue-that',
    note: 'negative: "the said company"',
    text: 'The said company had filed for bankruptcy twice before the merger was approved.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'negative: "was told to leave"',
    text: 'He was told to leave the building before the police arrived.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'negative: "say, 10 percent"',
    text: 'Prices could rise by, say, 10 percent before the end of the year.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'negative: "Said" as a first name',
    text: 'Said Hassan, who is 42, has run a bakery near the station since 2009.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'negative: said with no clause',
    text: 'The governor said goodbye to her staff at a small party on Friday.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'negative: passive "was said about"',
    text: 'Nothing was said about the budget during the two-hour meeting.',
    quotes: [],
  },

  // ── clause-subject-cue: "CLAUSE, X said" ───────────────────────────────
  {
    section: 'subject-cue-that',
    note: '"stated" (a spinner\'s "said") after a subject of those who speak with its phrase: "Experts on … stated …"',
    text: 'Experts on port security and shipping stated the new dredging could change that.',
    quotes: [{ quote: 'the new dredging could change that', speaker: 'Experts on port security and shipping', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'negative: "stated" as a participle after its noun, the sentence\'s verb after its phrase, reports nothing',
    text: 'The totals stated in the harbour report were lower than expected.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'negative: "cited by …" as a participle after its noun reports nothing either',
    text: 'The figures cited by the harbour board are lower than the ones the council published.',
    quotes: [],
  },
  {
    section: 'clause-subject-cue',
    note: 'a short past in -ed ("used") or an irregular past ("hid") shows the clause is a clause, not a description',
    text: 'The harbour master used a private email account for years, John Smith said.',
    quotes: [{ quote: 'The harbour master used a private email account for years', speaker: 'John Smith', rule: 'clause-subject-cue' }],
  },
  {
    section: 'clause-subject-cue',
    note: 'an irregular past: "hid"',
    text: 'The harbour master hid the accounts from the council, John Smith said.',
    quotes: [{ quote: 'The harbour master hid the accounts from the council', speaker: 'John Smith', rule: 'clause-subject-cue' }],
  },
  {
    section: 'clause-subject-cue',
    note: 'CLAUSE, X said',
    text: 'The talks will resume in Geneva next week, Foreign Minister Lars Holm said.',
    quotes: [{ quote: 'The talks will resume in Geneva next week', speaker: 'Lars Holm', rule: 'clause-subject-cue' }],
  },
  {
    section: 'clause-subject-cue',
    note: 'CLAUSE, said X, a spokeswoman',
    text: 'The factory will close by the end of the year, said Anna Kowalski, a spokeswoman for the company.',
    quotes: [{ quote: 'The factory will close by the end of the year', speaker: 'Anna Kowalski', rule: 'clause-subject-cue' }],
  },
  {
    section: 'clause-subject-cue',
    note: 'CLAUSE, police said',
    text: 'Two people were injured in the blast near the market, police said.',
    quotes: [{ quote: 'Two people were injured in the blast near the market', speaker: 'police', rule: 'clause-subject-cue' }],
  },
  {
    section: 'clause-subject-cue',
    note: 'CLAUSE, she said: pronoun resolved to the previous sentence',
    text: 'Chancellor Greta Lind visited the border on Tuesday. The crossing would reopen within days, she said.',
    quotes: [{ quote: 'The crossing would reopen within days', speaker: 'Greta Lind', rule: 'clause-subject-cue' }],
  },
  {
    section: 'clause-subject-cue',
    note: 'CLAUSE, X told reporters',
    text: 'The army had no plans to leave the city, General Omar Saleh told reporters on Sunday.',
    quotes: [{ quote: 'The army had no plans to leave the city', speaker: 'Omar Saleh', rule: 'clause-subject-cue' }],
  },
  {
    section: 'clause-subject-cue',
    note: 'CLAUSE, a coordination of modifiers and its noun said: "current and former officials"',
    text: "The inspectors are likely to want to question the port's managers, current and former officials said on Friday.",
    quotes: [{ quote: "The inspectors are likely to want to question the port's managers", speaker: 'current and former officials', rule: 'clause-subject-cue' }],
  },
  {
    section: 'clause-subject-cue',
    note: 'CLAUSE, two nouns of those who speak said: "engineers and union officials"',
    text: 'The levy will pay for two new ferries, engineers and union officials said.',
    quotes: [{ quote: 'The levy will pay for two new ferries', speaker: 'engineers and union officials', rule: 'clause-subject-cue' }],
  },
  {
    section: 'clause-subject-cue',
    note: 'CLAUSE opening with "That" and its noun, X said: "that" is a determiner, not a conjunction',
    text: 'That kind of dredging has made the channel too deep for the old ferries, the harbour master said.',
    quotes: [{ quote: 'That kind of dredging has made the channel too deep for the old ferries', speaker: 'harbour master', rule: 'clause-subject-cue' }],
  },
  {
    section: 'clause-subject-cue',
    note: 'CLAUSE with "That" for its subject, X said',
    text: 'The council closed the pier in June. That was a mistake, the mayor said on Friday.',
    quotes: [{ quote: 'That was a mistake', speaker: 'mayor', rule: 'clause-subject-cue' }],
  },
  {
    section: 'clause-subject-cue',
    note: 'negative: "That said," opens the sentence and is no part of the clause',
    text: 'That said, the pier will reopen in May, officials said.',
    quotes: [{ quote: 'the pier will reopen in May', speaker: 'officials', rule: 'clause-subject-cue' }],
  },
  {
    section: 'clause-subject-cue',
    note: 'negative: a coordination whose first noun is an object is no subject ("met traders and officials said")',
    text: 'The port board met traders and officials said the new tolls would stand.',
    quotes: [{ quote: 'the new tolls would stand', speaker: 'officials', rule: 'subject-cue-that' }],
  },
  {
    section: 'clause-subject-cue',
    note: 'negative: a clause joined by "but" is not what the speaker said',
    text: 'The treaty was signed in March, but officials said the hard part begins now.',
    quotes: [{ quote: 'the hard part begins now', speaker: 'officials', rule: 'subject-cue-that' }],
  },
  {
    section: 'clause-subject-cue',
    note: 'negative: an introductory phrase is not a clause',
    text: 'During the rally in Dayton on Monday, the governor said little about taxes.',
    quotes: [],
  },
  {
    section: 'clause-subject-cue',
    note: 'negative: a time clause before "said nothing"',
    text: 'When the votes were finally counted, the officials said nothing.',
    quotes: [],
  },

  // ── according-to-clause: "According to X, CLAUSE" ──────────────────────
  {
    section: 'according-to-clause',
    note: 'According to an organisation',
    text: 'According to the fire department, the blaze started in a kitchen on the third floor.',
    quotes: [{ quote: 'the blaze started in a kitchen on the third floor', speaker: 'fire department', rule: 'according-to-clause' }],
  },
  {
    section: 'according-to-clause',
    note: 'According to a named official',
    text: 'According to Mayor Jonas Berg, the city will hire 200 new teachers this autumn.',
    quotes: [{ quote: 'the city will hire 200 new teachers this autumn', speaker: 'Jonas Berg', rule: 'according-to-clause' }],
  },
  {
    section: 'according-to-clause',
    note: '"Per" opening the sentence names a source as "according to" does',
    text: 'Per the harbour authority, two ferries will stop running in January.',
    quotes: [{ quote: 'two ferries will stop running in January', speaker: 'harbour authority', rule: 'according-to-clause' }],
  },
  {
    section: 'clause-according-to',
    note: 'the colon of a time ("8:30 p.m.") opens no clause of its own',
    text: 'The explosion went off around 8:30 p.m. in front of the ferry terminal, according to Fire Chief Ana Ruiz.',
    quotes: [{ quote: 'The explosion went off around 8:30 p.m. in front of the ferry terminal', speaker: 'Ana Ruiz', rule: 'clause-according-to' }],
  },
  {
    section: 'clause-according-to',
    note: '", per X" closing the clause names its source',
    text: 'The top tenth of earners would see their taxes rise by 4 percent, per the city budget office.',
    quotes: [{ quote: 'The top tenth of earners would see their taxes rise by 4 percent', rule: 'clause-according-to' }],
  },
  {
    section: 'clause-according-to',
    note: 'negative: "per" as a rate names no source',
    text: 'Ferry fares rose by two euros per crossing, and parking went up to ten euros per day.',
    quotes: [],
  },
  {
    section: 'according-to-clause',
    note: 'a conjunction and its comma before the cue: nothing is fronted',
    text: 'But, according to the harbour authority, two ferries will stop running in January.',
    quotes: [{ quote: 'two ferries will stop running in January', speaker: 'harbour authority', rule: 'according-to-clause' }],
  },
  {
    section: 'according-to-clause',
    note: '"Still," before the cue fronts nothing either',
    text: 'The ferry was late again. Still, according to the operator, most crossings left on time last year.',
    quotes: [{ quote: 'most crossings left on time last year', speaker: 'operator', rule: 'according-to-clause' }],
  },
  {
    section: 'according-to-clause',
    note: 'negative: "according to plan"',
    text: 'According to plan, the ship left the harbour shortly before dawn.',
    quotes: [],
  },
  {
    section: 'according-to-clause',
    note: 'negative: "according to" as "in proportion to"',
    text: 'Players in the league are paid according to how many games they start.',
    quotes: [],
  },

  // ── clause-according-to: "CLAUSE, according to X" ──────────────────────
  {
    section: 'clause-according-to',
    note: 'CLAUSE, according to a named official',
    text: 'The bridge had not been inspected since 2015, according to Transport Commissioner Lydia Okafor.',
    quotes: [{ quote: 'The bridge had not been inspected since 2015', speaker: 'Lydia Okafor', rule: 'clause-according-to' }],
  },
  {
    section: 'clause-according-to',
    note: 'CLAUSE, according to documents',
    text: 'The suspect left the country in May, according to court documents filed on Thursday.',
    quotes: [{ quote: 'The suspect left the country in May', rule: 'clause-according-to' }],
  },
  {
    section: 'clause-according-to',
    note: 'negative: "according to seniority"',
    text: 'Offices on the top floor are assigned according to seniority.',
    quotes: [],
  },

  // ── adding-that: "X said CLAUSE, adding that CLAUSE" ───────────────────
  {
    section: 'adding-that',
    note: 'said …, adding that … (two quotes)',
    text: 'Finance Minister Pedro Alves said the budget would be balanced by 2027, adding that no new taxes were planned.',
    quotes: [
      { quote: 'the budget would be balanced by 2027', speaker: 'Pedro Alves', rule: 'subject-cue-that' },
      { quote: 'no new taxes were planned', speaker: 'Pedro Alves', rule: 'adding-that' },
    ],
  },
  {
    section: 'adding-that',
    note: 'told reporters …, adding that … (two quotes)',
    text: 'Police Chief Maya Lund told reporters the suspect had been arrested, adding that he would appear in court on Monday.',
    quotes: [
      { quote: 'the suspect had been arrested', speaker: 'Maya Lund', rule: 'subject-cue-that' },
      { quote: 'he would appear in court on Monday', speaker: 'Maya Lund', rule: 'adding-that' },
    ],
  },
  {
    section: 'adding-that',
    note: 'negative: "adding to"',
    text: 'The senator walked out of the chamber, adding to the confusion over the vote.',
    quotes: [],
  },

  // ── fronted-fragment: "The museum, X said, would …" ────────────────────
  {
    section: 'fronted-fragment',
    note: 'fronted subject, then the rest: one group',
    text: 'Former President Barack Obama toured the building site in Chicago on Tuesday. The library, Obama said, would be open to every child on the South Side.',
    quotes: [
      { quote: 'The library', speaker: 'Barack Obama', rule: 'fronted-fragment', group: 'same' },
      { quote: 'would be open to every child on the South Side', speaker: 'Barack Obama', group: 'same' },
    ],
  },
  {
    section: 'fronted-fragment',
    note: 'fronted subject after "But": the conjunction is not part of it',
    text: 'Trade Minister Yusuf Demir met his counterpart in Ankara. But the deal, Demir said, was still far from certain.',
    quotes: [
      { quote: 'the deal', speaker: 'Yusuf Demir', rule: 'fronted-fragment', group: 'same' },
      { quote: 'was still far from certain', speaker: 'Yusuf Demir', group: 'same' },
    ],
  },
  {
    section: 'fronted-fragment',
    note: 'fronted subject, attribution with a time phrase',
    text: 'The new stadium, Mayor Ana Silva said on Friday, would be finished before the 2028 season.',
    quotes: [
      { quote: 'The new stadium', speaker: 'Ana Silva', rule: 'fronted-fragment', group: 'same' },
      { quote: 'would be finished before the 2028 season', speaker: 'Ana Silva', group: 'same' },
    ],
  },
  {
    section: 'fronted-fragment',
    note: 'an appositive between name and cue is not a fronted fragment',
    text: 'Ken Ito, the festival’s director, said on Monday that the last two shows would go ahead.',
    quotes: [{ quote: 'the last two shows would go ahead', speaker: 'Ken Ito', rule: 'subject-cue-that' }],
  },
  {
    section: 'fronted-fragment',
    note: 'negative: a fronted phrase with no attribution after it',
    text: 'The museum, built in 1904, closed its doors on Sunday.',
    quotes: [],
  },
  {
    section: 'asked-question',
    note: 'the question put to a quotation’s speaker, after the quotation: “…,” she said when asked whether …',
    text: '“We will see,” Senator Ana Ruiz said when asked whether she would campaign for the governor.',
    quotes: [{ quote: 'whether she would campaign for the governor', speaker: null, rule: 'asked-question' }],
  },
  {
    section: 'asked-question',
    note: 'a passive puts the question to its subject; "by X" names who asked',
    text: 'Earlier this month, Senator Ana Ruiz was asked by host John Dickerson whether her aim was to win the state.',
    quotes: [{ quote: 'whether her aim was to win the state', speaker: 'John Dickerson', rule: 'asked-question' }],
  },
  {
    section: 'asked-question',
    note: 'negative: after a quotation that opens the sentence, a clause of no question is no quote of its own',
    text: '“The vote is close,” Senator Ana Ruiz said, and the governor agreed that the count would take a week.',
    quotes: [],
  },
  {
    section: 'asked-question',
    note: '"Asked about …, X said nothing": an opening topic is no question, and nothing was stated',
    text: 'Asked about the stadium, the mayor said nothing at all.',
    quotes: [],
  },
  {
    section: 'asked-question',
    note: '"…, when asked about …" closing the sentence reports the question',
    text: 'The mayor would not comment on the budget gap when asked about the stadium bonds on Monday.',
    quotes: [{ quote: 'about the stadium bonds on Monday', speaker: null, rule: 'asked-question' }],
  },

  // ── relative-cue: "an architect who said …" ────────────────────────────
  {
    section: 'relative-cue',
    note: 'relative clause after an appositive noun',
    text: 'The lawsuit was filed by Lena Ortiz, an architect who said she was never paid for the design.',
    quotes: [{ quote: 'she was never paid for the design', speaker: 'Lena Ortiz', rule: 'relative-cue' }],
  },
  {
    section: 'relative-cue',
    note: 'relative clause after the name, before the main verb',
    text: 'Judge Alice Moreno, who said the evidence was too thin, dismissed the case on Wednesday.',
    quotes: [{ quote: 'the evidence was too thin', speaker: 'Alice Moreno', rule: 'relative-cue' }],
  },
  {
    section: 'relative-cue',
    note: '"who has said"',
    text: 'The complaint came from Omar Haddad, a farmer who has said his wells had run dry in August.',
    quotes: [{ quote: 'his wells had run dry in August', speaker: 'Omar Haddad', rule: 'relative-cue' }],
  },
  {
    section: 'relative-cue',
    note: 'the antecedent is the noun before "who", not the clause that holds it',
    text: 'The senator met voters who said the new cranes had cost them their jobs.',
    quotes: [{ quote: 'the new cranes had cost them their jobs', speaker: 'voters', rule: 'relative-cue' }],
  },
  // ── relative-object: "the plan, which the mayor said would …" ──────────
  {
    section: 'relative-object',
    note: '"which X said" reports what X said of the antecedent',
    text: 'The council approved the plan, which the mayor said would cost billions over a decade.',
    quotes: [{ quote: 'would cost billions over a decade', speaker: 'mayor', rule: 'relative-object' }],
  },
  {
    section: 'relative-object',
    note: '"what X says": the gap between words and deeds',
    text: 'The gap between what Senator Ruth Adebayo says her bill would do and what it does has widened.',
    quotes: [{ quote: 'her bill would do', speaker: 'Ruth Adebayo', rule: 'relative-object' }],
    known: true,
  },
  {
    section: 'relative-object',
    note: 'negative: "which he said nothing about"',
    text: 'There was the budget gap, which the treasurer said nothing about.',
    quotes: [],
  },
  {
    section: 'relative-object',
    note: 'negative: "that" as a conjunction after a speaker is the ordinary frame',
    text: 'It was so late that the porter said goodnight.',
    quotes: [],
  },
  // ── saying-clause: "…, saying …" after a main clause ───────────────────
  {
    section: 'saying-clause',
    note: '“…,” X verbed, adding …: the participle after a past tense no list holds, after a quotation',
    text: '“We will win the port vote,” Ruiz stipulated, adding he would never vote for the governor.',
    quotes: [{ quote: 'he would never vote for the governor', speaker: 'Ruiz', rule: 'saying-clause' }],
  },
  {
    section: 'saying-clause',
    note: 'negative: a participle whose object is a noun names no clause after an unlisted past tense ("referring to …")',
    text: '“We will win the port vote,” Ruiz stipulated, referring to the ballot on the new ferry terminal.',
    quotes: [],
  },
  {
    section: 'saying-clause',
    note: '"adding that" after a quotation reports a second statement of its speaker',
    text: '“We will finish the pier,” harbour master Ida Brandt said, adding that the council had paid for the steel.',
    quotes: [{ quote: 'the council had paid for the steel', speaker: 'Ida Brandt', rule: 'saying-clause' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a cue and "that" after a quotation of the sentence report a clause of their own',
    text: 'After calling the plan “a disaster,” Mayor Ida Brandt noted that the council had never costed it.',
    quotes: [{ quote: 'the council had never costed it', speaker: 'Ida Brandt', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'negative: after its quotation, a cue with no "that" reports nothing more',
    text: '“The pier is finished,” harbour master Ida Brandt said on Tuesday at the ceremony in the old port.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: '", then says": the act ends before the second verb, which reports its own clause',
    text: 'The mayor offered the union a new contract, then says the talks will resume in May.',
    quotes: [
      { quote: 'the union a new contract', speaker: 'The mayor', rule: 'subject-act-object' },
      { quote: 'the talks will resume in May', speaker: 'The mayor', rule: 'subject-cue-that' },
    ],
  },
  {
    section: 'saying-clause',
    note: 'after a dateline: the subject is the senator, not the place',
    text: 'WASHINGTON — Sen. Ada Quist defended her call to raise the wage, saying the gains would outweigh the losses.',
    quotes: [
      { quote: 'her call to raise the wage', speaker: 'Ada Quist', rule: 'subject-act-object' },
      { quote: 'the gains would outweigh the losses', speaker: 'Ada Quist', rule: 'saying-clause' },
    ],
  },
  {
    section: 'saying-clause',
    note: 'an act, then what was said',
    text: 'Senator Ida Brandt attacked the budget on Tuesday, saying it would close three rural hospitals.',
    quotes: [
      { quote: 'the budget', speaker: 'Ida Brandt', rule: 'subject-act-object' },
      { quote: 'it would close three rural hospitals', speaker: 'Ida Brandt', rule: 'saying-clause' },
    ],
  },
  {
    section: 'saying-clause',
    note: '"by saying"',
    text: 'The coach calmed the fans by saying the team would appeal the ban.',
    quotes: [{ quote: 'the team would appeal the ban', rule: 'saying-clause' }],
  },
  {
    section: 'saying-clause',
    note: 'negative: "saying" as a noun',
    text: 'There is an old saying that the sea gives and the sea takes.',
    quotes: [],
  },
  {
    section: 'saying-clause',
    note: 'negative: "without saying a word"',
    text: 'The minister left the room without saying a word to anyone.',
    quotes: [],
  },
  // ── asked-question: "Asked whether …", "X asked Y how …" ───────────────
  {
    section: 'asked-question',
    note: 'question put by an unnamed interviewer',
    text: 'Asked whether she would run for a third term, Mayor Lena Park said she had not decided.',
    quotes: [
      { quote: 'whether she would run for a third term', speaker: null, rule: 'asked-question' },
      { quote: 'she had not decided', speaker: 'Lena Park', rule: 'subject-cue-that' },
    ],
  },
  {
    section: 'asked-question',
    note: 'who asked whom, and what',
    text: 'A student asked the minister why tuition had doubled in five years.',
    quotes: [{ quote: 'the minister why tuition had doubled in five years', rule: 'asked-question' }],
  },
  {
    section: 'asked-question',
    note: 'negative: "asked for" a thing',
    text: 'The family asked for privacy after the funeral.',
    quotes: [],
  },
  {
    section: 'asked-question',
    note: 'negative: "when asked," with no question',
    text: 'When asked, the clerk handed over the ledger.',
    quotes: [],
  },
  {
    section: 'saying-clause',
    note: '"citing" a noun phrase',
    text: 'The court blocked the sale of the mill, citing a risk to the town’s water supply.',
    quotes: [{ quote: 'a risk to the town’s water supply', rule: 'saying-clause' }],
  },
  {
    section: 'subject-cue-that',
    note: 'progressive: "is saying that"',
    text: 'The ministry is saying that the outage was caused by a storm.',
    quotes: [{ quote: 'the outage was caused by a storm', rule: 'subject-cue-that' }],
  },
  {
    section: 'fronted-fragment',
    note: 'parenthetical with a longer adjunct',
    text: 'These workers, Director Hana Sato explained earlier in the hearing, were paid well above the regional average.',
    quotes: [
      { quote: 'These workers', speaker: 'Hana Sato', rule: 'fronted-fragment', group: 'same' },
      { quote: 'were paid well above the regional average', speaker: 'Hana Sato', rule: 'subject-cue-that', group: 'same' },
    ],
  },
  {
    section: 'according-to-clause',
    note: 'a source the people lexicon does not know',
    text: 'According to exit polls, the incumbent lost ground among rural voters.',
    quotes: [{ quote: 'the incumbent lost ground among rural voters', rule: 'according-to-clause' }],
  },
  {
    section: 'subject-act-object',
    note: 'the object ends before its relative clause',
    text: 'Governor Tess Kim has acknowledged the scale of the flooding, which she called the worst in a century.',
    quotes: [{ quote: 'the scale of the flooding', speaker: 'Tess Kim', rule: 'subject-act-object' }],
    mixed: [],
  },
  // ── as-said: "As X pointed out, CLAUSE" ────────────────────────────────
  {
    section: 'as-said',
    note: 'the clause after the attribution',
    text: 'As the auditor Priya Raman pointed out, the council had spent its reserve twice over.',
    quotes: [{ quote: 'the council had spent its reserve twice over', speaker: 'Priya Raman', rule: 'as-said' }],
  },
  {
    section: 'as-said',
    note: 'negative: "as he said" inside a clause of the writer',
    text: 'The bridge opened in May, just as he said.',
    quotes: [],
  },
  {
    section: 'subject-act-object',
    note: 'naming: "called X Y"',
    text: 'Senator Omar Reyes called the new tariff a tax on every family in the state.',
    quotes: [{ quote: 'the new tariff a tax on every family in the state', speaker: 'Omar Reyes', rule: 'subject-act-object' }],
  },
  {
    section: 'subject-act-object',
    note: 'negative: "a firm called …" names a firm',
    text: 'The data came from a firm called Northwind Analytics.',
    quotes: [],
  },
  {
    section: 'subject-act-object',
    note: 'negative: "called a news conference"',
    text: 'The governor called a news conference for Monday morning.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'a time phrase between subject and cue',
    text: 'The bank just this month announced it would end the sales bonuses in January.',
    quotes: [{ quote: 'it would end the sales bonuses in January', rule: 'subject-cue-that' }],
  },
  // ── in-source: "In a poll released Monday, CLAUSE" ─────────────────────
  {
    section: 'in-source',
    note: 'what a poll found',
    text: 'In a county survey released on Monday, most residents backed the new tram line.',
    quotes: [{ quote: 'most residents backed the new tram line', rule: 'in-source' }],
  },
  {
    section: 'in-source',
    note: 'negative: the sentence names its own speaker',
    text: 'In an interview, Mayor Lin Dahl said the tram would open in June.',
    quotes: [{ quote: 'the tram would open in June', speaker: 'Lin Dahl', rule: 'subject-cue-that' }],
  },
  {
    section: 'in-source',
    note: 'negative: "In the morning" is no document',
    text: 'In the morning, the ferry crews returned to work.',
    quotes: [],
  },
  {
    section: 'according-to-clause',
    note: 'mid-sentence "according to X, a former envoy," between the two parts',
    text: 'At the root of the dispute, according to Hal Brenner, a former envoy, was a quarrel over fishing rights.',
    quotes: [
      { quote: 'At the root of the dispute', speaker: 'Hal Brenner', rule: 'fronted-fragment', group: 'same' },
      { quote: 'was a quarrel over fishing rights', speaker: 'Hal Brenner', rule: 'according-to-clause', group: 'same' },
    ],
  },
  {
    section: 'subject-act-object',
    note: 'a refusal: "declined to comment"',
    text: 'A spokesman for the ministry declined to comment on the audit.',
    quotes: [{ quote: 'to comment on the audit', speaker: 'A spokesman for the ministry', rule: 'subject-act-object' }],
  },
  {
    section: 'subject-act-object',
    note: 'a reply: "responded to the charge"',
    text: 'The minister has not yet responded to the charges of fraud.',
    quotes: [{ quote: 'the charges of fraud', rule: 'subject-act-object' }],
  },
  {
    section: 'subject-act-object',
    note: 'negative: "declined the invitation" reports no words',
    text: 'The former champion declined the invitation.',
    quotes: [],
  },
  // ── verbs no lexicon lists, read by their place (reworded copy) ────────
  {
    section: 'subject-cue-that',
    note: 'an unlisted verb between a name and a clause',
    text: 'Senator Rui Costa voiced the treaty would be ratified before the summer.',
    quotes: [{ quote: 'the treaty would be ratified before the summer', speaker: 'Rui Costa', rule: 'subject-cue-that' }],
  },
  {
    section: 'clause-subject-cue',
    note: 'an unlisted verb closing the sentence',
    text: 'The ferry service will resume in the spring, the harbour master apprised.',
    quotes: [{ quote: 'The ferry service will resume in the spring', rule: 'clause-subject-cue' }],
    known: true,
  },
  {
    section: 'subject-cue-that',
    note: 'negative: an intransitive past tense before a clause of time',
    text: 'Nora Quist retired the same year her sister was elected.',
    quotes: [],
  },
  // ── in-polls: a standing the polls report ──────────────────────────────
  {
    section: 'in-polls',
    note: 'a lead in the polls',
    text: 'Mayor Ada Lind holds a comfortable lead in the latest polls.',
    quotes: [{ quote: 'Mayor Ada Lind holds a comfortable lead', rule: 'in-polls' }],
  },
  {
    section: 'in-polls',
    note: 'negative: no standing, only an interest',
    text: 'The students were interested in polls and surveys.',
    quotes: [],
  },
  {
    section: 'subject-act-object',
    note: 'an undertaking: "agreed to …"',
    text: 'The mill owner agreed to pay for the cleanup of the river.',
    quotes: [{ quote: 'to pay for the cleanup of the river', rule: 'subject-act-object' }],
  },
  {
    section: 'subject-cue-that',
    note: '"agreed that" with a clause',
    text: 'Both councillors agreed that the bridge should be rebuilt.',
    quotes: [{ quote: 'the bridge should be rebuilt', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-act-object',
    note: 'negative: "mentioned" a topic of talks, a gerund with its object',
    text: 'The two ministers mentioned deepening their trade ties amid the downturn.',
    quotes: [],
  },
  {
    section: 'subject-act-object',
    note: 'negative: "did not respond to requests for comment"',
    text: 'A spokeswoman for the agency did not respond to requests for comment.',
    quotes: [],
  },
  {
    section: 'subject-act-object',
    note: '"spoke … about" a subject',
    text: 'The bishop spoke at the cathedral on Sunday about the families who lost their homes.',
    quotes: [{ quote: 'the families who lost their homes', rule: 'subject-act-object' }],
  },
  {
    section: 'subject-act-object',
    note: 'negative: "spoke to reporters" names no subject',
    text: 'The coach spoke to reporters for an hour after the match.',
    quotes: [],
  },
  {
    section: 'as-said',
    note: '"CLAUSE, as The Times reported"',
    text: 'The governor met the strikers twice that week, as the Daily Ledger reported on Friday.',
    quotes: [{ quote: 'The governor met the strikers twice that week', rule: 'as-said' }],
  },
  {
    section: 'clause-subject-cue',
    note: 'a media descriptor before the source',
    text: 'The mayor had cancelled the parade twice before, the news site Harbor Daily reported.',
    quotes: [{ quote: 'The mayor had cancelled the parade twice before', rule: 'clause-subject-cue' }],
  },
  {
    section: 'relative-cue',
    note: 'an act in the relative clause, then the main statement',
    text: 'Senator Ana Ruiz, who on Tuesday endorsed the governor, said Wednesday she would campaign for him.',
    quotes: [
      { quote: 'the governor', speaker: 'Ana Ruiz', rule: 'subject-act-object' },
      { quote: 'she would campaign for him', speaker: 'Ana Ruiz', rule: 'subject-cue-that' },
    ],
  },
  {
    section: 'subject-cue-that',
    note: 'two statements joined by "but"',
    text: 'The coach argued that the referee had missed the foul, but conceded his team had played badly.',
    quotes: [
      { quote: 'the referee had missed the foul', rule: 'subject-cue-that' },
      { quote: 'his team had played badly', rule: 'subject-cue-that' },
    ],
  },
  // ── tell-to: "X told Y to …" ───────────────────────────────────────────
  {
    section: 'tell-to',
    note: 'told the listener to act',
    text: 'The coach told his players to stay off social media until the final.',
    quotes: [{ quote: 'his players to stay off social media until the final', rule: 'tell-to' }],
  },
  {
    section: 'tell-to',
    note: 'negative: passive "was told to"',
    text: 'The driver was told to wait outside the gate.',
    quotes: [],
  },
  {
    section: 'relative-cue',
    note: 'negative: "who said very little"',
    text: 'He was a quiet man who said very little in public.',
    quotes: [],
  },

  // ── subject-act-object: speech acts with a noun phrase or an infinitive ─
  {
    section: 'subject-act-object',
    note: 'criticized NP',
    text: 'Senator Joan Ashby criticized the governor’s tax plan.',
    quotes: [{ quote: 'the governor’s tax plan', speaker: 'Joan Ashby', rule: 'subject-act-object' }],
  },
  {
    section: 'subject-act-object',
    note: 'called for NP',
    text: 'Donald Trump called for a ban on imported steel.',
    quotes: [{ quote: 'a ban on imported steel', speaker: 'Donald Trump', rule: 'subject-act-object' }],
  },
  {
    section: 'subject-act-object',
    note: 'called him ADJ (naming act)',
    text: 'Bernie Sanders called him divisive.',
    quotes: [{ quote: 'him divisive', speaker: 'Bernie Sanders', rule: 'subject-act-object' }],
  },
  {
    section: 'subject-act-object',
    note: 'urged NP to VP',
    text: 'Mayor Dana Whitfield urged residents to stay indoors.',
    quotes: [{ quote: 'residents to stay indoors', speaker: 'Dana Whitfield', rule: 'subject-act-object' }],
  },
  {
    section: 'subject-act-object',
    note: 'negative: passive "was criticized for"',
    text: 'She was criticized for her remarks about the strike.',
    quotes: [],
  },
  {
    section: 'subject-act-object',
    note: 'negative: a group called … (naming, not speech)',
    text: 'The protest was organised by a group called Friends of the Park.',
    quotes: [],
  },
  {
    section: 'subject-act-object',
    note: 'negative: a physical attack is not a speech act',
    text: 'Rebel fighters attacked the village shortly before dawn.',
    quotes: [],
  },
  {
    section: 'subject-act-object',
    note: 'negative: "called the meeting to order"',
    text: 'The chairwoman called the meeting to order at noon.',
    quotes: [],
  },
  {
    section: 'subject-act-object',
    note: 'negative: stance verb "opposes"',
    text: 'Senator Joan Ashby opposes the governor’s tax plan.',
    quotes: [],
  },

  // ── headline-colon: "Pence: Debate Was a Win for Trump" ────────────────
  {
    section: 'headline-colon',
    note: 'headline "Name: CLAUSE" then the body',
    text: 'Pence: Debate Was a Win for Trump\n\nVice President Mike Pence spoke to supporters in Des Moines on Wednesday morning.',
    quotes: [{ quote: 'Debate Was a Win for Trump', speaker: 'Mike Pence', rule: 'headline-colon' }],
  },
  {
    section: 'headline-colon',
    note: 'headline "Name: CLAUSE" holding words in single marks: one statement, the marks no quotations of their own',
    text: 'Rao: Harbour Plan Is ‘Dead in the Water,’ Ferries Will Stop\n\nHarbour mayor Sunil Rao spoke to reporters in Port Ellis on Monday morning.',
    quotes: [{ quote: 'Harbour Plan Is ‘Dead in the Water,’ Ferries Will Stop', speaker: 'Sunil Rao', rule: 'headline-colon' }],
    mixed: [],
  },
  {
    section: 'headline-colon',
    note: 'headline "Name: CLAUSE" holding words in double marks: a fragment of the name’s, the clause reported through it',
    text: 'Rao: Harbour Plan Is “Dead in the Water,” Ferries Will Stop\n\nHarbour mayor Sunil Rao spoke to reporters in Port Ellis on Monday morning.',
    quotes: [],
    mixed: ['Dead in the Water,'],
  },
  {
    section: 'headline-colon',
    note: 'a headline whose verb is in capitals ("Threatens"), after a person’s name',
    text: 'Maria Lopez: Harbour Anger Threatens the Ferry Vote\n\nCouncillor Maria Lopez spoke to reporters in Port Ellis on Monday morning.',
    quotes: [{ quote: 'Harbour Anger Threatens the Ferry Vote', speaker: 'Maria Lopez', rule: 'headline-colon' }],
  },
  {
    section: 'headline-colon',
    note: 'negative: a verb in capitals after a label that names no person',
    text: 'Morning Briefing: The Harbour Anger Threatens the Ferry Vote\n\nCouncillor Maria Lopez spoke to reporters in Port Ellis on Monday morning.',
    quotes: [],
  },
  {
    section: 'headline-colon',
    note: 'negative: a headline whose statement is all in single marks stays one direct quotation',
    text: 'Rao: ‘The Harbour Plan Is Dead in the Water’\n\nHarbour mayor Sunil Rao spoke to reporters in Port Ellis on Monday morning.',
    quotes: [],
    mixed: [],
  },
  {
    section: 'headline-colon',
    note: 'negative: a headline label is no speaker',
    text: 'Review: A Quiet Film About Loud People\n\nThe director’s third feature opens in cinemas on Friday.',
    quotes: [],
  },
  {
    section: 'headline-colon',
    note: 'negative: a colon in a body sentence',
    text: 'The ministry published only one figure: exports fell by 4 percent in March.',
    quotes: [],
  },

  // ── headline-says: "Graham Says …" / "…, Graham Says" ──────────────────
  {
    section: 'headline-says',
    note: '"Name Says CLAUSE" keeps the closing mark of a quotation the headline opened',
    text: 'Rao Says Harbour Plan Is ‘Dead in the Water’\n\nHarbour mayor Sunil Rao spoke to reporters in Port Ellis on Monday morning.',
    quotes: [{ quote: 'Harbour Plan Is ‘Dead in the Water’', speaker: 'Sunil Rao', rule: 'headline-says' }],
  },
  {
    section: 'headline-says',
    note: 'headline "CLAUSE, Name Says"',
    text: 'Trade Deal Could Pass This Year, Graham Says\n\nSenator Lindsey Graham spent the weekend meeting farmers in South Carolina.',
    quotes: [{ quote: 'Trade Deal Could Pass This Year', speaker: 'Lindsey Graham', rule: 'headline-says' }],
  },
  {
    section: 'headline-says',
    note: 'headline "Name Says CLAUSE"',
    text: 'Obama Says Museum Will Tell the Whole Story\n\nFormer President Barack Obama returned to Chicago on Tuesday for the ceremony.',
    quotes: [{ quote: 'Museum Will Tell the Whole Story', speaker: 'Barack Obama', rule: 'headline-says' }],
  },
  {
    section: 'headline-says',
    note: 'negative: a headline with no reporting verb',
    text: 'Coast Braces for Floods as Storm Nears\n\nResidents of the seaside towns filled sandbags on Thursday.',
    quotes: [],
  },

  // ── mixed quotes: the fragment is mixed, the clause is not indirect too ─
  {
    section: 'mixed',
    note: 'said the plan was “…”: mixed fragment only',
    text: 'Senate leader Mitch Harlan said the plan was “dead on arrival” in the Senate.',
    quotes: [],
    mixed: ['dead on arrival'],
  },
  {
    section: 'mixed',
    note: 'said that … “…” at the end: mixed fragment only',
    text: 'Governor Ruth Kim said that the proposal was “a gift to polluters”.',
    quotes: [],
    mixed: ['a gift to polluters'],
  },

  // ── not speech: beliefs, intentions, questions ─────────────────────────
  {
    section: 'belief-clause',
    note: 'belief: thinks, for a named person',
    text: 'Trump thinks the polls are rigged against him.',
    quotes: [{ quote: 'the polls are rigged against him', speaker: 'Trump', rule: 'belief-clause' }],
  },
  {
    section: 'belief-clause',
    note: 'belief: believed that, for a described person',
    text: 'The minister believed that the talks would collapse before the summer.',
    quotes: [{ quote: 'the talks would collapse before the summer', rule: 'belief-clause' }],
  },
  {
    section: 'belief-clause',
    note: 'belief: fear, for a group',
    text: 'Some harbour pilots fear the new channel will silt up within a decade.',
    quotes: [{ quote: 'the new channel will silt up within a decade', rule: 'belief-clause' }],
  },
  {
    section: 'belief-clause',
    note: 'negative: a belief in the first person is no attribution',
    text: 'I think the tunnel can open by 2030 if the money comes through.',
    quotes: [],
  },
  {
    section: 'belief-clause',
    note: 'negative: "who do you think" names no believer',
    text: 'Who do you think will win the league this year, now that the season is half over?',
    quotes: [],
  },
  {
    section: 'belief-clause',
    note: 'negative: "was thought to be" is no belief of anyone named',
    text: 'The ferry was thought to be safe by most of the crew until the storm came.',
    quotes: [],
  },
  {
    section: 'not-speech',
    note: 'intention: wants to',
    text: 'Senator Amy Walsh wants to run again for the seat in 2028.',
    quotes: [],
  },
  {
    section: 'not-speech',
    note: 'intention: plans to',
    text: 'He plans to visit Ohio and Michigan next month.',
    quotes: [],
  },
  {
    section: 'not-speech',
    note: '"said nothing about": no statement reported',
    text: 'The festival’s director said nothing about the cancelled shows.',
    quotes: [],
  },
  {
    section: 'asked-question',
    note: 'a question is reported speech: asked whether',
    text: 'Reporters asked whether the minister would resign over the scandal.',
    quotes: [{ quote: 'whether the minister would resign over the scandal', speaker: 'Reporters', rule: 'asked-question' }],
  },
  {
    section: 'not-speech',
    note: 'question: would not say whether',
    text: 'The spokesman would not say whether the company had been warned.',
    quotes: [],
  },
  {
    section: 'not-speech',
    note: 'question: did not tell reporters whether',
    text: 'She did not tell reporters whether the talks would continue next week.',
    quotes: [],
  },
  {
    section: 'subject-act-object',
    note: 'the progressive of an act: is demanding',
    text: 'Governor Lena Marsh is demanding that the utility refund every customer charged twice.',
    quotes: [{ quote: 'that the utility refund every customer charged twice', speaker: 'Lena Marsh', rule: 'subject-act-object' }],
  },
  {
    section: 'subject-act-object',
    note: 'the progressive past an adverb: is once again questioning',
    text: 'Senator Paul Okafor is once again questioning the safety record of the new rail line.',
    quotes: [{ quote: 'the safety record of the new rail line', speaker: 'Paul Okafor', rule: 'subject-act-object' }],
  },
  {
    section: 'subject-act-object',
    note: 'the progressive of a multi-word act: is calling for',
    text: 'The union is calling for an independent inquiry into the mine collapse.',
    quotes: [{ quote: 'an independent inquiry into the mine collapse', rule: 'subject-act-object' }],
  },
  {
    section: 'not-speech',
    note: 'a participle that is no progressive: the defending champion',
    text: 'The defending champion was knocked out of the tournament in the second round.',
    quotes: [],
  },
  {
    section: 'not-speech',
    note: 'a participle as a modifier: questioning looks',
    text: 'Questioning looks followed the mayor as he left the hall without a word.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'a semicolon ends the reported clause',
    text: 'Investigators said the fire started in the kitchen; the family had left the house an hour earlier.',
    quotes: [{ quote: 'the fire started in the kitchen', speaker: 'Investigators', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'the writer’s next clause, with a subject of its own, after a comma and "and"',
    text: 'The mayor said the bridge would reopen next month, and the state has already paid for the repairs.',
    quotes: [{ quote: 'the bridge would reopen next month', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a second reported clause joined by "and" stays in the quote',
    text: 'The minister said prices would fall and wages would rise by the end of the year.',
    quotes: [{ quote: 'prices would fall and wages would rise by the end of the year', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a relative adverb before the speaker: where analysts say',
    text: 'The plant will close in Dayton, where analysts say the local economy has already slowed sharply.',
    quotes: [{ quote: 'the local economy has already slowed sharply', speaker: 'analysts', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a relative pronoun in the speaker: many of whom say',
    text: 'The mayor met with the families of the victims, many of whom say the city ignored repeated warnings about the dam.',
    quotes: [{ quote: 'the city ignored repeated warnings about the dam', rule: 'subject-cue-that' }],
  },
  {
    section: 'clause-according-to',
    note: 'no comma before the cue',
    text: 'The governor leads the race by nine points according to a poll by the Lakeview Institute.',
    quotes: [{ quote: 'The governor leads the race by nine points', rule: 'clause-according-to' }],
  },
  {
    section: 'according-to-clause',
    note: 'the cue after a colon',
    text: 'The shift is plain: according to recent surveys, most renters now expect to pay more next year.',
    quotes: [{ quote: 'most renters now expect to pay more next year', rule: 'according-to-clause' }],
  },
  {
    section: 'according-to-clause',
    note: 'the cue after an opening parenthesis',
    text: '(According to the transit authority, the line carries 40,000 riders a day.)',
    quotes: [{ quote: 'the line carries 40,000 riders a day', rule: 'according-to-clause' }],
  },
  {
    section: 'not-speech',
    note: 'according to plan, with no comma, names no source',
    text: 'The launch went ahead on Tuesday morning according to plan.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'an opening adverbial after "But" is no reported clause',
    text: 'But despite the warm welcome, the envoy said the talks had made no progress.',
    quotes: [{ quote: 'the talks had made no progress', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'an opening time phrase ending in "later" is no reported clause',
    text: 'A few minutes later, the coach said the match would be replayed on Sunday.',
    quotes: [{ quote: 'the match would be replayed on Sunday', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'an opening comparison with "like" is no reported clause',
    text: 'Like other farmers who lost crops to the drought, Ms. Duarte said she would sell part of her land.',
    quotes: [{ quote: 'she would sell part of her land', speaker: 'Duarte', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a dateline before the sentence',
    text: 'OSLO (Reuters) — Weeks after the vote, the prime minister said the coalition would hold.',
    quotes: [{ quote: 'the coalition would hold', rule: 'subject-cue-that' }],
  },
  {
    section: 'clause-subject-cue',
    note: 'a clause before the attribution still counts when it has its own subject',
    text: 'The ferry will stop running in October, the operator said on Monday.',
    quotes: [{ quote: 'The ferry will stop running in October', rule: 'clause-subject-cue' }],
  },
  {
    section: 'not-speech',
    note: 'a possessive makes the cue a noun: the senator’s remarks',
    text: 'The senator’s remarks drew a sharp rebuke from party leaders on Monday.',
    quotes: [],
  },
  {
    section: 'not-speech',
    note: 'a name before a cue word that is a noun: the Harbor attacks',
    text: 'The Harbor attacks changed how voters in the region think about security.',
    quotes: [],
  },
  {
    section: 'not-speech',
    note: 'maintains a lead is no speech',
    text: 'Governor Ruiz maintains a wide lead over her rival among suburban voters.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'maintains that is speech',
    text: 'Governor Ruiz maintains that the budget will balance without new taxes.',
    quotes: [{ quote: 'the budget will balance without new taxes', speaker: 'Ruiz', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a subject with a relative clause of its own',
    text: 'Tenant groups that have backed the measure say the rent cap will keep families in their homes.',
    quotes: [{ quote: 'the rent cap will keep families in their homes', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a comparison set off by commas between subject and cue',
    text: 'Local bankers, like their rivals in the capital, say lending will slow through the winter.',
    quotes: [{ quote: 'lending will slow through the winter', rule: 'subject-cue-that' }],
  },
  {
    section: 'relative-object',
    note: 'an object relative after an -ed verb no list holds: approved the plan that critics say …',
    text: 'The council approved the plan that critics say would flood the valley.',
    quotes: [{ quote: 'would flood the valley', speaker: 'critics', rule: 'relative-object' }],
  },
  {
    section: 'saying-clause',
    note: 'a promise after the main clause: promising to …',
    text: 'The governor toured the flooded towns on Friday, promising to rebuild every damaged bridge by spring.',
    quotes: [{ quote: 'to rebuild every damaged bridge by spring', speaker: 'governor', rule: 'saying-clause' }],
  },
  {
    section: 'not-speech',
    note: 'promising as an adjective is no promise',
    text: 'The team signed a promising young striker from the second division.',
    quotes: [],
  },
  {
    section: 'subject-act-object',
    note: 'a document subject with a modifier: video of the crash shows',
    text: 'Video of the crash shows the truck crossing the center line seconds before impact.',
    quotes: [{ quote: 'the truck crossing the center line seconds before impact', rule: 'subject-act-object' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a document subject with a participle: records filed with the county show',
    text: 'Records filed with the county show the developer paid no property tax for three years.',
    quotes: [{ quote: 'the developer paid no property tax for three years' }],
  },
  {
    section: 'clause-subject-cue',
    note: 'evidence closing the sentence: an analysis … shows',
    text: 'Donations to the two campaigns passed $40 million in June, an analysis of campaign filings shows.',
    quotes: [{ quote: 'Donations to the two campaigns passed $40 million in June', rule: 'clause-subject-cue' }],
  },
  {
    section: 'subject-act-object',
    note: 'a document noun opening the sentence is no name: Polls show',
    text: 'Polls show a tight race in the northern districts.',
    quotes: [{ quote: 'a tight race in the northern districts', rule: 'subject-act-object' }],
  },
  {
    section: 'not-speech',
    note: 'a show that is a programme, not evidence',
    text: 'The cooking show returns to the network in March with a new host.',
    quotes: [],
  },
  {
    section: 'subject-act-object',
    note: 'the object ends before a second predicate of the subject',
    text: 'The regulator praised the bank’s new lending rules but also fined it $2 million for past abuses.',
    quotes: [{ quote: 'the bank’s new lending rules', rule: 'subject-act-object' }],
  },
  {
    section: 'subject-act-object',
    note: 'the object ends before the writer’s own circumstance: as NAME …',
    text: 'The council condemned the missile test as Northland fired two more rockets into the sea.',
    quotes: [{ quote: 'the missile test', rule: 'subject-act-object' }],
  },
  {
    section: 'subject-cue-that',
    note: 'reworded text: "famous" for "noted"',
    text: 'The mayor famous that the new bus lanes had cut travel times by a fifth.',
    quotes: [{ quote: 'the new bus lanes had cut travel times by a fifth', rule: 'subject-cue-that' }],
  },
  {
    section: 'clause-subject-cue',
    note: 'reworded text: "famous" closing the sentence',
    text: 'The harbour will reopen to cargo ships next month, the minister famous.',
    quotes: [{ quote: 'The harbour will reopen to cargo ships next month', rule: 'clause-subject-cue' }],
  },
  {
    section: 'not-speech',
    note: '"famous" as an adjective',
    text: 'The famous bridge, which is famous for its lights, was closed to traffic for repairs.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'reworded text: "introduced" for "announced", with a clause',
    text: 'The airline introduced on Monday that it would drop the route to Lagos in March.',
    quotes: [{ quote: 'it would drop the route to Lagos in March', rule: 'subject-cue-that' }],
  },
  {
    section: 'not-speech',
    note: '"introduced" a bill is no statement',
    text: 'The senator introduced a bill to ban the sale of fireworks to minors.',
    quotes: [],
  },
  {
    section: 'asked-question',
    note: 'reworded text: "requested whether" for "asked whether"',
    text: 'Lawmakers also requested whether the contracts required the firms to disclose their donors.',
    quotes: [{ quote: 'whether the contracts required the firms to disclose their donors', rule: 'asked-question' }],
  },
  {
    section: 'tell-to',
    note: 'reworded text: "informed X to" for "told X to"',
    text: 'The governor informed her aides to find a way to cut the deficit without new taxes.',
    quotes: [{ quote: 'her aides to find a way to cut the deficit without new taxes', rule: 'tell-to' }],
  },
  {
    section: 'subject-act-object',
    note: 'reworded text: "referred to as for" for "called for"',
    text: 'The union referred to as for an independent inquiry into the mine collapse.',
    quotes: [{ quote: 'an independent inquiry into the mine collapse', rule: 'subject-act-object' }],
  },
  {
    section: 'subject-act-object',
    note: 'a mention with a noun phrase: mentioned the closures',
    text: 'At the hearing, the commissioner mentioned the school closures as an example of poor planning.',
    quotes: [{ quote: 'the school closures as an example of poor planning', rule: 'subject-act-object' }],
  },
  {
    section: 'not-speech',
    note: 'a mention in the passive is no act of the subject',
    text: 'The closures were mentioned in the annual report of the school board.',
    quotes: [],
  },
  {
    section: 'subject-act-object',
    note: 'offered words: offered his condolences',
    text: 'The prime minister offered his condolences to the families of the miners on Tuesday.',
    quotes: [{ quote: 'his condolences to the families of the miners', rule: 'subject-act-object' }],
  },
  {
    section: 'not-speech',
    note: 'offers in the present describes, it reports no words',
    text: 'The new program offers free bus passes to students who live more than two miles from school.',
    quotes: [],
  },
  {
    section: 'subject-act-object',
    note: 'a discussion: discussed the budget',
    text: 'The two leaders discussed the budget dispute during a phone call on Sunday.',
    quotes: [{ quote: 'the budget dispute' }],
  },
  {
    section: 'headline-colon',
    note: 'a poll that the story goes on to name speaks in its headline',
    text: 'Poll: Most Renters Expect Higher Costs Next Year\n\nA new poll by the Lakeview Institute finds that renters expect to pay more in 2027.',
    quotes: [
      { quote: 'Most Renters Expect Higher Costs Next Year', rule: 'headline-colon' },
      { quote: 'that renters expect to pay more in 2027' },
    ],
  },
  {
    section: 'not-speech',
    note: 'a document word in a headline that the story never names again',
    text: 'Report: What to Know Before the Storm\n\nForecasters expect heavy rain along the coast on Friday.',
    quotes: [],
  },
  {
    section: 'subject-act-object',
    note: 'a time after the act is no object: announced on Friday the arrest …',
    text: 'Police announced on Friday the arrest of a man in the shooting at the harbour market.',
    quotes: [{ quote: 'the arrest of a man in the shooting at the harbour market', rule: 'subject-act-object' }],
  },
  {
    section: 'not-speech',
    note: 'an act whose only object is a time: announced Monday morning',
    text: 'The clinic will publish its records soon, a spokesman announced Monday morning.',
    quotes: [{ quote: 'The clinic will publish its records soon', rule: 'clause-subject-cue' }],
  },
  {
    section: 'not-speech',
    note: '"spoke for about five minutes": a length of time is no topic',
    text: 'The two presidents spoke for about five minutes before the dinner began.',
    quotes: [],
  },
  {
    section: 'not-speech',
    note: 'an unlisted plural noun before a relative "that": the rules that could …',
    text: 'The agency drafted new rules that could close dozens of coal plants across the region.',
    quotes: [],
  },
  {
    section: 'clause-subject-cue',
    note: 'the speaker vouches for the clause after ", but"',
    text: 'The city had resisted the tolls for years, but the traffic had become so bad that the plan was revived, the mayor noted.',
    quotes: [{ quote: 'the traffic had become so bad that the plan was revived', rule: 'clause-subject-cue' }],
  },
  {
    section: 'subject-cue-that',
    note: 'another subject’s act after "and" ends the clause, though no lexicon lists the verb',
    text: 'Republicans said the agency had mishandled the inquiry and Democrats accused them of playing politics.',
    quotes: [
      { quote: 'the agency had mishandled the inquiry', speaker: 'Republicans', rule: 'subject-cue-that' },
      { quote: 'them of playing politics', speaker: 'Democrats', rule: 'subject-act-object' },
    ],
  },
  {
    section: 'subject-cue-that',
    note: 'a cue in an opening subordinate clause reports only up to its comma',
    text: 'When the mayor said the budget would balance, the council voted to raise the parking fees.',
    quotes: [{ quote: 'the budget would balance', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-act-object',
    note: 'an act with an indefinite object is no clause: promised a veto and …',
    text: 'The White House has promised a veto and urged lawmakers of both parties to reject the bill.',
    quotes: [
      { quote: 'a veto', rule: 'subject-act-object' },
      { quote: 'lawmakers of both parties to reject the bill', rule: 'subject-act-object' },
    ],
  },
  {
    section: 'not-speech',
    note: 'a listed noun before a relative "that" with a modal: rules that could …',
    text: 'The agency adopted Clean Water Act rules that could close dozens of farms.',
    quotes: [],
  },
  {
    section: 'not-speech',
    note: 'a cue word before a noun and its auxiliary is a noun: state troopers will …',
    text: 'The Guard and state troopers will remain in the city through Sunday.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'the writer’s appositive on the last name ends the clause',
    text: 'The senator said she would not endorse Governor Hale, the presumed front-runner.',
    quotes: [{ quote: 'she would not endorse Governor Hale', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a clause of its own after the name’s comma stays in the quote',
    text: 'The minister said the vote in Geneva was close, the opposition had won two seats.',
    quotes: [{ quote: 'the vote in Geneva was close, the opposition had won two seats', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'an answer of yes or no is what was said',
    text: 'Asked whether the port should stay open, 72 percent of residents said yes.',
    quotes: [
      { quote: 'whether the port should stay open', rule: 'asked-question' },
      { quote: 'yes', rule: 'subject-cue-that' },
    ],
  },
  {
    section: 'not-speech',
    note: 'an agent noun before a relative "that": few investors that the state could press',
    text: 'Unlike the old owner, the new firm has few Wall Street investors that the state could press for the costs.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'the clause opens after the comma that follows "that"',
    text: 'Aides say that, in addition to the mayor, the governor would attend the opening.',
    quotes: [{ quote: 'in addition to the mayor, the governor would attend the opening', rule: 'subject-cue-that' }],
  },
  {
    section: 'clause-according-to',
    note: 'the source vouches for the circumstance after ", with"',
    text: 'Women gave more than ever this year, with about two-thirds of the money still coming from men, according to the Giving Institute.',
    quotes: [{ quote: 'about two-thirds of the money still coming from men', rule: 'clause-according-to' }],
  },
  {
    section: 'subject-act-object',
    note: 'an act in an opening clause ends with that clause',
    text: 'Months after she mocked him on Twitter, Mayor Ruth Okafor says the contractor was treated fairly by the city.',
    quotes: [
      { quote: 'him on Twitter', rule: 'subject-act-object' },
      { quote: 'the contractor was treated fairly by the city', speaker: 'Ruth Okafor', rule: 'subject-cue-that' },
    ],
  },
  {
    section: 'subject-act-object',
    note: '"announced on her page" names where, not what: the object is after it or nothing',
    text: 'Recently the councilwoman announced on her Facebook page that she would run again.',
    quotes: [{ quote: 'she would run again' }],
  },
  {
    section: 'not-speech',
    note: 'a passive past an adverb reports no act of the subject',
    text: 'The senator was also endorsed the day before by a former rival.',
    quotes: [],
  },
  {
    section: 'not-speech',
    note: 'a cue word before an auxiliary is a noun: nomination questions are likely …',
    text: 'Nomination questions are likely to move to the fore in the race.',
    quotes: [],
  },
  {
    section: 'not-speech',
    note: 'no reply to attempts to reach him reports no words',
    text: 'The contractor did not respond to attempts to reach him on Friday.',
    quotes: [],
  },
  {
    section: 'not-speech',
    note: 'found itself: no finding',
    text: 'After the vote, the network found itself playing host to the candidates night after night.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'a description before the name is the speaker’s, not a clause: A lawyer for …, NAME, said',
    text: 'A lawyer for the two newspapers, Dana Whitfield, said no decision had been made about an appeal.',
    quotes: [{ quote: 'no decision had been made about an appeal', speaker: 'Dana Whitfield', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'an opening clause before the speaker is not what a cue with its own clause reports',
    text: 'Later, after the board asked the staff to search their files, Ortega said that one of the memos showed the budget had been cut twice.',
    quotes: [{ quote: 'the staff to search their files', rule: 'asked-question' }, { quote: 'one of the memos showed the budget had been cut twice', speaker: 'Ortega', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'an opening clause before the speaker, no "that": the clause after the cue',
    text: 'When the hearing resumed in the afternoon, the commissioner said the agency would publish its findings in May.',
    quotes: [{ quote: 'the agency would publish its findings in May', rule: 'subject-cue-that' }],
  },
  {
    section: 'clause-subject-cue',
    note: 'a closing attribution still reports the clause before it (negative for the opening-clause rule)',
    text: 'After the storm passed, the crews restored power to most homes within a day, the utility said.',
    quotes: [{ quote: 'the crews restored power to most homes within a day', rule: 'clause-subject-cue' }],
  },
  {
    section: 'subject-cue-that',
    note: 'the subject of "and said" after an opening phrase, the first verb no cue',
    text: 'In her remarks, Okafor thanked the volunteers for their work and said the council would vote on it next month.',
    quotes: [{ quote: 'Okafor thanked the volunteers for their work', speaker: 'Okafor', rule: 'in-source' }, { quote: 'the council would vote on it next month', speaker: 'Okafor', rule: 'subject-cue-that' }],
  },
  {
    section: 'in-source',
    note: 'a person named after a venue of speech is the speaker, not the venue',
    text: 'In a televised speech on Sunday, Prime Minister Ana Ruiz struck a conciliatory tone toward the unions.',
    quotes: [{ quote: 'Prime Minister Ana Ruiz struck a conciliatory tone toward the unions', speaker: 'Ana Ruiz', rule: 'in-source' }],
  },
  {
    section: 'in-source',
    note: 'a share of respondents after a poll: the poll is the source',
    text: 'In a survey released Friday, nearly half of renters were behind on their payments.',
    quotes: [{ quote: 'nearly half of renters were behind on their payments', speaker: 'a survey released Friday', rule: 'in-source' }],
  },
  {
    section: 'clause-subject-cue',
    note: 'two openings in a row before the reported clause: In all, though,',
    text: 'In all, though, the two sides are closer to a deal than at any time this year, Professor Lindqvist said.',
    quotes: [{ quote: 'the two sides are closer to a deal than at any time this year', speaker: 'Lindqvist', rule: 'clause-subject-cue' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a second verb after "but" and a time: but on Tuesday wrote that …',
    text: 'The columnist has been critical of the mayor but on Tuesday wrote that she agreed with him about the budget.',
    quotes: [{ quote: 'she agreed with him about the budget', speaker: 'The columnist', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a second verb after "and later"',
    text: 'The senator voted against the bill and later said the vote had been a mistake.',
    quotes: [{ quote: 'the vote had been a mistake', speaker: 'The senator', rule: 'subject-cue-that' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a verb no list holds before a clause whose auxiliary comes before a preposition',
    text: 'Ana Ruiz voiced the harbour would reopen in the spring.',
    quotes: [{ quote: 'the harbour would reopen in the spring', speaker: 'Ana Ruiz' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a present tense no list holds before a subject pronoun, past an adverb',
    text: 'Okafor now voices she opposes the harbour deal.',
    quotes: [{ quote: 'she opposes the harbour deal', speaker: 'Okafor' }],
  },
  {
    section: 'subject-cue-that',
    note: 'an unlisted verb after a surname with an apostrophe, before a plural subject',
    text: "The fire was out by dawn.\n\nO'Brien propounded investigators are still reviewing the footage.",
    quotes: [{ quote: 'investigators are still reviewing the footage', speaker: "O'Brien" }],
  },
  {
    section: 'subject-cue-that',
    note: 'an unlisted present tense right before a name',
    text: 'The budget vote is on Monday.\n\nAna Ruiz verbalizes Tom Berg is wrong about the harbour tax.',
    quotes: [{ quote: 'Tom Berg is wrong about the harbour tax', speaker: 'Ana Ruiz' }],
  },
  {
    section: 'subject-cue-that',
    note: 'an unlisted verb after a party tag in parentheses',
    text: 'The bill passed the House.\n\nRep. Ana Ruiz (D-Ore.) verbalized the bill does not go far enough.',
    quotes: [{ quote: 'the bill does not go far enough', speaker: 'Ana Ruiz' }],
  },
  {
    section: 'subject-cue-that',
    note: 'an unlisted verb before a clause whose auxiliary is a negative contraction',
    text: 'The bill passed the House.\n\nRuiz verbalized Berg doesn’t understand the harbour budget.',
    quotes: [{ quote: 'Berg doesn’t understand the harbour budget', speaker: 'Ruiz' }],
  },
  {
    section: 'subject-cue-that',
    note: 'an unlisted present tense after a surname that opens the sentence, before a pronoun',
    text: 'The talks ended.\n\nBerg verbalizes he has fought for the harbour budget for years.',
    quotes: [{ quote: 'he has fought for the harbour budget for years', speaker: 'Berg' }],
  },
  {
    section: 'subject-cue-that',
    note: 'an unlisted verb before a contracted pronoun, after an apposition',
    text: 'The talks ended.\n\nRuiz, a Berg ally, recited he’d argued for the tax since March.',
    quotes: [{ quote: 'he’d argued for the tax since March', speaker: 'Ruiz' }],
  },
  {
    section: 'subject-cue-that',
    note: 'an unlisted verb after a share of those polled',
    text: 'The poll closed on Friday.\n\nAnother 19 percent propounded they would not pick either candidate.',
    quotes: [{ quote: 'they would not pick either candidate' }],
  },
  {
    section: 'subject-cue-that',
    note: 'an unlisted verb before a clause whose subject has an "of" complement',
    text: 'The vote was close.\n\nCouncillors recited the timing of the ferry report was not intentional.',
    quotes: [{ quote: 'the timing of the ferry report was not intentional', speaker: 'Councillors' }],
  },
  {
    section: 'subject-cue-that',
    note: 'an unlisted verb before a clause that opens with "about" and a number',
    text: 'The seat is open.\n\nRuiz verbalized about 20 people have asked about the seat.',
    quotes: [{ quote: 'about 20 people have asked about the seat', speaker: 'Ruiz' }],
  },
  {
    section: 'subject-cue-that',
    note: 'an unlisted verb in the perfect, before a pronoun',
    text: 'The video is not public.\n\nPolice have propounded they have no plans to release it.',
    quotes: [{ quote: 'they have no plans to release it', speaker: 'Police' }],
  },
  {
    section: 'subject-cue-that',
    note: 'negative: a question word after "of" opens a clause of its own',
    text: 'The plan was old.\n\nThe mayor unveiled the first draft of what would become the harbour plan.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'negative: a quantifier opening the sentence is no name',
    text: 'The day was long.\n\nSeveral times she walked to the harbour and back.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'negative: past "of", a participle and a preposition are no clause',
    text: 'The night was cold.\n\nTom Berg rested the body of the wounded dog across his knee until the vet was there.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'an unlisted verb, whom it was said to, then "that"',
    text: 'The plan was new.\n\nCampaign spokesman Ian Tully notified The Harbour Gazette that the policy would cover single parents.',
    quotes: [{ quote: 'the policy would cover single parents', speaker: 'Ian Tully' }],
  },
  {
    section: 'subject-cue-that',
    note: 'an unlisted verb of a listener that is a group, after an opening phrase',
    text: 'The plan was new.\n\nIn Honolulu last week, Ana Ruiz notified a meeting of Pacific Island leaders that few people understood the stakes.',
    quotes: [{ quote: 'few people understood the stakes', speaker: 'Ana Ruiz' }],
  },
  {
    section: 'subject-cue-that',
    note: 'an unlisted second verb of the subject, before a pronoun',
    text: 'The plan was new.\n\nTom Berg backed the mayor for years and propounded he did not support the new tax.',
    quotes: [{ quote: 'he did not support the new tax', speaker: 'Tom Berg' }],
  },
  {
    section: 'subject-cue-that',
    note: 'negative: "it dawned on" someone names no listener and no speaker',
    text: 'The plan was new.\n\nIt slowly dawned on Tom Berg that the ferry would not come back.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'negative: a day before "that" is no listener',
    text: 'The plan was new.\n\nAna Ruiz delivered a message Sunday that resonates with many mayors.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'negative: participles opening a sentence are no subject of a second verb',
    text: 'The plan was new.\n\nSurprised and alarmed they proceeded into the hall.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'an unlisted verb, where it was said, then "that"',
    text: 'The talks ended.\n\nAna Ruiz expounds in Harbour City that she’s ready to run again.',
    quotes: [{ quote: 'she’s ready to run again', speaker: 'Ana Ruiz' }],
  },
  {
    section: 'subject-cue-that',
    note: 'negative: a place and a relative "that" report nothing',
    text: 'The talks ended.\n\nTom Berg worked in the office that had no windows.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'an unlisted present tense before a clause that opens with a determiner',
    text: 'The talks ended.\n\nThe Ruiz campaign expounds the ad will air on cable stations this week.',
    quotes: [{ quote: 'the ad will air on cable stations this week', speaker: 'Ruiz campaign' }],
  },
  {
    section: 'subject-cue-that',
    note: 'negative: an adjective is no subject of an unlisted verb ("Democratic registered voters")',
    text: 'Most Democratic registered voters say they have not decided.',
    quotes: [{ quote: 'they have not decided', speaker: 'Most Democratic registered voters' }],
  },
  {
    section: 'subject-cue-that',
    note: 'negative: a plural noun in -ies after a name is no verb',
    text: 'A lawyer for the charity spoke on Monday.\n\nThe office oversees Oregon charities and has been investigating the foundation since March.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'an unlisted past tense, a time, then "that"',
    text: 'Harbour spokesman Ian Tully expounded Monday that the ferry would resume in May.',
    quotes: [{ quote: 'the ferry would resume in May', speaker: 'Ian Tully' }],
  },
  {
    section: 'clause-according-to',
    note: '"as per" is "according to"',
    text: 'The harbour handled 40,000 containers last year, as per the port authority.',
    quotes: [{ quote: 'The harbour handled 40,000 containers last year', speaker: 'the port authority' }],
  },
  {
    section: 'not-speech',
    note: 'negative: a present tense before "it" is no clause (it is the object)',
    text: 'The council approves it every spring without a vote.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'a present tense no list holds after a two-word name, before a clause with its auxiliary',
    text: 'Mike Ruiz expounds too much is made of the mayor’s late-night posts.',
    quotes: [{ quote: 'too much is made of the mayor’s late-night posts', speaker: 'Mike Ruiz' }],
  },
  {
    section: 'subject-cue-that',
    note: 'an unlisted verb before a definite noun phrase and its past tense',
    text: 'The lawsuit recites the campaign violated state law by using the photographs.',
    quotes: [{ quote: 'the campaign violated state law by using the photographs' }],
  },
  {
    section: 'not-speech',
    note: 'negative: a plural noun after an adjective is no present tense of speech',
    text: 'Many Republican voters could have considered them before the primary.',
    quotes: [],
  },
  {
    section: 'not-speech',
    note: 'negative: a participle after an indefinite object is no clause (approved a bill designed to …)',
    text: 'The House Financial Services Committee approved a bill designed to curb the agency.',
    quotes: [],
  },
  {
    section: 'clause-according-to',
    note: 'a phrase no list holds, "in" + noun + "with", names a document as "according to" does',
    text: 'The harbour handled 40,000 containers last year, in line with the port authority’s annual report.',
    quotes: [{ quote: 'The harbour handled 40,000 containers last year', speaker: 'the port authority’s annual report' }],
  },
  {
    section: 'according-to-clause',
    note: '"as" + participle + "in" opening the sentence, before a document',
    text: 'As detailed in the council’s budget review, the ferry lost $2 million in 2023.',
    quotes: [{ quote: 'the ferry lost $2 million in 2023', speaker: 'the council’s budget review' }],
  },
  {
    section: 'according-to-clause',
    note: 'a participle + "on" opening the sentence, before a survey',
    text: 'Based on a new Harbour Polling survey, most residents back the bridge.',
    quotes: [{ quote: 'most residents back the bridge', speaker: 'a new Harbour Polling survey' }],
  },
  {
    section: 'subject-cue-that',
    note: 'the source phrase opening the sentence yields to the cue of the lexicon in its clause',
    text: 'Based on figures from the port authority, analysts say the harbour will add 200 jobs.',
    quotes: [{ quote: 'the harbour will add 200 jobs', speaker: 'analysts' }],
  },
  {
    section: 'not-speech',
    note: 'negative: "in response to" names no source',
    text: 'The ferry was cancelled, in response to the council’s report.',
    quotes: [],
  },
  {
    section: 'not-speech',
    note: 'negative: the noun after "in common with" heads no source (the rest of …)',
    text: 'The bridge opened in May, in common with the rest of the county’s projects.',
    quotes: [],
  },
  {
    section: 'not-speech',
    note: 'negative: a name after "as" + participle + "by" is no source of its own (as embodied by …)',
    text: 'The ferry resumed service, as embodied by Mayor Ruiz.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'an unlisted verb after a role noun and its determiner ("The mayor"), past an adverb',
    text: 'The mayor also verbalized there had been no complaints about the ferry.',
    quotes: [{ quote: 'there had been no complaints about the ferry', speaker: 'The mayor' }],
  },
  {
    section: 'subject-cue-that',
    note: 'an unlisted verb after a role noun and its possessor',
    text: 'The city’s mayor propounded the ferry would resume in May.',
    quotes: [{ quote: 'the ferry would resume in May', speaker: 'The city’s mayor' }],
  },
  {
    section: 'not-speech',
    note: 'negative: a role that is as often an adjective ("A major") is no subject of an unlisted verb',
    text: 'A major shifted the ferry would resume in May.',
    quotes: [],
  },
  {
    section: 'clause-according-to',
    note: '"as" + an irregular participle + "in" ("as shown in") names a document too',
    text: 'Turnout rose 4 percent, as shown in the county’s figures.',
    quotes: [{ quote: 'Turnout rose 4 percent', speaker: 'the county’s figures' }],
  },
  {
    section: 'subject-cue-that',
    note: 'an unlisted verb before a name and its past tense ("recited Ruiz stopped …")',
    text: 'The ferry was late again.\n\nPort spokesman Peter Cook recited Ana Ruiz stopped the practice in May.',
    quotes: [{ quote: 'Ana Ruiz stopped the practice in May', speaker: 'Peter Cook' }],
  },
  {
    section: 'not-speech',
    note: 'negative: a participle after the name, before "to", is no clause ("thanked Tom Berg invited to …")',
    text: 'The ferry was late again.\n\nThe captain thanked Tom Berg invited to the launch.',
    quotes: [],
  },
  {
    section: 'relative-cue',
    note: 'an unlisted verb after a relative "who", before a pronoun\'s clause',
    text: 'The ferry was late again.\n\nHarbour spokesman Tom Berg, who propounded he would stay on, left the meeting early.',
    quotes: [{ quote: 'he would stay on', speaker: 'Tom Berg' }],
  },
  {
    section: 'subject-cue-that',
    note: 'an unlisted verb before "it" and the past tense of its clause',
    text: 'The ferry was late again.\n\nIn a statement, the Harbour Authority verbalized it actively reviewed every complaint.',
    quotes: [{ quote: 'it actively reviewed every complaint' }],
  },
  {
    section: 'subject-cue-that',
    note: 'an unlisted verb after a plural noun, before a pronoun\'s clause',
    text: 'The ferry was late again.\n\nSeveral ferry captains propounded they had not been consulted.',
    quotes: [{ quote: 'they had not been consulted', speaker: 'Several ferry captains' }],
  },
  {
    section: 'not-speech',
    note: 'negative: "it" and a participle that ends the sentence are an object and its complement ("considered it fixed")',
    text: 'The ferry was late again.\n\nThe mayor considered it fixed.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: 'an unlisted present tense after a surname that opens the sentence, before a clause',
    text: 'The ferry was late again.\n\nRuiz expounds the new fares were set too high.',
    quotes: [{ quote: 'the new fares were set too high', speaker: 'Ruiz' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a plural noun before a verb of the lexicon is no present tense of its own ("Protest groups say")',
    text: 'The ferry was late again.\n\nProtest groups say the new route is unsafe.',
    quotes: [{ quote: 'the new route is unsafe', speaker: 'Protest groups' }],
  },
  {
    section: 'not-speech',
    note: 'negative: a present tense before "among" is no verb of a clause ("Clinton leads among …")',
    text: 'The ferry was late again.\n\nClinton leads among older voters while Trump is ahead with men.',
    quotes: [],
  },
  {
    section: 'clause-subject-cue',
    note: 'a name that closes the clause after its preposition is no subject of the inverted "said" after the comma',
    text: 'The ferry was late again.\n\nThe new ferry lacks support on the council in Dunmore, said Mira Olsen, a harbour historian.',
    quotes: [{ quote: 'The new ferry lacks support on the council in Dunmore', speaker: 'Mira Olsen' }],
  },
  {
    section: 'clause-subject-cue',
    note: 'negative: a noun phrase before an inverted "said" that goes on after the name is no clause',
    text: 'The ferry was late again.\n\nThe problem with the ferries, said Olsen, is cost.',
    quotes: [],
  },
  {
    section: 'not-speech',
    note: 'negative: "tell her" after a name and its comma is an errand, not an inverted cue',
    text: 'The ferry was late again.\n\nShe must write to Lady Ashby, tell her everything, and wait for the reply.',
    quotes: [],
  },
  {
    section: 'subject-cue-that',
    note: '"state" before a noun is its modifier and does not end the clause ("federal and state law")',
    text: 'The ferry was late again.\n\nIt says the operator broke federal and state law by overloading the ferry.',
    quotes: [{ quote: 'the operator broke federal and state law by overloading the ferry' }],
  },
  {
    section: 'not-speech',
    note: 'negative: "and state Sen." is a title, not the verb "state"',
    text: 'The ferry was late again.\n\nThe mayor spoke first and state Sen. Ana Ruiz followed her to the podium.',
    quotes: [],
  },
  {
    section: 'clause-subject-cue',
    note: 'the lower-case words of a title before its role noun, back to the comma ("harbour authority spokesman")',
    text: 'The ferry was late again.\n\nFares will rise next spring, harbour authority spokesman Tomas Berg said.',
    quotes: [{ quote: 'Fares will rise next spring', speaker: 'Tomas Berg' }],
  },
  {
    section: 'clause-subject-cue',
    note: 'negative: a subordinator before a titled name opens no title ("though Captain Ana Ruiz had been warned")',
    text: 'The ferry was late again.\n\nThe ferry left on time, though Captain Ana Ruiz had been warned of the storm.',
    quotes: [],
  },
  {
    section: 'clause-subject-cue',
    note: 'a clause after a semicolon starts at its first word, not at the semicolon',
    text: 'The ferry was late again.\n\nRuiz argued that the fares were too high; the council had ignored the drivers, she said.',
    quotes: [{ quote: 'the fares were too high', speaker: 'Ruiz' }, { quote: 'the council had ignored the drivers' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a subject with a relative clause of "whose" and its noun before "say"',
    text: 'The ferry was late again.\n\nThe harbour pilots whose contracts have been cancelled say the new ferry is unsafe.',
    quotes: [{ quote: 'the new ferry is unsafe', speaker: 'The harbour pilots whose contracts have been cancelled' }],
  },
  {
    section: 'subject-cue-that',
    note: 'a subject of more than ten words, with a relative clause whose verb is an irregular past ("who came")',
    text: 'The ferry was late again.\n\nBut many ferry captains who came to the harbour office to protest this week\'s timetable say they will strike on Monday.',
    quotes: [{ quote: 'they will strike on Monday', speaker: 'many ferry captains who came to the harbour office to protest this week\'s timetable' }],
  },
  {
    section: 'subject-cue-that',
    note: 'negative: a long subject with no relative clause of a person is no speaker ("the fares that the council set … say nothing")',
    text: 'The ferry was late again.\n\nThe new timetable and the fares that the council set in the spring after a long and bitter debate say nothing.',
    quotes: [],
  },
  {
    section: 'clause-according-to',
    note: 'a noun of those who speak that modifies a plural after a number ("seven email chains") makes no present tense of a verb',
    text: 'The ferry was late again.\n\nThe records were kept in 22 folders, across seven email chains, that were sent by the harbour office, according to a council spokesman.',
    quotes: [{ quote: 'The records were kept in 22 folders, across seven email chains, that were sent by the harbour office', speaker: 'a council spokesman' }],
  },
  {
    section: 'subject-cue-that',
    note: 'after a quotation of the sentence, "told" with a listener and "that" still reports its own clause',
    text: 'The ferry was late again.\n\nCiting “obligations at the harbour,” the mayor’s spokeswoman told the Gazette that the mayor will skip the ceremony.',
    quotes: [{ quote: 'the mayor will skip the ceremony' }],
    mixed: ['obligations at the harbour,'],
  },
  {
    section: 'asked-question',
    note: 'a question put by a noun with its article after "asked by" ("when asked by a reporter whether …")',
    text: 'The ferry was late again.\n\nWhen asked by a reporter whether the new timetable differed from the old one, Ruiz said no.',
    quotes: [{ quote: 'whether the new timetable differed from the old one', speaker: 'a reporter' }],
  },
  {
    section: 'asked-question',
    note: 'a question after a listener and "which" or "who" ("asked our readers which …")',
    text: 'The ferry was late again.\n\nThe harbour office asked its passengers which crossing they liked best.',
    quotes: [{ quote: 'its passengers which crossing they liked best', speaker: 'The harbour office' }],
  },
  {
    section: 'asked-question',
    note: 'a question put by a second verb of the sentence\'s subject ("… and asked workers if …")',
    text: 'The ferry was late again.\n\nMayor Ruiz shook hands on the quay and asked the crews if they would work on Sunday.',
    quotes: [{ quote: 'the crews if they would work on Sunday', speaker: 'Ruiz' }],
  },
  {
    section: 'asked-question',
    note: 'negative: a second verb that asks someone to do something reports no question ("… and asked the crowd to welcome …")',
    text: 'The ferry was late again.\n\nMayor Ruiz shook hands on the quay and asked the crowd to welcome the new captain.',
    quotes: [],
  },
  {
    section: 'headline-colon',
    note: 'a person\'s "Name: statement" headline whose statement holds words in single marks but no verb the tables read',
    text: 'Ruiz: Council’s ‘Reckless Timetable’ Sinking Harbour’s Ferry Plan\n\nOn Monday, Mayor Ana Ruiz spoke at the harbour.',
    quotes: [{ quote: 'Council’s ‘Reckless Timetable’ Sinking Harbour’s Ferry Plan', speaker: 'Ana Ruiz' }],
  },
  {
    section: 'clause-according-to',
    note: 'a dash that closes an aside before "according to" is the clause\'s comma ("… — including …  — according to X")',
    text: 'The ferry was late again.\n\nIn 2015, the harbour had 40 late crossings — including storms, strikes and breakdowns — according to the latest records of the port authority.',
    quotes: [{ quote: 'In 2015, the harbour had 40 late crossings — including storms, strikes and breakdowns' }],
  },
  {
    section: 'according-to-clause',
    note: 'negative for the rule above: one dash before "according to" still opens a clause after its source',
    text: 'The ferry was late again.\n\nThe ferry ran late — according to the harbour office, the storm was to blame.',
    quotes: [{ quote: 'the storm was to blame', speaker: 'the harbour office' }],
  },
];
