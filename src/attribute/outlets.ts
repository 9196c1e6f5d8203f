// Stage: outlets. Finds the news organisation, programme or platform that the
// text says carried a quote's words, in the attribution part of its sentence.
import { NEWS_AGENCIES, ON_AIR, OUTLET_ENTRIES, PLATFORMS, PLATFORM_VERBS, WEAK_ALIASES, type OutletEntry } from '../lexicon/outlets.js';
import type { Span } from '../types.js';
import { looksLikeTitle } from '../scan/titles.js';
import { partitionPoint } from '../bisect.js';
import { isAsciiAlnum, isAsciiLetter } from '../scan/tokens.js';
import { NOT_SPEECH_THAT } from '../lexicon/speech.js';
import { verbByTable } from '../nlp/compromise.js';
import { BODY_NOUNS, demonym, namedBody, nationality } from './names.js';
import { PUBLIC_BODY_HEADS } from '../lexicon/people.js';
import { lazily } from '../lazy.js';

export interface OutletHit {
  name: string;
  mention: Span | null;
  /** Which pattern found it. */
  how: string;
}

/** A medium found at a place of a window: the name it goes by, the words that named it, and where they stand. */
type NamedSpan = { name: string; text: string; start: number; end: number };

const BY_ALIAS = new Map<string, OutletEntry>(OUTLET_ENTRIES.map((e) => [e.alias, e]));

// The gazetteer is matched without a regular expression of every alias (an
// alternation of hundreds of names, slow to try at every capitalised word):
// aliases are grouped by their first two runs of letters and digits, which the
// text at a candidate start must equal, and tried longest first, each bounded
// by non-letters as a whole word.
const RUN = /[\p{L}\p{N}]*/uy;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;
const SPACE = /\s/;
/** The run of letters and digits at `at` ("" if none). */
function leadingRun(s: string, at: number): string {
  let i = at;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 128) {
      // beyond ASCII: let the Unicode classes decide
      RUN.lastIndex = at;
      return RUN.exec(s)![0];
    }
    if (!isAsciiAlnum(c)) break;
    i++;
  }
  return s.slice(at, i);
}
/**
 * The first run of letters and digits at `at`, the character after it and the
 * run after that: "the Wall" in "the Wall Street Journal" (or just the first
 * run where the string ends after it).
 */
function twoRuns(s: string, at: number): { first: string; key: string } {
  const first = leadingRun(s, at);
  const end = at + first.length;
  if (end >= s.length) return { first, key: first };
  return { first, key: s.slice(at, end + 1 + leadingRun(s, end + 1).length) };
}
// Aliases of one run ("Reuters"), and the longer ones by their first two runs, longest first.
const SINGLE_RUN = new Set<string>();
const BY_TWO_RUNS = new Map<string, string[]>();
for (const e of OUTLET_ENTRIES) {
  const { first, key } = twoRuns(e.alias, 0);
  if (first === e.alias) {
    SINGLE_RUN.add(first);
    continue;
  }
  const list = BY_TWO_RUNS.get(key) ?? [];
  if (!list.includes(e.alias)) list.push(e.alias); // OUTLET_ENTRIES is longest first already
  BY_TWO_RUNS.set(key, list);
}
/** Does the code point at `i` belong to `cls` (ASCII answered by `ascii`)? */
function classAt(s: string, i: number, ascii: (c: number) => boolean, cls: RegExp): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 128) return ascii(c);
  return cls.test(String.fromCodePoint(s.codePointAt(i)!));
}
const isLetterOrDigitAt = (s: string, i: number) => classAt(s, i, isAsciiAlnum, LETTER_OR_DIGIT);
/** Is the code point ending just before `i` a letter or digit (a surrogate pair counts as one)? */
function letterOrDigitBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const low = s.charCodeAt(i - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2 && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff;
  return isLetterOrDigitAt(s, pair ? i - 2 : i - 1);
}

// The first runs of every alias ("Wall" of "Wall Street Journal"): a place whose first run
// is none of them starts no alias, and its second run need not be read.
const FIRST_RUNS = new Set<string>([...SINGLE_RUN, ...[...BY_TWO_RUNS.keys()].map((k) => leadingRun(k, 0))]);

/** The longest gazetteer alias at exactly `at`, as a whole word, or null. */
function matchAlias(s: string, at: number): string | null {
  if (!FIRST_RUNS.has(leadingRun(s, at))) return null;
  // an alias of several runs is longer than one of a single run that starts it, so it is tried first
  const { first, key } = twoRuns(s, at);
  const list = BY_TWO_RUNS.get(key);
  const single = SINGLE_RUN.has(first);
  if ((!list && !single) || letterOrDigitBefore(s, at)) return null;
  if (list) for (const alias of list) if (s.startsWith(alias, at) && !isLetterOrDigitAt(s, at + alias.length)) return alias;
  return single && !isLetterOrDigitAt(s, at + first.length) ? first : null;
}

const LETTER = /\p{L}/u;
/** Is the code point ending just before `i` a letter? */
function letterBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c < 128) return isAsciiLetter(c);
  const pair = c >= 0xdc00 && c <= 0xdfff && i >= 2 && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff;
  return LETTER.test(String.fromCodePoint(s.codePointAt(pair ? i - 2 : i - 1)!));
}

/**
 * The next match of the global `re` that no letter precedes: the look-behind
 * (?<!\p{L}) done by hand, since a pattern that starts with one is tried at
 * every position, while one that starts with words lets the engine skip ahead.
 */
