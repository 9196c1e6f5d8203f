import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { presentParticiple } from '../src/attribute/frames.js';

// [text, quote (a prefix is enough), expected speaker (null: none), expected type]
const TABLE: [string, string, string | null, string][] = [
  ['“We will win,” Jane Smith said.', 'We will win', 'Jane Smith', 'direct'],
  ['“We will win,” said Jane Smith.', 'We will win', 'Jane Smith', 'direct'],
  ['Jane Smith said: “We will win.”', 'We will win', 'Jane Smith', 'direct'],
  ['Jane Smith arrived. “We will win,” she said.', 'We will win', 'Jane Smith', 'direct'],
  ['President Vladimir Putin spoke. “Enough,” Putin said.', 'Enough', 'Vladimir Putin', 'direct'],
  ['Senator Tom Reed said the bill was “a disaster for farmers”.', 'a disaster', 'Tom Reed', 'mixed'],
  ['“It is over,” John Doe, a spokesman for the mayor, said.', 'It is over', 'John Doe', 'direct'],
  ['According to Maria Lopez, “the deal is done.”', 'the deal', 'Maria Lopez', 'mixed'],
  ['“We are ready,” he was quoted as saying by the agency. Earlier, Kim Lee had spoken.', 'We are ready', null, 'direct'],
  ['Foreign Ministry spokesperson Guo Jiakun said: “China opposes this.”', 'China opposes', 'Guo Jiakun', 'direct'],
  ['Xi Jinping arrived. “Cooperation matters,” Xi said.', 'Cooperation', 'Xi Jinping', 'direct'],
  ['Anna Berg smiled. “That is enough,” she opined.', 'That is enough', 'Anna Berg', 'direct'],
  ['The so-called “Board of Peace” met on Monday.', '', null, 'none'],
  ['She appeared on “Shark Tank” last year.', '', null, 'none'],
];

describe('attribution table', () => {
  it.each(TABLE)('%s', (text, prefix, speaker, type) => {
    const quotes = extractQuotes(text);
    if (type === 'none') {
      expect(quotes).toEqual([]);
      return;
    }
    const q = quotes.find((x) => x.quote.startsWith(prefix));
    expect(q, `no quote starting "${prefix}"`).toBeDefined();
    expect(q!.speaker).toBe(speaker);
    expect(q!.type).toBe(type);
    expect(text.slice(q!.start, q!.end)).toBe(q!.quote);
  });
});

describe('the cue of a quoted fragment', () => {
  // [text, fragment, speaker, cue]
  it.each([
    ['The ferry operator said that the route “served the island well for decades”.', 'served the island', 'The ferry operator', 'said'],
    ['The county assessor told the board the levy was “simply unaffordable” this year.', 'simply unaffordable', 'The county assessor', 'told'],
    ['Senator Tom Reed said the bill was “a disaster for farmers”.', 'a disaster', 'Tom Reed', 'said'],
    // (a next sentence whose cue has a clause of its own attributes no fragment closed by its full stop)
    ['Ana Paz said the approach was “genuinely new.” She warned, however, that it could be hard to run.', 'genuinely new', 'Ana Paz', 'said'],
    // (no verb of speech after the subject: the sentence's subject, and no cue)
    ['The ferry operator has long treated the route as “a lifeline” for the island.', 'a lifeline', 'The ferry operator', null],
  ])('%s', (text, fragment, speaker, cue) => {
    const q = extractQuotes(text).find((x) => x.quote.startsWith(fragment));
    expect(q, `no quote starting "${fragment}"`).toBeDefined();
    expect(q!.type).toBe('mixed');
    expect(q!.speaker).toBe(speaker);
    expect(q!.cue?.text ?? null).toBe(cue);
  });
});

describe('outlets', () => {
  it.each([
    ['“We will win,” Ann Lee told Reuters.', 'Reuters'],
    ['“Not now,” he was quoted as saying by China’s state broadcaster CCTV.', 'CCTV'],
    ['Putin called it “a stabilising factor”, according to a transcript released by the Kremlin.', 'Kremlin'],
    ['“We will win,” Ann Lee told reporters.', null],
  ])('%s', (text, outlet) => {
    expect(extractQuotes(text)[0]?.outlet ?? null).toBe(outlet);
  });
});

