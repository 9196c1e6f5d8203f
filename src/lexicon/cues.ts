// Reporting cues: the words that introduce or close a quotation.
//
// Provenance: the speech-act verbs of Levin (1993, "English Verb Classes and
// Alternations", classes 37.1–37.7 "Verbs of communication"), the reporting
// verbs of textacy's `constants.REPORTING_VERBS` and of citron's cue list,
// extended with the verbs found in the PolNeAR train split's cue spans, and
// with the substitutions that article spinners make (WordAi/Spin Rewriter style
// synonym swaps seen in the reworded dev set: stated, informed, famous for
// noted, urged for suggested, introduced for announced, requested for asked,
// defined for explained, referred to as for called, in keeping with for
// according to), "remember" beside "recall" for a feature's remembered speech ("“…,” she remembers telling him"),
// and the synonyms a thesaurus gives for say, tell, note and
// according to (WordNet's verb.communication synsets: voice, convey, relay,
// articulate, profess, utter, …; "as per", "going by"), which other spinners pick.
//
// Each entry is a base verb; its forms are derived below. Irregular forms are
// listed as `base:past:participle`.

const VERBS = `
say:said:said tell:told:told write:wrote:written speak:spoke:spoken
add admit acknowledge agree allege announce answer argue assert assure boast
brag caution charge cite claim comment complain concede conclude confirm
contend continue counter cry declare deny describe disclose dismiss echo
emphasize emphasise estimate exclaim explain grumble hint indicate inform
insist joke lament maintain mention mock mutter note object observe opine
point predict proclaim promise protest quip recall recount reiterate remark
repeat reply report respond retort reveal scoff scold shout sigh snap
state stress suggest swear:swore:sworn testify tweet post urge vow warn whisper yell
ask request query inquire wonder plead beg demand
define introduce chime interject summarize summarise reason theorize
specify clarify affirm attest aver avow pledge guarantee predict forecast
posit propose contend muse reflect recall reckon figure suppose remember
concur counter rebut refute retort fire:fired:fired thunder roar bellow
gush rave rant rail blast slam decry denounce criticize criticise chide
lash fume huff insinuate imply relate narrate quote read:read:read
chant liken sing:sang:sung
voice convey relay articulate profess utter express advise apprise flag underscore
underline highlight pronounce communicate divulge intimate enunciate vocalize vocalise
`;

// Verbs that report speech only when followed by a complement ("called for",
// "pointed out"), kept as multi-word cues below rather than as bare verbs.
const MULTI = `
according to
as per
going by
in keeping with
as stated by
as reported by
as indicated by
in the words of
in accordance with
quoted as saying
was quoted as saying
were quoted as saying
is quoted as saying
has been quoted as saying
quoted as stating
pointed out
points out
pointing out
point out
went on to say
goes on to say
went on
made clear
makes clear
made it clear
makes it clear
made the point
put it to
puts it to
went further
tacked on
tacks on
shot back
shoots back
shooting back
hit back
hits back
hitting back
broke in
breaks in
cut in
cuts in
chimed in
chimes in
struck in
called for
calls for
calling for
call for
referred to as for
called on
calls on
called it
called the
called them
called him
called her
described as
referred to
referred to as
spelled out
laid out
put forward
puts forward
summed up
sums up
put it
puts it
in a statement
in an interview
in a post
in a tweet
in a letter
in an email
in a speech
in remarks
in a memo
in an op-ed
in a video
in the statement
in the interview
in his statement
in her statement
in a press release
in a news release
in testimony
on twitter
`;

/**
 * Lower-case auxiliaries and adverbs that may stand between subject and cue ("additional" is a spinner's "further";
 * "therefore", "thus", "presently" are an old book's: "He therefore replied, without any resentment,").
 */
export const CUE_MODIFIERS: ReadonlySet<string> = new Set(
  `has have had was were is are be been being will would could should may might
   also later then previously earlier repeatedly once again further recently still
   publicly privately flatly angrily reportedly allegedly simply quickly firmly
   forcefully boldly bluntly calmly candidly emphatically frankly openly quietly
   separately subsequently finally initially originally similarly just already
   never not often frequently beforehand additionally likewise afterward afterwards
   has-since since did does do yet additional long always now first even
   himself herself themselves itself therefore thus instantly presently`.split(/\s+/).filter(Boolean),
);

function regular(base: string): [string, string, string, string] {
  // [3rd person, past, participle, gerund]
  let s: string, ed: string, ing: string;
  if (/(s|sh|ch|x|z|o)$/.test(base)) s = base + 'es';
  else if (/[^aeiou]y$/.test(base)) s = base.slice(0, -1) + 'ies';
  else s = base + 's';
  if (base.endsWith('e')) ed = base + 'd';
  else if (/[^aeiou]y$/.test(base)) ed = base.slice(0, -1) + 'ied';
  else if (/^(?:[^aeiou]*[aeiou][bdgmnprt])$/.test(base) && !/(w|x|y)$/.test(base)) ed = base + base.slice(-1) + 'ed';
  else ed = base + 'ed';
  if (/ie$/.test(base)) ing = base.slice(0, -2) + 'ying';
  else if (/[^e]e$/.test(base)) ing = base.slice(0, -1) + 'ing';
  else if (/^(?:[^aeiou]*[aeiou][bdgmnprt])$/.test(base) && !/(w|x|y)$/.test(base)) ing = base + base.slice(-1) + 'ing';
  else ing = base + 'ing';
  return [s, ed, ed, ing];
}

export interface CueForm {
  /** Lower-case words of the cue. */
  words: readonly string[];
  /** The base verb or the multi-word cue it came from. */
  lemma: string;
  /** Gerund forms ("saying") take no subject of their own. */
  gerund: boolean;
}

function compile(): Map<string, CueForm[]> {
  const byFirst = new Map<string, CueForm[]>();
  const seen = new Set<string>();
  const add = (phrase: string, lemma: string, gerund = false) => {
    if (seen.has(phrase)) return;
    seen.add(phrase);
    const words = phrase.split(' ');
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, lemma, gerund });
    // longest first, so "was quoted as saying" wins over "was"
    list.sort((a, b) => b.words.length - a.words.length);
    byFirst.set(words[0]!, list);
  };
  for (const entry of VERBS.split(/\s+/).filter(Boolean)) {
    const [base, past, part] = entry.split(':') as [string, string?, string?];
    const [s, ed, pp, ing] = regular(base);
    add(base, base);
    add(s, base);
    add(past ?? ed, base);
    add(part ?? pp, base);
    add(ing, base, true);
  }
  for (const phrase of MULTI.split('\n').map((l) => l.trim()).filter(Boolean)) add(phrase, phrase, phrase.startsWith('pointing') || phrase.startsWith('calling'));
  return byFirst;
}

/** Cue forms keyed by their first word, longest first. */
export const CUES: ReadonlyMap<string, readonly CueForm[]> = compile();

/** How many distinct cue forms the lexicon holds. */
export function cueFormCount(): number {
  let n = 0;
  for (const list of CUES.values()) n += list.length;
  return n;
}

/**
 * Words that look like cue verbs but, in the slot right after a quotation,
 * are not speech ("the said company" is handled by context; these never cue).
 */
export const NOT_CUES: ReadonlySet<string> = new Set(
  'is was are were be been has have had do does did will would can could may might must shall should'.split(' '),
);
