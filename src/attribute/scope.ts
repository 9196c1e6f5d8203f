// Stage: outlet scope. Decides which outlet a quote reached the article
// through, from what findOutlet reads in its sentence and from what the
// article said earlier: an interview that goes on, a transcript's broadcast,
// a journalist's outlet, a wire's dateline.
import { aliasIndex, findAffiliations, findDateline, findLocalMedia, reportingMedium, speakingMedium, transcriptTakenUp, closingReporter, type LocalMedium, findInterviews, findPublisher, findFraming, findOutlet, isMediaName, outletNamed, findPieceOutlet, NOT_OUTLETS, type AliasIndex, type OutletHit } from './outlets.js';
import type { Span } from '../types.js';
import { partitionPoint } from '../bisect.js';
import { PLATFORMS } from '../lexicon/outlets.js';
import { MARK_CHARS } from '../lexicon/marks.js';

// Words that continue an interview or report named earlier ("In the interview, she added …").
const SAME_INTERVIEW = /\b(?:(?:the|that|this|same) (?:interview|broadcast|appearance|program|programme|show|segment|conversation|podcast|episode|essay|op-ed|column|article|piece)|later in the (?:interview|show|program|broadcast))\b/i;
// The writer's own occasion: "he told me", "in the segment I watched", "in an interview with us".
// It continues no outlet named before (and the article's own publisher is never reported).
const WRITERS_OWN = /(?<![\p{L}])(?:(?:told|tells|telling)\s+(?:me|us)|(?:interview|conversation|segment|broadcast|show|episode|appearance)\s+(?:I|we)\s+\p{Ll}+|(?:interview|conversation)\s+with\s+(?:me|us))(?![\p{L}])/u;
const THIRD_PERSON = /^(?:he|she|they|it)$/i;
// A broadcast or an interview a quote before was reported through, whoever spoke there: "Appearing on the same program",
// "Speaking on the same station", "told the same newspaper".
const ON_THE_SAME = /\b(?:on|in|during|to)\s+the\s+same\s+(?:program|programme|show|broadcast|segment|episode|podcast|telecast|newscast|bulletin|panel|interview|station|channel|network|newspaper|paper|website|outlet)\b/i;
// An interview one person gave, taken up: "in the same interview", "Later in the same interview".
const SAME_INTERVIEW_OF_ONE = /\b(?:in|during)\s+the\s+same\s+interview\b/i;
// "said in the interview": the interview named last, whoever gave it.
const IN_THE_INTERVIEW = /\b(?:in|during)\s+(?:the|that|the\s+same)\s+interview\b/i;
// Words that place a quote on another occasion than the interview before it.
// ("said in an interview": an interview not named before, where "in the interview" takes one up; so is a statement,
// "In a separate statement, she said"; "He once told an interviewer …": another time)
const NEW_OCCASION = /\b(?:(?:at|during|in|before)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}’'-]+\s+){0,2}(?:rally|town hall|news conference|press conference|conference|hearing|event|speech|debate|briefing|campaign stop|stop|meeting|forum|summit|ceremony|address|appearance|visit)|(?:in|during)\s+an?\s+(?:[\p{L}-]+\s+){0,2}(?:interview|statement)|(?:told|tells)\s+an?\s+interviewer|once\s+(?:told|said|wrote|remarked))\b/iu;
// ("Speaking at City Hall minutes later, she announced …": a place by its name where the words were spoken; or any place
// outside which they were, "Quillan-Ashe said outside the Senate chamber on Wednesday")
const SPEAKING_AT_PLACE = /\b(?:[Ss]peaking\s+(?:at|in|outside)\s+(?:the\s+)?\p{Lu}\p{L}|(?:[Ss]peaking|[Ss]poke|said|says|told\s+(?:reporters|journalists))\s+outside\s)/u;
// "said in an interview", "In a telephone interview, she said": an interview the story names no outlet for, which a
// wire's own story (its dateline) gave it (not "an interview with Fox News", "an interview aired on …")
const OWN_INTERVIEW = /\b[Ii]n\s+an?\s+(?:(?:telephone|phone|exclusive|brief|recent|separate|video|email|lengthy)\s+)?interview\b(?!\s+(?:with|on|to|for|published|aired|broadcast|posted|released))/;
// "told reporters", "Speaking to reporters": the press at large, another occasion than an interview or a piece named
// before (but not than the wire story a dateline credits, which reports it too)
const PRESS_AT_LARGE = /\b(?:(?:told|tells|telling)|(?:speaking|spoke|talking|talked)\s+(?:to|with))\s+(?:reporters|journalists|the\s+press)\b/i;

