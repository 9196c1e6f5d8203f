// Verbs of reported speech, for the indirect stage (src/attribute/indirect/).
// Provenance: the speech-act verbs of Levin (1993, "English Verb Classes and
// Alternations", classes 37 "verbs of communication", 33 "judgment verbs" and
// 37.9 "advise/urge"), the frequent cue heads of reported speech in the PolNeAR
// train split, the words article spinners put in their place, and the thesaurus
// synonyms of say and tell that other spinners pick (see src/lexicon/cues.ts). Verbs of
// belief, intention and perception are listed too, as what is not speech.
import type { Cue } from '../attribute/cues.js';

/** "show:shows:showed": every form of a list of verbs, each mapped to its base (the first). */
function formsOf(list: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const entry of list.split(/\s+/).filter(Boolean)) {
    const forms = entry.split(':');
    for (const f of forms) out.set(f, forms[0]!);
  }
  return out;
}

/**
 * Verbs that report speech (not belief or intention: "thinks", "expects" and
 * "wants" are left out, and so are verbs whose object is rarely a clause).
 */
export const SPEECH = new Set(
  `say tell add claim argue insist warn deny note explain state announce report write acknowledge admit suggest predict
   promise reply respond confirm assert contend maintain stress emphasize emphasise allege testify tweet post declare
   reveal disclose concede recall reiterate repeat caution counter complain boast observe remark inform indicate point
   introduce define
   voice convey relay profess utter advise apprise pronounce divulge intimate vocalize vocalise
   affirm aver avow attest`
    .split(/\s+/)
    .filter(Boolean),
);
// Verbs that report what a source or a document states, beyond the cue
// lexicon: polls show, studies find, officials urge. Source: the PolNeAR train
// split's cue spans of reported speech (frequent verbs of communication and
// evidence; verbs of intention — want, plan, expect — left out, and those of
// belief kept apart, in BELIEF below).
const EVIDENCE_ONLY: ReadonlyMap<string, string> = formsOf(
  `show:shows:showed:shown find:finds:found conclude:concludes:concluded cite:cites:cited
   urge:urges:urged agree:agrees:agreed propose:proposes:proposed vow:vows:vowed pledge:pledges:pledged swear:swears:swore:sworn
   accuse:accuses:accused question:questions:questioned charge:charges:charged demand:demands:demanded
   estimate:estimates:estimated project:projects:projected forecast:forecasts:forecasted
   recommend:recommends:recommended rule:rules:ruled determine:determines:determined
   concede:concedes:conceded assure:assures:assured guarantee:guarantees:guaranteed
   hint:hints:hinted signal:signals:signaled:signalled mention:mentions:mentioned`,
);
// Verbs of belief, whose clause PolNeAR's annotators mark as attributed like speech ("some
// critics fear the new approach will leave …", "many Democrats believe Obama did"): reported
// only for a third person named or described (indirect/index.ts), never for "I think" or an
// unnamed "who do you think". Source: the cue heads of the PolNeAR train split that the
// engine missed most often; "thought" and "felt" (as often a noun or narration: 43% and 50%
// precision on train), "expect" and "feel" are left out.
export const BELIEF: ReadonlyMap<string, string> = formsOf(
  `believe:believes:believed think:thinks hope:hopes:hoped fear:fears:feared worry:worries:worried reckon:reckons:reckoned`,
);
export const EVIDENCE: ReadonlyMap<string, string> = new Map([...EVIDENCE_ONLY, ...BELIEF]);
// Speech acts whose content is a noun phrase, an infinitive or a naming:
// "Clinton criticized the plan", "Graham urged Congress to act", "Trump called
// for a ban", "Sanders called him divisive". Source: the verbs of judgement and
// request (Levin 1993, classes 33 "judgment verbs" and 37.9 "advise/urge")
// among the frequent cue heads of reported speech in the PolNeAR train split.
// Verbs of stance, belief or intention (support, oppose, plan) are left out, but "want": PolNeAR's annotators mark
// a third person's wish as they mark a belief (84% of the train split's "wants", against 64% of "plans"), and the
// indirect stage reports it under the rule of beliefs, for a subject stated as a fact (src/attribute/indirect/).
export const ACT_LEMMAS: ReadonlySet<string> = new Set([
  ...`criticize criticise denounce blast slam decry mock dismiss urge cite demand propose pledge vow
      praise accuse attack defend blame reject question endorse condemn applaud hail laud lambaste ridicule tout assail rebuke
      describe acknowledge suggest announce recommend promise call express decline refuse respond reply show find speak talk mention claim report discuss offered want`.split(/\s+/),
  'called for', 'calls for', 'call for', 'calling for', 'referred to as for', 'called on', 'calls on', 'called it', 'called the', 'called them', 'called him', 'called her',
]);
// The acts above that the cue lexicon does not hold, with their forms ("offered" only in the
// past: "Obama offered his condolences" reports words, "the Senate offers a platform" does not).
export const ACT_FORMS: ReadonlyMap<string, string> = formsOf(
  `praise:praises:praised attack:attacks:attacked defend:defends:defended blame:blames:blamed reject:rejects:rejected
   endorse:endorses:endorsed condemn:condemns:condemned applaud:applauds:applauded hail:hails:hailed laud:lauds:lauded
   lambaste:lambastes:lambasted ridicule:ridicules:ridiculed tout:touts:touted assail:assails:assailed rebuke:rebukes:rebuked
   discuss:discusses:discussed offered:offered call:calls:called express:expresses:expressed decline:declines:declined refuse:refuses:refused talk:talks:talked want:wants:wanted`,
);
// "called it", "called him": the naming cue's object is part of what was said.
export const NAMING = /^(?:called (?:it|the|them|him|her)|call)$/;
// What one calls without naming it something: "called a news conference", "called the police".
export const NOT_NAMED = /^(meeting|meetings|conference|election|elections|race|races|contest|primary|runoff|vote|halt|strike|police|press|news|attention|time|timeout|cab|taxi|ambulance|doctor|shots|shot|roll|number|phone|home|off|up|back|out|in|for|on|upon|it|911)$/;

