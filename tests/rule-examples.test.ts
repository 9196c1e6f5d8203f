// Every attribution rule's documented example, made concrete, is read by that rule.
// The examples in RULES (src/attribute/frames.ts) and INDIRECT_RULES
// (src/attribute/indirect/rules.ts) are what the README and `rule` in the output point a
// reader to; this table keeps them true, and it fails when a rule is added without
// a sentence here. The sentences were written for this table.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { RULES, type RuleId } from '../src/attribute/frames.js';
import { INDIRECT_RULES, type IndirectRuleId } from '../src/attribute/indirect/index.js';

// (a line of narration first, so that nothing here opens the document as a headline would)
const LEAD = 'The ferry was late again.\n\n';
// a book's length, for the rules that only books use (src/attribute/speakers.ts BOOK_CHARS)
const BOOK = 'The ferry was late again, and the passengers waited on the pier in the rain. '.repeat(600) + '\n\n';

const EXAMPLES: Record<RuleId | IndirectRuleId, { text: string; lead?: string }> = {
  'quote-subject-cue': { text: '“The pier will open in May,” Ushakov said.' },
  'quote-cue-subject': { text: '“The pier will open in May,” said Mr. Smith.' },
  'quote-subject-verb': { text: '“The pier will open in May,” he propounded.' },
  'quote-verb-subject': { text: '“The pier will open in May,” propounded Smith.' },
  'quote-dash-subject': { text: '“The pier will open in May.” — John Smith' },
  'quote-taken-up': { text: '“I did not stop to think.”\n\nThat is how ferryman Tomas Reyes described the rescue.' },
  'quote-was-reply': { text: '“I cannot say,” was her answer.' },
  'quote-np-cue': { text: '“The pier will open in May,” a senior official who asked not to be named said.' },
  'subject-cue-colon': { text: 'Trump said: “The pier will open in May.”' },
  'subject-colon': { text: 'Trump on Monday: “The pier will open in May.”' },
  'subject-verb-colon': { text: 'Smith propounded: “The pier will open in May.”' },
  'subject-cue': { text: 'Putin said the ties were “stronger than ever” after the talks.' },
  'subject-verb': { text: 'Putin expounded the ties were “stronger than ever” after the talks.' },
  'according-to': { text: 'According to Smith, “the pier will open in May.”' },
  'cue-subject': { text: 'Said Smith: “The pier will open in May.”' },
  'gerund-main-subject': { text: 'Ushakov said the talks went well, noting they “cleared the air” on trade.' },
  'sentence-cue-after': { text: '“A total failure” is how Smith put it.' },
  'sentence-subject': { text: 'Senator Harry Reid has gone after Donald Trump as a “con artist” for months.' },
  'subject-naming': { text: 'Rao rated the timetable “poor” in his annual report.' },
  'quote-by-agent': { text: 'The plan was called “reckless” by the mayor.' },
  'same-sentence': { text: '“The pier,” she said, “will open in May.”' },
  'previous-colon': { text: 'Caddell continued:\n\n“The pier will open in May.”' },
  'previous-colon-subject': { text: 'Gov. Burke released the following statement:\n\n“The pier will open in May.”' },
  'previous-sentence-subject': { text: 'Mrs. Norris almost started. “Live with me?”' },
  'previous-paragraph': { text: 'Mayor Ines Valastro praised the plan on Monday.\n\n“We need someone who can finish the pier.”' },
  'sentence-subject-colon': { text: 'Kaine has adopted the stance of many: “the pier must open in May.”' },
  'nearest-subject': { text: 'The mayor spoke for an hour. Even so, the harbour board, which he has led since 2019, kept its “open door” policy.' },
  'previous-sentence': { text: 'Talks will resume, Schiff said. “The other factor is the weather.”' },
  'addressed-reply': {
    lead: BOOK,
    text: '“Is the coach late?” said Martha.\n\n“An hour at least,” said Pike.\n\n“Then we shall miss the fair,” said Ellen.\n\n“Will you wait with me, Martha?” said Pike.\n\n“I will.”',
  },
  'addressee-reply': {
    lead: BOOK,
    text: '“Is the coach late?” said Martha.\n\n“An hour at least,” said Pike.\n\n“Then we shall miss the fair,” said Ellen to Martha.\n\n“We shall.”',
  },
  'transcript-turn': { text: 'PENCE: Well, look, the pier will open in May.\n\nWALLACE: Thank you, Governor.' },
  continuation: { text: '“The pier will open in May,” Ushakov said.\n\n“And the ferries will run again by June.”' },
  'subject-cue-that': { text: 'Putin said that Russia would open the pier in May.' },
  'clause-subject-cue': { text: 'Talks will resume next week, the minister said.' },
  'according-to-clause': { text: 'According to the police, the man was armed.' },
  'clause-according-to': { text: 'The man was armed, according to the police.' },
  'adding-that': { text: 'The mayor said the pier would open in May, adding that the talks would go on.' },
  'fronted-fragment': { text: 'The museum, Obama said, would tell the story of the city.' },
  'relative-cue': { text: 'An architect who said he was never paid sued the city.' },
  'relative-object': { text: 'The plan, which the mayor said would cost billions, was dropped.' },
  'tell-to': { text: 'Obama told his advisers to find a way around Congress.' },
  'in-polls': { text: 'Trump has a decisive lead in the polls.' },
  'in-source': { text: 'In a poll released Monday, 50 percent of voters chose Clinton.' },
  'as-said': { text: 'As Smith pointed out, the gap is vast.' },
  'saying-clause': { text: 'Clinton attacked Trump, saying he would ruin the economy.' },
  'asked-question': { text: 'Asked whether he would run, Smith said he had not decided.' },
  'subject-act-object': { text: 'Clinton criticized the tax plan on Monday.' },
  'headline-colon': { lead: '', text: 'Pence: Debate Was a Win for Trump\n\nMike Pence said on Sunday that the debate went well.' },
  'headline-says': { lead: '', text: 'Graham Says Deal Could Pass the Senate\n\nLindsey Graham said on Monday the deal could pass.' },
  'belief-clause': { text: 'Mr. Ruiz believes the tunnel will open next year.' },
};

describe('every rule’s example is read by that rule', () => {
  it('the table has a sentence for every rule, and no other', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...Object.keys(RULES), ...Object.keys(INDIRECT_RULES)].sort());
  });
  it.each(Object.entries(EXAMPLES))('%s', (id, { text, lead }) => {
    const rules = extractQuotes((lead ?? LEAD) + text).map((q) => q.rule ?? '');
    // ("continuation:quote-subject-cue": a rule inherited names both)
    expect(rules.some((r) => r.split(':').includes(id)), `rules read: ${rules.join(', ') || 'none'}`).toBe(true);
  });
});