// Outlets found through a bare preposition ("… makes it to the White House."): too weak to
// carry into the next sentence.
const WEAK_HOW = new Set(['trigger:on', 'trigger:to', 'trigger:by', 'trigger:via', 'cue']);

/**
 * Was the platform of `piece` what the sentence before posted to ("posting a photo to his Instagram story", "shared a
 * picture on her own Instagram story"), and is the quote's cue one of writing there ("wrote", "posted", "captioned")?
 */
function postedTo(text: string, before: { start: number; end: number }, piece: OutletHit, cue: string | null): boolean {
  if (!PLATFORMS.has(piece.name) || cue === null) return false;
  const posting = text.slice(before.start, before.end);
  // ("… posted a statement on X. “…,” it said": what a statement posted there says, by a verb of saying too)
  return WRITTEN_CUE.test(cue) ? POSTING.test(posting) : SAID_CUE.test(cue) && POSTED_DOCUMENT.test(posting);
}
const SAID_CUE = /^(?:said|says|stated|added)$/i;
// A statement, a message or a video posted (on a platform, which the outlet found names): "posted a statement on X".
const POSTED_DOCUMENT = /\bpost(?:s|ed|ing)?\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|message|note|video|letter|response)\b/u;
const WRITTEN_CUE = /^(?:wrote|writes|posted|posts|captioned|added|tweeted)$/i;
const POSTING = /\b(?:post(?:s|ed|ing)?|shar(?:e|es|ed|ing)|upload(?:s|ed|ing)?|struck\s+a\b[^.]{0,20}\bnote)\b[^.!?]{0,120}\b(?:on|to)\s+(?:(?:his|her|their|its)\s+(?:own\s+)?)?\p{Lu}|\b(?:on|to)\s+(?:his|her|their|its)\s+(?:own\s+)?\p{Lu}[\p{L}]+\s+(?:story|stories|feed|page|account|channel)\b|\b(?:an?|his|her|their|its)\s+\p{Lu}[\p{L}]+\s+(?:post|video|reel|photo|story)\b|\bon\s+\p{Lu}[\p{L}]+\b[^.!?]{0,60}\bwriting\b/u;

/** The interview named last before `at`, in the same or the previous paragraph. */
function lastInterview(scope: OutletScope, at: number): OutletHit | null {
  const list = scope.interviewList;
  // the last interview named before `at`
  const i = list[partitionPoint(list, (x) => x.at < at) - 1];
  if (!i || at - i.at > RUN_GAP || paragraphsBetween(scope.text, i.at, at) > 1) return null;
  return i.hit;
}

/**
 * The quote before was by a description ("the former secretary of state said …")
 * that the speaker resolver left as it is, and this one is by a person the article
 * named before that quote ("Clinton said"): a description takes up a person already
 * in the story, so they are most likely one speaker. A person first named now
 * ("said opposition leader Maya Roth") is someone else.
 */