function wordStartExec(re: RegExp, s: string): RegExpExecArray | null {
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (!letterBefore(s, m.index)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

interface AliasMatch {
  index: number;
  text: string;
}

/**
 * Where an alias may start: every alias starts with a capital letter, a digit
 * or "the", at the start of a word.
 */
function aliasStart(s: string, i: number, c: number): boolean {
  if (c === 116) return s.startsWith('the', i) && classAt(s, i + 3, isAsciiSpace, SPACE) && !letterOrDigitBefore(s, i);
  return classAt(s, i, isAsciiUpperOrDigit, UPPER_OR_DIGIT) && !letterOrDigitBefore(s, i);
}
const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isAsciiUpperOrDigit = (c: number) => (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** The alias that starts at i, if any (i read as the scan reads it). */
function aliasAtScan(s: string, i: number): string | null {
  const c = s.charCodeAt(i);
  // most characters cannot start an alias: not A-Z, 0-9 or "t"
  if (c < 128 && (c < 48 || (c > 57 && c < 65) || (c > 90 && c !== 116))) return null;
  return aliasStart(s, i, c) ? matchAlias(s, i) : null;
}

/** Gazetteer aliases in s[from, to), in order, without overlaps. */
function aliases(s: string, from: number, to: number): AliasMatch[] {
  const out: AliasMatch[] = [];
  for (let i = from; i < to; i++) {
    const text = aliasAtScan(s, i);
    if (!text) {
      // no alias starts right after a letter or a digit: step over the rest of an ASCII word
      while (i + 1 < to && isAsciiAlnum(s.charCodeAt(i))) i++;
      continue;
    }
    out.push({ index: i, text });
    i += text.length - 1;
  }
  return out;
}

/**
 * Every place of a document where an alias starts, overlapping or not: found
 * once per document, so that each quote's window need not be scanned again.
 */
export type AliasIndex = readonly AliasMatch[];
export function aliasIndex(text: string): AliasIndex {
  const out: AliasMatch[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const a = aliasAtScan(text, i);
    if (a) out.push({ index: i, text: a });
    // no alias starts right after a letter or a digit: step over the rest of an ASCII word
    while (i + 1 < n && isAsciiAlnum(text.charCodeAt(i))) i++;
  }
  return out;
}

const LONGEST_ALIAS = Math.max(...OUTLET_ENTRIES.map((e) => e.alias.length));

/**
 * aliases(window, 0, window.length) for window = text.slice(from, to), read
 * from the document's index. What is found at a place depends on the
 * characters from two before it to one past the longest alias after it; where
 * those all lie inside the window, the window reads what the document reads
 * (a run of letters cut by the window's end makes a key longer than any
 * alias's on both sides). Only the first two and the last places are read
 * from the window itself.
 */
function aliasesIn(window: string, from: number, index: AliasIndex): AliasMatch[] {
  const to = from + window.length;
  const out: AliasMatch[] = [];
  let next = from; // places before `next` are inside the last alias found
  const take = (at: number, alias: string) => {
    out.push({ index: at - from, text: alias });
    next = at + alias.length;
  };
  const local = (at: number) => {
    const a = at >= next ? aliasAtScan(window, at - from) : null;
    if (a) take(at, a);
  };
  const headEnd = Math.min(from + 2, to);
  const tailStart = Math.max(headEnd, to - (LONGEST_ALIAS + 2));
  for (let at = from; at < headEnd; at++) local(at);
  for (let k = partitionPoint(index, (m) => m.index < headEnd); k < index.length && index[k]!.index < tailStart; k++) if (index[k]!.index >= next) take(index[k]!.index, index[k]!.text);
  for (let at = tailStart; at < to; at++) local(at);
  return out;
}

// Words that introduce the outlet that carried a statement.
// (?<!\p{L}) before it is checked by wordStartExec.
// The weekdays and the days next to today, as a trigger's time and a cue's are written (the patterns read them
// case-insensitively).
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
// The part of the day after a weekday: "on Wednesday morning on Radio Mwezi".
const PART_OF_DAY = '(?:morning|afternoon|evening|night)';
/** A time between a trigger's verb and its preposition: "said on Monday on", "published last week in". */
const triggerTime = (units: string): string => String.raw`(?:(?:on\s+)?(?:(?:${WEEKDAYS})(?:\s+${PART_OF_DAY})?|today|yesterday|(?:last|this)\s+(?:${units}))\s+)?`;
const TRIGGER = new RegExp(String.raw`(?:(?:episode|broadcast|edition|installment|segment|taping)\s+of|told|tells|telling|knowledgeable|informed|apprised|advised|warned|assured|reassured|cautioned|reminded|alerted|interview(?:ed)?\s+(?:with|on|by|to)|interviews?\s+(?:with|on)|conversation\s+with|appear(?:ed|ing|s)?\s+(?:on|in)|appearance\s+on|(?:asked|questioned|quizzed|pressed)\s+on|writ(?:ing|es|ten)\s+(?:for|in|on)|wrote\s+(?:for|in|on)|(?:speaking|spoke)\s+(?:later\s+|earlier\s+|separately\s+|afterwards\s+|exclusively\s+)?${triggerTime('week|month')}(?:to|with|on)|(?:said|says|stated|added|wrote|writes|posted|tweeted|commented|declared|announced|argued|expressed)\s+${triggerTime('week|month|year')}(?:on|in|to)|(?:responded|replied|reacted|hit\s+back)\s+${triggerTime('week|month|year')}(?:on|in)|posted\s+(?:on|to)|shared\s+(?:with|on)|(?:posts?|reply|replies|thread|messages?|videos?|livestream)\s+${triggerTime('week|month')}(?:on|to)|published\s+${triggerTime('week|month')}(?:on|in|by)|statement\s+to|comments\s+to|remarks\s+to|(?:queries|questions|inquiries|enquiries|query|question)\s+from|(?:e-?mail|letter|message)\s+to|quoted\s+(?:by|in)|(?:reported|relayed|conveyed)\s+by|(?:released|launched|issued|provided|distributed|put\s+out)\s+by|(?:readout|transcript)\s+from|cited\s+by|(?:seen|obtained|reviewed|viewed)\s+by|according\s+to|in\s+keeping\s+with|per|(?:op-ed|column|article|essay|piece|commentary)\s+(?:in|for)|(?:report|story|editorial|investigation|profile)\s+(?:in|within|by)|broadcast\s+(?:by|on)|aired\s+(?:on|by)|carried\s+by|via|on|to|by)\s+`, 'giu');

// A day's or a month's name alone, which no outlet is called.
const TIME_NAME = new RegExp(String.raw`^(?:${WEEKDAYS}|january|february|march|april|may|june|july|august|september|october|november|december|today|tonight|yesterday)$`, 'i');
// A time inside a trigger, after its verb: "said last month on", "stated on Monday in", "spoke on Sunday to".
const TIME_IN_TRIGGER = new RegExp(String.raw`\s+(?:on\s+)?(?:(?:${WEEKDAYS})(?:\s+${PART_OF_DAY})?|today|yesterday|(?:last|this)\s+(?:week|month|year))\s+(?=(?:on|in|to|by|with)$)`);
// A medium's noun right after the words of a medium described in lower case: " station" of "a local radio station, KBND,".
const MEDIUM_NOUN_AFTER = /^\s+(?:station|network|channel|broadcaster|outlet|affiliate)(?=,)/;
// The name an apposition gives a medium described in lower case, between commas: ", Caldovian Public Radio," of "the
// national broadcaster, Caldovian Public Radio, that".
const APPOSED_NAME = lazily(() => /^,\s+((?:The\s+)?\p{Lu}[\p{L}’'&.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'&.-]*){0,4}),/u);
// A programme's noun, maybe after lower-case words, where a descriptor ends: "election-night programme" of "ARD’s
// election-night programme".
const PROGRAMME_AT = /^(?:[\p{Ll}-]+\s+){0,3}(?:programme|program|show|broadcast|bulletin|newscast)(?![\p{L}])/u;
// (or the descriptor ends on it, read as one of its words: "on CNN's morning program that")
const PROGRAMME_END = /(?:programme|program|show|broadcast|bulletin|newscast)\s+$/u;
// A listed outlet's possessive inside a descriptor, before lower-case words only ("ARD’s election-night ").
const OWNER_IN_DESCRIPTOR = lazily(() => /(?:^|\s)(\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,2})[’']s\s+(?:[\p{Ll}-]+\s+){0,3}$/u);

/** The listed outlet whose possessive stands in the descriptor `desc` that starts at `from` of the window; null if none. */
function programmeOwner(window: string, from: number, desc: string): NamedSpan | null {
  const m = OWNER_IN_DESCRIPTOR().exec(desc);
  if (!m) return null;
  const at = from + m.index + m[0].indexOf(m[1]!);
  const hit = aliasAt(window, at, true);
  return hit && hit.end === at + m[1]!.length ? hit : null;
}

// The nouns of a programme one appears on ("the technology podcast Signal & Noise", "the morning show Wake Up Harbour").
const PROGRAMME_NOUN = 'podcast|show|programme|program|newsletter|blog';
// The nouns of a medium that a place before them describes: "the Accra radio station Harbour FM", "the Jeddah-based
// daily Al-Mal’ab", "the London newspaper The Clarion" (the place is no outlet's name).
const PLACE_MEDIA_NOUN = 'station|daily|newspaper|paper|broadcaster|tabloid|weekly|magazine|channel|network|website';
const LEADING_THE = /^the\s+/i;
// Lower-case descriptors between the trigger and the outlet: "China's state broadcaster CCTV" (after a people's
// adjective, before a name in capitals or dpa's in lower case: "the German news agency dpa").
const DESCRIPTOR = new RegExp(String.raw`^(?:(?:the|a|an|his|her|their|its|own|state|state-run|state-owned|official|news|information|agency|company|broadcaster|network|channel|newspaper|paper|daily|weekly|monthly|tabloid|magazine|website|site|outlet|wire|service|programme|program|show|podcast|newsletter|blog|radio|television|tv|station|public|private|conservative|liberal|local|national|online|social|media|platform|account|page|feed|[\p{Ll}-]+(?=(?:\s+[\p{Ll}-]+){0,2}\s+(?:${PROGRAMME_NOUN}|magazine|newspaper|paper|daily|weekly|website|site|tabloid|broadcaster|station|channel|journal|wire|radio|news)\s)|[\p{Lu}][\p{L}]*[’']s|(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+[’']s(?=\s+\p{Lu})|(?:[\p{Lu}][\p{L}]+(?:an|ese|ish|ian|i)|French|Dutch|Greek|Thai|Swiss|Czech|Welsh|Basque)(?=(?:\s+[\p{Ll}-]+){1,3}\s+(?:\p{Lu}|dpa(?![\p{L}])))|\p{Lu}\p{Ll}[\p{L}’'.-]*(?=\s+(?:[\p{Ll}-]+\s+)?(?:${PLACE_MEDIA_NOUN})\s+\p{Lu}))\s+){0,5}`, 'u');

// An outlet as the subject of a reporting verb: "Reuters reported".
// (or of carrying someone's remarks: "the official IRNA news agency carried remarks by …")
// (a time may stand between: "The Times on Saturday wrote", "Reuters last week reported")
const SUBJECT_VERBS = new RegExp(String.raw`^[’']?s?\s*(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+${PART_OF_DAY})?,?\s+|(?:last|earlier\s+this|this|that)\s+(?:week|month|year|morning|evening|weekend)\s+)?(?:news\s+agency\s+|agency\s+)?(?:first\s+|later\s+|also\s+|then\s+|further\s+)?(?:carried\s+(?:remarks|comments|a\s+statement|statements|a\s+speech|an\s+interview)\s+(?:by|from)|interviewed|surveyed|reported|reports|reporting|said|says|quoted|cited|published|obtained|learned|has\s+learned|broadcast|aired|revealed|wrote|writes|noted|pointed\s+out|ruled|rated|found|concluded|called|put\s+it|described|dubbed|labeled|labelled|estimated|editorialized|announced|added)(?![\p{L}])`, 'u');

// A piece the outlet published: "a New York Times report", "The Atlantic’s profile".
const PRODUCT = String.raw`^[’']?s?\s+(?:(?!(?:for|on|in|to|and|or|is|was|has|had|with|about|at|by|of|the|a|an|that|this)\s)[\p{Ll}-]+\s+)?(?:report|article|story|piece|analysis|investigation|expose|exposé|editorial|column|op-ed|essay|profile|review|interview|appearance|fact-check|survey|poll|study|database|tally|count)`;
const PRODUCT_AFTER = new RegExp(String.raw`${PRODUCT}(?![\p{L}])`, 'u');
// … that says something: "a New York Times report that …", "a Bloomberg poll showed …"
// (not "the Times/CBS News survey was conducted", "a former member of the Journal editorial board").
// ("Mr. Trump's RT appearance, in which he said …": what was said in it)
const PRODUCT_IN_WHICH = String.raw`${PRODUCT},?\s+(?:in|during|where)\s+(?:which\s+)?(?:he|she|they|it|\p{Lu}[\p{L}’'.-]*)\s+(?:\p{Ll}+\s+)?`;
const PRODUCT_SAYS = lazily(() => new RegExp(String.raw`(?:${PRODUCT_IN_WHICH}(?:said|says|told|wrote|argued|claimed|called|described|acknowledged|admitted|insisted|suggested|revealed|noted|added)|${PRODUCT},?\s+(?:that|which|found|finds|showed|shows|said|says|reported|reports|noted|concluded|revealed|suggested|claimed|estimated|stated|read|reads|described|called))(?![\p{L}])`, 'u'));

// "CNN's Wolf Blitzer", "Fox News host Sean Hannity", "Another RT America host, Abby Martin,".
const PERSON_AFTER = /^(?:[’']s?\s+(?:\p{Lu}|host|anchor|correspondent|reporter|interviewer|moderator|journalist|show|programme|program)|\s+(?:host|anchor|correspondent|reporter|interviewer|moderator|journalist|presenter|commentator|contributor),?\s)/u;

// "told Bill O'Reilly of Fox News", "Dan McLaughlin at the National Review": a person of an outlet.
const OF_PERSON_BEFORE = /\p{Lu}[\p{L}’'.-]+\s+(?:of|at|for|from)\s+(?:the\s+)?$/u;

// Media words that make an unknown capitalised name an outlet: "the Des Moines Register".
const MEDIA_HEAD_WORDS = 'Times|Post|Journal|News|Newspaper|Magazine|Radio|TV|Television|Herald|Tribune|Gazette|Examiner|Register|Star|Sun|Review|Daily|Weekly|Network|Channel|Broadcasting|Press|Agency|Wire|Chronicle|Observer|Standard|Telegraph|Mirror|Express|Inquirer|Courier|Echo|Recorder|Dispatch|Bulletin|Sentinel|Monitor|Globe|Beacon|Leader|Record|Reporter|Ledger|Bee|Enquirer|Gleaner|Advertiser|Argus|Mercury|Messenger|Statesman|Clarion|Bugle|Intelligencer|Picayune|Podcast|Show|Hour|Today|Tonight|FM|Week|Zeitung|Presse|Noticias|Notícias|Kurier|Dagblad|Tidende|Quarterly|Monthly|Digest|Almanac';
const MEDIA_HEAD_SET: ReadonlySet<string> = new Set(MEDIA_HEAD_WORDS.split('|'));
const MEDIA_HEAD = new RegExp(String.raw`^(?:the\s+)?(?:\p{Lu}[\p{L}’'.\-]*\s+){0,4}(?:${MEDIA_HEAD_WORDS})(?:-\p{Lu}\p{L}*)?(?![\p{L}-])`, 'u');
// The document the words are in, before "released by" and the body that published it: "a transcript released by …".
// (and of what it records: "a transcript of a Thursday morning briefing released by the Ministry of Transport", "a
// transcript of Monday evening’s council meeting released by City Hall")
const RELEASED_DOCUMENT = lazily(() => /(?<![\p{L}])(?:transcript|statement|video|recording|readout|footage|audio|text|photos?|images?|letter|communiqué|communique)(?:\s+of\s+(?:(?:a|an|the|his|her|its|their)\s+|(?:[\p{L}-]+\s+)?[\p{L}-]+[’']s\s+)(?:[\p{L}-]+\s+){0,3}[\p{L}-]+)?\s+$/u);
// Two capitalised words, the first no title ("the Brackley Echo"; not "the General", "the Gryphon", "the General Assembly").
const TWO_CAPITALS = /^(?!(?:General|President|Senator|Minister|Chairman|Secretary|King|Queen|Prince|Princess|Duke|Lord|Lady|Captain|Colonel|Major|Doctor|Judge|Mayor|Governor)\s)\p{Lu}[\p{L}’'.-]*\s+\p{Lu}/u;
// (looked for as strings first: a pattern over every window costs more than the rare section it guards)
const PRESS_VERBS = ['reported', 'reports', 'wrote', 'writes', 'revealed', 'reveals', 'quoted', 'cited', 'published'];
// A newspaper's or a station's name no list holds as the subject of a verb of reporting: "The Aldermere Gazette
// reported, citing two officials, that …" (the heads of a paper's or a station's name only).
const PRESS_HEAD_WORDS = 'Times|Post|Journal|News|Newspaper|Magazine|Radio|TV|Television|Herald|Tribune|Gazette|Examiner|Register|Daily|Weekly|Broadcasting|Wire|Chronicle|Telegraph|Inquirer|Courier|Echo|Recorder|Dispatch|Sentinel|Ledger|Enquirer|Gleaner|Advertiser|Argus|Mercury|Messenger|Statesman|Clarion|Bugle|Intelligencer|Picayune|FM';
const PRESS_SUBJECT = lazily(() => new RegExp(String.raw`(?<![\p{L}])((?:[Tt]he\s+)?(?!The\s)(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}(?:${PRESS_HEAD_WORDS}))\s+(?:(?:also|first|later)\s+)?(?:${PRESS_VERBS.join('|')})(?![\p{L}])`, 'gu'));

/** Is the whole name that of a medium ("York Times", "the Toledo Blade Daily"), never a person's? */
export function isMediaName(name: string): boolean {
  // (a look at the last and first words first: the patterns run only on a name that may be a medium's)
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!;
  if (!MEDIA_HEAD_SET.has(last.slice(0, last.includes('-') ? last.indexOf('-') : last.length)) && !MEDIA_FIRST_SET.has(words[0] === 'the' ? words[1] ?? '' : words[0]!)) return false;
  const m = MEDIA_HEAD.exec(name);
  return m !== null && m[0].length === name.length || MEDIA_FIRST.test(name) && MEDIA_RUN.exec(name)?.[0].length === name.length;
}

// The nouns of a medium written right after its name: "KCNA news agency", "the Xinhua news agency".
const MEDIUM_NOUNS_AFTER = String.raw`news\s+agency|press\s+agency|agency|newspaper|daily|broadcaster|network|channel|television|radio|website|wire\s+service`;
/** A medium's noun right after its name, before the verb it is the subject of: "KCNA news agency said". */
const MEDIUM_NOUN_AFTER_NAME = new RegExp(String.raw`^\s+(?:${MEDIUM_NOUNS_AFTER})(?=\s)`);
// The words of a description around an outlet's name in a speaker's noun phrase: its article, its country's possessive
// and the adjectives news copy gives a medium before it ("the official", "Iran’s semi-official"; not "a reporter for"),
// a medium's noun after it ("news agency", "station").
const OUTLET_DESCRIBED_BEFORE = lazily(() => /^(?:(?:[Tt]he|[Aa]n?)\s+)?(?:(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*[’']s\s+)?(?:(?:official|semi-official|state-run|state-owned|state|government-run|pro-government|national|local|regional|independent|leading|influential|popular|top|private|public|online|opposition|conservative|liberal)\s+)*$/u);
const OUTLET_DESCRIBED_AFTER = new RegExp(String.raw`^(?:\s+(?:${MEDIUM_NOUNS_AFTER}|station))?$`);

/**
 * Are `before` and `after`, the words of a speaker's noun phrase around the outlet named in it, a description of that
 * outlet ("The official " … " news agency"), so that the outlet is the speaker?
 */
export function describesOutlet(before: string, after: string): boolean {
  return (before !== '' || after !== '') && OUTLET_DESCRIBED_BEFORE().test(before) && OUTLET_DESCRIBED_AFTER.test(after);
}

/**
 * Is the name, of two words or more, an outlet of the gazetteer ("Der Spiegel", "Fox News")? Such a name is a body's,
 * never a person's: no pronoun stands for it. (A one-word outlet may be a person's name too: Michael Bloomberg.)
 */
export function isListedOutlet(name: string): boolean {
  return /\s/.test(name) && (BY_ALIAS.has(name) || BY_ALIAS.has(`the ${name}`) || BY_ALIAS.has(`The ${name}`));
}

/**
 * Does a word of `words` (a listener's, in capitals) name an outlet: a strong alias of the gazetteer, possessive or not
 * ("POLITICO", "Britain’s ITV"), or a run of them a medium's name ("the Des Moines Register")?
 */
export function namesOutletIn(words: readonly string[]): boolean {
  for (const w of words) {
    const bare = w.replace(/[’']s$/, '');
    if (BY_ALIAS.has(bare) && !WEAK_ALIASES.has(bare)) return true;
  }
  return isMediaName(words.join(' '));
}

// A medium's word that opens a name in the languages that put the head first: "Canal Deportivo", "Cadena SER",
// "Kanal D", "Diario Libre", "Corriere della Sera" (first only: "the Panama Canal Authority" is no medium).
const MEDIA_FIRST_WORDS = ['Canal', 'Cadena', 'Kanal', 'Rádio', 'Radyo', 'Televisión', 'Télévision', 'Televisão', 'Diario', 'Diário', 'Corriere', 'Gazzetta', 'Gazeta'];
const MEDIA_FIRST_SET: ReadonlySet<string> = new Set(MEDIA_FIRST_WORDS);
const MEDIA_FIRST = new RegExp(String.raw`^(?:the\s+)?(?:${MEDIA_FIRST_WORDS.join('|')})[ \u00a0](?:\p{Lu}|\d|de|del|della|do|da|di|du)`, 'u');
const MEDIA_WORD_IN = /\b(?:Radio|Television|TV|News|Times|Post|Journal|Herald|Tribune|Gazette|Chronicle|Broadcasting|Press|Agency)\b/;

/**
 * The body that released a transcript, as the subject of the release, in text[from, to) before the transcript's turns:
 * "The Kremlin released a transcript of the call", "the Sulmarran Foreign Ministry released what it described as a
 * full transcript of …" (the last such sentence there); null where none stands there. A listed outlet by its
 * canonical name; an unlisted body by its capitalised name, without "the", when no list keeps it from being an outlet's.
 */
export function transcriptPublisher(text: string, from: number, to: number): OutletHit | null {
  const window = text.slice(from, to);
  if (!window.includes('transcript')) return null;
  let found: OutletHit | null = null;
  for (const m of window.matchAll(TRANSCRIPT_RELEASED())) {
    // (the words that name it without their "the", as the triggers' names go)
    const words = m[1]!.replace(/^[Tt]he[ \u00a0]+/u, '');
    const entry = BY_ALIAS.get(words);
    const name = entry ? entry.name : words;
    if (!entry && (NOT_PUBLISHERS.test(name) || demonym(name) || !/[ \u00a0]/.test(name) && !BODY_WORD.test(name))) continue;
    const start = from + m.index! + m[0].indexOf(words);
    found = { name, mention: { text: words, start, end: start + words.length }, how: 'transcript-released' };
  }
  return found;
}
/**
 * "“…,” Tarkhanov said, according to the transcript", "The transcript also showed Tarkhanov telling …": a transcript
 * named before, in a sentence that says who released or published it ("according to a transcript released by the
 * Kremlin", "The Kremlin released a transcript of the call"), carries the words of the sentence [from, to); null where
 * the sentence takes up no transcript or the last one named says no such thing.
 */
export function transcriptTakenUp(text: string, from: number, to: number): OutletHit | null {
  // (the noun looked for first, as most sentences have none: "[Tt]ranscript")
  const window = text.slice(from, to);
  if (!window.includes('ranscript')) return null;
  const m = THE_TRANSCRIPT().exec(window);
  if (!m) return null;
  const at = from + m.index;
  const named = text.lastIndexOf('transcript', at - 1);
  if (named < 0 || at - named > TRANSCRIPT_REACH) return null;
  // (the sentence that named it)
  let a = named;
  while (a > 0 && !/[.!?\n]/.test(text[a - 1]!)) a--;
  const stop = /[.!?\n]/.exec(text.slice(named, named + 400));
  const b = stop ? named + stop.index + 1 : Math.min(text.length, named + 400);
  const hit = findOutlet(text, a, b, [], null);
  if (hit && /^trigger:(?:released|published|issued|posted|distributed)$/.test(hit.how)) return { name: hit.name, mention: { text: m[0], start: at, end: at + m[0].length }, how: 'taken-up' };
  const released = transcriptPublisher(text, a, b);
  return released ? { name: released.name, mention: { text: m[0], start: at, end: at + m[0].length }, how: 'taken-up' } : null;
}
const TRANSCRIPT_REACH = 3000;
// A transcript taken up by its noun, as the source of the words or as the subject of a verb that shows them.
const THE_TRANSCRIPT = lazily(() => /(?<![\p{L}])(?:(?:[Aa]ccording\s+to|[Aa]s\s+per|[Pp]er|[Ii]n\s+keeping\s+with)\s+the\s+transcript|[Tt]he\s+(?:same\s+)?transcript\s+(?:also\s+|further\s+)?(?:showed|shows|said|says|quoted|quotes|recorded|records|has|had))(?![\p{L}])/u);
// "The Kremlin released a transcript", "the Foreign Ministry released what it described as a full transcript of …"
const TRANSCRIPT_RELEASED = lazily(() => /(?<![\p{L}])((?:[Tt]he[ \u00a0]+)?\p{Lu}[\p{L}’'.-]*(?:[ \u00a0](?:of[ \u00a0](?:the[ \u00a0])?)?\p{Lu}[\p{L}’'.-]*){0,4})[ \u00a0]+(?:(?:late|early|also|later|then)[ \u00a0]+)?(?:released|published|issued|posted|distributed|put[ \u00a0]+out|made[ \u00a0]+public)[ \u00a0]+(?:(?:on|late|early)[ \u00a0]+\p{L}+[ \u00a0]+)?(?:what[ \u00a0]+it[ \u00a0]+(?:described|called)[ \u00a0]+as[ \u00a0]+)?(?:a|an|the|its)[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+){0,2}transcripts?(?![\p{L}])/gu);
// A single capitalised word that names a body (a one-word name must be one of these, or a listed outlet: "Smith released
// a transcript" is a person's release, read by the speaker stages).
const BODY_WORD = /^(?:Kremlin|Pentagon|Elysée|Elysee|Quirinale|Vatican|Presidency|Government|Ministry|Parliament|Senate|Congress|Court|Cabinet)$/u;
// Names that are a person's or a court's, whose release is a record, not an outlet's carrying ("the judge", "the court")
const NOT_PUBLISHERS = /^(?:Judge|Justice|Court|Senator|Sen\.|Rep\.|Mr\.|Mrs\.|Ms\.|Dr\.)(?![\p{L}])/u;

/**
 * The outlet named for a quote in `[from, to)`, skipping the ranges in
 * `skip` (the quotations themselves). `cueWord` is the cue's text, for
 * verbs that name their platform ("tweeted"); `unlistedCue` a verb no
 * lexicon lists that attributes the quote, whose object may be the outlet.
 */
export function findOutlet(text: string, from: number, to: number, skip: readonly [number, number][], cueWord: string | null, index?: AliasIndex, unlistedCue: string | null = null): OutletHit | null {
  const inSkip = (a: number) => skip.some(([s, e]) => a >= s && a < e);
  const window = text.slice(from, to);
  // (what was said in the piece through a verb no lexicon lists: "Mr. Trump's RT appearance, in which he propounded …";
  // its pattern is compiled only when a piece is met that the listed verbs do not report)
  let spokenIn: RegExp | null | undefined;
  const productSays = (s: string): boolean => {
    if (PRODUCT_SAYS().test(s)) return true;
    if (spokenIn === undefined) spokenIn = unlistedCue && /^\p{Ll}[\p{Ll}-]+$/u.test(unlistedCue) ? new RegExp(String.raw`${PRODUCT_IN_WHICH}${unlistedCue}(?![\p{L}])`, 'u') : null;
    return spokenIn !== null && spokenIn.test(s);
  };
  let best: OutletHit | null = null;
  const consider = (hit: OutletHit) => {
    if (hit.mention && inSkip(hit.mention.start)) return;
    // ("stated on his show Wednesday that": a day or a month is no outlet's name)
    if (TIME_NAME.test(hit.name)) return;
    if (!best) best = hit;
  };

  // 1. a trigger followed by an outlet: "told Reuters", "quoted by China's state broadcaster CCTV"
  TRIGGER.lastIndex = 0;
  for (let m = wordStartExec(TRIGGER, window); m; m = wordStartExec(TRIGGER, window)) {
    const after = m.index + m[0].length;
    const desc = DESCRIPTOR.exec(window.slice(after, after + 120));
    const at = after + (desc ? desc[0].length : 0);
    // (the time between a cue and its "on" left out: "stated last month on" is "stated on")
    const trig = m[0].trim().toLowerCase().replace(TIME_IN_TRIGGER, ' ');
    // ("relayed to the Marrowfield Courier", "intimated to Sportsline Radio", "in remarks to TechLedger": "to" after the
    // quote's own cue, or after a verb of saying or a noun of remarks, names whom the words were said to, as "told" does)
    const spokenTo = trig === 'to' && saidTo(window.slice(Math.max(0, m.index - 48), m.index), cueWord, unlistedCue);
    const weakTrigger = !spokenTo && (trig === 'on' || trig === 'to' || trig === 'by' || trig === 'via');
    // "his time on MSNBC", "her years at CNN": a job, not an occasion of speech
    if (weakTrigger && EMPLOYMENT_BEFORE.test(window.slice(Math.max(0, m.index - 16), m.index))) continue;
    // ("The nationalist tabloid, published by the People's Daily, argued …": who owns a medium, set off after its noun,
    // carries none of its words)
    // (not a paper "published in" a journal: "according to the paper, published in the Journal of …" names where it ran)
    if (trig.startsWith('published') && !trig.endsWith(' in') && OWNED_MEDIUM_BEFORE.test(window.slice(Math.max(0, m.index - 40), m.index))) continue;
    const mediaDescriptor = desc !== null && MEDIA_NOUN.test(desc[0]);
    // an outlet on no list only where one talks to the press: "told the Toledo Blade", not "according to the Federal Bureau of Prisons"
    const toPress = PRESS_TRIGGER.test(trig);
    // ("a transcript released by the Presidential Office", "a video posted by the Interior Ministry": a body no list holds
    // that published the document the words are in)
    // ("according to a readout from the White House": the document and its body in one)
    const docRelease = /^(?:released|issued|published|distributed|put|posted|provided)\s/.test(trig) && RELEASED_DOCUMENT().test(window.slice(Math.max(0, m.index - 72), m.index)) || /^(?:readout|transcript)\sfrom$/.test(trig);
    // ("quoted by state broadcaster VTV": the name a media descriptor introduces, before the descriptor itself)
    // ("appearing on NBC’s “The Late Hour,”": a listed outlet's possessive before a programme's title in marks names the
    // network, as "NBC’s “Meet the Press”" does)
    // (or before the lower-case words of one of its programmes: "appearing on ARD’s election-night programme")
    const owner = desc && /[’']s\s+$/.test(desc[0]) && /^[“"]/.test(window.slice(at, at + 1)) ? aliasAt(window, after, true) :
      desc && (PROGRAMME_AT.test(window.slice(at, at + 60)) || PROGRAMME_END.test(desc[0])) ? programmeOwner(window, after, desc[0]) : null;
    // ("maintained on X late Friday that …": a platform whose name is a common word too, right after the quote's own cue)
    // (or after a posting's verb and its object: "posted a statement on X")
    const onAfterCue = trig === 'on' && (cueBefore(window, m.index, cueWord) || POSTED_ON.test(window.slice(Math.max(0, m.index - 40), m.index)));
    // ("In a statement emailed to The Imbrey Courier": a medium's name no list holds that a document was sent to)
    const givenTo = trig === 'to' && GIVEN_TO_BEFORE.test(window.slice(Math.max(0, m.index - 24), m.index));
    // ("told 3AW", "an interview with local radio station 4MH": an Australian station's call sign, a digit first)
    const sign = mediaDescriptor || (toPress || spokenTo) && !weakTrigger ? DIGIT_CALL_SIGN.exec(window.slice(at, at + 8)) : null;
    // (or an outlet's whole name that the descriptor's possessive took the first word of: "published by the People's Daily")
    let hit = owner ?? aliasAt(window, at, !weakTrigger) ?? (at > after ? aliasAt(window, after + (LEADING_THE.exec(window.slice(after, at))?.[0].length ?? 0), !weakTrigger) : null) ?? (sign ? { name: sign[0], text: sign[0], start: at, end: at + sign[0].length } : null) ?? (onAfterCue ? platformAt(window, at) : null) ?? (weakTrigger ? titleAfterWeak(window, at, trig, mediaDescriptor || /\p{Lu}[\p{L}.&-]*[’']s\s+$/u.test(desc?.[0] ?? '')) : titleAt(window, at)) ?? (mediaDescriptor && STATE_MEDIA.test(desc[0]) && !WHEN_WORD.test(window.slice(at, at + 10)) ? unlistedAt(window, at, true) : null) ?? stateMedia(window, after, text, from) ?? (weakTrigger ? (podcastLike(desc) ? unlistedAt(window, at, true) : null) ?? (onAfterCue ? mediaAt(window, at) ?? takenUpMedium(text, window, after, from) : null) ?? (givenTo ? mediaAt(window, at) : null) : (docRelease ? unlistedAt(window, at, true, true) ?? releasingBody(text, window, after, from) : null) ?? mediaAt(window, at) ?? unlistedAt(window, at, mediaDescriptor || carriedWords(trig, window, m.index) && !SHORT_FORM_AT.test(window.slice(at, at + 12)) || spokenTo && /\bthe\s+$/i.test(desc?.[0] ?? '') && TWO_CAPITALS.test(window.slice(at, at + 60)) || toPress && (/\bthe\s+$/i.test(desc?.[0] ?? '') || CALL_SIGN.test(window.slice(at, at + 12)))) ?? describedOutlet(text, window, after) ?? introducedBefore(text, window, at, from) ?? programmeApposed(window, at) ?? (toPress || spokenTo ? takenUpMedium(text, window, after, from) ?? shortFormAt(text, window, at, from, desc) : SAID_ON_IN.test(trig) ? takenUpMedium(text, window, after, from) : null));
    // ("appearing on Canal Meridiano's evening programme": the owner's possessive is no part of its name, unless a list
    // holds it so, "Barron's")
    const bare = hit ? ownerless(hit.text) : '';
    if (hit && bare !== hit.text) hit = { ...hit, name: hit.name.replace(OWNER_END, ''), text: bare, end: hit.end - (hit.text.length - bare.length) };
    // ("wrote in an email to the NFL Network’s Rich Eisen": a letter to a person of the outlet, not to the outlet)
    if (hit && /^(?:e-?mail|letter|message)\s/.test(trig) && /^[’']s\s+\p{Lu}/u.test(window.slice(hit.end, hit.end + 4))) continue;
    // ("told the national broadcaster, Caldovian Public Radio, that": a descriptor's name in the apposition after it)
    if (hit && /^\p{Ll}/u.test(hit.name)) {
      // (past the medium's own noun after the words read: "told a local radio station, KBND, that")
      const noun = MEDIUM_NOUN_AFTER.exec(window.slice(hit.end, hit.end + 16))?.[0].length ?? 0;
      const apposed = APPOSED_NAME().exec(window.slice(hit.end + noun, hit.end + noun + 80));
      if (apposed) {
        const start = hit.end + noun + apposed[0].length - apposed[1]!.length - 1;
        hit = { name: apposed[1]!, text: apposed[1]!, start, end: start + apposed[1]!.length };
      }
    }
    if (hit && SHORT_FORMS.has(hit.text)) hit = { ...hit, name: expandShortForm(text, from + hit.start, hit.text) ?? hit.name };
    else if (hit) hit = { ...hit, name: fullerName(text, from + hit.start, hit.text, hit.name) };
    if (hit) {
      consider({ name: hit.name, mention: { text: hit.text, start: from + hit.start, end: from + hit.end }, how: `trigger:${trig.split(/\s+/)[0]}` });
      if (best) return best;
    }
  }
  // 2. an outlet as the subject of a reporting verb, or before a host's name
  for (const m of index ? aliasesIn(window, from, index) : aliases(window, 0, window.length)) {
    const e = BY_ALIAS.get(m.text)!;
    const rest = window.slice(m.index + m.text.length, m.index + m.text.length + 40);
    const lead = window.slice(Math.max(0, m.index - 30), m.index);
    // "Mr. Trump's RT appearance, in which he said": a piece of the outlet's, owned by someone or introduced by an article
    const piece = PIECE_LEAD.test(lead) && productSays(window.slice(m.index + m.text.length, m.index + m.text.length + 80));
    // ("said in a 2009 Guardian interview", "in the same Guardian interview": the outlet's piece the words were in)
    // ("marked the day with an Instagram post": a platform's post the words went with)
    const ownPiece = MEDIUM_PIECE_AFTER.test(rest) && (PIECE_BEFORE.test(lead) || PLATFORMS.has(e.name) && WITH_POST_BEFORE.test(lead) && POST_AFTER.test(rest));
    // (nor one that closes the sentence after a comma as a medium's reporting does: "…,” X told staff, The Athletic
    // reported."; or after a quotation's comma and closing mark, "…,'' The Post reported.")
    if (WEAK_ALIASES.has(m.text) && !PERSON_AFTER.test(rest) && !piece && !ownPiece && !(/,(?:[”"]|'')?\s$/.test(lead) && CLOSING_REPORT.test(rest))) continue;
    // "Michael Bloomberg said": the alias is a person's surname here (not after a possessive: "Trump's RT")
    if (/\p{Lu}[\p{L}.’'-]*\s$/u.test(lead) && !/[’']s\s$/u.test(lead) && !m.text.includes(' ')) continue;
    // (a body that publishes, speaking itself, is the source: "The White House said in a statement that …")
    // ("the official KCNA news agency said": past the medium's noun after its name)
    if ((SUBJECT_VERBS.test(rest.replace(MEDIUM_NOUN_AFTER_NAME, '')) && !SOURCES.has(e.name)) || PERSON_AFTER.test(rest) || ownPiece || productSays(window.slice(m.index + m.text.length, m.index + m.text.length + 60)) || OF_PERSON_BEFORE.test(window.slice(Math.max(0, m.index - 50), m.index))) {
      consider({ name: fullerName(text, from + m.index, m.text, e.name), mention: { text: m.text, start: from + m.index, end: from + m.index + m.text.length }, how: 'subject' });
      if (best) return best;
    }
  }
  // 2a. a cue before the outlet: "reported Reuters", "noted NBC’s Dante Chinni"
  INVERTED.lastIndex = 0;
  for (let m = wordStartExec(INVERTED, window); m; m = wordStartExec(INVERTED, window)) {
    const at = m.index + m[0].length;
    const hit = aliasAt(window, at, false);
    if (hit) consider({ name: hit.name, mention: { text: hit.text, start: from + hit.start, end: from + hit.end }, how: 'inverted' });
    if (best) return best;
  }
  // 2a'. a writer and the publication written for: "wrote Jane Roe for Morning Consult"
  WRITER_FOR.lastIndex = 0;
  for (let m = WRITER_FOR.exec(window); m; m = WRITER_FOR.exec(window)) {
    const at = m.index + m[0].length;
    const hit = aliasAt(window, at, false) ?? mediaAt(window, at) ?? unlistedAt(window, at, true);
    if (hit) consider({ name: hit.name, mention: { text: hit.text, start: from + hit.start, end: from + hit.end }, how: 'writer-for' });
    if (best) return best;
  }
  // 2b. a short form as the subject: "the Times wrote"
  const sf = SHORT_SUBJECT.exec(window);
  if (sf) {
    const at = sf.index + sf[0].indexOf(sf[1]!);
    const name = expandShortForm(text, from + at, sf[1]!);
    if (name) consider({ name, mention: { text: sf[1]!, start: from + at, end: from + at + sf[1]!.length }, how: 'subject' });
    if (best) return best;
  }
  // 2c. the outlet right after a verb no lexicon lists that attributes the quote: "Mook notified CBS, “…”"
  if (unlistedCue && /^\p{Ll}[\p{Ll}-]+$/u.test(unlistedCue)) {
    for (let at = window.indexOf(unlistedCue + ' '); at >= 0; at = window.indexOf(unlistedCue + ' ', at + 1)) {
      if (letterBefore(window, at)) continue;
      const after = at + unlistedCue.length + 1;
      const desc = DESCRIPTOR.exec(window.slice(after, after + 120));
      // (as after "told": even an alias that is also a surname, "counseled Fox that “…”")
      // (or an outlet's possessive before its programme, "acquainted MSNBC's “Morning Joe” that", which the descriptor took)
      const hit = aliasAt(window, after + (desc ? desc[0].length : 0), true) ?? (desc && /^[“"]/.test(window.slice(after + desc[0].length, after + desc[0].length + 1)) ? aliasAt(window, after, true) : null);
      if (hit) consider({ name: hit.name, mention: { text: hit.text, start: from + hit.start, end: from + hit.end }, how: 'cue-object' });
      if (best) return best;
    }
  }
  // 2d. a medium no list holds, named after what it is, as the subject: "The state news agency VARTAG quoted …"
  if (MEDIUM_WORD.test(window)) {
    const describedSubject = DESCRIBED_SUBJECT();
    describedSubject.lastIndex = 0;
    for (let m = describedSubject.exec(window); m; m = describedSubject.exec(window)) {
      const at = m.index + m[0].length - m[1]!.length - m[2]!.length;
      // (the name set off by commas only where the medium's noun opens the subject, not inside another's apposition:
      // "Giovanni Maria Vian, the editor of the Vatican's official newspaper, L'Osservatore Romano, said")
      if (window[at - 2] === ',' && /,[^.!?\n]*$/.test(window.slice(Math.max(0, m.index - 200), m.index))) continue;
      if (!NOT_OUTLETS.test(m[1]!)) consider({ name: m[1]!, mention: { text: m[1]!, start: from + at, end: from + at + m[1]!.length }, how: 'subject' });
      if (best) return best;
    }
  }
  // 2e. a newspaper's or a station's name no list holds, reporting: "The Aldermere Gazette reported, citing …, that"
  if (!best && PRESS_VERBS.some((v) => window.includes(v))) {
    const pressSubject = PRESS_SUBJECT();
    pressSubject.lastIndex = 0;
    for (let m = pressSubject.exec(window); m; m = pressSubject.exec(window)) {
      const name = m[1]!.replace(/^[Tt]he\s+/, '');
      const at = m.index + m[1]!.length - name.length;
      if (!inSkip(from + at)) return { name, mention: { text: name, start: from + at, end: from + at + name.length }, how: 'subject' };
    }
  }
  // 3. a cue that names its platform: "tweeted"
  if (cueWord) {
    const p = PLATFORM_VERBS[cueWord.toLowerCase()];
    if (p) return { name: p, mention: null, how: 'cue' };
  }
  // 4. a piece named by its platform's noun: "In a tweet, the senator called …", "in a series of tweets"
  if (!best) {
    const p = platformPiece(window);
    if (p) return { name: p, mention: null, how: 'piece-noun' };
  }
  return best;
}

/**
 * Does `before` (the words before a "to") end with the quote's own cue, a past tense of saying, or a noun of remarks:
 * "relayed ", "conveyed ", "remarks ", "comments "? (Not any verb: "moved to the Harbour Times" names a job.)
 */
function saidTo(before: string, cueWord: string | null, unlistedCue: string | null): boolean {
  // (past an adverb, "remarked aloud to", and the speaker's name after an inverted cue, "quipped Orsini to")
  // (the last words read by hand: a pattern anchored at the end is tried at every position, for every "to")
  const words = before.trimEnd().split(/\s+/);
  let k = words.length - 1;
  if (k > 0 && /^(?:\p{Ll}+ly|aloud|later|again|also)$/u.test(words[k]!)) k--;
  else for (let n = 0; n < 3 && k > 0 && /^\p{Lu}/u.test(words[k]!); n++) k--;
  const w = words[k]?.replace(/^[^\p{L}]+|[^\p{L}-]+$/gu, '').toLowerCase();
  if (!w) return false;
  // ("reported to the IRS" is a filing, not words said to a medium)
  return (w === cueWord?.toLowerCase() || w === unlistedCue) && !/^report(?:s|ed|ing)?$/.test(w) || SAID_TO.test(w);
}
const SAID_TO = /^(?:said|stated|relayed|conveyed|intimated|observed|professed|remarked|confided|explained|admitted|conceded|insisted|declared|announced|stressed|complained|revealed|disclosed|divulged|signalled|signaled|hinted|recounted|reiterated|remarks|comments|statement|message|letter|email|e-mail)$/;

// A medium's name no list holds, after the words for what it is, as a subject: "the state news agency VARTAG quoted",
// "the local daily Diario de la Bahía reported" (MEDIUM_WORD: the literal look first).
const DESCRIBING_NOUNS = 'agency|broadcaster|newspaper|daily|tabloid|television|channel|network|station|website';
const MEDIUM_WORD = new RegExp(`(?:${DESCRIBING_NOUNS})[\\s,]`);
// (or set off by commas: "Tarsovia’s state news agency, TNA, reported …")
const DESCRIBED_SUBJECT = lazily(() => new RegExp(String.raw`(?<![\p{L}])(?:${DESCRIBING_NOUNS})(?:\s+|,\s+(?=[^,]{1,60},\s+(?:also\s+|later\s+)?(?:quoted|reported|cited|said)))(\p{Lu}[\p{L}\d’'-]*(?:\s+(?:(?:de|la|del|of)\s+){0,2}\p{Lu}[\p{L}\d’'-]*){0,3})(,?\s+(?:also\s+|later\s+)?(?:quoted|reported|cited|said))(?![\p{L}])`, 'gu'));

// An outlet's own piece the words were said or written in, after its name, the piece after "in" or "on": "in a 2009
// Guardian interview", "in the same CNN appearance", "at the end of the CNN interview", "in a Guardian op-ed", "in a
// separate Instagram post" (not a
// piece that is evidence: "based on the evidence of a New York Times article"); a platform's piece too: "in a TikTok
// video filmed backstage"
const MEDIUM_PIECE_AFTER = /^\s+(?:interview|op-ed|column|essay|appearance|podcast|broadcast|segment|documentary|video|videos|post|posts|livestream|clip|reel|thread)\b/;
const PIECE_BEFORE = /(?<![\p{L}])(?:in|within|on|during|(?:at|near|towards?)\s+the\s+(?:end|start|close|beginning)\s+of)\s+(?:(?:a|an|the|his|her|their|its|this|that|recent|same|separate|new|earlier|later|lengthy|long|brief|short|previous|subsequent|follow-up|latest|first|second|joint|exclusive|live|televised|wide-ranging|\d{4})\s+){1,3}$/iu;

// "with" and a determiner before a platform's post: "with an ", "with a short ".
const WITH_POST_BEFORE = /(?<![\p{L}])with\s+(?:a|an|his|her|their|its)\s+(?:(?:new|brief|short|long|single|later)\s+)?$/u;
const POST_AFTER = /^\s+(?:post|video|reel|clip|thread)\b/;

// The participle of a document sent before "to": "emailed ", "sent ", "provided ".
const GIVEN_TO_BEFORE = /(?<![\p{L}])(?:e-?mailed|sent|provided|given|mailed|supplied|forwarded)\s+$/u;

// What stands before a piece's outlet: "a", "the", "his", "Trump's".
const PIECE_LEAD = /(?:(?<![\p{L}])(?:a|an|the|his|her|its|their)|\p{L}[’']s)\s$/u;
// A medium's noun right after a name: "Cosmopolitan magazine" (the registry reads it too: "Bon Vivant magazine" is a
// body, no person a pronoun stands for).
export const MEDIA_AFTER = /^\s+(?:magazine|newspaper|daily|weekly|tabloid|radio|television|tv|network|channel|podcast|website|news site|blog|newsletter|news agency|press agency|wire service|broadcaster)\b/i;
// A tweet as the piece the words were said in ("In a tweet, …", "said in a tweet", "called it “…” in a tweet
// Sunday"), not one an aside or an earlier clause speaks of ("Trump, who attacked her in a tweet last week, said …",
// "After he mocked her in a tweet, Trump said …": ASIDE_BEFORE in the words from the last comma to it).
const PLATFORM_PIECE = /(?<![\p{L}])(?:in|on|via)\s+(?:a|an|the|his|her|their|its|one|two|three|several|a\s+series\s+of|a\s+pair\s+of)\s+(?:[\p{L}-]+\s+){0,2}(tweets?)(?![\p{L}])/giu;
const ASIDE_BEFORE = /(?<![\p{L}])(?:who|whom|whose|which|after|when|since|before|while|because|although|though)(?![\p{L}])/iu;
/**
 * The platform of the piece the words were said in (PLATFORM_PIECE outside an aside; its noun named by the
 * platform words of PLATFORM_VERBS), or null. Most windows hold no such noun: a literal look decides first, as the
 * pattern, led by a look-behind, is tried at every position.
 */
function platformPiece(window: string): string | null {
  if (!/tweet/i.test(window)) return null;
  PLATFORM_PIECE.lastIndex = 0;
  for (let m = PLATFORM_PIECE.exec(window); m; m = PLATFORM_PIECE.exec(window)) {
    const lead = window.slice(0, m.index);
    const clause = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf('—')) + 1);
    if (!ASIDE_BEFORE.test(clause)) return PLATFORM_VERBS[m[1]!.toLowerCase()] ?? null;
  }
  return null;
}
// ("said in response to queries from CNA", "in reply to questions from the Coastline Courier": a medium's questions
// answered)
const PRESS_TRIGGER = /^(?:told|tells|telling|informed|apprised|advised|interview|interviews|interviewed|speaking|spoke|appear|appeared|appearing|appears|appearance|asked|questioned|quizzed|pressed|statement|comments|remarks|op-ed|column|article|essay|piece|commentary|wrote|writes|said|says|stated|added|queries|questions|inquiries|enquiries|query|question)\b/;
// (and a spinner's words for a news agency: "state information company Andina")
const MEDIA_NOUN = /\b(?:newspaper|paper|daily|weekly|monthly|tabloid|magazine|broadcaster|network|channel|station|radio|television|tv|agency|outlet|website|site|wire|programme|program|show|podcast|information\s+company|news\s+company)\b/i;
// A medium's noun and the comma of an apposition after it: "The nationalist tabloid, ".
const OWNED_MEDIUM_BEFORE = /(?:tabloid|newspaper|paper|daily|weekly|magazine|broadcaster|channel|network|station|agency|outlet|website|site),\s+$/i;
// A descriptor of a programme one appears on, after which "on" names an outlet on no list: "on the technology podcast
// Signal & Noise", "on the morning show Wake Up Harbour".
const PODCAST_LIKE = new RegExp(String.raw`\b(?:${PROGRAMME_NOUN})\s+$`, 'i');
const podcastLike = (desc: RegExpExecArray | null): boolean => desc !== null && PODCAST_LIKE.test(desc[0]);
// Bodies one tells things to that are not outlets: "told the Senate".
export const NOT_OUTLETS = /\b(?:Senate|House|Congress|Parliament|Assembly|Committee|Subcommittee|Court|Council|Commission|Board|Cabinet|Bundestag|Duma|Knesset|Police|Department|Ministry|Office|Agency|Inquiry|Panel|Jury|Convention|Conference|Summit|Rally|Club|Society|Association|University|School|Authority|Authorities|Federation|Union|Institute|Foundation|Bank|Trust|Tribunal|Regulator|Directorate|Administration|Coalition|Alliance|Party|Fund|Centre|Center|Hospital|Embassy|Consulate|Government|Municipality|Secretariat|Inspectorate|Ombudsman|Prosecutors?|Roundtable|Forum|Chamber|Caucus|Symposium|Luncheon|Gala|Guild|Academy|Congregation)\b/;
// An owner's possessive that ends a medium's name as written: "Canal Meridiano's evening programme".
const OWNER_END = /[’']s$/u;
/** A medium's name without an owner's possessive, unless a list holds the name so ("Barron's"). */
const ownerless = (name: string): string => (BY_ALIAS.has(name) ? name : name.replace(OWNER_END, ''));
// Short forms that stand for a fuller title the article named earlier.
const SHORT_FORMS = new Set(['Times', 'Post', 'Journal', 'Globe', 'Tribune', 'Herald', 'Chronicle', 'Examiner', 'Register', 'Inquirer', 'Star', 'Sun', 'News', 'Guardian', 'Telegraph', 'Economist', 'Hill']);

// "his time on", "her years at": employment before a weak trigger; and a post held there, "co-host on his YouTube
// channel", "a columnist at the Times" (a guest on a programme speaks there: no post).
const EMPLOYMENT_BEFORE = /\b(?:time|tenure|career|years|stint|days|job|work|role|(?:co-?)?host|anchor|presenter|columnist|correspondent|contributor|commentator|producer|reporter|editor)\s+$/i;
// A cue of writing, then the writer and the publication: "wrote Jane Roe for …".
const WRITER_FOR = /(?<![\p{L}])(?:wrote|writes|writing)\s+(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}(?:for|at)\s+(?:the\s+)?(?=\p{Lu})/gu;
// (?<!\p{L}) before it is checked by wordStartExec.
const INVERTED = /(?:reported|wrote|noted|said|says|added|asked)\s+(?:the\s+)?(?=\p{Lu})/gu;
const SHORT_SUBJECT = /\bthe\s+(Times|Post|Journal|Globe|Tribune|Herald|Chronicle|Examiner|Register|Inquirer)\s+(?:reported|wrote|said|noted|added|reports|writes|says|published|obtained)\b/;

/** "the Times" after "The New York Times": the fullest earlier outlet name ending in that word. */
function expandShortForm(text: string, at: number, short: string): string | null {
  const before = text.slice(Math.max(0, at - 20000), at);
  let best: string | null = null;
  for (const e of OUTLET_ENTRIES) {
    if (e.alias === short || !e.alias.endsWith(' ' + short) || e.programme) continue;
    if (before.includes(e.alias) && (!best || e.name.length > best.length)) best = e.name;
  }
  if (best) return best;
  // an unlisted paper named in full earlier: "the Toledo Blade" … "the Blade"
  const m = new RegExp(`(?:\\p{Lu}[\\p{L}.’'-]+ ){1,4}${short}(?![\\p{L}])`, 'gu');
  let last: string | null = null;
  for (let x = m.exec(before); x; x = m.exec(before)) last = x[0];
  return last;
}

/**
 * "The Times" in an article that named "The New York Times" (or "a Los Angeles Times
 * report") before: a bare "the <short form>" alias stands for the fuller listed outlet
 * named earlier, and for its own entry ("The Times" of London) only where there is none.
 */
export function fullerName(text: string, at: number, alias: string, name: string): string {
  const word = alias.replace(/^the\s+/i, '');
  if (word === alias || !SHORT_FORMS.has(word)) return name;
  const before = text.slice(Math.max(0, at - 20000), at);
  // the one named last ("the Financial Times reported … The New York Times … The Times wrote")
  let best: string | null = null;
  let bestAt = -1;
  for (const e of OUTLET_ENTRIES) {
    if (e.programme || e.name === name || !e.alias.endsWith(' ' + word) || /^the\s+\S+$/i.test(e.alias)) continue;
    const i = before.lastIndexOf(e.alias);
    if (i > bestAt) {
      best = e.name;
      bestAt = i;
    }
  }
  return best ?? name;
}

/**
 * An outlet on no list, right after "told the …" or "the German newspaper …":
 * a run of capitalised words that is not a legislature or a court.
 */
function unlistedAt(s: string, at: number, likely: boolean, body = false): NamedSpan | null {
  // (words joined by "&", "Signal & Noise"; a station's channel number after its name, "KTVB 7")
  const m = UNLISTED_RUN.exec(s.slice(at, at + 80));
  if (!m) return null;
  const text = m[0].replace(/[.’']+$/u, '');
  // "an interview with Cosmopolitan magazine": a media noun after the name makes it an outlet
  const next = s.slice(at + text.length, at + text.length + 24);
  // (or an apposition that says what medium it is: "told Tidewatch, the regional newspaper", "told Coastline, the HBC’s
  // fishing programme")
  if (!likely && !MEDIA_AFTER.test(next) && !MEDIA_APPOSED.test(s.slice(at + text.length, at + text.length + 70))) return null;
  // (a body that published the document is its outlet: "a transcript released by the Presidential Office")
  if (!body && NOT_OUTLETS.test(text)) return null;
  // ("told the French daily", "the Doha-based network": a people's adjective or a city's "-based" before a medium's noun
  // is no name, and the noun takes up the medium named before)
  if (!/[ \u00a0]/.test(text) && (nationality(text) || /-based$/.test(text)) && MEDIA_AFTER.test(next)) return null;
  // "said to the Republican nominee": one capitalised word before a noun is an adjective
  if (!/[ \u00a0]/.test(text) && ADJECTIVE_BEFORE_NOUN.test(next) && !MEDIA_AFTER.test(next)) return null;
  // ("he said to the Gryphon", "told the General": one word after "the" is a paper's name only in a paper's shape, "the
  // Tennessean", "the Oklahoman", "the AJC", or before a medium's noun)
  if (!/[ \u00a0]/.test(text) && /\bthe\s+$/i.test(s.slice(Math.max(0, at - 4), at)) && !PAPER_WORD().test(text) && !MEDIA_AFTER.test(next)) return null;
  return { name: text, text, start: at, end: at + text.length };
}

// Words a medium carried, right before its trigger: "in remarks carried by", "a statement relayed by".
const CARRIED_WORDS = /\b(?:remarks|comments|statement|statements|interview|speech|address|words|message|quotes)\s+(?:\p{Ll}+\s+)?$/u;
// A short form in capitals, which the text may define for a medium's full name ("carried by MNA"): shortFormAt reads it.
const SHORT_FORM_AT = /^\p{Lu}{2,}(?![\p{L}])/u;
/** Does the trigger say a medium carried words the text names just before it ("remarks carried by Andina")? */
const carriedWords = (trig: string, window: string, at: number): boolean => /^(?:carried|relayed|aired|broadcast)\s/.test(trig) && CARRIED_WORDS.test(window.slice(Math.max(0, at - 40), at));

// An apposition after a name that says it is a medium: ", the regional newspaper", ", a fishing programme on HBC".
const MEDIA_APPOSED = /^,\s+(?:the|a|an)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:newspaper|paper|broadcaster|programme|program|show|magazine|station|channel|network|tabloid|daily|weekly|website|news\s+site|podcast|news\s+agency|wire\s+service)(?=[\s,.;:)]|$)/u;
// One word that may name a paper after "the": a demonym's shape ("Tennessean", "Oregonian", "Oklahoman") or capitals.
const PAPER_WORD = lazily(() => /^(?:\p{Lu}\p{Ll}+(?:an|man)|\p{Lu}{2,}[\p{Lu}\d-]*)$/u);
// An Australian broadcaster's call sign, a state's digit and two or three capitals: "2GB", "3AW", "4MH", "6PR".
const DIGIT_CALL_SIGN = /^[2-8][A-Z]{2,3}(?![\p{L}\d])/u;
// A North American broadcaster's call sign, which names a station: "told KTVB", "told WKHR-TV", "told CFRB": K or W and
// three letters, a Canadian prefix (CF, CH, CI, CJ, CK) and two, or three letters with the band ("told WHO officials" is
// the health body's; "told CREW" and "told WADA" name bodies, not stations)
const CALL_SIGN = /^(?!(?:WADA|WIPO|KFOR|WHOI|WAPO)(?![\p{L}]))(?:(?:[KW][A-Z]{3}|C[FHIJK][A-Z]{2})(?:-(?:TV|FM|AM|DT))?|[KWC][A-Z]{2}-(?:TV|FM|AM|DT))(?![\p{L}\d-])/u;
// A channel number after a station's word ("News 8", "Channel 4", "KTVB 7"), not after any name ("Gazette 2 weeks").
const CHANNEL_NUMBER = String.raw`(?<=(?:News|Channel|TV|(?<![\p{L}])\p{Lu}{3,5}))[ \u00a0]\d{1,2}(?![\d\p{L}])(?!\s+(?:weeks?|days?|months?|years?|hours?|minutes?|times?|percent|per|points?|of|and|or|to)(?![\p{L}]))`;
// Where a name's next word may follow: not after a full stop that ends a word of two letters or more, which ends the
// sentence ("told Radio Kestrel FM. Part of the exchange follows"), but after an initial ("U.S. News") or a place's
// "St." ("St. Louis Post-Dispatch").
const NOT_SENTENCE_END = String.raw`(?:(?<!\p{L}{2}\.)|(?<=(?<![\p{L}])(?:St|Mt|Ft)\.))`;
// (a name's particles, one or two: "Signal & Noise", "Diario de la Bahía", "Der Spiegel")
// (a channel's number after its hyphen too: "SRT-1", "Kanal-2")
const UNLISTED_RUN = new RegExp(String.raw`^\p{Lu}[\p{L}’'.-]*(?:(?<=\p{L}-)\d{1,2}(?![\d\p{L}]))?(?:${NOT_SENTENCE_END}[ \u00a0](?:(?:of|de|der|die|la|le|el|del|des|du|da|dos|&)[ \u00a0]){0,2}\p{Lu}[\p{L}’'.-]*){0,4}(?:${CHANNEL_NUMBER})?`, 'u');
// ("the News Agency of Nigeria", "the Times of India": "of" and a place after a medium's own word; not "the Daily Mail of
// Johnson's plans"; a learned journal's field too, "the Journal of Insect Soundscapes", "the Annals of Surgery")
const MEDIA_RUN = new RegExp(String.raw`^(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:${NOT_SENTENCE_END}[ \u00a0]\p{Lu}[\p{L}’'.-]*|(?<=(?:Agency|Corporation|Service|Times|Radio|Television|Network|Journal|Annals|Proceedings|Archives))[ \u00a0]of[ \u00a0](?:the[ \u00a0])?\p{Lu}\p{L}+(?![\p{L}’'-])|${CHANNEL_NUMBER}){0,5}`, 'u');
const ADJECTIVE_BEFORE_NOUN = /^[ \u00a0](?!(?:that|on|in|at|about|of|for|with|by|and|or|but|as|after|before|when|while|last|this|during|from|it|he|she|they|we|was|is|had|has|said|says|the|a|an|to|via|over|under|earlier|later|recently)(?![\p{L}]))\p{Ll}/u;

/** A platform's name at `at`, the weak ones too ("X", "Threads"). */
function platformAt(s: string, at: number): NamedSpan | null {
  const hit = aliasAt(s, at, true);
  return hit && PLATFORMS.has(hit.name) ? hit : null;
}

// A posting's verb and a short object before "on": "posted a statement ", "shared a video of the launch ".
const POSTED_ON = /(?<![\p{L}])(?:posted|posts|shared|shares|published|uploaded)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,4}$/u;

/** A gazetteer alias starting exactly at `at` in `s`. */
function aliasAt(s: string, at: number, allowWeak: boolean): NamedSpan | null {
  const alias = matchAlias(s, at);
  if (!alias) return null;
  if (!allowWeak && WEAK_ALIASES.has(alias)) return null;
  const e = BY_ALIAS.get(alias)!;
  return { name: e.name, text: alias, start: at, end: at + alias.length };
}

/** A programme named in quotation marks: on “The Steve Harvey Morning Show”. */
function titleAt(s: string, at: number): NamedSpan | null {
  const open = s[at];
  if (open !== '“' && open !== '"' && open !== "'" && open !== '‘') return null;
  const close = open === '“' ? '”' : open === '‘' ? '’' : open;
  const end = s.indexOf(close, at + 1);
  if (end < 0 || end - at > 80) return null;
  const title = s.slice(at + 1, end).replace(/[,.]$/, '');
  if (!looksLikeTitle(title)) return null;
  const known = aliasAt(title, 0, true);
  const name = known && known.end === title.length ? known.name : title;
  return { name, text: title, start: at + 1, end: at + 1 + title.length };
}

/**
 * Is the word right before `at` the quote's own cue ("remarked on Radio Kestrel that …")? Then a medium's name after
 * its "on" is where the words were said, as after "said on".
 */
function cueBefore(s: string, at: number, cueWord: string | null): boolean {
  if (!cueWord) return false;
  // (past a time between them: "stated last month on the Sweet Spot podcast", "said on Monday on …")
  const before = s.slice(Math.max(0, at - cueWord.length - 32), at).trimEnd().replace(TIME_AFTER_CUE, '');
  return before.toLowerCase().endsWith(cueWord.toLowerCase()) && !letterBefore(before, before.length - cueWord.length);
}
// A time between a cue and its medium's "on": "last month", "on Monday", "earlier this week", "late Friday".
const TIME_AFTER_CUE = new RegExp(String.raw`\s+(?:(?:on|late|early)\s+)?(?:(?:earlier\s+)?(?:last|this)\s+(?:week|month|year|weekend|morning|afternoon|evening|night)|${WEEKDAYS}|yesterday|today|tonight|earlier|later)$`, 'i');

/**
 * A name no list holds that an apposition says is a programme: "in an interview on First Light, the breakfast
 * programme on TVN"; null otherwise.
 */
function programmeApposed(s: string, at: number): NamedSpan | null {
  const window = s.slice(at, at + 120);
  // (the Unicode pattern only where a programme's noun stands at all)
  const m = PROGRAMME_WORD.test(window) ? PROGRAMME_APPOSED().exec(window) : null;
  return m && !NOT_OUTLETS.test(m[1]!) ? { name: m[1]!, text: m[1]!, start: at, end: at + m[1]!.length } : null;
}
// (a programme's nouns, and a bulletin's)
const APPOSED_PROGRAMME_NOUN = `${PROGRAMME_NOUN}|bulletin|newscast`;
const PROGRAMME_WORD = new RegExp(String.raw`\b(?:${APPOSED_PROGRAMME_NOUN})\b`);
const PROGRAMME_APPOSED = lazily(() => new RegExp(String.raw`^((?:\p{Lu}[\p{L}’'&-]*[ \u00a0]){0,3}\p{Lu}[\p{L}’'&-]*),\s+(?:the|a|an|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,3}(?:${APPOSED_PROGRAMME_NOUN})(?![\p{L}])`, 'u'));

/**
 * A programme in marks after a bare "on", "to", "by" or "via", where scare quotes stand as often: "on “Meet the
 * Press” that", but not "a counter to “America-first” policies", "his “D-minus” rating", "harking back to the “Great
 * Game,” the contest …". After "to", "by" or "via" the programme needs a noun saying it is one, or a network whose it
 * is ("to the show “…”", "a call to ABC’s “This Week”"); after "on", no noun the title would modify may follow it.
 */
function titleAfterWeak(s: string, at: number, trig: string, described: boolean): NamedSpan | null {
  if (trig !== 'on' && !described) return null;
  const hit = titleAt(s, at);
  if (!hit || described) return hit;
  const after = /^[,.]?[”"’']\s+(\p{Ll}[\p{Ll}-]*)/u.exec(s.slice(hit.end, hit.end + 30));
  return after && !AFTER_PROGRAMME.test(after[1]!) && !/ing$/.test(after[1]!) ? null : hit;
}
// Lower-case words that may follow a programme's title without being a noun it modifies.
const AFTER_PROGRAMME = /^(?:that|on|in|at|to|from|about|last|this|earlier|later|when|while|and|or|but|with|for|during|after|before|where|which|who|said|says|told|tells|he|she|they|it|we|i|show|program|programme|podcast|segment|episode|interview|broadcast|host|anchor|appearance)$/;

// A capitalised word after "told state television" that is no name of it: "told state television Tuesday that".
// Days, months and the days around today, capitalised: "told the Star Tuesday".
const WHEN_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Tonight|Yesterday';
const WHEN_WORD = new RegExp(String.raw`^(?:${WHEN_NAMES})(?![\p{L}])`, 'u');

// Media named by what they are, with no name: "broadcast by state television", "told Iranian state TV", "said on
// local radio" (a bare "the newspaper" is no such name: it takes up one named before).
const STATE_MEDIA = /^(?:the\s+|a\s+)?((?:\p{Lu}\p{Ll}+(?:an|ese|ish|ian|i)\s+)?(?:state|state-run|state-owned|national|public|official|local)\s+(?:television|TV|radio|media|broadcaster|news\s+agency|news\s+outlets?|newspapers?))(?![\p{L}])/u;

/** The media a trigger names by what they are, at `after` in the window ("state television"), or null. */
function stateMedia(window: string, after: number, text?: string, from = 0): NamedSpan | null {
  const m = STATE_MEDIA.exec(window.slice(after, after + 60));
  if (!m) return null;
  const start = after + m[0].length - m[1]!.length;
  // ("Halloran told the ABC … “…,” he told the national broadcaster": with "the", a broadcaster the text named just
  // before, when it named one)
  // (and "the state news agency" a news agency the text named just before: "…, Xinhua reported. … according to the
  // state news agency")
  const named = text !== undefined && /^the\s/i.test(m[0]) ? lastNamedOutlet(text, from + start) : null;
  const before = named && (!/\b(?:state|official)\b/i.test(m[1]!) || /agency$/.test(m[1]!) && isAgency(named)) ? named : null;
  return { name: before ?? m[1]!, text: m[1]!, start, end: start + m[1]!.length };
}

/** How far back (UTF-16 units) "the national broadcaster" takes up an outlet named before. */
const DESCRIBED_OUTLET_REACH = 1500;
// A medium's verb of reporting that closes the sentence, maybe with its day: " reported.", " first reported on Monday.".
const CLOSING_REPORT = new RegExp(String.raw`^\s+(?:first\s+|later\s+)?(?:reported|reports|wrote|writes)(?:\s+(?:on\s+)?(?:${WEEKDAYS}|today|yesterday))?\s*[.;]`, 'i');

// "told the paper", "told the station": a medium's noun after "the", which takes up the medium named before.
// (maybe after a people's adjective or a city's "-based": "told the French daily", "told the Doha-based network")
const TAKEN_UP_MEDIUM = /^the\s+(?:(?:\p{Lu}\p{Ll}+|\p{Lu}[\p{L}-]*-based)\s+)?(?:paper|newspaper|newsletter|blog|agency|magazine|station|broadcaster|network|channel|programme|program|show|podcast|site|website|outlet|daily|tabloid|wire|radio)(?![\p{L}])/u;
// A medium's name no list holds, anywhere in the words before: "the Draven Courier" (MEDIA_HEAD's words, unanchored).
// (or a name a medium's word opens: "local station Radio Valmera", "Canal Deportivo")
// The capitalised words that go on after a medium's word inside its name, " Flare" of "The Daily Flare": one or two,
// not a day's or a month's name ("told the Star Tuesday") nor a word that opens a sentence.
const NAME_GOES_ON_SOURCE = String.raw`(?:[ \u00a0](?!(?:${WHEN_NAMES}|The|This|That|He|She|It|They|We|In|On|But|And|As|At)(?![\p{L}]))\p{Lu}[\p{Ll}’'-]+){0,2}(?![\p{L}-])`;
const NAME_GOES_ON = new RegExp(`^${NAME_GOES_ON_SOURCE}`, 'u');

/** The media's names no list holds that MEDIUM_NAME finds in `s`, in order, without a leading "The", and where each is. */
function mediumNamesIn(s: string): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  const mediumName = MEDIUM_NAME();
  mediumName.lastIndex = 0;
  for (let n = mediumName.exec(s); n; n = mediumName.exec(s)) out.push({ name: n[0].replace(/^The\s+/, ''), index: n.index });
  return out;
}
const MEDIUM_NAME = lazily(() => new RegExp(String.raw`(?<![\p{L}])(?:(?:\p{Lu}[\p{L}’'.\-]*\s+){1,4}(?:${MEDIA_HEAD_WORDS})(?![\p{L}-])${NAME_GOES_ON_SOURCE}|(?:Radio|${MEDIA_FIRST_WORDS.join('|')})[ \u00a0]\p{Lu}[\p{L}’'.\-]*(?:[ \u00a0]\p{Lu}[\p{L}’'.\-]*){0,2}(?![\p{L}-]))`, 'gu'));

/**
 * "a transcript released by the committee": the body named before whose name holds the noun ("parliament's Digital
 * Affairs Committee"), as the one that released the document; null where the noun is no body's or none is named.
 */
function releasingBody(text: string, window: string, after: number, from: number): NamedSpan | null {
  const m = RELEASING_NOUN.exec(window.slice(after, after + 40));
  if (!m || !BODY_NOUNS.has(m[2]!)) return countrysBody(window, after);
  const start = after + m[0].length - m[1]!.length;
  const name = namedBody(text, m[1]!.split(/\s+/), from + start);
  return name ? { name, text: m[1]!, start, end: start + m[1]!.length } : null;
}
// "the committee", "the foreign ministry": a body's noun after "the", maybe after words in lower case.
const RELEASING_NOUN = /^\s*the\s+((?:\p{Ll}+\s+){0,2}(\p{Ll}+))(?![\p{L}-])/u;

/**
 * "released by the Korbaltan presidential office", "issued by the Russian foreign ministry": a country's adjective and
 * a public body's noun in lower case, which name the body whole (as the Kremlin names one); null otherwise.
 */
function countrysBody(window: string, after: number): NamedSpan | null {
  const m = COUNTRYS_BODY.exec(window.slice(after, after + 60));
  if (!m || !(nationality(m[2]!) || COUNTRY_ADJECTIVE.test(m[2]!))) return null;
  // (the body's noun the first that heads one: "the Korbaltan presidential office late on Saturday")
  const head = m[3]!.split(/\s+/).findIndex((w) => PUBLIC_BODY_HEADS.has(w));
  if (head < 0) return null;
  // (the words as written, up to the head, for the mention's offsets)
  const text = new RegExp(String.raw`^\S+(?:\s+\S+){${head + 1}}`).exec(m[1]!)![0];
  const start = after + m[0].length - m[1]!.length;
  return { name: text.replace(/\s+/g, ' '), text, start, end: start + text.length };
}
// ("the Marzandian president's office": an office's owner in the possessive among its words)
const COUNTRYS_BODY = /^\s*the\s+((\p{Lu}\p{Ll}+)\s+(\p{Ll}+(?:[’']s)?(?:\s+\p{Ll}+){0,2}))(?![\p{L}-])/u;
// An adjective of a country or a people by its ending ("Korbaltan", "Nepali", "Turkish"), as names.ts's nationality()
// has none for a place it does not list.
const COUNTRY_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i)$/u;

/**
 * "relayed to the Echo" after "the Westbury Echo": one capitalised word after "the" that ends a medium's name the text
 * gave in full before, as "the Blade" does "the Toledo Blade"; null otherwise.
 */
function shortFormAt(text: string, window: string, at: number, from: number, desc: RegExpExecArray | null): NamedSpan | null {
  const m = ONE_CAPITAL.exec(window.slice(at, at + 40));
  if (!m || NOT_OUTLETS.test(m[1]!)) return null;
  // ("Speaking to the Baltica Press Agency, … ⏎ … told Baltica that …": with no "the", the first word of a medium's name
  // the text gave before)
  if (!desc?.[0]) {
    let name: string | null = null;
    const before = text.slice(Math.max(0, from + at - DESCRIBED_OUTLET_REACH), from + at);
    // (a plain search first: most names after "told" open no medium's name before, "told Trump")
    if (!before.includes(m[1]! + ' ')) return null;
    for (const n of mediumNamesIn(before)) if (n.name.startsWith(m[1]! + ' ')) name = n.name;
    return name ? { name, text: m[1]!, start: at, end: at + m[1]!.length } : null;
  }
  if (!/\bthe\s+$/i.test(desc[0])) return null;
  // (the full name where an outlet's trigger and "the" named it: "voiced to the Westbury Echo", "told the Westbury Echo")
  const full = new RegExp(String.raw`(?<![\p{L}])(?:told|to|with|by|for|in|on)\s+the\s+((?:\p{Lu}[\p{L}.’'-]+\s+){1,3}${m[1]!})(?![\p{L}])`, 'gu');
  let name: string | null = null;
  for (const x of text.slice(Math.max(0, from + at - 20000), from + at).matchAll(full)) name = x[1]!.replace(/\s+/g, ' ');
  return name ? { name, text: m[1]!, start: at, end: at + m[1]!.length } : null;
}
// One capitalised word, no capitalised word after it: "Echo that", "Courier,".
const ONE_CAPITAL = /^(\p{Lu}[\p{Ll}’'-]{2,})(?![\p{L}])(?!\s+\p{Lu})/u;

// A word of a medium's name before or after its noun: capitalised, or an ampersand between two ("Signal & Noise").
const NAME_PIECE = String.raw`(?:\p{Lu}[\p{L}’'&-]*|&)`;

// A verb of saying and the "on" or "in" of a medium: "expressed on the podcast", "wrote in the paper".
const SAID_ON_IN = /^\p{L}+\s+(?:on|in)$/u;

/**
 * The medium that "told the paper" at `after` in the window takes up, where the words before, not far back, name one
 * medium no list holds and none that a list holds ("said in an interview with the Draven Courier … “…,” the retired
 * teacher told the paper").
 */
function takenUpMedium(text: string, window: string, after: number, from: number): NamedSpan | null {
  const m = TAKEN_UP_MEDIUM.exec(window.slice(after, after + 30));
  if (!m) return null;
  const at = from + after;
  const before = text.slice(Math.max(0, at - DESCRIBED_OUTLET_REACH), at);
  const span = (name: string): NamedSpan => ({ name, text: m[0], start: after, end: after + m[0].length });
  // the last name a pattern finds there, past the words `lead` strips from its front; not a body's nor a people's
  // ("An Israeli newspaper")
  const lastName = (re: RegExp, lead: RegExp): string | null => {
    let found: string | null = null;
    for (const n of before.matchAll(re)) found = n[1]!.replace(lead, '').trim() || found;
    return found && !NOT_OUTLETS.test(found) && !demonym(found) ? found : null;
  };
  const noun = m[0].slice(m[0].lastIndexOf(' ') + 1);
  // ("added on the podcast" after "Speaking on the Vestuario podcast": the name the text gave before the same noun; or,
  // "said on the podcast" after "the Bullpen Session, a podcast about minor-league baseball", the name an apposition
  // gave it)
  // (a word of the name: capitalised, or an ampersand between two, "Signal & Noise")
  const named = lastName(new RegExp(String.raw`(?<![\p{L}])((?:${NAME_PIECE}[ \u00a0]+){1,5})${noun}(?![\p{L}])`, 'gu'), /^(?:(?:The|A|An|His|Her|Their|Its|Our|My|This|That|In|On|At)[ \u00a0]+)+/) ??
    lastName(new RegExp(String.raw`((?:${NAME_PIECE}[ \u00a0]+){0,3}\p{Lu}[\p{L}’'&-]*),\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}${noun}(?![\p{L}])`, 'gu'), /^(?:The|A|An)[ \u00a0]+/) ??
    // (or the name after the noun: "in an episode of the podcast Reel Talk Weekly"; not a programme's of a station's
    // possessive, "Canal Meridiano's evening programme Tiempo Extra", which the station's name stands for)
    // ("told the paper" after "the regional newspaper Borneo Pos": the noun inside its compound)
    lastName(new RegExp(String.raw`(?<![’']s[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+){0,2})(?<![\p{L}])${noun === 'paper' ? '(?:news)?paper' : noun}[ \u00a0]+((?:${NAME_PIECE}[ \u00a0]+){0,3}\p{Lu}[\p{L}’'&-]*(?:(?<=-)\d{1,2}(?![\d\p{L}]))?)`, 'gu'), /^$/);
  // ("Speaking on Radio Calder’s Morning Desk programme … told the programme": the station whose programme it is)
  if (named) return span(stationOf(named) ?? named);
  // (a people's adjective or a city's "-based" before the noun, "the French daily", "the Doha-based network": the one outlet
  // of the gazetteer named before, of the noun's kind, no agency nor platform)
  const listed = /\s\S+\s/.test(m[0]) ? soleListedOutlet(text, at) : null;
  if (listed && !otherKind(noun, listed) && !AGENCY_NAME.test(listed) && !PLATFORMS.has(listed)) return span(listed);
  // (only where no outlet of the gazetteer is named before: with one, which the noun takes up is as often another, "told
  // the website" after "a school spokesman told The Wall Street Journal")
  if (lastNamedOutlet(text, at)) return null;
  let name: string | null = null;
  let count = 0;
  for (const n of mediumNamesIn(before)) {
    const found = ownerless(n.name);
    if (found !== name) count++;
    name = found;
  }
  // (and one medium named only: "said in an interview with the Draven Courier … told the paper"; of the noun's kind: "said on
  // the podcast" takes up no "Millbrook Register", "told the paper" no "Radio Calder")
  return name && count === 1 && !otherKind(noun, name) ? span(name) : null;
}

/** Is the medium `name` of another kind than the noun that takes it up: a podcast's or a station's in print, a paper's on air? */
const otherKind = (noun: string, name: string): boolean => (BROADCAST_NOUN.test(noun) ? PRINT_NAME.test(name) : PRINT_NOUN.test(noun) && BROADCASTER_NAME.test(name));

/**
 * "The agency later quoted him as saying …", "the broadcaster reported": a medium's noun as the subject of a verb of
 * reporting in the sentence [from, to) takes up the medium named last before it, listed or not, where only one medium
 * of that kind is named within reach; null otherwise.
 */
export function reportingMedium(text: string, from: number, to: number): OutletHit | null {
  const sentence = text.slice(from, to);
  const m = REPORTING_MEDIUM.exec(sentence) ?? MEDIUM_SOURCE.exec(sentence);
  if (!m) return null;
  return mediumTakenUp(text, from + m.index + m[0].indexOf(m[1]!), m[1]!, false);
}

/**
 * A medium's noun that speaks itself ("The newspaper added that …" after "the Global Times said in an editorial"): the
 * medium it takes up, as reportingMedium finds it, or, among several of its kind, the outlet of the gazetteer named last
 * just before; null otherwise.
 */
/** Is the mention a medium's noun after "the", maybe with an epithet: "The newspaper", "the nationalist tabloid"? */
export const isMediumNoun = (mention: string): boolean => SPEAKING_MEDIUM().test(mention);

export function speakingMedium(text: string, at: number, mention: string): OutletHit | null {
  const hit = isMediumNoun(mention) ? mediumTakenUp(text, at, mention, true) : null;
  // (a name the gazetteer holds: no capitalised run that only ends in a medium's word, as a scraped page's "9:12PMCNN
  // Disputes Characterization Of Network" does; one of a single word only where its medium's noun introduced it, "the
  // official news agency WAFA reported … the agency said", not "the tabloid" after "NBC's")
  // ("Kyodo News reported … The agency said": or a news agency of the gazetteer, named so or not)
  // ("Japan Meteorological Agency forecaster … ⏎ He told Reuters … ⏎ … the agency warned that …": not a bare "the agency"
  // where a body the text named before is an agency by its name's head, no medium's, which the speaker stage takes up)
  if (hit && /^the\s+agency$/i.test(mention) && bodyAgencyBefore(text, at)) return null;
  return hit && (isListedOutlet(hit.name) || BY_ALIAS.get(hit.name)?.name === hit.name && (introducedByNoun(text, at, hit.name) || /agency$/i.test(mention) && isAgency(hit.name))) ? hit : null;
}

/** Is a body whose name ends in "Agency", no medium's ("Environment Agency", not "Yonhap News Agency"), named before `at`? */
function bodyAgencyBefore(text: string, at: number): boolean {
  for (let k = text.lastIndexOf('Agency', at - 6); k > 0; k = text.lastIndexOf('Agency', k - 1)) {
    // (the capitalised words before it, on its line: "Japan Meteorological", "Central Intelligence")
    const words = /(?:\p{Lu}[\p{L}’'-]*[ \u00a0]+)+$/u.exec(text.slice(Math.max(0, k - 60), k));
    if (words && !/(?:News|Press|Presse|Telegraph|Wire)\s+$/.test(words[0]) && !isListedOutlet(`${words[0]}Agency`)) return true;
  }
  return false;
}

/** Did a medium's noun introduce `name` before `at` ("news agency WAFA", "the broadcaster, RTV,")? */
function introducedByNoun(text: string, at: number, name: string): boolean {
  const describedName = DESCRIBED_NAME();
  const before = text.slice(Math.max(0, at - DESCRIBED_OUTLET_REACH), at);
  describedName.lastIndex = 0;
  for (let n = describedName.exec(before); n; n = describedName.exec(before)) if (n[2] === name) return true;
  return false;
}

function mediumTakenUp(text: string, at: number, mention: string, speaking: boolean): OutletHit | null {
  const before = text.slice(Math.max(0, at - DESCRIBED_OUTLET_REACH), at);
  const names = new Set<string>();
  let last: { name: string; at: number } | null = null;
  for (const n of mediumNamesIn(before)) {
    // (a listed outlet by its canonical name, as the gazetteer's loop below counts it: one outlet, one name)
    const name = BY_ALIAS.get(n.name)?.name ?? n.name;
    names.add(name);
    last = { name, at: at - before.length + n.index };
  }
  // (every outlet of the gazetteer named there counts too: "Reuters and the BBC" leave "the agency" undecided)
  for (const a of aliases(text, Math.max(0, at - DESCRIBED_OUTLET_REACH), at)) {
    if (WEAK_ALIASES.has(a.text)) continue;
    const name = BY_ALIAS.get(a.text)!.name;
    names.add(name);
    if (!last || a.index > last.at) last = { name, at: a.index };
  }
  // (and a name no list holds that its medium's noun introduced: "Tarsovia’s state news agency, TNA, reported")
  const described: { name: string; noun: string }[] = [];
  const describedName = DESCRIBED_NAME();
  describedName.lastIndex = 0;
  for (let n = describedName.exec(before); n; n = describedName.exec(before)) {
    if (NOT_OUTLETS.test(n[2]!) || WHEN_WORD.test(n[2]!)) continue;
    described.push({ name: n[2]!, noun: n[1]!.toLowerCase() });
    names.add(n[2]!);
    const nAt = at - before.length + n.index;
    if (!last || nAt > last.at) last = { name: n[2]!, at: nAt };
  }
  if (!last) return null;
  const hit = (name: string): OutletHit => ({ name, mention: { text: mention, start: at, end: at + mention.length }, how: 'taken-up' });
  if (names.size === 1) return hit(last.name);
  // (several named: the one its own noun introduced, "the agency" after "the news agency, TNA,")
  const byNoun = described.filter((d) => mention.toLowerCase().endsWith(d.noun));
  if (new Set(byNoun.map((d) => d.name)).size === 1) return hit(byNoun[0]!.name);
  // (several named: the one of the noun's kind, where only one is, "the agency" after "Marovian News Agency" and
  // "Marovia National Television")
  // (an agency of the gazetteer by its name alone too: "Kyodo" among "NHK" and "Kyodo News")
  const kind = /agency/i.test(mention) ? isAgency : /broadcaster|channel|network|station/i.test(mention) ? isBroadcaster : /paper|daily|tabloid/i.test(mention) ? isPrint : null;
  const ofKind = kind ? [...names].filter(kind) : [];
  if (ofKind.length === 1) return hit(ofKind[0]!);
  // (a noun that speaks, among several of its kind: the outlet of the gazetteer named last, just before, "… the Global
  // Times said in an editorial. ⏎ The newspaper added that …" after "People's Daily")
  return speaking && kind && kind(last.name) && isListedOutlet(last.name) && at - last.at < TAKEN_UP_NEAR ? hit(last.name) : null;
}
const TAKEN_UP_NEAR = 400;
// A medium's noun and the name it introduces, set off by a comma or not: "news agency, TNA," "the broadcaster RTV".
const DESCRIBED_NAME = lazily(() => /(?<![\p{L}])(agency|broadcaster|newspaper|daily|tabloid|channel|network|station)(?:\s+|,\s+)(\p{Lu}[\p{L}\d’'-]*(?:\s+\p{Lu}[\p{L}\d’'-]*){0,3})(?![\p{L}])/gu);
// The nouns that take up a broadcast (a programme, a station) and a publication in print, and the last words of a name
// in print ("the Millbrook Register"), for takenUpMedium.
const BROADCAST_NOUN = /^(?:podcast|show|programme|program|station|broadcaster|network|channel|radio)$/;
const PRINT_NOUN = /^(?:paper|newspaper|magazine|daily|tabloid)$/;
// (the heads of a medium's name but those of a broadcast, an agency or either: "Star", "News", "Monitor" may be on air)
const NOT_PRINT_HEADS: ReadonlySet<string> = new Set('News Radio TV Television Star Sun Network Channel Broadcasting Press Agency Wire Monitor Beacon Leader Record Reporter Podcast Show Hour Today Tonight FM Week Presse Noticias Notícias'.split(' '));
const PRINT_NAME = new RegExp(String.raw`\b(?:${[...MEDIA_HEAD_SET].filter((w) => !NOT_PRINT_HEADS.has(w)).join('|')})$`);
// (or a name that "Daily" opens, "Daily Nation", not a broadcast's, "The Daily Show")
const isPrint = (name: string): boolean => PRINT_NAME.test(name) || /^(?:The\s+)?Daily\s+\p{Lu}/u.test(name) && !NOT_PRINT_HEADS.has(name.slice(name.lastIndexOf(' ') + 1));
// The words of a news agency's name and of a broadcaster's.
const AGENCY_NAME = /\b(?:Agency|Agence|Press|Presse|Wire|News Service)\b/;
const BROADCASTER_NAME = /\b(?:Television|TV|Radio|Broadcasting|Broadcast|Channel|Network|Station)\b/;
/** Is the medium `name` an agency (by its name's words, or the gazetteer's NEWS_AGENCIES: "Kyodo") or a broadcaster? */
const isAgency = (name: string): boolean => AGENCY_NAME.test(name) || NEWS_AGENCIES.has(name);
const isBroadcaster = (name: string): boolean => BROADCASTER_NAME.test(name);
// A medium's noun as the source after "according to" and a spinner's words for it: "According to the agency, …", "As
// per the broadcaster".
// (a medium by its noun after "the": "the agency", "the state broadcaster")
const THE_MEDIUM = String.raw`[Tt]he\s+(?:state\s+|official\s+|national\s+)?(?:agency|news\s+agency|broadcaster|channel|newspaper|paper|network|station|daily)`;
// (with an epithet too: "The nationalist tabloid", "the state-run broadcaster")
const SPEAKING_MEDIUM = lazily(() => /^[Tt]he\s+(?:[\p{Ll}-]+\s+)?(?:state\s+|official\s+|national\s+)?(?:agency|news\s+agency|broadcaster|channel|newspaper|paper|network|station|daily|tabloid)$/u);
const MEDIUM_SOURCE = new RegExp(String.raw`\b(?:[Aa]ccording\s+to|[Aa]s\s+per|[Pp]er|[Ii]n\s+keeping\s+with|[Cc]iting|[Aa]s\s+reported\s+by)\s+(${THE_MEDIUM})(?![\p{L}])`, 'u');
// A medium's noun as a subject before a verb of reporting: "The agency later quoted", "the broadcaster reported".
const REPORTING_MEDIUM = new RegExp(String.raw`\b(${THE_MEDIUM})\s+(?:later\s+|also\s+|then\s+|separately\s+)?(?:quoted|cited|reported|carried|published)\b`);

/** The outlets of the gazetteer (no weak alias) named in the words before `at`, within reach, by canonical name, in order. */
function listedBefore(text: string, at: number): string[] {
  return aliases(text, Math.max(0, at - DESCRIBED_OUTLET_REACH), at).filter((a) => !WEAK_ALIASES.has(a.text)).map((a) => BY_ALIAS.get(a.text)!.name);
}

/** The one outlet of the gazetteer named in the words before `at`, within reach; null for none or several. */
function soleListedOutlet(text: string, at: number): string | null {
  const names = new Set(listedBefore(text, at));
  return names.size === 1 ? [...names][0]! : null;
}

/** The last outlet of the gazetteer (no weak alias) named in the words before `at`, within reach. */
function lastNamedOutlet(text: string, at: number): string | null {
  return listedBefore(text, at).pop() ?? null;
}

// A description of an outlet by the words of its name in lower case: "the top British medical journal".
const DESCRIBED = /^the\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Lu}\p{Ll}+)\s+((?:[\p{Ll}-]+\s+){0,2})(journal|newspaper|magazine|review|gazette|network|broadcaster|channel|station|agency)(?![\p{L}])/u;

/**
 * The outlet a description after a trigger stands for, where the article names it in full elsewhere: "according to
 * the top British medical journal" of an article that names "the British Medical Journal". The name holds the
 * description's capitalised word and its media noun, capitalised, with at most three capitalised words between.
 */
function describedOutlet(text: string, s: string, at: number): NamedSpan | null {
  const d = DESCRIBED.exec(s.slice(at, at + 80));
  if (!d) return null;
  const head = d[3]!.charAt(0).toUpperCase() + d[3]!.slice(1);
  const named = new RegExp(String.raw`(?<![\p{L}])${d[1]}(?:[ \u00a0]\p{Lu}[\p{L}’'-]*){0,3}[ \u00a0]${head}(?![\p{L}])`, 'u').exec(text);
  if (!named) return null;
  const mention = d[0];
  return { name: named[0], text: mention, start: at, end: at + mention.length };
}

/** `s` with the characters a regular expression reads as syntax escaped, to match it literally. */
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An unlisted name at `at` that the text introduced before as a medium ("the state news agency Dravpress", "Dravpress,
 * the state news agency", "the Dravpress news agency"): "according to Dravpress", "told Dravpress" after it name that
 * medium. Null where the text gave the name no medium's noun (a person told, "told Marrow").
 */
function introducedBefore(text: string, s: string, at: number, from: number): NamedSpan | null {
  const m = UNLISTED_RUN.exec(s.slice(at, at + 80));
  if (!m) return null;
  const name = m[0].replace(/[.’']+$/u, '');
  // (within INTRODUCED_REACH characters before: the text a reader still has in mind, and a search that stays linear in
  // the document's length; a plain search first, most names after a trigger were never introduced before)
  const before = text.slice(Math.max(0, from + at - INTRODUCED_REACH), from + at);
  if (TIME_NAME.test(name) || !before.includes(name) || NOT_OUTLETS.test(name) || demonym(name)) return null;
  // (and a medium's noun at all there, before a pattern is made for this name: most names a text repeats are people's)
  if (!MEDIUM_NOUN_ANYWHERE().test(before)) return null;
  const esc = escapeRegExp(name);
  const introduced = new RegExp(String.raw`(?<![\p{L}])(?:${INTRODUCING_MEDIUM})[ \u00a0]+${esc}(?![\p{L}’'-])|(?<![\p{L}’'-])${esc},?[ \u00a0]+(?:(?:a|an|the)[ \u00a0]+(?:[\p{L}’'-]+[ \u00a0]+){0,3}?)?(?:${INTRODUCING_MEDIUM})(?![\p{L}])(?![ \u00a0]+(?:host|anchor|reporter|correspondent|presenter|journalist|personality|producer|executive|commentator|contributor|star|show|programme|program)(?![\p{L}]))`, 'u');
  return introduced.test(before) ? { name, text: name, start: at, end: at + name.length } : null;
}
// How far back introducedBefore reads for a medium's introduction.
const INTRODUCED_REACH = 6000;
// Any of INTRODUCING_MEDIUM's nouns, wherever it stands.
const MEDIUM_NOUN_ANYWHERE = lazily(() => new RegExp(String.raw`(?<![\p{L}])(?:${INTRODUCING_MEDIUM})(?![\p{L}])`, 'u'));
// The nouns that introduce a medium's name before or after it (news media only: "Crowdpac, a political crowdfunding
// website" is a source, not a medium that carried someone's words).
const INTRODUCING_MEDIUM = String.raw`news[ \u00a0]+agency|press[ \u00a0]+agency|wire[ \u00a0]+service|news[ \u00a0]+(?:web)?site|newspaper|daily|broadcaster|television[ \u00a0]+(?:channel|network|station)|radio[ \u00a0]+station|tabloid|weekly|magazine`;

// Words of a charity's, a campaign's or a service's name before "Network", "Channel" …: "the Front Range Relief
// Network", "the Harbour Action Network" are no media.
const BARE_MEDIUM = /^(?:the\s+)?(?:TV|Television|Radio)$/;
const NOT_MEDIA_WORD = /(?<![\p{L}])(?:Relief|Aid|Action|Support|Care|Legal|Advocacy|Policy|Justice|Rights|Recovery|Rescue|Housing|Transit|Youth|Veterans|Teachers|Parents|Donor|Volunteer|Shelter|Crisis)\s+(?:Network|Channel|Record|Leader|Monitor|Register)(?![\p{L}])/u;

/** An unknown outlet whose name ends in a media word ("the Des Moines Register"). */
function mediaAt(s: string, at: number): NamedSpan | null {
  const found = mediaRunAt(s, at);
  // (nor a bare medium's word, "the TV", "the Radio": the set one talks at, not an outlet)
  // (nor a paper's head word alone, "the Echo": the name given in full before takes it up, takenUpMedium)
  return found && (NOT_MEDIA_WORD.test(found.text) || BARE_MEDIUM.test(found.text) || BARE_HEAD.test(found.text)) ? null : found;
}
const BARE_HEAD = /^(?:the\s+)?(?:Echo|Recorder)$/;

// A medium's name, its possessive, and a capitalised name after it: "Radio Calder’s Morning Desk".
const NETWORK_POSSESSIVE = /^(.+?)[’']s[ \u00a0]\p{Lu}/u;
/** The station a programme's name opens with, before its possessive ("Radio Calder" of "Radio Calder’s Morning Desk"); null otherwise. */
function stationOf(name: string): string | null {
  const station = NETWORK_POSSESSIVE.exec(name)?.[1];
  return station !== undefined && (MEDIA_WORD_IN.test(station) || MEDIA_FIRST.test(station)) ? station : null;
}

function mediaRunAt(s: string, at: number): NamedSpan | null {
  // (a channel number after a station's word is a word of the name: "WKHR News 8")
  const run = MEDIA_RUN.exec(s.slice(at, at + 120));
  if (run && (MEDIA_WORD_IN.test(run[0]) || MEDIA_FIRST.test(run[0]))) {
    let text = run[0].replace(/[.’']+$/u, '');
    // ("Radio Calder’s Morning Desk": a programme after its station's possessive is reported as the station)
    text = stationOf(text) ?? text;
    return { name: text.replace(/^the\s+/, ''), text, start: at, end: at + text.length };
  }
  const m = MEDIA_HEAD.exec(s.slice(at, at + 120));
  if (!m || !/^\p{Lu}/u.test(m[0].replace(/^the\s+/, ''))) return null;
  let text = m[0];
  // ("told The Daily Flare": a medium's word the name goes on after, in capitals, is no end of the name)
  text += NAME_GOES_ON.exec(s.slice(at + text.length, at + text.length + 40))?.[0] ?? '';
  return { name: text.replace(/^the\s+/, ''), text, start: at, end: at + text.length };
}

// A wire credit at the start of a story: "LONDON (Reuters) -", "WASHINGTON (AP) —",
// "BEIJING, March 3 (Xinhua) --". Bounded: looked for in the first 300 characters only.
const DATELINE = /(?:^|\n)[ \t]*[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}(?:,[ \t]*[\p{L}.]+(?:[ \t]+\d{1,2})?)?[ \t]*\(([^()\n]{1,30})\)[ \t]*(?:-{1,2}|—|–)/u;

/** A medium this text names that no list holds, and how the text names it as a listener or a source. */
export interface LocalMedium {
  name: string;
  pattern: RegExp;
}

/**
 * The media this text names that no list holds: the agency a dateline credits ("VELDHAVEN (Nordwire) —": a name of
 * one to three capitalised words, no month or day), and the short form the text defines in parentheses for a
 * medium's name, listed or not, where the short form is not listed itself ("the state-run Marovian News Agency
 * (MNA)"). Each is read where the text names it as the one spoken to or the source ("told Nordwire", "according to
 * MNA", "carried by MNA").
 */
export function findLocalMedia(text: string): LocalMedium[] {
  const out: LocalMedium[] = [];
  const m = DATELINE.exec(text.slice(0, 300));
  const inner = m?.[1]!.trim();
  if (inner && !BY_ALIAS.has(inner) && UNLISTED_WIRE.test(inner) && !MONTH_OR_DAY.test(inner)) out.push({ name: inner, pattern: listenerPattern(inner) });
  // (each parenthesis is found by a plain search, and only one that holds capitals alone is read further: the text's
  // other characters go past no pattern)
  for (let p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
    const short = SHORT_FORM.exec(text.slice(p, p + 9))?.[1];
    if (!short || BY_ALIAS.has(short)) continue;
    const full = DEFINED_BEFORE.exec(text.slice(Math.max(0, p - 80), p))?.[1];
    const name = full?.replace(/^(?:The|the)\s+/, '');
    if (!name || name[0] !== short[0] || out.some((o) => o.name === name) || !(isMediaName(name) || BY_ALIAS.has(name))) continue;
    out.push({ name: BY_ALIAS.get(name)?.name ?? name, pattern: listenerPattern(short) });
  }
  // ("Varanna’s state broadcaster, VNB, relayed …", "the state news agency TNA": a name in capitals that a medium's noun
  // introduces)
  DESCRIBED_ACRONYM.lastIndex = 0;
  for (let d = DESCRIBED_ACRONYM.exec(text); d; d = DESCRIBED_ACRONYM.exec(text)) {
    const name = d[1]!;
    if (BY_ALIAS.has(name) || out.some((o) => o.name === name) || NOT_OUTLETS.test(name)) continue;
    out.push({ name, pattern: listenerPattern(name) });
  }
  // ("the Kethari State News Agency painted …" ⏎ "KSNA carried a statement …": the initials of a medium's name the text
  // gave in full; each noun is found by a plain search first)
  for (const noun of INITIALLED_NOUNS) {
    for (let p = text.indexOf(noun); p >= 0; p = text.indexOf(noun, p + noun.length)) {
      const name = INITIALLED_RUN.exec(text.slice(Math.max(0, p - 60), p + noun.length))?.[1]?.replace(/^The\s+/, '');
      if (!name) continue;
      const initials = name.split(/\s+/).filter((w) => w !== 'of').map((w) => w[0]).join('');
      // (a medium's by its words, "News Agency", "Broadcasting Network"; not a government's agency, "Environmental
      // Protection Agency")
      if (initials.length < 3 || BY_ALIAS.has(initials) || out.some((o) => o.name === name) || !isMediaName(name) || !INITIALLED_MEDIUM.test(name)) continue;
      const at = text.indexOf(initials, p);
      if (at < 0 || !new RegExp(String.raw`(?<![\p{L}])${initials}(?![\p{L}])`, 'u').test(text.slice(at - 1, at + initials.length + 1))) continue;
      out.push({ name: BY_ALIAS.get(name)?.name ?? name, pattern: listenerPattern(initials) });
    }
  }
  return out;
}
// The last words of a medium's name that its initials may stand for, and the name they end: "Kethari State News Agency".
const INITIALLED_NOUNS = ['Agency', 'Broadcasting', 'Television', 'Radio', 'Corporation', 'Network'];
const INITIALLED_MEDIUM = /\b(?:News|Press|Broadcasting|Television|Radio)\b/;
const INITIALLED_RUN = /((?:\p{Lu}[\p{L}’'-]*[ \u00a0]+(?:of[ \u00a0]+)?){1,4}\p{Lu}\p{Ll}+)$/u;
// A medium's noun and a name of two to six capitals after it, set off by commas or not: "state broadcaster, VNB,".
// (\b, not a look behind for any letter, which V8 tries at every position of the text: a third of the time)
const DESCRIBED_ACRONYM = /\b(?:agency|broadcaster|television|channel|network|station|newspaper|daily|radio)(?:,[ \u00a0]|[ \u00a0])(\p{Lu}{2,6})(?![\p{L}\d-])/gu;
// (or the subject of a verb by which a medium carries words: "VNB, relayed remarks by …", "KSNA carried a statement")
const listenerPattern = (alias: string): RegExp => {
  const a = escapeRegExp(alias);
  return new RegExp(String.raw`\b(?:told|informed|briefed|to|with|by|according\s+to|per)\s+(?:the\s+)?(${a})(?![\p{L}])|\b(${a})(?=,?\s+(?:later\s+|also\s+)?(?:relayed|carried|aired|broadcast|published|quoted|cited|reported)\s)`, 'u');
};
const UNLISTED_WIRE = /^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2}$/u;
const MONTH_OR_DAY = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Updated|Corrected)\b/;
// A short form in capitals in parentheses, "(MNA)", and the name of two to five capitalised words right before it,
// "Marovian News Agency (MNA)".
const SHORT_FORM = /^\((\p{Lu}{2,6})\)/u;
const DEFINED_BEFORE = /((?:\p{Lu}[\p{L}’'-]*[ \u00a0]){1,4}\p{Lu}[\p{L}’'-]*)[ \u00a0]$/u;

/** The outlet a dateline credits, if the story opens with one. */
export function findDateline(text: string): OutletHit | null {
  const head = text.slice(0, 300);
  const m = DATELINE.exec(head);
  if (!m) return null;
  const inner = m[1]!.trim();
  const e = BY_ALIAS.get(inner);
  if (!e) return null;
  const start = m.index + m[0].indexOf('(' + m[1]) + 1 + m[1]!.indexOf(inner);
  return { name: e.name, mention: { text: inner, start, end: start + inner.length }, how: 'dateline' };
}

// A sentence that frames the quotes after it: "In a Wall Street Journal essay
// last week, Ivanka Trump wrote …", "In The New Yorker’s long profile of Oz …".
const FRAMING = /^\s*(?:In|On)\s+(?:an?\s+|the\s+)?/;
const FRAMING_MEDIUM = /^(?:[’']s)?\s+(?:(?:[\p{Ll}-]+\s+){0,3})(?:essay|op-ed|column|article|interview|profile|piece|post|editorial|report|story|letter|broadcast|episode|segment|podcast|appearance|expose|exposé)\b/u;

/** An outlet that a sentence opening "In a <Outlet> essay" or "In <Outlet>'s profile" names. */
export function findFraming(text: string, from: number, to: number): OutletHit | null {
  const window = text.slice(from, Math.min(to, from + 300));
  const f = FRAMING.exec(window);
  if (!f) return null;
  const listed = aliasAt(window, f[0].length, true);
  const unlisted = listed ? null : unlistedFramed(window, f[0].length);
  // (an unlisted short form that a listed name ends with: "In the Post interview" after "The Washington Post")
  const hit = listed ?? (unlisted && { ...unlisted, name: expandShortForm(text, from + unlisted.start, unlisted.text) ?? unlisted.name });
  if (!hit || !FRAMING_MEDIUM.test(window.slice(hit.end, hit.end + 60))) return null;
  return { name: hit.name, mention: { text: hit.text, start: from + hit.start, end: from + hit.end }, how: 'framing' };
}

/**
 * A medium no list holds that frames the words: "In the NTV-1 interview", "In a Radio Norte broadcast" (a name with a
 * medium's word, or one in capitals with a channel's number, before a broadcast's noun); null otherwise.
 */
function unlistedFramed(s: string, at: number): NamedSpan | null {
  const m = UNLISTED_FRAMED().exec(s.slice(at, at + 60));
  if (!m || NOT_OUTLETS.test(m[1]!)) return null;
  if (!MEDIA_WORD_IN.test(m[1]!) && !(CAPITALS_CHANNEL.test(m[1]!) && BROADCAST_AFTER.test(s.slice(at + m[1]!.length, at + m[1]!.length + 30)))) return null;
  return { name: m[1]!, text: m[1]!, start: at, end: at + m[1]!.length };
}
const UNLISTED_FRAMED = lazily(() => /^(\p{Lu}[\p{L}\d&’'-]*(?:[ \u00a0]\p{Lu}[\p{L}\d&’'-]*){0,3})(?=\s)/u);
// (a name in capitals, with a channel's number maybe: "NTV-1", "KPAL"; only before a broadcast's noun, not "the FBI report")
const CAPITALS_CHANNEL = /^\p{Lu}{2,5}(?:-\d{1,2}|-(?:TV|FM|AM))?$/u;
const BROADCAST_AFTER = /^\s+(?:interview|broadcast|podcast|segment|episode|appearance)\b/;

// People the article ties to an outlet: "MSNBC host Chris Matthews", "NBC’s
// Dante Chinni", "Bill O'Reilly of Fox News", "Cameron Easley for Morning Consult".
const PERSON = String.raw`(\p{Lu}[\p{L}’'.-]+(?:[ \u00a0]\p{Lu}[\p{L}’'.-]+){1,3})`;
const ROLE_OF_OUTLET = String.raw`(?:host|anchor|correspondent|reporter|columnist|contributor|commentator|editor|writer|analyst|journalist|presenter|producer|moderator|interviewer|reviewer|critic)`;

const PERSON_AFTER_OUTLET = lazily(() => new RegExp(`^(?:[’']s?|\\s+${ROLE_OF_OUTLET},?)\\s+${PERSON}`, 'u'));
const PERSON_BEFORE_OUTLET = lazily(() => new RegExp(`${PERSON}(?:,\\s+an?\\s+[\\p{Ll} ]{0,30}${ROLE_OF_OUTLET})?\\s+(?:of|at|for|from|with)\\s+(?:the\\s+)?$`, 'u'));

export interface Affiliation {
  person: string;
  at: number;
  hit: OutletHit;
}

export function findAffiliations(text: string, index: AliasIndex = aliasIndex(text)): Affiliation[] {
  const out: Affiliation[] = [];
  for (const m of aliasesIn(text, 0, index)) {
    if (WEAK_ALIASES.has(m.text)) continue;
    const e = BY_ALIAS.get(m.text)!;
    const hit: OutletHit = { name: e.name, mention: { text: m.text, start: m.index, end: m.index + m.text.length }, how: 'affiliation' };
    const b = PERSON_AFTER_OUTLET().exec(text.slice(m.index + m.text.length, m.index + m.text.length + 80));
    if (b) out.push({ person: b[1]!, at: m.index, hit });
    const a = PERSON_BEFORE_OUTLET().exec(text.slice(Math.max(0, m.index - 80), m.index));
    if (a) out.push({ person: a[1]!, at: m.index, hit });
  }
  return out;
}

/** The outlet a speaker's words name when the speaker is an outlet: "Politifact", "the Times". */
export function outletNamed(text: string, mention: { text: string; start: number }): OutletHit | null {
  const whole = aliasAt(mention.text, 0, false);
  // "Hannity interjected" is the host, "the White House said" a source, not a carrier
  if (whole && (BY_ALIAS.get(whole.text)!.programme || SOURCES.has(whole.name))) return null;
  if (whole && whole.end === mention.text.length) return { name: fullerName(text, mention.start, whole.text, whole.name), mention: { text: mention.text, start: mention.start, end: mention.start + mention.text.length }, how: 'speaker' };
  const lead = /^the\s+/i.exec(mention.text)?.[0].length ?? 0;
  const words = mention.text.slice(lead);
  const hit = aliasAt(words, 0, false);
  if (hit && (BY_ALIAS.get(hit.text)!.programme || SOURCES.has(hit.name))) return null;
  if (hit && hit.end === words.length) return { name: fullerName(text, mention.start, hit.text, hit.name), mention: { text: words, start: mention.start + lead, end: mention.start + mention.text.length }, how: 'speaker' };
  if (lead && SHORT_FORMS.has(words)) {
    const name = expandShortForm(text, mention.start, words);
    if (name) return { name, mention: { text: words, start: mention.start + lead, end: mention.start + mention.text.length }, how: 'speaker' };
  }
  return null;
}

/**
 * A medium that closes the sentence [from, to) as its reporter, after a comma (and a quotation's closing mark), by a
 * name outletNamed reads, a short form of one named before too: "…,'' The Post reported." after "The Washington Post".
 */
export function closingReporter(text: string, from: number, to: number): OutletHit | null {
  // (the sentence's last words only: a sentence of many quotations is read once per quote)
  const start = Math.max(from, to - CLOSING_REACH);
  const m = CLOSING_REPORTER().exec(text.slice(start, to));
  return m ? outletNamed(text, { text: m[1]!, start: start + m.index + m[0].indexOf(m[1]!) }) : null;
}
const CLOSING_REACH = 120;
const CLOSING_REPORTER = lazily(() => /,(?:[”"]|'')?\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s+(?:first\s+|later\s+)?(?:reported|reports)(?:\s+in\s+\d{4})?\s*[.;]/u);

// Publishing bodies and platforms that are sources when they speak themselves ("Twitter
// said it had suspended accounts" is the company, not a post on Twitter).
const SOURCES = new Set(['White House', 'Kremlin', ...PLATFORMS]);

const PIECE_SPEAKER = /^(?:the|that|this)\s+(?:(?:original|earlier|same|new|old)\s+)?(?:article|story|report|piece|editorial|column|op-ed|essay|profile|study|analysis|investigation|expose|exposé)$/i;
const PIECE_NOUN = String.raw`(?:article|story|report|piece|editorial|column|op-ed|essay|profile|study|analysis|investigation|expose|exposé)`;
// "a Times article", "The Atlantic’s profile", "a story from the Times", "an article in the Post"
const PIECE_OF = lazily(() => new RegExp(String.raw`(?<![\p{L}])${PIECE_NOUN}\s+(?:in|from|by|for)\s+(?:the\s+)?(?=\p{Lu})`, 'gu'));
const SHORT_PIECE = new RegExp(String.raw`(?<![\p{L}])(${[...SHORT_FORMS].join('|')})(?:[’']s)?\s+(?:[\p{Ll}-]+\s+)?${PIECE_NOUN}(?![\p{L}])`, 'gu');

/**
 * A piece as the speaker ("the article read") takes the outlet of the last
 * piece the article named within the 1,500 characters before: "a Times article hailed …".
 */
export function findPieceOutlet(text: string, mention: string, at: number): OutletHit | null {
  if (!PIECE_SPEAKER.test(mention.trim())) return null;
  const from = Math.max(0, at - 1500);
  const window = text.slice(from, at);
  let best: NamedSpan | null = null;
  const take = (h: NamedSpan | null) => { if (h && (!best || h.start > best.start)) best = h; };
  for (const m of aliases(window, 0, window.length)) {
    if (WEAK_ALIASES.has(m.text)) continue;
    if (PRODUCT_AFTER.test(window.slice(m.index + m.text.length, m.index + m.text.length + 40))) take({ name: BY_ALIAS.get(m.text)!.name, text: m.text, start: m.index, end: m.index + m.text.length });
  }
  const pieceOf = PIECE_OF();
  pieceOf.lastIndex = 0;
  for (let m = pieceOf.exec(window); m; m = pieceOf.exec(window)) {
    const p = m.index + m[0].length;
    const h = aliasAt(window, p, true);
    if (h) take(h);
    else {
      const w = /^\p{Lu}[\p{L}]*/u.exec(window.slice(p, p + 20))?.[0];
      const name = w && SHORT_FORMS.has(w) ? expandShortForm(text, from + p, w) : null;
      if (name && w) take({ name, text: w, start: p, end: p + w.length });
    }
  }
  SHORT_PIECE.lastIndex = 0;
  for (let m = SHORT_PIECE.exec(window); m; m = SHORT_PIECE.exec(window)) {
    const p = m.index + m[0].indexOf(m[1]!);
    const name = expandShortForm(text, from + p, m[1]!);
    if (name) take({ name, text: m[1]!, start: p, end: p + m[1]!.length });
  }
  if (!best) return null;
  const b: NamedSpan = best;
  return { name: b.name, mention: { text: b.text, start: from + b.start, end: from + b.end }, how: 'piece' };
}

// "by Ivanka Trump in an interview with Cosmopolitan magazine", "Jason Miller told The Washington Post".
// (?<!\p{L}) before it is checked by wordStartExec.
const INTERVIEW_WITH = /(?:(?:in|during|after|from|since)\s+(?:an?|the|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}interview\s+with|told|spoke\s+(?:to|with))\s+/gu;
const NAME_BEFORE = /(\p{Lu}[\p{L}’'.-]+(?:[ \u00a0]\p{Lu}[\p{L}’'.-]+){0,3})[^\p{Lu}]{0,20}$/u;

export interface Interview {
  /** Who gave it, where the words before name someone. */
  person: string | null;
  at: number;
  hit: OutletHit;
}

/**
 * The interviews the text names ("in an interview with Cosmopolitan", "told The
 * Washington Post"), with the person who gave each where the words just before name
 * one, for a later "in the interview".
 */
export function findInterviews(text: string): Interview[] {
  const out: Interview[] = [];
  INTERVIEW_WITH.lastIndex = 0;
  for (let m = wordStartExec(INTERVIEW_WITH, text); m; m = wordStartExec(INTERVIEW_WITH, text)) {
    const after = m.index + m[0].length;
    const desc = DESCRIPTOR.exec(text.slice(after, after + 120));
    const at = after + (desc ? desc[0].length : 0);
    const h = aliasAt(text, at, true) ?? mediaAt(text, at) ?? unlistedAt(text, at, false);
    if (!h) continue;
    const who = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    out.push({ person: who ? who[1]! : null, at: who ? m.index - who[0].length : m.index, hit: { name: h.name, mention: { text: h.text, start: h.start, end: h.end }, how: 'interview' } });
  }
  return out;
}

// Clues in the text to the article's own publisher. Its own data work: "according
// to a Washington Post analysis", "a USA TODAY investigation found"; an author's
// closing line: "Jane Roe is a reporter for the Daily Planet."; and an outlet that
// two different people told things to, which is the article's own interviewing
// (not a broadcaster or platform, where many people speak in public).
const OWN_DATA = /^(?:[’']s)?\s+(?:analysis|database|review|investigation|examination)(?![\p{L}])/u;
const OWN_DATA_BEFORE = /(?<![\p{L}])(?:an?)\s+(?:(?:new|recent|exclusive)\s+)?$/u;
const AUTHOR_LINE = /(?<![\p{L}])(?:is|was)\s+(?:an?|the)\s+[^.\n]{0,60}?(?:columnist|reporter|correspondent|editor)\s+(?:for|at|with)\s+(?:the\s+)?/gu;
// An apposition of the one who told, right before the verb: ", the Karvenian spokesperson, ".
const APPOSITION_BEFORE_TOLD = /,\s+(?:the|a|an|his|her|its|their)\s+[^,.;:!?]{1,60},\s*$/u;
const SUBJECT_BEFORE = lazily(() => /(\p{Lu}[\p{L}’'.-]+(?:[ \u00a0]\p{Lu}[\p{L}’'.-]+){0,3})[^\p{Lu}]{0,60}$/u);
const INITIALS = /^(?:\p{Lu}\.){2,}$/u;
// A pronoun right before the verb of telling.
const PRONOUN_BEFORE_TOLD = /(?<![\p{L}])(?:he|she|they|it|we|i)\s+$/iu;
/** Where the last quotation mark that closes a quotation stands in `s` (-1 where none does). */
const lastCloseMark = (s: string): number => Math.max(s.lastIndexOf('”'), s.lastIndexOf('"'), s.lastIndexOf('»'));
// (?<!\p{L}) before it is checked by wordStartExec.
const TOLD = /(?:told|(?:in|during)\s+an\s+interview\s+with|spoke\s+(?:to|with)|speaking\s+(?:to|with))\s+/gu;

/** The article's own publisher, where the text gives it away; null mostly. */
export function findPublisher(text: string, index: AliasIndex = aliasIndex(text)): string | null {
  // (the document's aliases, read from its index once for both look-ups below)
  const found = aliasesIn(text, 0, index);
  for (const m of found) {
    if (WEAK_ALIASES.has(m.text)) continue;
    if (OWN_DATA.test(text.slice(m.index + m.text.length, m.index + m.text.length + 20)) && OWN_DATA_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) return BY_ALIAS.get(m.text)!.name;
  }
  const tail = text.slice(Math.max(0, text.length - 400));
  AUTHOR_LINE.lastIndex = 0;
  for (let m = AUTHOR_LINE.exec(tail); m; m = AUTHOR_LINE.exec(tail)) {
    const h = aliasAt(tail, m.index + m[0].length, false);
    if (h) return h.name;
  }
  // the people each outlet was told things by (surnames): two make it the publisher
  const people = new Map<string, Set<string>>();
  const toldBy = (outlet: string, who: string): boolean => {
    const set = people.get(outlet) ?? new Set<string>();
    set.add(who.split(/[ \u00a0]/).pop()!);
    people.set(outlet, set);
    return set.size >= 2;
  };
  TOLD.lastIndex = 0;
  for (let m = wordStartExec(TOLD, text); m; m = wordStartExec(TOLD, text)) {
    const at = m.index + m[0].length;
    const h = aliasAt(text, at, false) ?? aliasAt(text, at + (/^the\s+/i.exec(text.slice(at, at + 4))?.[0].length ?? 0), false);
    if (!h || ON_AIR.has(h.name)) continue;
    // (past an apposition between commas: "Brastova, the Karvenian spokesperson, told" is Brastova, not "Karvenian")
    // (and only after a quotation that closes before it: in "“We have waited,” he told The Verge" no "We" told anything,
    // and a pronoun names no one new)
    const lead = text.slice(Math.max(0, m.index - 140), m.index);
    if (PRONOUN_BEFORE_TOLD.test(lead)) continue;
    const who = SUBJECT_BEFORE().exec(lead.slice(lastCloseMark(lead) + 1).replace(APPOSITION_BEFORE_TOLD, ' '));
    // (not a country's initials, "the company’s U.S. sales arm, told", which tells nothing)
    if (who && !INITIALS.test(who[1]!) && toldBy(h.name, who[1]!)) return h.name;
  }
  // and with a verb no list holds, where its place shows it is one of telling: after a quotation
  // ("“…,” Malkia Cyril notified The Huffington Post.") or before "that" ("Putney briefed CNN that …")
  for (const m of found) {
    if (WEAK_ALIASES.has(m.text)) continue;
    // (the verb right before the outlet first: the name before it is read only then)
    if (!ED_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const lead = text.slice(Math.max(0, m.index - 200), m.index);
    const before = UNLISTED_TOLD().exec(lead);
    if (!before || NOT_SPEECH_THAT.test(before[2]!) || !verbByTable(before[2]!)) continue;
    const after = text.slice(m.index + m.text.length, m.index + m.text.length + 8);
    const closing = /^\s*[.,]/.test(after) && /[”"],?\s*$/.test(lead.slice(0, before.index));
    if (!closing && !/^\s*that(?![\p{L}])/u.test(after)) continue;
    const name = BY_ALIAS.get(m.text)!.name;
    if (!ON_AIR.has(name) && toldBy(name, before[1]!)) return name;
  }
  return null;
}
const ED_BEFORE = /\p{Ll}ed\s+(?:the\s+)?$/u;
// A name, a verb in the past and maybe "the", right before an outlet (a quotation may close before the name).
const UNLISTED_TOLD = lazily(() => /(\p{Lu}[\p{L}’'.-]+(?:[ \u00a0]\p{Lu}[\p{L}’'.-]+){0,3})(?:,[^,”"]{1,120},)?\s+(\p{Ll}{4,}ed)\s+(?:the\s+)?$/u);