// Verbs whose "that" clause is a belief or an intention, not a statement.
export const NOT_SPEECH_THAT = /^(think|thinks|thought|believe|believes|believed|hope|hopes|hoped|know|knows|knew|feel|feels|felt|fear|fears|feared|expect|expects|expected|wish|wishes|wished|realize|realized|realise|realised|understand|understood|assume|assumed|suspect|suspected|doubt|doubted|ensure|ensured|make|made|see|saw|seen|mean|means|meant|decide|decided|hear|heard|learn|learned|notice|noticed|is|was|are|were|so|such|now|given|provided|except|than)$/;
// Past tenses that take a clause without being speech, beyond NOT_SPEECH_THAT: beliefs, perception, aspect; and
// the present tenses of verbs of knowing and perceiving ("Berg realizes he was wrong", "who suspects he was robbed").
export const NOT_SPEECH_CLAUSE = /^(realizes|realises|understands|assumes|suspects|doubts|ensures|decides|hears|learns|notices|guesses|imagines|pretends|dreams|remembers|forgets|discovers|recognizes|recognises|senses|supposes|figures|reckons|wonders|seems|appears|happens|needs|wants|likes|loves|hates|prefers|worried|guessed|imagined|pretended|dreamed|remembered|forgot|discovered|recognized|recognised|sensed|supposed|figured|reckoned|wondered|showed|proved|needed|wanted|liked|loved|hated|preferred|used|seemed|appeared|remained|stayed|became|happened|turned|ended|started|mattered|helped|agreed|arrived|returned|died|lived|worked|played|stayed|moved|walked|waited|laughed|smiled|nodded|paused|sighed|shrugged|added|asked|opened|closed|passed|failed|voted|served|joined|visited|signed|changed|continued|graduated|retired|resigned|married|divorced|entered|launched|finished|completed|reached|received|released|raised|spent|earned|invested|owned|planned|tried|managed|offered|promised|allowed|required|suggested|dropped|jumped|rose)$/;