function describedBefore(text: string, last: { speaker: string | null; start: number }, speaker: string | null): boolean {
  if (last.speaker === null || speaker === null || !/^\p{Ll}/u.test(last.speaker) || !/^\p{Lu}/u.test(speaker)) return false;
  // "one employee told …", "a spokesman said": an indefinite description brings in someone new
  // (and a description is several words: a lone "a" or "officials" is no description of anyone)
  if (/^(?:a|an|one|another|some|several|many|two|three|four|few)(?:\s|$)/.test(last.speaker) || !/\s/.test(last.speaker)) return false;
  // (nor is a body's name after "the", its head capitalised: "the Eastern Volunteer Legion" names a group, as "the
  // former Missouri governor" does not)
  if (/\s\p{Lu}[\p{L}’'-]*$/u.test(last.speaker)) return false;
  // (nor is a medium's noun a person's description: "As the paper noted, … Although he says he “loves China” …")
  if (MEDIUM_DESCRIPTION.test(last.speaker)) return false;
  const surname = speaker.split(/\s+/).pop()!;
  // named within the 20,000 characters before: a bounded look, whatever the text's length
  return surname.length > 1 && text.slice(Math.max(0, last.start - 20000), last.start).includes(surname);
}
// A medium's noun after "the", which describes a medium, no person ("the paper", "the state broadcaster", "the website").
const MEDIUM_DESCRIPTION = /^the\s+(?:state\s+|official\s+)?(?:agency|news\s+agency|broadcaster|channel|newspaper|paper|network|station|daily|magazine|tabloid|site|website|outlet)$/i;

/**
 * The pronoun is the first name-like word of its sentence outside quotations, so it
 * takes up the subject of the sentence before ("He then defended the remark"), not a
 * person its own sentence names first ("In his interviews, Carson said he …").
 */
function pronounLeads(text: string, q: OutletQuery): boolean {
  const at = q.mention!.start;
  // the sentence's first word is capitalised whatever it is
  const words = (a: number, b: number) => (a === q.sentence.start ? text.slice(a, b).replace(FIRST_WORD, '') : text.slice(a, b));
  let from = q.sentence.start;
  for (const [s, e] of [...q.skip].sort((a, b) => a[0] - b[0])) {
    if (s >= at) break;
    if (CAPITALISED.test(words(from, s))) return false;
    from = Math.max(from, e);
  }
  return !CAPITALISED.test(words(from, at));
}
const CAPITALISED = /(?<![\p{L}])\p{Lu}\p{Ll}/u;
const FIRST_WORD = /^[\s“"‘'(]*\p{L}+/u;

// How far (in characters) a run of quotes by one speaker keeps its outlet.
const RUN_GAP = 1200;
// How far after the last outlet named a programme's host still speaks on it.
const HOST_REACH = 4000;

export interface OutletScope {
  text: string;
  /** Where the gazetteer's aliases stand in the text (see outlets.ts). */
  aliases: AliasIndex;
  /** May a name of several words be a person's (the name registry's answer; a medium's name is none)? */
  mayBePerson: (name: string) => boolean;
  dateline: OutletHit | null;
  /** The media on no list the text names: its dateline's agency, the short forms it defines ("… Agency (MNA)"). */
  local: LocalMedium[];
  /** The journalists and hosts the article ties to an outlet: "MSNBC host Chris Matthews". */
  affiliations: Map<string, OutletHit>;
  /** The people the article says gave an interview to an outlet: "by Ivanka Trump in an interview with Cosmopolitan". */
  interviews: Map<string, OutletHit>;
  /** Every interview the text names, in text order: "after an interview with Fox News's Chris Wallace". */
  interviewList: { at: number; hit: OutletHit }[];
  /** The article's own publisher, where the text reveals it (see findPublisher); never reported as an outlet. */
  publisher: string | null;
  /** The outlet each speaker was last reported through. */
  bySpeaker: Map<string, { name: string; mention: Span | null; at: number }>;
  /** The people the text calls a programme's presenter or interviewer ("Asked by presenter Dana Holt"), read when first asked. */
  interviewers: Set<string> | undefined;
  /** The previous quote's speaker and outlet, and where it ended; `past` when the outlet was named
   * with a past time ("told CNN last year"): then it goes on only to the rest of that quote. */
  last: { speaker: string | null; outlet: string | null; mention: Span | null; start: number; end: number; past: boolean } | null;
  /** The outlet a quote was last reported through, whoever spoke: what "on the same program" takes up. */
  lastOutlet: { name: string; mention: Span | null; past: boolean } | null;
}

// An interview given to a name of two to four capitalised words, not a possessive's ("an interview with Fox News's
// Chris Wallace" is the listed outlet's).
const INTERVIEW_WITH = /\b(?:in|during)\s+(?:an|a|the|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}interview\s+with\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3})(?![\p{L}’'-])(?!\s*[’']s\b)/u;

/** The first of the text's local media that the sentence names as the one spoken to or the source, and where. */
function localMedium(media: readonly LocalMedium[], sentence: string): { name: string; text: string; at: number } | null {
  for (const m of media) {
    const hit = m.pattern.exec(sentence);
    // (the alias after "told", "according to" …, or before "relayed", "carried" …: listenerPattern)
    const said = hit?.[1] ?? hit?.[2];
    if (hit && said) return { name: m.name, text: said, at: hit.index + hit[0].length - said.length };
  }
  return null;
}

/** Is `who` (a speaker's key) one the text calls a presenter, host or interviewer ("presenter Dana Holt")? */
function interviewer(scope: OutletScope, who: string | null): boolean {
  if (who === null) return false;
  if (!scope.interviewers) {
    scope.interviewers = new Set();
    for (const m of scope.text.matchAll(INTERVIEWER)) scope.interviewers.add(speakerKey(m[1]!));
  }
  return scope.interviewers.has(who);
}
// A presenter's noun before a name: "presenter Dana Holt", "interviewer Selma Hartikainen"; a host's only where the
// host asks ("asked by host Tom Reed"), is talked to ("Appearing opposite substitute host Corbin Ashgrove", "told host Ana
// Ruiz") or the programme the text spoke of is the host's ("The show’s host, former
// pitcher Danny Kowalczyk,"): "radio host Rush Limbaugh" speaks on his own show, to no one.
const INTERVIEWER = /\b(?:presenter|interviewer|(?:(?:asked|questioned|pressed)\s+by|opposite|told|(?:speaking|spoke|talking|talked)\s+(?:to|with))\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?:host|co-host|anchor|moderator)|(?:show|programme|program|podcast|broadcast)[’']s\s+(?:co-)?(?:host|presenter|anchor|moderator),?(?:[ \u00a0]+[\p{Ll}-]+){0,3})[ \u00a0]+(\p{Lu}[\p{L}’'-]+(?:[ \u00a0]\p{Lu}[\p{L}’'-]+){1,2})(?![\p{L}])/gu;

/**
 * Did the quotation `q` ask something: does it end in a question mark, inside its marks or right after them, or is it
 * an indirect question ("asked by host John Dickerson whether his aim was …")?
 */
const asks = (text: string, q: { start: number; end: number }): boolean =>
  /\?[”"’']?\s*$/.test(text.slice(Math.max(q.start, q.end - 3), Math.min(text.length, q.end + 2))) || /^(?:whether|if|why|how|what|when|where|who)\s/i.test(text.slice(q.start, q.start + 10));

// How far from a quote, inside its sentence, the words that take up a transcript are read (a sentence may run on for a
// whole page of quotations; the take-up stands by its quote).
const NEAR_QUOTE = 300;

/** A speaker's name as the scope's maps key it: without periods or runs of spaces. */
const speakerKey = (name: string): string => name.replace(/\./g, '').replace(/\s+/g, ' ').trim();

export function outletScope(text: string, resolve: (name: string, at: number) => string, mayBePerson: (name: string) => boolean = () => true): OutletScope {
  const aliases = aliasIndex(text);
  const affiliations = new Map<string, OutletHit>();
  for (const a of findAffiliations(text, aliases)) affiliations.set(speakerKey(resolve(a.person, a.at)), a.hit);
  const interviews = new Map<string, OutletHit>();
  const found = findInterviews(text);
  for (const i of found) if (i.person) interviews.set(speakerKey(resolve(i.person, i.at)), i.hit);
  return { text, aliases, mayBePerson, dateline: findDateline(text), local: findLocalMedia(text), affiliations, interviews, interviewList: found.map((i) => ({ at: i.hit.mention!.start, hit: i.hit })), publisher: findPublisher(text, aliases), bySpeaker: new Map(), interviewers: undefined, last: null, lastOutlet: null };
}

// A host or a presenter told, and the name: "told host Juniper Okonkwo-Lisle", "told the show's presenter Dana Holt".
const TOLD_HOST = /(?<![\p{L}])told\s+(?:the\s+)?(?:[\p{Ll}’'-]+\s+)?(?:host|co-host|presenter|anchor)\s+(\p{Lu}[\p{L}’'-]+(?:[ \u00a0]\p{Lu}[\p{L}’'-]+){1,2})(?![\p{L}])/u;

/** Does text[from, to) hold a line break? (The first one after `from` is found, not the whole range copied.) */
function newlineBetween(text: string, from: number, to: number): boolean {
  const nl = text.indexOf('\n', from);
  return nl >= 0 && nl < to;
}

/** How many paragraph breaks stand between two offsets (blank lines count once). */
function paragraphsBetween(text: string, from: number, to: number): number {
  return text.slice(from, to).split(/\n\s*/).length - 1;
}

export interface OutletQuery {
  start: number;
  end: number;
  /** The sentence holding the quote's attribution, and the previous sentence of its paragraph. */
  sentence: { start: number; end: number };
  previous: { start: number; end: number } | null;
  /** Quotations of the sentence, not read for outlets. */
  skip: [number, number][];
  speaker: string | null;
  cue: string | null;
  /** A verb no lexicon lists that attributes the quote ("notified"): "notified CBS" names the outlet. */
  unlistedCue?: string | null;
  /** The quote continues the previous one (same sentence or next paragraph). */
  inherited: boolean;
  /** A question someone unnamed put ("Asked whether he would run, …"): no quote of a run, which goes on past it. */
  question?: boolean;
  /** For transcript turns: the outlet the transcript's introduction names. */
  transcript: OutletHit | null;
  /** The words that name the speaker ("he", "Politifact", "the article"), and whether they are a pronoun. */
  mention?: { text: string; start: number; pronoun: boolean } | null;
  /** The sentence before the quote's sentence, across a paragraph break, with its quotations
   * (computed only when asked for; null where it is not worth reading). */
  before?: (() => { start: number; end: number; skip: [number, number][] } | null) | null;
}

export interface OutletAnswer {
  outlet: string | null;
  outletMention: Span | null;
}

/** "In a Wall Street Journal essay last week, she acknowledged …": the quote's own sentence opens with the piece it was in. */
function ownFraming(text: string, q: OutletQuery): OutletHit | null {
  const f = findFraming(text, q.sentence.start, q.sentence.end);
  // the framing is before the words (not an outlet named inside them)
  return f && f.mention && f.mention.end <= q.start && !q.skip.some(([s, e]) => f.mention!.start >= s && f.mention!.start < e) ? f : null;
}

/** Does the sentence tell a person by name ("told Ana Ruiz"), whom no medium is? */
function toldPerson(scope: OutletScope, sentence: string): boolean {
  const m = TOLD_NAME.exec(sentence);
  return m !== null && scope.mayBePerson(m[1]!);
}
const TOLD_NAME = /(?<![\p{L}])(?:told|tells)\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){1,2})(?![\p{L}])/u;

export function outletFor(scope: OutletScope, q: OutletQuery): OutletAnswer {
  const { text } = scope;
  let answer: OutletAnswer = { outlet: null, outletMention: null };
  // third person only: an op-ed's “I” is its author, who takes up no one else's outlet
  const pronoun = q.mention?.pronoun === true && THIRD_PERSON.test(q.mention.text);
  // the speaker is itself an outlet: "Politifact then ruled", "the Times wrote"
  // (not where the speaker resolves to a person: "Now Bloomberg says he …" is Michael Bloomberg)
  // one speaker whatever the punctuation of the name ("Mark Z. Barabak" by one rule, "Mark Z Barabak" by another)
  const who = q.speaker === null ? null : speakerKey(q.speaker);
  // ("The Times" that the name registry took for part of "New York Times" resolves to "York Times": a medium's name still)
  const named = (): OutletHit | null => (q.mention && !pronoun && (q.speaker === null || q.speaker === q.mention.text || isMediaName(q.speaker) || outletNamed(text, { text: q.speaker, start: q.mention.start }) !== null) ? outletNamed(text, q.mention) : null);
  const found = findOutlet(text, q.sentence.start, q.sentence.end, q.skip, q.cue, scope.aliases, q.unlistedCue ?? null);
  // "Months after he savaged her on Twitter, Trump says …": an outlet of an earlier occasion, named in an
  // opening clause before the quote, is not this quote's
  const earlier = found?.mention && found.mention.end <= q.start && EARLIER_CLAUSE.test(text.slice(q.sentence.start, found.mention.start)) && text.slice(found.mention.end, q.start).includes(',');
  const hit = (earlier ? null : found) ?? ownFraming(text, q) ?? (q.previous ? findFraming(text, q.previous.start, q.previous.end) : null) ?? named();
  const last = scope.last;
  const sentenceText = text.slice(q.sentence.start, q.sentence.end);
  // The tests below are patterns over the whole sentence: each is run only when a
  // branch asks for it, and at most once (most quotes are decided before they are).
  // (read outside the quotation marks only: the words quoted, "“Nobody told us anything,” he said", tell of no
  // occasion; a reported clause without marks is the writer's paraphrase, which may)
  let narrationMemo: string | undefined;
  const narration = (): string => (narrationMemo ??= blankQuotations(text, q.sentence.start, q.sentence.end, q.skip));
  let ownMemo: boolean | undefined;
  const own = (): boolean => (ownMemo ??= WRITERS_OWN.test(narration()));
  let newOccasionMemo: boolean | undefined;
  // (or a person told: "Maddocks told Ana Ruiz, his deputy, that …" after his words to a paper)
  const newOccasion = (): boolean => (newOccasionMemo ??= NEW_OCCASION.test(narration()) || SPEAKING_AT_PLACE.test(narration()) || toldPerson(scope, narration()));
  // (within `breaks` paragraph breaks: the next paragraph, or, for an interview's exchange, the one after a paragraph of
  // the reporter's, "The warning came during a tense interview with the program's host, …")
  const near = (breaks = 1): boolean => last !== null && q.start - last.end < RUN_GAP && paragraphsBetween(text, last.end, q.start) <= breaks && !newOccasion() && !own() &&
    !(last.outlet !== scope.dateline?.name && PRESS_AT_LARGE.test(sentenceText));
  // the same speaker goes on, or a pronoun takes up the speaker before it
  // (a pronoun that resolves to someone else than the speaker before does not)
  // (the same person by name goes on across one paragraph of narration too, on a broadcast or in an interview: "Pressed
  // on a compromise, the senator was blunt. ⏎ “…,” he said"; a post on a platform is one statement, which does not)
  const sameRun = (): boolean => last !== null && ((who !== null && last.speaker === who) || (pronoun && (who === null || last.speaker === null)) || describedBefore(text, last, who)) && near(who !== null && last.speaker === who && last.outlet !== null && !PLATFORMS.has(last.outlet) ? 2 : 1);
  let sameOccasionMemo: boolean | undefined;
  const sameOccasion = (): boolean => (sameOccasionMemo ??= !own() && (SAME_INTERVIEW.test(sentenceText) || (q.previous !== null && SAME_INTERVIEW.test(text.slice(q.previous.start, q.previous.end)))));
  let piece: OutletHit | null = null;
  let before: { start: number; end: number; skip: [number, number][] } | null = null;
  let interviewed: RegExpExecArray | null = null;
  let host: RegExpExecArray | null = null;
  let local: { name: string; text: string; at: number } | null = null;
  if (hit) answer = { outlet: hit.name, outletMention: hit.mention };
  else if (scope.local.length && (local = localMedium(scope.local, sentenceText))) {
    // "“…,” Brekke told Nordwire." in a story the dateline credits to Nordwire, a wire no list holds; "According to MNA"
    // after "the state-run Marovian News Agency (MNA)"
    const start = q.sentence.start + local.at;
    answer = { outlet: local.name, outletMention: { text: local.text, start, end: start + local.text.length } };
  } else if ((interviewed = INTERVIEW_WITH.exec(sentenceText)) && !NOT_OUTLETS.test(interviewed[1]!) && !scope.mayBePerson(interviewed[1]!)) {
    // "“…,” she said in an interview with Wessex Sound": a name of several words that is no person's, after an
    // interview's "with", is the medium interviewing (a person's, "an interview with Anna Berg", is not, nor a body's,
    // NOT_OUTLETS: "the Finance Ministry")
    const start = q.sentence.start + interviewed.index + interviewed[0].length - interviewed[1]!.length;
    answer = { outlet: interviewed[1]!, outletMention: { text: interviewed[1]!, start, end: start + interviewed[1]!.length } };
  } else if ((piece = reportingMedium(text, q.sentence.start, q.sentence.end))) {
    // "The agency later quoted him as saying …" after "the state-run Marovian News Agency"
    answer = { outlet: piece.name, outletMention: piece.mention };
  } else if ((piece = closingReporter(text, Math.max(q.sentence.start, q.end - 2), q.sentence.end))) {
    // "He said … that he was ''…,'' The Post reported." after "The Washington Post"
    answer = { outlet: piece.name, outletMention: piece.mention };
  } else if ((piece = transcriptTakenUp(text, Math.max(q.sentence.start, q.start - NEAR_QUOTE), Math.min(q.sentence.end, q.end + NEAR_QUOTE)))) {
    // "“…,” Tarkhanov said, according to the transcript" after "according to a transcript released by the Kremlin"
    answer = { outlet: piece.name, outletMention: piece.mention };
  } else if (q.mention && !pronoun && (piece = speakingMedium(text, q.mention.start, q.mention.text))) {
    // "The newspaper added that …" after "the Global Times said in an editorial": the medium speaks, through itself
    answer = { outlet: piece.name, outletMention: piece.mention };
  } else if (q.transcript) answer = { outlet: q.transcript.name, outletMention: q.transcript.mention };
  else if (who && scope.bySpeaker.has(who) && !own() && SAME_INTERVIEW_OF_ONE.test(sentenceText)) {
    // ("Later in the same interview, Ms Drummond-Kerrich said …": the speaker's own interview, not the last one another
    // speaker gave since)
    const prior = scope.bySpeaker.get(who)!;
    answer = { outlet: prior.name, outletMention: prior.mention };
  } else if (scope.lastOutlet && !scope.lastOutlet.past && !own() && ON_THE_SAME.test(sentenceText)) {
    // "Appearing on the same program an hour later, chief executive Patricia Lindqvist contended that …": another
    // speaker on the broadcast a quote before was reported through
    answer = { outlet: scope.lastOutlet.name, outletMention: scope.lastOutlet.mention };
  }
  else if (who && scope.bySpeaker.size > 0 && sentenceText.includes('told') && (host = TOLD_HOST.exec(narration())) && speakerKey(host[1]!) !== who && scope.bySpeaker.has(speakerKey(host[1]!))) {
    // "She told host Juniper Okonkwo-Lisle that …": words told to a programme's host are on the programme the host's own
    // words were reported on ("… Okonkwo-Lisle said on the latest episode of “Second Helpings.”"); the narration read only
    // where "told" is in the sentence at all)
    const on = scope.bySpeaker.get(speakerKey(host[1]!))!;
    answer = { outlet: on.name, outletMention: on.mention };
  }
  else if (who && !scope.bySpeaker.has(who) && scope.interviews.has(who) && sameOccasion() && (piece = scope.interviews.get(who) ?? null)) {
    // "… mentioned by Ivanka Trump in an interview with Cosmopolitan magazine." … "She noted the rule in the interview."
    answer = { outlet: piece.name, outletMention: piece.mention };
  } else if (last?.outlet && (q.inherited || (!last.past && sameRun() && speakerKey(last.outlet) !== who))) {
    // the same speaker goes on: the same interview or piece
    // (not a body's own document: "…, per a notice issued by the National Medicines Regulatory Agency. ⏎ …, the agency
    // cautioned." is the agency speaking again, through no outlet)
    answer = { outlet: last.outlet, outletMention: last.mention };
  } else if (last?.outlet && !last.past && near(2) && (interviewer(scope, who) || interviewer(scope, last.speaker) && asks(text, last))) {
    // "“Why wait until now?” Holt asked." after "Asked by presenter Dana Holt …" on First Light, and the answer after
    // it: a programme's presenter and the one interviewed speak on the same programme (the answer to a question: a
    // host's remark, "It’s the same story every year now," and someone's words outside the ballpark after it are not)
    answer = { outlet: last.outlet, outletMention: last.mention };
  } else if (interviewer(scope, who) && scope.lastOutlet?.mention && !scope.lastOutlet.past && q.start - scope.lastOutlet.mention.end < HOST_REACH && !newOccasion() && !own()) {
    // a host speaks on the programme, however many paragraphs since the last quote it carried: "The host pressed her
    // early on for specifics. ⏎ “…?” Ashgrove-Nakamura asked."
    answer = { outlet: scope.lastOutlet.name, outletMention: scope.lastOutlet.mention };
  } else if (q.mention && q.before && !own() && !newOccasion() && !PRESS_AT_LARGE.test(narration()) && (pronoun ? pronounLeads(text, q) : true) && (before = q.before()) && (pronoun || text.slice(before.start, before.end).includes(q.mention.text)) && (piece = findOutlet(text, before.start, before.end, before.skip, null, scope.aliases)) && (pronoun && !WEAK_HOW.has(piece.how) || postedTo(text, before, piece, q.cue))) {
    // "… noted NBC’s Dante Chinni. “…,” he wrote.": the pronoun takes up the outlet's person
    // (not words to the press at large: "… told Times Radio. ⏎ Speaking to reporters afterwards, he said …")
    // ("… posting a photo to his Instagram story. “…,” he wrote over the image.": or the platform just posted to, as a
    // name the sentence before holds does: "Sheriff Ambrose Ketek posted a warning on X … ⏎ “…,” Ketek wrote.")
    answer = { outlet: piece.name, outletMention: piece.mention };
  } else if (q.mention && !pronoun && (piece = findPieceOutlet(text, q.mention.text, q.start))) {
    // "a Times article hailed him … “…,” the article read."
    answer = { outlet: piece.name, outletMention: piece.mention };
  } else if (scope.interviewList.length > 0 && !own() && IN_THE_INTERVIEW.test(sentenceText) && (piece = lastInterview(scope, q.sentence.start))) {
    // "“…,” Clinton said in the interview." after "… an interview with Fox News's Chris Wallace …"
    answer = { outlet: piece.name, outletMention: piece.mention };
  } else if (who && scope.bySpeaker.has(who) && sameOccasion()) {
    const prior = scope.bySpeaker.get(who)!;
    answer = { outlet: prior.name, outletMention: prior.mention };
  } else if (who && scope.affiliations.has(who)) {
    const a = scope.affiliations.get(who)!;
    answer = { outlet: a.name, outletMention: a.mention };
  } else if (scope.dateline && scope.dateline.mention && !own() && OWN_INTERVIEW.test(sentenceText)) {
    // "…, Raman said in an interview." in a story a dateline credits to a wire: the interview was with that wire
    answer = { outlet: scope.dateline.name, outletMention: scope.dateline.mention };
  } else if (scope.dateline && scope.dateline.mention && !newlineBetween(text, scope.dateline.mention.end, q.start)) {
    // quotes in the lede that a dateline credits: "WASHINGTON (AP) — … “…,” he said."
    answer = { outlet: scope.dateline.name, outletMention: scope.dateline.mention };
  }
  // "Graham told The New York Times then": an earlier occasion, which later quotes do not continue
  const past = answer.outletMention !== null && PAST_OCCASION.test(text.slice(answer.outletMention.end, answer.outletMention.end + 30));
  if (who && hit && !past) scope.bySpeaker.set(who, { name: hit.name, mention: hit.mention, at: q.start });
  // (a question put by someone unnamed, on no outlet of its own, leaves the run of the one who answers it as it was:
  // "He said he would … ⏎ Asked whether he would run, Maigandi said …"; one in an interview named starts the run of the
  // answer after it; one put at a time of its own, "Asked on Saturday whether …", is another occasion)
  const wasPast = past || (q.inherited && last?.past === true);
  const runGoesOn = q.question === true && answer.outlet === null && !QUESTION_TIME.test(text.slice(q.sentence.start, q.start));
  if (!runGoesOn) scope.last = { speaker: who, outlet: answer.outlet, mention: answer.outletMention, start: q.start, end: q.end, past: wasPast };
  if (answer.outlet !== null) scope.lastOutlet = { name: answer.outlet, mention: answer.outletMention, past: wasPast };
  // the article's own publisher is not the outlet of its quotes
  if (scope.publisher && answer.outlet === scope.publisher) answer = { outlet: null, outletMention: null };
  return answer;
}

/**
 * The text in [start, end) with the quotations of `skip` that stand in quotation marks blanked out, its offsets kept
 * (a reported clause without marks is left as it is).
 */
function blankQuotations(text: string, start: number, end: number, skip: readonly (readonly [number, number])[]): string {
  // (one pass over the sentence, the quotations in text order: linear however many it holds)
  const marked = skip.filter(([a, b]) => a < end && b > start && MARK_CHARS.has(text[a - 1] ?? '')).sort((x, y) => x[0] - y[0]);
  let out = '';
  let at = start;
  for (const [a, b] of marked) {
    const from = Math.max(at, a);
    const to = Math.min(end, b);
    if (from >= to) continue;
    out += text.slice(at, from) + ' '.repeat(to - from);
    at = to;
  }
  return out + text.slice(at, end);
}

// An opening clause of an earlier time, up to the outlet, with no comma before it (after a dateline,
// maybe): "Months after he savaged her on ", "After appearing on ", "Ever since she wrote for ".
const EARLIER_CLAUSE = /^(?:\p{Lu}{2,}[^—–\n]{0,40}[—–]\s*)?\W*(?:(?:but|and)\s+)?(?:(?:\w+\s+)?(?:minutes|hours|days|weeks|months|years)\s+)?(?:after|before|since|ever\s+since|until)\s[^,;]*$/iu;

// A time the words before a question give it: "Asked on Saturday whether", "Asked later", "When asked last week".
const QUESTION_TIME = /(?<![\p{L}])(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|later|earlier|afterwards?|yesterday|today|tonight|last\s+(?:week|month|year|night))(?![\p{L}])/u;
// Words right after an outlet that put the occasion in the past: "told the Times then", "in 2012", "at the time".
const PAST_OCCASION = /^[’']?s?\s*(?:[^\s.;]+\s+){0,3}?(?:then|at\s+the\s+time|in\s+(?:19|20)\d\d|(?:last|that)\s+(?:year|month|spring|summer|fall|autumn|winter)|years\s+ago|previously|back\s+in)(?![\p{L}])/u;

/** The outlet `hit`, unless the words after it put its occasion in the past ("told the BBC in 2019"). */
export function notPast(text: string, hit: OutletHit | null): OutletHit | null {
  return hit?.mention && PAST_OCCASION.test(text.slice(hit.mention.end, hit.mention.end + 30)) ? null : hit;
}