describe('dialogue in a book', () => {
  // a long narrative (past the length of any news article) before an exchange of two
  const narrative = 'The carriage rolled on through the wet lanes, and nobody in it spoke for a long while.\n\n'.repeat(480);
  const dialogue =
    '“You have been to Bath before?” said Henry.\n\n' +
    '“Never,” replied Catherine.\n\n' +
    '“Then you must see the Pump Room.”\n\n' +
    '“I should like that very much.”\n';
  const speakers = (text: string) => extractQuotes(text).map((q) => q.speaker);

  it('gives unattributed lines to the two speakers in turn', () => {
    expect(speakers(narrative + 'Henry Tilney looked up.\n\n' + dialogue)).toEqual(['Henry Tilney', 'Catherine', 'Henry Tilney', 'Catherine']);
  });

  it('keeps the news convention in an article: the last speaker goes on', () => {
    expect(speakers('Henry Tilney looked up.\n\n' + dialogue)).toEqual(['Henry Tilney', 'Catherine', 'Catherine', 'Catherine']);
  });

  it('alternates when the first line closes a paragraph of narration', () => {
    const closing =
      'Henry Tilney looked up from his book and said, “You have been to Bath before?”\n\n' +
      '“Never,” replied Catherine.\n\n' +
      '“Then you must see the Pump Room.”\n';
    expect(speakers(narrative + closing)).toEqual(['Henry Tilney', 'Catherine', 'Henry Tilney']);
  });

  it('gives an unattributed reply to the other person even after two lines by the same speaker', () => {
    const exchange =
      '“You have been to Bath before?” said Catherine.\n\n' +
      '“Twice,” said Henry.\n\n' +
      '“It rained both times,” Henry added.\n\n' +
      '“Then you must go again in May.”\n';
    expect(speakers(narrative + exchange)).toEqual(['Catherine', 'Henry', 'Henry', 'Catherine']);
  });

  it('gives a line after narration in its own paragraph to the person of that narration, not the last speaker', () => {
    const scene =
      'Catherine Morland came into the room at last.\n\n' +
      'Henry Tilney looked up from his book and said, “You have been to Bath before?”\n\n' +
      'Catherine felt that this could hardly be denied, so she tried another question. “Is the Pump Room very crowded?”\n\n' +
      '“Only on Sundays,” said Henry.\n';
    expect(speakers(narrative + scene)).toEqual(['Henry Tilney', 'Catherine Morland', 'Henry Tilney']);
    // (in an article too, since the paragraph names its person before the quotation: the news corpora's
    // "Ghazala Khan says she received a call … “…”" after another speaker's paragraph is hers)
    expect(speakers(scene)).toEqual(['Henry Tilney', 'Catherine Morland', 'Henry Tilney']);
  });

  it('reads "broke in X", "X cut in" and a cue right after a quotation that ends with a word', () => {
    const scene =
      '“It is an annoying subject,” broke in Lord Wotton. “It has no interest at all.”\n\n' +
      '“That is the trouble,” Mr. Pontellier cut in.\n\n' +
      '“You always gave that to him” replied Duff. “It was the Family Pet.”\n';
    expect(speakers(narrative + scene)).toEqual(['Wotton', 'Wotton', 'Pontellier', 'Duff', 'Duff']);
  });

  it('gives "said her mother", "said her father" and "said his wife" to the family by its name, in a book only', () => {
    const scene =
      'Margaret Hale sat by the window. Mrs. Hale sewed, and Mr. Hale read his paper.\n\n' +
      '“Shall we walk out?” said Margaret.\n\n' +
      '“It is far too cold,” said her mother.\n\n' +
      '“Let her go,” said her father.\n\n' +
      '“You spoil her,” said his wife.\n';
    expect(speakers(narrative + scene)).toEqual(['Margaret Hale', 'Mrs. Hale', 'Hale', 'Mrs. Hale']);
    expect(speakers(scene)).toEqual(['Margaret Hale', 'her mother', 'her father', 'his wife']);
  });

  it('reads a line that opens with a word in emphasis marks as a line of the exchange', () => {
    const emphasis =
      '“You have been to Bath before?” said Henry.\n\n' +
      '“Never,” replied Catherine.\n\n' +
      '“_Then_ you must see the Pump Room.”\n\n' +
      '“*Must* I?”\n';
    expect(speakers(narrative + 'Henry Tilney looked up.\n\n' + emphasis)).toEqual(['Henry Tilney', 'Catherine', 'Henry Tilney', 'Catherine']);
    expect(extractQuotes(narrative + emphasis).map((q) => q.type)).toEqual(['direct', 'direct', 'direct', 'direct']);
  });

  it('gives a paragraph of nothing but a quotation to the he or she of the narration before it, in a book and in a news feature', () => {
    const scene = 'Robert Hale came to the door at last.\n\nHe rose up, and walked across the room.\n\n“Had I known as much an hour ago, I should have stayed.”\n';
    expect(speakers(narrative + scene)).toEqual(['Robert Hale']);
    expect(speakers(scene)).toEqual(['Robert Hale']);
  });

  it('gives the quotation after a paragraph that closes on a cue and a comma or a dash to that cue’s subject', () => {
    const scene =
      'Mr. Bennet heard her attentively, and then said,\n\n“Lydia will never be easy till she has been to Brighton.”\n\n' +
      'Elizabeth looked at him, looked at her sister, and, turning again, replied, as if in cool deliberation--\n\n“Not yet. But there are hopes.”\n';
    expect(speakers(narrative + scene)).toEqual(['Bennet', 'Elizabeth']);
  });

  it('reads "the girl" as the last woman named, in a book only', () => {
    const scene = 'Nancy Hale came in from the rain and shook her shawl.\n\n“It is cold out there,” said the girl.\n';
    expect(speakers(narrative + scene)).toEqual(['Nancy Hale']);
    expect(speakers(scene)).toEqual(['the girl']);
  });

  it('in hard-wrapped text, a line break inside the paragraph does not end the speaker\'s turn', () => {
    const wrappedNarrative = 'The carriage rolled on through the wet lanes, and nobody in it spoke for a\nlong while, and the rain came down on the roof all the way home.\n\n'.repeat(300);
    const scene = '“Appears against the boy, does he?” said Mr. Varga, looking the clerk up\nand down from head to foot. “Swear him!”\n';
    expect(speakers(wrappedNarrative + scene)).toEqual(['Varga', 'Varga']);
  });

  it('takes no fuller name met once in someone\'s speech for a first name the narration of a book uses', () => {
    const talk =
      'Mary Ellis sat down by the fire.\n\n' +
      '“You might have sailed with Lady Mary Grierson,” said the Admiral.\n\n' +
      '“And with Lady Mary Maclean,” said his wife.\n\n';
    const later = '“I am quite unwell today,” cried Mary.\n';
    const cried = (text: string) => extractQuotes(text).filter((q) => q.quote.startsWith('I am quite')).map((q) => q.speaker);
    expect(cried(narrative + talk + later)).toEqual(['Mary Ellis']);
    // (with one fuller name, spoken or not, that is the person's)
    expect(cried(narrative + '“You might have sailed with Lady Mary Grierson,” said the Admiral.\n\n' + later)).toEqual(['Mary Grierson']);
  });

  it('reads "her ladyship" and "his lordship" as the Lady or Lord last named, in a book only', () => {
    const narrative = 'The carriage rolled on through the wet lanes, and nobody in it spoke for a\nlong while, and the rain came down on the roof all the way home.\n\n'.repeat(300);
    const scene = 'Lady Ashby\'s carriage stopped at the door, and Lord Fenwick came out to meet it.\n\n“You are late,” said his lordship.\n\n“The roads are dreadful,” replied her ladyship, stepping down.\n';
    expect(speakers(narrative + scene)).toEqual(['Fenwick', 'Lady Ashby']);
    // (in an article, no such reading: "her ladyship" is left as written)
    expect(speakers(scene)).not.toContain('Lady Ashby');
  });

  it('prints a speaker named across a line break of wrapped text on one line; its mention keeps the text as it is', () => {
    const text = 'The ferry left the harbour at first light, and the crew stood on the deck in\nsilence while the gulls wheeled above the masts and the town fell away\nbehind them. “We sail at dawn tomorrow as well,” said Captain Tomas\nBerg, who had not slept at all. The mate nodded and went below to the\ngalley where the cook was already at work on the bread for the long day.\n\nThe sea was calm for the first hour, and the passengers came up on deck to\nwatch the coast slip by; “It is a fine morning,” her younger\nsister said at once, and the children laughed at them from the rail.\n';
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Tomas Berg', 'her younger sister']);
    expect(quotes.map((q) => q.speakerMention?.text)).toEqual(['Captain Tomas\nBerg', 'her younger\nsister']);
  });

  it('reads a speaker described by a noun without the adverb after it', () => {
    const scene = '“He is a gentleman,” said the lad sullenly.\n\n“We shall see,” replied the old woman, very coldly.\n';
    expect(speakers(scene)).toEqual(['the lad', 'the old woman']);
  });

  it('steps over an adverb that opens the sentence to find its subject', () => {
    const scene = 'Ann Hale sat by the fire and said nothing for an hour.\n\nPresently she looked up. “Is that the post at last?”\n';
    expect(speakers(narrative + scene)).toEqual(['Ann Hale']);
  });

  it('reads "the doctor" as the person last named with that title, and a title tells a family apart', () => {
    const scene =
      'Henry Marsh walked up from the village with his father.\n\nDoctor Hale came in from the rain and set his bag on the table.\n\n“He will live,” said the doctor.\n\n' +
      'General Marsh looked at his son for a long while.\n\n“Then we stay the night,” said the general.\n';
    expect(speakers(narrative + scene)).toEqual(['Hale', 'General Marsh']);
  });

  it('learns an epithet from the head of a long apposition broken across lines', () => {
    const scene =
      'It was a bitter night when Mrs. Dorrit, the\nmatron of the almshouse in which the greater part of this history has already been\nset down, sat herself down before the fire.\n\n“Well!” said the matron, looking at the kettle.\n';
    expect(speakers(narrative + scene)).toEqual(['Dorrit']);
  });

  it('gives "said I" to the narrator of a book told in the first person, by the name the others call them', () => {
    const exchange = (k: number) =>
      `“Good evening, Anton Pavlovich,” said Marya Petrovna, the ${k}th time we met on the bridge.\n\n“Good evening,” said I, and walked on.\n\n`;
    const book = narrative + Array.from({ length: 12 }, (_, k) => exchange(k + 1)).join('');
    const said = speakers(book);
    expect(said.filter((_, k) => k % 2 === 1)).toEqual(Array(12).fill('Anton Pavlovich'));
    expect(said.filter((_, k) => k % 2 === 0)).toEqual(Array(12).fill('Marya Petrovna'));
  });

  it('names no narrator where "said I" is rare or stands inside the quotations', () => {
    const few = narrative + '“Good evening, Anton Pavlovich,” said Marya Petrovna.\n\n“Good evening,” said I.\n';
    expect(speakers(few)[1]).not.toBe('Anton Pavlovich');
    const quoted = narrative + Array.from({ length: 12 }, () => '“And then I said, ‘no’, Anton Pavlovich,” said Marya Petrovna.\n\n').join('') + '“Good evening,” said I.\n';
    expect(speakers(quoted).at(-1)).not.toBe('Anton Pavlovich');
  });

  it('takes no heading in capitals for the fuller name of a person', () => {
    // (a scanned text may have lost the apostrophe: "HALE S VISITOR")
    const scene = 'CHAPTER XVII\n\nHALE S VISITOR\n\n“Another of those fools,” said Hale, and went back to his desk.\n';
    expect(speakers(narrative + scene)).toEqual(['Hale']);
  });

  it('takes no name first met after "the" for a he or she', () => {
    const scene = 'Anna Lind came to town on the night train.\n\nShe went straight to the Casino Zurlo without a word to anyone.\n\n“Play for me,” she said.\n';
    expect(speakers(narrative + scene)).toEqual(['Anna Lind']);
  });

  it('drops an endearment before a name in a book ("Little Oliver Twist" is Oliver Twist, a boy)', () => {
    const scene = 'The rain had soaked Little Pip Harker to the skin.\n\n“Where is my hat?” said Pip.\n';
    expect(speakers(narrative + scene)).toEqual(['Pip Harker']);
    // (in news, "Young Kim" is a name: the words stay)
    expect(speakers('Young Kim spoke at the hearing on Monday.\n\n“We need the money now,” Kim said.\n')).toEqual(['Young Kim']);
  });

  it('gives the quotation after "…, now said," to the person who opens that sentence', () => {
    const scene = 'Another pause.\n\nEleanor resolving to speak, though fearing the sound of her own voice, now said,\n\n“Is your mother at home?”\n';
    expect(speakers(narrative + scene)).toEqual(['Eleanor']);
  });

  it('reads no name across a double hyphen or after "O"', () => {
    const scene = 'Yes--if Darcy had come, all would have been well.\n\n“I doubt it,” said Darcy.\n\n“O Rabbit, do come back again!” cried Alice.\n\n“I will not,” said Rabbit.\n';
    expect(speakers(narrative + scene)).toEqual(['Darcy', 'Alice', 'Rabbit']);
  });

  it('takes no word that opens a sentence after a dash, and no contraction, into a name', () => {
    const scene =
      'Yet, how just a humiliation!--Had Elinor known it, she had not laughed.\n\n“What\'ll Vosper say?” inquired the boy.\n\n“Never mind,” said Vosper.\n\n“I knew it,” said Elinor.\n';
    expect(speakers(narrative + scene)).toEqual(['the boy', 'Vosper', 'Elinor']);
  });

  it('takes no place for a he or she in a book ("Mansfield Park")', () => {
    const scene = 'Maria Hale sat by the window.\n\nThe carriage came up the drive of Ashcombe Park in the rain.\n\n“They are here at last,” said she.\n';
    expect(speakers(narrative + scene)).toEqual(['Maria Hale']);
  });

  it('knows the gender of an old given name ("Lucy", "Edwin")', () => {
    const scene = 'Lucy Marsh and Edwin Marsh came in from the rain together.\n\n“It is very late,” said she.\n';
    expect(speakers(narrative + scene)).toEqual(['Lucy Marsh']);
  });

  it('gives "said the other" to the one of the last two speakers who did not speak last, in a book only', () => {
    const scene = '“Where are you going?” said Henry Tilney.\n\n“To the Pump Room,” said Catherine Morland.\n\n“So am I,” said the other.\n';
    expect(speakers(narrative + scene)).toEqual(['Henry Tilney', 'Catherine Morland', 'Henry Tilney']);
    expect(speakers(scene)[2]).not.toBe('Henry Tilney');
  });

  it('gives the quotation after a paragraph closing on a participle ("by saying,") to the person who opens it', () => {
    const scene =
      'Mrs. Dale entered the drawing-room with an air of great importance, and began directly to justify it, by saying,\n\n“Lord! my dear, have you heard the news?”\n';
    expect(speakers(narrative + scene)).toEqual(['Dale']);
  });

  it('tells "Mrs. Hale" from her daughter "Mary Hale" in a book', () => {
    const scene = 'Mary Hale came in from the garden with her basket.\n\n“It is very late,” said Mrs. Hale, looking at the clock.\n';
    expect(speakers(narrative + scene)).toEqual(['Mrs. Hale']);
    // (in an article, "Mrs. Clinton" is the fuller name's)
    expect(speakers('Hillary Clinton spoke in Ohio on Monday.\n\n“We will win,” said Mrs. Clinton.\n')).toEqual(['Hillary Clinton']);
  });

  it('tells "Lady Middleton" from "Sir John Middleton", and "Lady Bertram" from her daughter, in a book', () => {
    const scene =
      'Sir John Middleton rode over from the park after breakfast. Maria Bertram walked with her cousin.\n\n' +
      '“The roads are very bad,” said Sir John.\n\n' +
      '“I hope you did not ride too fast,” said Lady Middleton.\n\n' +
      '“I am quite tired,” said Lady Bertram, from the sofa.\n\n' +
      '“We shall have rain,” said Lady Catherine.\n';
    expect(speakers(narrative + scene)).toEqual(['John Middleton', 'Lady Middleton', 'Lady Bertram', 'Catherine']);
    // (a title of rank says the gender in an article too: not the knight's words)
    expect(speakers('Sir John Middleton spoke first.\n\n“We will win,” said Lady Middleton.\n')).toEqual(['Middleton']);
  });

  it('learns from the dialogue whom an epithet names: the person seen two lines from it, not next to it', () => {
    const exchange = (n: string) =>
      'Jonas Pike came in from the yard and shook the water from his coat.\n\n' +
      `“Rain again, ${n},” said the innkeeper.\n\n` +
      '“It always rains here,” said Martha.\n\n' +
      '“Not in May,” said Pike.\n\n' +
      '“Even in May,” said Martha.\n\n' +
      '“You will see,” said the innkeeper.\n\n' +
      '“I doubt it,” said Martha.\n\n' +
      '“Then wait and see,” said Pike.\n\n';
    // "the stranger" talks with Pike, line after line: another person
    const stranger = '“Is there a room?” said the stranger.\n\n“There is,” said Pike.\n\n“How much?” said the stranger.\n\n“A shilling,” said Pike.\n\n';
    const pause = 'The fire burned low, and the evening went on in silence.\n\n'.repeat(60);
    const scenes = exchange('Martha') + pause + exchange('my dear') + pause + exchange('my girl') + stranger + stranger;
    const said = (text: string, words: string) => extractQuotes(text).filter((q) => q.quote.includes(words)).map((q) => q.speaker);
    expect(said(narrative + scenes, 'Rain again')).toEqual(['Jonas Pike', 'Jonas Pike', 'Jonas Pike']);
    expect(said(narrative + scenes, 'You will see')).toEqual(['Jonas Pike', 'Jonas Pike', 'Jonas Pike']);
    expect(said(narrative + scenes, 'How much')).toEqual(['the stranger', 'the stranger']);
    // (once the person is named nowhere near, the epithet is left as it stands)
    expect(said(narrative + scenes + pause.repeat(2) + '“Closing time,” said the innkeeper.\n', 'Closing time')).toEqual(['the innkeeper']);
    // (an article says too little for this: the epithet is left as it stands)
    expect(said(scenes, 'You will see')).toEqual(['the innkeeper', 'the innkeeper', 'the innkeeper']);
  });

  it('counts a line whose attribution is a pronoun as a line between two others when it learns an epithet', () => {
    // the painter and Basil are one person, the lines between them Harry's, given by "he" alone
    const cycle = (k: number) =>
      `“The light is poor today,” said the painter.\n\n“It was poor yesterday too,” he answered.\n\n` +
      `“Then I shall stop at ${k},” said Basil.\n\n“As you like,” he said.\n\n`;
    const scene = 'Basil Hallward stood at the easel, and Harry Wotton lay on the divan.\n\n' + [1, 2, 3, 4, 5, 6].map(cycle).join('') +
      '“One more stroke,” said the painter.\n';
    const said = (text: string, words: string) => extractQuotes(text).filter((q) => q.quote.includes(words)).map((q) => q.speaker);
    expect(said(narrative + scene, 'One more stroke')).toEqual(['Basil Hallward']);
  });

  it('gives a bare line to the person the line before addressed by name, if that person has spoken', () => {
    const scene = (address: string) =>
      '“Is the coach late?” said Martha.\n\n' +
      '“An hour at least,” said Pike.\n\n' +
      '“Then we shall miss the fair,” said Ellen.\n\n' +
      `“Will you wait with me, ${address}?” said Pike.\n\n` +
      '“I will.”\n';
    expect(speakers(narrative + scene('Martha')).at(-1)).toBe('Martha');
    // (a name nobody has heard speak: the other party of the exchange, as before)
    expect(speakers(narrative + scene('Harry')).at(-1)).toBe('Ellen');
    // (a line that is nothing but the name echoes it: the one who said it answers)
    const echo = '“Is the coach late?” said Martha.\n\nMartha went out.\n\n“I saw Martha at the inn,” said Pike.\n\n“Martha!” repeated Ellen.\n\n“Yes, with her brother.”\n';
    expect(speakers(narrative + echo).at(-1)).toBe('Pike');
    // (in an article the last speaker goes on)
    expect(speakers(scene('Martha')).at(-1)).toBe('Pike');
  });

  it('keeps a place a place when the narration makes it a subject ("Mansfield promised that …")', () => {
    const scene =
      'Henry Crawford came to stay with his sister near Mansfield Park.\n\n' +
      'Mansfield promised that the summer would be gay, and there was nothing to call him elsewhere.\n\n' +
      '“I shall stay the month,” he said.\n';
    expect(extractQuotes(narrative + scene).find((q) => q.quote.includes('stay the month'))?.speaker).toBe('Henry Crawford');
  });

  it('remembers whom "her mother" stood for when another woman comes between', () => {
    const scene =
      'Margaret Hale sat by the window. Mrs. Hale sewed, and Mr. Hale read his paper.\n\n' +
      '“Shall we walk out?” said Margaret.\n\n' +
      '“It is far too cold,” said her mother.\n\n' +
      'Then Martha Dixon came in with the tea, and set it down by the fire.\n\n' +
      '“Fetch my shawl,” said her mother.\n';
    expect(speakers(narrative + scene)).toEqual(['Margaret Hale', 'Mrs. Hale', 'Mrs. Hale']);
  });

  it('gives a paragraph’s first line the attribution of a later line in it: one paragraph, one speaker', () => {
    const scene =
      '“You did then,” said Elinor, “believe yourself attached to her?”\n\n' +
      '“To have resisted such attractions! Who could have done it?” Here he hesitated. “I was informed of it by a relation,” Willoughby added.\n';
    expect(speakers(narrative + 'Willoughby stood by the fire.\n\n' + scene)).toEqual(['Elinor', 'Elinor', 'Willoughby', 'Willoughby']);
  });

  it('alternates after a line that narration opens when its attribution follows it', () => {
    const scene =
      '“I have had walking enough,” said Rushworth.\n\n' +
      '“I am very sorry,” said Fanny.\n\n' +
      'After an interval of silence, “I think they might have stayed for me,” said Rushworth.\n\n' +
      '“Miss Bertram thought you would follow her.”\n';
    expect(speakers(narrative + scene)).toEqual(['Rushworth', 'Fanny', 'Rushworth', 'Fanny']);
  });

  it('alternates on a line whose paragraph goes on with narration after it', () => {
    const scene =
      '“You have been to Bath before?” said Henry.\n\n' +
      '“Never,” replied Catherine. She looked down at her gloves.\n\n' +
      '“Then you must see the Pump Room.” He smiled, and turned the horses towards the town.\n\n' +
      '“I should like that very much.” She could say no more.\n';
    expect(speakers(narrative + 'Henry Tilney looked up.\n\n' + scene)).toEqual(['Henry Tilney', 'Catherine', 'Henry Tilney', 'Catherine']);
    // (in an article the last speaker goes on)
    expect(speakers('Henry Tilney looked up.\n\n' + scene)).toEqual(['Henry Tilney', 'Catherine', 'Catherine', 'Catherine']);
  });

  it('gives a bare line to the person the line before was said to, if that person has spoken', () => {
    const scene = (to: string) =>
      '“Is the coach late?” said Martha.\n\n' +
      '“An hour at least,” said Pike.\n\n' +
      `“Then we shall miss the fair,” said Ellen, in a low voice, ${to}.\n\n` +
      '“We shall.”\n';
    expect(speakers(narrative + scene('to Martha')).at(-1)).toBe('Martha');
    expect(speakers(narrative + scene('turning to Martha')).at(-1)).toBe('Martha');
    // (a possessive is nobody addressed: the other party of the exchange, as before)
    expect(speakers(narrative + scene('with a look which, to Martha’s eye, was grave')).at(-1)).toBe('Pike');
    // (a name nobody has heard speak: the same)
    expect(speakers(narrative + scene('to Harry')).at(-1)).toBe('Pike');
    // (in an article the last speaker goes on)
    expect(speakers(scene('to Martha')).at(-1)).toBe('Ellen');
  });

  it('gives a line after a paragraph of narration ending in a colon to that paragraph’s person, not the exchange', () => {
    const scene = (end: string) =>
      '“Is the coach late?” said Martha.\n\n' +
      '“An hour at least,” said Pike.\n\n' +
      '“Then we shall miss the fair,” said Martha, as she looked out.\n\n' +
      `At the gate, Ellen Dixon began in the following manner${end}\n\n` +
      '“The fair will not wait for a coach.”\n';
    expect(speakers(narrative + scene(':--')).at(-1)).toBe('Ellen Dixon');
    expect(speakers(narrative + scene(':')).at(-1)).toBe('Ellen Dixon');
    // (a paragraph that ends otherwise leaves the exchange as it was)
    expect(speakers(narrative + scene('.')).at(-1)).toBe('Pike');
  });

  it('keeps a husband and a wife of one surname apart: "Mrs. Gardiner" after "Mr. Gardiner" is another person', () => {
    const scene =
      '“The roads are bad,” said Mr. Gardiner, and went out to the stables.\n\n' +
      'Elizabeth Bennet sat down by the window. Mrs. Gardiner looked up from her work. “If it were merely the roads,” said she, “I should not mind.”\n\n' +
      '“It is the rain too,” said Mrs. Gardiner.\n';
    expect(speakers(narrative + scene)).toEqual(['Gardiner', 'Mrs. Gardiner', 'Mrs. Gardiner', 'Mrs. Gardiner']);
    // (and "Mr. Allen" after "Mrs. Allen", whose "he" is not her)
    const other =
      '“You will want a shawl,” said Mrs. Allen.\n\n' +
      'Mr. Allen came in from his walk. “It is very cold,” said he.\n';
    expect(speakers(narrative + other)).toEqual(['Allen', 'Mr. Allen']);
  });

  it('reads an old book\'s narration before a line: "he therefore replied, …", "could not but agree to it"', () => {
    const lead = '“The effect of education,” said Fanny Price gently.\n\n';
    const said = (scene: string) => speakers(narrative + lead + scene).at(-1);
    expect(said('Edmund Bertram therefore replied, without any resentment,\n\n“She does not think evil, but she speaks it.”\n')).toBe('Edmund Bertram');
    expect(said('“Well,” Edmund Bertram therefore replied, “she does not think evil.”\n')).toBe('Edmund Bertram');
    expect(said('Edmund Bertram could not but agree to it. “She does not think evil, but she speaks it.”\n')).toBe('Edmund Bertram');
    // (a sentence that opens with no person names no one)
    expect(said('The rain could not but add to it. “She does not think evil, but she speaks it.”\n')).toBeNull();
  });

  it('keeps "Colonel Fitzwilliam" apart from "Fitzwilliam Darcy", whose given name his surname is', () => {
    const scene =
      'Fitzwilliam Darcy stood by the fire, and his cousin Colonel Fitzwilliam sat at the piano.\n\n' +
      '“You play very ill,” said Fitzwilliam Darcy.\n\n' +
      '“I am not afraid of you,” said Colonel Fitzwilliam, smiling.\n';
    expect(speakers(narrative + scene)).toEqual(['Fitzwilliam Darcy', 'Colonel Fitzwilliam']);
  });

  it('keeps the other woman for a line that inherits a "she" the address of its own line corrected', () => {
    const scene =
      '“I must go to town,” said Mary Crawford.\n\n' +
      '“We shall miss you,” said Fanny Price.\n\n' +
      '“I hate to leave you, dear Fanny,” she said.\n\n' +
      '“But you are only going from one friend to another,” said Fanny.\n\n' +
      '“Yes, very true.”\n';
    expect(speakers(narrative + scene)).toEqual(['Mary Crawford', 'Fanny Price', 'Mary Crawford', 'Fanny Price', 'Mary Crawford']);
  });

  it('leaves an auxiliary that opens a sentence out of the name after it ("Had Martha been …")', () => {
    const scene =
      '“Had you come sooner, we should have caught it,” said Pike.\n\n' +
      'Had Martha been less tired, she would have laughed. “It is no matter,” said Martha.\n';
    expect(speakers(narrative + scene)).toEqual(['Pike', 'Martha']);
  });

  it('keeps alternating past one short paragraph of narration, not past a long one', () => {
    const short = dialogue.replace('“Then you must', 'The rain grew heavier on the roof.\n\n“Then you must');
    expect(speakers(narrative + 'Henry Tilney looked up.\n\n' + short)).toEqual(['Henry Tilney', 'Catherine', 'Henry Tilney', 'Catherine']);
    const long = 'The rain grew heavier on the roof, and the coachman, who had been sent to the inn an hour before with a message for ' +
      'the landlord and a parcel for the post, came back wet through and in a very ill humour with everybody.\n\n';
    const broken = dialogue.replace('“Then you must', long + '“Then you must');
    expect(speakers(narrative + 'Henry Tilney looked up.\n\n' + broken).slice(2)).not.toContain('Henry Tilney');
  });

  it('lets "he" stand for a surname that speaks somewhere in the book ("said Winterbourne")', () => {
    const text = narrative + 'Winterbourne sat down on the bench by the lake.\n\n“Is that so?” said Winterbourne.\n\n' +
      'The afternoon wore on, and the steamer came and went.\n\nWinterbourne was much amused. “You will miss the boat,” he said.\n';
    expect(speakers(text)).toEqual(['Winterbourne', 'Winterbourne']);
  });

  it('leaves a surname that never speaks unregistered: "he" then names nobody', () => {
    const text = narrative + 'Winterbourne sat down on the bench by the lake.\n\nWinterbourne was much amused. “You will miss the boat,” he said.\n';
    expect(speakers(text)).toEqual([null]);
  });

  it('lets "he" stand for a person the book calls by a rank or a capitalised noun alone ("the General")', () => {
    const text = narrative + 'The General came in from the garden.\n\n“Where is my hat?” said the General.\n\n' +
      'The General took off his coat. The General shook his head. The General frowned at the rain, and “It will not stop,” he said.\n';
    expect(speakers(text)).toEqual(['General', 'General']);
  });

  it('lets "she" stand for a person the book calls by a rank in lower case, printed as the attribution names her', () => {
    const text = narrative + 'The duchess sat by the fire.\n\n“Where is my fan?” said the duchess.\n\n' +
      'The duchess rose. The duchess turned away, and “It is gone,” she said.\n';
    expect(speakers(text)).toEqual(['the duchess', 'the duchess']);
  });

  it('takes a name that stands after "at", "to" or "in" and never speaks for a place, not a "she"', () => {
    const text = narrative + 'Mariquita came in with the basket.\n\n“Here are the eggs,” said Mariquita.\n\n' +
      'They sailed at dawn to Grande Terre. The boats at Grande Terre were small, and the nets in Grande Terre were torn. ' +
      'The men went down to Grande Terre at noon, and “We shall be rich,” she said.\n';
    expect(speakers(text)).toEqual(['Mariquita', 'Mariquita']);
  });

  it('gives a bare line that addresses its inherited speaker by name to the other party', () => {
    const exchange =
      '“You have been to Bath before?” said Henry.\n\n' +
      '“Never,” replied Catherine.\n\n' +
      '“Then you must see the Pump Room.”\n\n' +
      '“I should like that.”\n\n' +
      '“And the Crescent,” said Henry.\n\n' +
      '“And the baths.”\n\n' +
      '“Oh, the Crescent, my dear Henry, I have heard so much of it!”\n';
    // ("And the baths." goes to Catherine in turn; the line after it, which addresses Henry, is not his either)
    expect(speakers(narrative + 'Henry Tilney looked up.\n\n' + exchange)).toEqual(['Henry Tilney', 'Catherine', 'Henry Tilney', 'Catherine', 'Henry Tilney', 'Catherine', 'Catherine']);
  });

  it('reads "she" after a line that addresses the woman last named as the other woman of the exchange', () => {
    const exchange = '“Where is the key?” said Catherine.\n\n“In the drawer,” said Eleanor.\n\n“Oh, Eleanor, you are too good to me,” she said.\n';
    expect(speakers(narrative + exchange)).toEqual(['Catherine', 'Eleanor', 'Catherine']);
  });

  it('reads "his aunt" as the person the narration names right after those words', () => {
    const text = narrative + 'Winterbourne went to see his aunt, Mrs. Costello, at the hotel.\n\n' +
      '“You are late,” said his aunt.\n\n“The boat was slow,” said Winterbourne.\n';
    expect(speakers(text)).toEqual(['Costello', 'Winterbourne']);
  });

  it('takes the author a title page credits for no character a "she" can stand for', () => {
    const story = 'The boat came in late, and the harbour was dark.\n\n“Is it always so late?” she said.\n';
    expect(speakers('The Ferry\n\nby Anna Berg\n\n' + narrative + story)).toEqual([null]);
    // (a name the story has speak is a character, credited or not)
    expect(speakers('The Ferry\n\nby Anna Berg\n\n' + narrative + '“Late again,” said Anna Berg.\n\n' + story)).toEqual(['Anna Berg', 'Anna Berg']);
  });

  it('takes no rank for a person of its own where a name the book uses often bears it ("Colonel Brandon")', () => {
    const text = narrative + 'Colonel Brandon came in. Colonel Brandon sat down. Colonel Brandon said nothing.\n\n“Is it raining?” said the Colonel.\n\n' +
      'The Colonel took off his coat. The Colonel shook his head. The Colonel frowned at the rain, and “It will not stop,” he said.\n';
    expect(speakers(text)).toEqual(['Brandon', 'Brandon']);
  });
});