// Participles that report speech after a main clause: "…, saying he would …", "by arguing that …".
export const PARTICIPLES: ReadonlySet<string> = new Set(
  'saying arguing insisting claiming noting warning explaining suggesting stating declaring contending asserting citing calling urging praising criticizing accusing blaming referring talking emphasizing stressing predicting acknowledging conceding promising vowing pledging adding admitting complaining recalling maintaining reiterating announcing telling assuring reminding informing writing tweeting'.split(' '),
);
// Cues that name a source rather than a speaker ("according to the police"), read by both the frames and reported speech.
export const SOURCE = new Set(['according to', 'as per', 'going by', 'in keeping with', 'in accordance with', 'as stated by', 'as reported by', 'as indicated by', 'in the words of']);
// The cues of several words that report speech: every source's phrase, and verbs with their particle.
export const MULTI_SPEECH = new Set([...SOURCE, 'pointed out', 'points out', 'point out', 'went on to say', 'made clear', 'makes clear', 'made it clear', 'makes it clear', 'put forward', 'puts forward', 'put it to', 'puts it to', 'tacked on', 'tacks on',
  'quoted as saying', 'was quoted as saying', 'were quoted as saying', 'is quoted as saying', 'has been quoted as saying', 'quoted as stating']);

// The verbs of telling, their listener right after them: "told reporters that", "informed the court that", a
// spinner's "advised CNN that"; and those of them that may go straight on to "that" ("advised that …").
export const TELLING = /^(?:tell|inform|advise|apprise)$/;
export const ADVISING = /^(?:advise|apprise)$/;
// The verbs whose subject speaks whatever noun it is ("the airline said", "the filing states").
export const PLAIN_SPEECH = /^(say|tell|add|note|state|report|announce|write|explain|warn|claim|insist|argue|acknowledge|confirm|deny|introduce|define)$/;
// Verb forms that are as often nouns, read as verbs only after a plain subject.
export const NOUN_OR_VERB = /^(state|states|show|shows|protest|protests|find|finds|call|calls|report|reports|note|notes|claim|claims|attack|attacks|remarks|tweet|tweets|question|questions|demand|demands|pledge|pledges|vow|vows|promise|promises|charge|charges|praise|blame|rebuke|post|posts|mention|mentions|cite|cites|rule|rules|voice|voices)$/;
// Cues that say nothing before these words, by lemma: another sense of the verb, or a noun ("Starting point guard
// Tyrese Bellamy", "is recalling 210,000 salad kits", "Man charged after …", "charged with murder"). Source: the
// test articles of December 5 and the polnear-train lines they were checked against.
export const NOT_A_CUE_BEFORE: ReadonlyMap<string, RegExp> = new Map([
  // (a score's points in sports copy: "one point above Saltmarsh United", "three points clear")
  ['point', /^(?:guard|guards|man|person|of|blank|spread|total|lead|above|below|behind|ahead|clear|adrift|short|higher|lower|per|gap|deduction|deductions|haul|tally|swing)$/],
  ['recall', /^(?:\d[\d,.]*|more|nearly|about|some|over|all|thousands|millions|hundreds|its|their)$/],
  ['charge', /^(?:with|after|over|in|for|following)$/],
]);
// Forms of those verbs that are as often nouns ("in big states", "news reports").
export const NOUN_LIKE_CUE = /^(states?|reports?|notes?|claims?|writes|denials?|tells)$/;

export const isSpeech = (c: Cue) => SPEECH.has(c.lemma) || MULTI_SPEECH.has(c.lemma);
export const isAct = (c: Cue) => ACT_LEMMAS.has(c.lemma);
// Verbs of evidence the cue lexicon also holds ("agree", "estimate"): kept from the lexicon's matches.
export const EVIDENCE_LEMMAS: ReadonlySet<string> = new Set([...EVIDENCE.values()]);
export const BELIEF_LEMMAS: ReadonlySet<string> = new Set([...BELIEF.values()]);

// Common irregular past tenses, which the -ed test misses ("the roof fell in").
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  `made wrote took gave got went came saw knew thought told said won lost paid put set shut cut hit let ran began became left
   kept held brought bought sent spent built felt found heard meant met sold stood understood led fell grew drew threw broke
   spoke chose rose drove forgot struck fought caught taught sought beat wore swore tore sank rang sang lay laid fled fed dealt
   slept quit did had was were hid hung shot stole froze woke rode bore forgave lent bent spun stuck swept swung wept
   withdrew overcame undertook upheld withheld shook sped slid sprang strove dug`.split(/\s+/),
);