describe('presentParticiple: the -ing of a verb, which takes no inverted subject after a quotation', () => {
  it.each([
    ['adding', true],
    ['taking', true],
    ['lowering', true],
    ['slamming', true],
    ['fondling', true],
    ['noting', true],
    ['spring', false],
    ['thing', false],
    ['during', false],
    ['sing', false],
    ['evening', false],
    ['said', false],
  ])('%s → %s', (word, want) => {
    expect(presentParticiple(word)).toBe(want);
  });
});

describe('one statement of reported speech around a mixed quote: the clause before or after "and that" shares the fragment\'s group', () => {
  const cases: { note: string; text: string; clause: string; fragment: string; grouped: boolean }[] = [
    {
      note: 'the clause after the fragment',
      text: 'Coach quits\n\nFormer striker Oskar Lindqvist said the tactics had been “stuck in 2014” and that the federation should have acted a year ago.',
      clause: 'the federation should have acted a year ago',
      fragment: 'stuck in 2014',
      grouped: true,
    },
    {
      note: 'the clause before the fragment',
      text: 'Claims\n\nIn a statement, Cascade Mutual said it had paid out more than $96 million to policyholders and that “the vast majority of claims have been settled”.',
      clause: 'it had paid out more than $96 million to policyholders',
      fragment: 'the vast majority of claims have been settled',
      grouped: true,
    },
    {
      note: 'not a fragment and a clause of two statements (guard)',
      text: 'Council\n\nThe mayor called the plan “reckless”. The treasurer said the budget would balance by June.',
      clause: 'the budget would balance by June',
      fragment: 'reckless',
      grouped: false,
    },
  ];
  it.each(cases)('$note', ({ text, clause, fragment, grouped }) => {
    const quotes = extractQuotes(text);
    const c = quotes.find((q) => q.quote === clause && q.type === 'indirect');
    const f = quotes.find((q) => q.quote === fragment && q.type === 'mixed');
    expect(c, 'the clause').toBeDefined();
    expect(f, 'the fragment').toBeDefined();
    if (grouped) {
      expect(c!.group).not.toBeNull();
      expect(c!.group).toBe(f!.group);
    } else expect(c!.group === null || c!.group !== f!.group).toBe(true);
  });
});
