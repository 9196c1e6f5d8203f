// Stage: speaker resolution. Reads the names a document uses once, in one
// linear pass, then resolves each attribution's mention to the full name the
// article gives: "Putin" → "Vladimir Putin", "he" → the last person named who
// fits, "the spokesman" → the person the article calls spokesman.
import { ASSOCIATION_HEADS, BODY_HEADS, EPITHET_ADJECTIVES, FEMALE_NAMES, FIRM_HEADS, GOVERNMENT_HEADS, HONORIFIC_GENDER, HONORIFICS, JOINED_PARTICLE, MALE_NAMES, NOT_NAME_WORDS, ORG_WORDS, PLACE_HEADS, PLIGHT_EPITHETS, PORTFOLIO_WORDS, POSTNOMINALS, PUBLIC_BODY_HEADS, RANK_GENDER, ROLE_NOUNS, ROLE_SYNONYMS, ROLE_TITLES, SURNAME_TITLES, TITLE_IMPLIES, foldName } from '../lexicon/people.js';
import { AGE_NOUN, type Mention } from './mentions.js';
import { BODY_NOUNS, displayWords, isGivenName, namedBody, nationality, personStart, unlistedGivenName, ownBeforeAnd } from './names.js';
import { isAsciiLetter, isLetter, isSpace, isUpperAt, stripPossessive } from '../scan/tokens.js';
import { partitionPoint } from '../bisect.js';
import { isContraction, isDictionaryWord } from '../nlp/compromise.js';
import { CUES } from '../lexicon/cues.js';
import { IRREGULAR_PAST } from '../lexicon/speech.js';
import { PLACE_FIRST, PLACE_LAST, isRegion } from '../lexicon/places.js';
import { MEDIA_AFTER, isListedOutlet, isMediaName } from './outlets.js';
import { lazily } from '../lazy.js';

export interface Entity {
  name: string;
  words: string[];
  gender: 'm' | 'f' | null;
  person: boolean;
  titles: string[];
  /** An age given with the name ("Marta Kovac, 45,"). */
  age: number | null;
  /** Does a word of the name stand in no dictionary ("Okafor")? Set on first use (see mayBePerson). */
  notEnglish: boolean | undefined;
  /** Is it ever named right after "in", "near", "around" … (see placeByUse)? Set on first use. */
  locative: boolean | undefined;
  /** A place by its name ("Mansfield Park", "St. Louis"): what an attribution says of it makes it no person. */
  place: boolean;
  /** First named as someone's parent ("the youngest of four children of Aldous Hallworth", "His grandmother, Philippa
   * Wensleydale,"): no one a bare surname the text goes on with means while another of the name is there. */
  parent: boolean;
}

// The plural of a people, a party or a faith ends a group's name, not a person's: "Muslim Americans", "Vermont
// Democrats", "Western Europeans" (-ians/-eans/-cans/-ites/-ists, not "Evans"); so does a party's adjective
// ("Minnesota Democratic").
const GROUP_PLURAL = /^(?:\p{L}+(?:ians|eans|cans|ites|ists)|democrats|muslims|christians|jews|catholics|evangelicals|conservatives|liberals|progressives|independents|latinos|latinas|hispanics|democratic|republican)$/u;

/**
 * A new entity, every field set in one order: entities made with fields added later ("place", "notEnglish") have
 * other hidden classes in V8, and code optimised for one is thrown away when it meets the other.
 */
function entity(name: string, words: string[], gender: 'm' | 'f' | null, person: boolean, place = false): Entity {
  return { name, words, gender, person, titles: [], age: null, notEnglish: undefined, locative: undefined, place, parent: false };
}

interface Occurrence {
  at: number;
  entity: Entity;
  /** Inside a quotation: said, not narrated ("“Oh! Charlotte,” said she"). Set after the registry is built. */
  quoted: boolean;
}

export interface Registry {
  entities: Map<string, Entity>;
  byWord: Map<string, Entity[]>;
  occurrences: Occurrence[];
  /** How often each word stood alone as a capitalised name candidate. */
  singles: Map<string, number>;
  /** The last person an attribution named, and where (updated as quotes are attributed, in order). */
  lastSpeaker: { entity: Entity; at: number } | null;
  /** The person the last attribution gave words to, however it named them (a pronoun too), where it named them, and
   * the end of a clause it reported. */
  lastQuoted?: { entity: Entity; start: number; end: number; clauseEnd: number };
  /** The last speaker, when the last attribution named a group ("the judges", "Analysts at Amberline Capital"). */
  lastPlural: { text: string; at: number } | undefined;
  /** The last speaker an attribution described by a noun that says a gender ("a spokeswoman for the ministry"). */
  lastDescribed: { text: string; gender: 'm' | 'f' | null; at: number } | null;
  /** The speakers an attribution described by an indefinite noun ("A senior Senate aide"), by head noun ("aide"). */
  described: Map<string, { text: string; at: number }> | undefined;
  text: string;
  /** The name of a book's first-person narrator, once looked for (narratorOf); null: none found. */
  narrator: string | null | undefined;
  /** Is offset `at` inside a quotation? (given by markQuoted) */
  inside: ((at: number) => boolean) | undefined;
  /** The fuller names that stand once, inside a quotation (buildRegistry). */
  onlySpoken: Set<Entity> | undefined;
  /** The last two people quoted, the latest last (two different people). */
  recent: Entity[] | undefined;
  /** In a book, what its dialogue shows an epithet stands for ("the jew" → "Fagin"): learnEpithets. */
  epithets: Map<string, Entity> | undefined;
  /** In a book, the people it calls by a rank alone ("the General", "the duchess"), by that phrase in lower case: addRankedCharacters. */
  ranks: Map<string, Entity> | undefined;
  /** In a book, whom the narration names right after "his aunt", "her friend" …, in text order (learnKinNames). */
  kinNamed: Map<string, { at: number; entity: Entity }[]> | undefined;
  /** In a book, whom "her mother", "his wife" last stood for, as attributions are read (resolveMention). */
  kin: Map<string, Entity> | undefined;
  /** Each entity's occurrences, as indices into `occurrences` in ascending order, made on first use (lastNamedBefore). */
  occurrencesOf: Map<Entity, number[]> | undefined;
  /** The last body an attribution named as a speaker ("the ministry said"), and where: what a later "It added" stands for. */
  lastBody: { text: string; at: number } | undefined;
  /** The last firm that spoke by a name with a word of a body in it, whoever spoke after it ("In a statement, Veradyne
   * Biologics said … chief executive X said … In the same statement, the company said"). */
  spokenFirm: { text: string; at: number } | undefined;
  /** Who issued each statement an attribution named, by where its word stands ("Powell's office said in a statement";
   * "the statement" resolved to its issuer). */
  statement: Map<number, string> | undefined;
}

// A parent or a spouse named by a possessive: "her mother", "his wife" (resolveMention).
const KIN = /^(her|his)\s+(mother|father|wife|husband)\b/i;
const SPOUSE = /^(her|his)\s+(wife|husband|brother|sister|son|daughter)$/i;
// A relative or companion named by a possessive: "her aunt", "his sister" …
const POSSESSIVE_KIN = String.raw`(?:her|his)\s+(?:mother|father|wife|husband|aunt|uncle|sister|brother|cousin|daughter|son|niece|nephew|friend)`;
const KIN_MENTION = new RegExp(`^${POSSESSIVE_KIN}$`, 'i');
// … and named right after it: "his aunt, Mrs. Costello", "her aunt Norris", "his friend Mr. Darcy".
const KIN_NAMED = new RegExp(String.raw`\b${POSSESSIVE_KIN}(?:,\s*|\s+)(?=\p{Lu})`, 'giu');

/** How far (UTF-16 units) a pronoun may look back to the person last quoted. */
const SPEAKER_REACH = 300;

// Capitalised words, possibly joined by name particles; spaces only (a name
// does not cross a line). Each repetition starts with a space and a capital
// or a particle, so the pattern cannot backtrack.
// (a double hyphen is a dash between words, never inside a name: "Jane--from Jane", "Yes--if Darcy")
// (a word may open with an Arabic article or a patronymic's particle joined by a hyphen: "Salwan al-Khafaji",
// "Abdel Fattah el-Sisi"), and a word after the first with an elided French or Italian article or "de": "Institut Lumière
// d'Études Sociales", "Valéry Giscard d'Estaing"
const NAME_RUN = /(?:(?:al|el|ad|as|ash|at|az|an|ar|bin|ibn)-)?\p{Lu}(?:[\p{L}\p{M}’'.]|-(?!-))*(?:[ \u00a0](?:(?:von|van|der|den|de|da|del|della|di|dos|du|la|le|bin|ibn|al|&)[ \u00a0])*(?:(?:al|el|ad|as|ash|at|az|an|ar|bin|ibn)-|[dl][’'])?\p{Lu}(?:[\p{L}\p{M}’'.]|-(?!-))*)*/gu;

// A title or role word, with or without its full stop ("Gov", "gov.").
const TITLE_WORDS: ReadonlySet<string> = new Set([...ROLE_NOUNS, ...HONORIFICS].flatMap((w) => (w.endsWith('.') ? [w, w.slice(0, -1)] : [w])));
const NAME_RUN_AT = new RegExp(NAME_RUN.source, 'uy');
// A nickname in quotation marks between a given name and a family name: ` “Curt” `, ` "Cia" `.
const NICKNAME_AT = /^[ \u00a0][“"‘]\p{Lu}[\p{L}.’'-]{0,15}[”"’][ \u00a0]/u;

/**
 * The next match of NAME_RUN from `from`: the next capital letter is found by
 * its code (a Unicode class is tested only beyond ASCII), and the run is read
 * there, instead of letting the pattern be tried at every character.
 */
function nextNameRun(text: string, from: number): RegExpExecArray | null {
  for (let i = from; i < text.length; i++) {
    // (or a joined particle's first letter, a to i: "al-", "bin-", "ibn-")
    if (!isUpperAt(text, i) && !(text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 105 && joinedParticleAt(text, i))) continue;
    NAME_RUN_AT.lastIndex = i;
    return NAME_RUN_AT.exec(text);
  }
  return null;
}

/**
 * The name of a body whose capitalised words "and" joins, from the run `m` (its words `words`) up to the run that ends
 * in the head of a body's name ("Allied Nurses and Midwives Federation"), with the last run read; null where the runs
 * are no such name. After "the" or at a sentence's start only; not from a run that opens with a given name ("Bill and
 * Melinda Gates Foundation" stays two names) or is initials ("the FBI and State Department").
 */
function andJoinedBody(text: string, m: RegExpExecArray, words: readonly string[]): { words: string[]; last: RegExpExecArray; rest: { words: string[]; at: number }[] } | null {
  // (asked of every run of capitals: whether "and" follows first, as it mostly does not)
  const and = / (?:and|&) /y;
  and.lastIndex = m.index + m[0].length;
  if (!and.test(text) || words.length > 4) return null;
  if (!/(?:^|[^\p{L}])the $/iu.test(text.slice(Math.max(0, m.index - 5), m.index)) && !sentenceStart(text, m.index)) return null;
  if (!ownBeforeAnd(text, m[0], text.slice(m.index, and.lastIndex))) return null;
  const out = [...words];
  let last = m;
  for (let hops = 0; hops < 3; hops++) {
    const end = last.index + last[0].length;
    and.lastIndex = end;
    if (!and.exec(text)) return null;
    const next = nextNameRun(text, and.lastIndex);
    if (!next || next.index !== and.lastIndex) return null;
    // (the run may go on past the name's end: "Midwives Federation. The federation said" holds two)
    const [first, ...rest] = splitRun(next[0].split(/[ \u00a0]/), next.index, null);
    const more = first!.words;
    if (isGivenName(clean(more[0]!)) || out.length + more.length > 9) return null;
    out.push(text.slice(end + 1, and.lastIndex - 1), ...more);
    last = next;
    if (ORG_WORDS.has(lower(more[more.length - 1]!))) return { words: out, last, rest };
    if (rest.length) return null;
  }
  return null;
}

/** Does an Arabic article or a particle joined by a hyphen to a capitalised word start at i, after no letter ("al-Khafaji")? */
function joinedParticleAt(text: string, i: number): boolean {
  return (i === 0 || !isLetter(text, i - 1)) && JOINED_PARTICLE.test(text.slice(i, i + 6));
}
const isTitleWord = (w: string): boolean => TITLE_WORDS.has(w.toLowerCase());
/** The word without a possessive ending or trailing marks ("Putin’s" → "Putin", "Jr." → "Jr"). */
function clean(w: string): string {
  // most words end in none of s ’ ' . -: nothing to strip
  const last = w.charCodeAt(w.length - 1);
  if (last !== 115 && last !== 0x2019 && last !== 39 && last !== 46 && last !== 45) return w;
  return w.replace(/[’']s$/u, '').replace(/[’'.\-]+$/u, '');
}
const lower = (w: string) => clean(w).toLowerCase();

/**
 * Split a run of capitalised words into the names it holds: a run ends before
 * a word that is never part of a name ("Trump On Wednesday") and after a
 * word that ends a sentence ("Novak. Novak later …") or a possessive
 * ("Trump's RT"), but not after an initial or an abbreviated title ("H.",
 * "Gov.").
 */
const POSSESSIVE = /[’']s?$/u;
/** An owner's possessive inside a mention, "Trump’s aide", "Greaves’ lawyer", "the officials’ spokesman": someone's, not the one described. */
const OWNER_INSIDE = /[’']s\s|s[’']\s/u;
/**
 * A headline's run split before a portfolio and its title ("Norvalian | Foreign Minister Arrives"): the people's
 * adjective before a post is no given name of a person "Norvalian Foreign".
 */
function portfolioSplit(words: string[], at: number): { words: string[]; at: number }[] {
  const i = words.findIndex((w, k) => k > 0 && PORTFOLIO.test(clean(w).toLowerCase()) && words[k + 1] !== undefined && isTitleWord(words[k + 1]!));
  if (i <= 0) return [{ words, at }];
  return [{ words: words.slice(0, i), at }, { words: words.slice(i), at: at + joinedLength(words.slice(0, i)) + 1 }];
}

/** "Workers’ Union", "Farmers' Federation": a plural's possessive before the head of an association's name is part of the name. */
const pluralOfBody = (w: string, next: string | undefined): boolean => /\p{Ll}s[’']$/u.test(w) && next !== undefined && /^\p{Lu}/u.test(next) && ASSOCIATION_HEADS.has(next.toLowerCase());

function splitRun(words: string[], at: number, common: ((w: string) => boolean) | null): { words: string[]; at: number }[] {
  const out: { words: string[]; at: number }[] = [];
  let cur: string[] = [];
  let curAt = at;
  let pos = at;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (common?.(w)) {
      // a headline's common word ("Calls", "Goes"): not part of any name
      if (cur.length) out.push({ words: cur, at: curAt });
      cur = [];
      pos += w.length + 1;
      continue;
    }
    // (an initial "A." or "I." inside a name is none of the words "a" and "I": "Corinne A. Whitlow")
    const notName = NOT_NAME_WORDS.has(lower(w)) && !(k + 1 < words.length && /^\p{Lu}\.$/u.test(w));
    if (cur.length && notName) {
      out.push({ words: cur, at: curAt });
      cur = [];
    }
    if (!cur.length) curAt = pos;
    if (!notName || cur.length === 0) cur.push(w);
    pos += w.length + 1;
    // a possessive ends a name: "Mr. Trump's RT appearance", "Donald Trump’s Campaign Manager Kellyanne Conway"
    // (not a plural's before the head of a body's name: "the Nordvik Food Workers’ Union")
    if ((w.endsWith('.') && !/^\p{Lu}\.$/u.test(w) && !isTitleWord(w) && !/^(?:Jr|Sr|St|Mt|[A-Z]\.[A-Z])\.?$/.test(w)) || POSSESSIVE.test(w) && !pluralOfBody(w, words[k + 1])) {
      out.push({ words: cur, at: curAt });
      cur = [];
    }
  }
  if (cur.length) out.push({ words: cur, at: curAt });
  return out;
}

/**
 * Headlines in title case ("Chris Christie Calls Hillary Clinton ‘A Disgrace’
 * Over Police Comments") capitalise every major word, so a run of capitals
 * there is no evidence of a name. A line is read as one when it has at most
 * 250 characters and four words of four letters or more, at least 80% of them
 * capitalised. Lines are met in text order; each is measured once.
 */
class TitleCaseLines {
  private start = 0;
  private end = -1;
  private titleCase = false;
  /** Where the text's first line starts (its title's, where it has one). */
  private readonly first: number;
  constructor(private readonly text: string) {
    this.first = text.search(/\S/);
  }

  /** Is the line that holds `at` (≥ every earlier `at` asked) a title-case line? */
  at(at: number): boolean {
    if (at > this.end) {
      const text = this.text;
      this.start = text.lastIndexOf('\n', at) + 1;
      this.end = text.indexOf('\n', at);
      if (this.end < 0) this.end = text.length;
      this.titleCase = this.end - this.start <= 250 && this.measure();
    }
    return this.titleCase;
  }

  private measure(): boolean {
    const text = this.text;
    let words = 0;
    let capitals = 0;
    for (let i = this.start; i < this.end; i++) {
      if (!isLetter(text, i)) continue;
      let j = i + 1;
      while (j < this.end && isLetter(text, j)) j++;
      if (j - i >= 4) {
        words++;
        if (isUpperAt(text, i)) capitals++;
      }
      i = j;
    }
    // (a sentence full of names that ends in a full stop is prose, not a headline: "Prime Minister Anton Reisler
    // resigned on Friday."; but not the text's first line, a title that some sources close with a stop)
    if (this.start > this.first && capitals < words && /\.\s*$/.test(text.slice(Math.max(this.start, this.end - 4), this.end)) && !/\b(?:[A-Z]\.|Jr\.|Sr\.|Inc\.|Co\.)\s*$/.test(text.slice(Math.max(this.start, this.end - 8), this.end))) return false;
    return words >= 4 && capitals >= 0.8 * words;
  }
}

/**
 * May the name of several words be a person's: one the document has speak or gives a gender, a given name or a title
 * first ("Anna Berg", "Prime Minister Anna Berg")? A name of words no list gives, that nobody has speak, is likely a
 * body's or a medium's ("Wessex Sound").
 */
export function mayNamePerson(reg: Registry, name: string): boolean {
  const e = reg.entities.get(name);
  if (e && (e.person || e.gender)) return true;
  const first = name.split(/\s+/)[0]!;
  return isTitleWord(first) || genderOfFirst(first.toLowerCase()) !== null || HONORIFICS.has(first.toLowerCase().replace(/\.$/, ''));
}

/** Is this word part of a name the document uses (capitalised, away from a sentence start)? */
export function knownWord(reg: Registry, word: string): boolean {
  const w = lower(word);
  return reg.byWord.has(w) || (reg.singles.get(w) ?? 0) >= 2;
}

// What the words around a name say of the person. Source: AP style for
// identifying people (title before, appositive after, age after the name).
const MALE_KIN = ['husband', 'son', 'brother', 'father', 'grandfather', 'uncle', 'nephew', 'boyfriend'];
const FEMALE_KIN = ['wife', 'daughter', 'sister', 'mother', 'grandmother', 'aunt', 'niece', 'girlfriend', 'widow'];
const KIN_BEFORE = new RegExp(`\\b(?:(${MALE_KIN.join('|')})|(${FEMALE_KIN.join('|')}))[,]?\\s+$`, 'i');
const KIN_WORDS: ReadonlySet<string> = new Set([...MALE_KIN, ...FEMALE_KIN]);

const CAPITALS_ONLY = /^[\p{Lu}\d.\-]+$/u;
/** "NATO", "U.S.", "G-20": capitals, digits, full stops and hyphens only (ASCII words read by their codes). */
function capitalsOnly(w: string): boolean {
  if (!w) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return CAPITALS_ONLY.test(w);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45)) return false;
  }
  return true;
}

// Words that open a sentence and are never a name's: a contraction ("What'll Fagin say?",
// "Wouldn't Mademoiselle Reisz …"), the old spellings "To-day", "To-morrow", "'Tis", and an auxiliary
// inverted before its subject ("Had Fanny been at all addicted to raptures", "Could Sir Thomas have seen"),
// though the text writes it capitalised after an opening quotation mark too. (Not "Will", "Do" or "Can",
// which are given names and surnames: "Will Rogers", "Do Kwon".)
const NEVER_NAME_OPENER = /^(?:\p{L}+[’'](?:t|ll|re|ve|d|m)|To-day|To-morrow|To-night|Tis|Twas|Had|Could|Would|Should|Were|Was|Did|Does|Has|Have|Shall|Might|Must|Is|Are)$/u;
// An adverb of the dictionary in -ly that opens a sentence before a name, though the text never writes it in lower
// case ("Instantly De Griers burst into …", "Eventually Ruiz agreed"); given names are no dictionary words here.
const ADVERB_OPENER = /^\p{Lu}\p{Ll}{4,}ly$/u;

/** KIN_BEFORE, run only when the last word before the trailing spaces (and a comma) is a kin word. */
function kinBefore(s: string): RegExpExecArray | null {
  let i = s.length;
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  if (i === s.length) return null;
  if (s[i - 1] === ',') i--;
  let j = i;
  while (j > 0 && isAsciiLetter(s.charCodeAt(j - 1))) j--;
  return KIN_WORDS.has(s.slice(j, i).toLowerCase()) ? KIN_BEFORE.exec(s) : null;
}
// ("the senator representing Ibenne North Senatorial District, Folasade Ajibolu-Coker": a role and the place it serves)
const ROLE_BEFORE = /(?:^|[.;:]\s+|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)((?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+|[\p{L}’'-]+\s+representing(?:\s+[\p{L}\p{N}’'-]+){1,5}),\s+$/u;
/**
 * The word of letters and hyphens that ends `before` (past its spaces), where a word starts there: "judge" of "presiding
 * judge ", read by hand (a pattern anchored at the end would be tried at every position, for every name).
 */
function wordBefore(before: string): { word: string; start: number } | null {
  let end = before.length;
  while (end > 0 && isSpace(before.charCodeAt(end - 1))) end--;
  if (end === before.length) return null;
  let start = end;
  while (start > 0 && (isLetter(before, start - 1) || before[start - 1] === '-')) start--;
  if (start === end || start > 0 && /[’']/.test(before[start - 1]!)) return null;
  return { word: before.slice(start, end), start };
}
/**
 * The words that qualify a role, ending `before` (in lower case, each with a space after it): "republican presidential "
 * of "Republican presidential nominee", "chief " of "Chief executive"; up to three, each capitalised, a ROLE_MODIFIER or
 * a lower-case adjective by its ending.
 */
function roleModifiers(before: string): string {
  const words = before.slice(before.search(/[^\n.!?;:,“”"()]*$/)).trim().split(/\s+/);
  let out = '';
  for (let i = words.length - 1, n = 0; i >= 0 && n < 3; i--, n++) {
    const w = words[i]!;
    if (!/^\p{L}[\p{L}-]*$/u.test(w) || !(/^\p{Lu}/u.test(w) && !NOT_NAME_WORDS.has(w.toLowerCase()) || ROLE_MODIFIER.test(w) || /^\p{Ll}+(?:al|ic|ive|ary|ian)$/u.test(w))) break;
    out = `${w.toLowerCase()} ${out}`;
  }
  return out;
}
/** Is the word (in lower case) a compound whose last part is a role: "vice-chancellor", "co-chair"? */
const compoundRole = (w: string): boolean => w.includes('-') && ROLE_NOUNS.has(w.slice(w.lastIndexOf('-') + 1));
const ROLE_MODIFIER = /^(?:vice|deputy|senior|chief|former|acting|interim|presiding|veteran|head|assistant|lead|principal|managing|executive|general|associate|junior|trial|defence|defense|district|federal|state|county|city|union|party|team|club|campaign|police|health|finance|foreign|prime)$/i;
// A short description with its article, lower-case words only: "the beadle", "the old gentleman".
// (a rank's number ends one too: "the world No 3", "the world No. 1"; and an age may be one of its words, "the
// 27-year-old challenger"; and where it is based, "the Berlin-based maker")
const RANK_NUMBER = String.raw`No\.?\s+\d{1,3}`;
const EPITHET = new RegExp(String.raw`^(?:the|a|an)\s+(?:(?:\p{Ll}[\p{Ll}-]*|\d{1,3}-year-old|\p{Lu}\p{Ll}+-based)\s+){0,2}(?:\p{Ll}[\p{Ll}-]+|${RANK_NUMBER})$`, 'u');
// A description that ends in a rank's number: "the world No 3".
const RANKED = new RegExp(String.raw`\b${RANK_NUMBER}$`);
// The same before a name and its comma: "The beadle, " before "Mr. Bumble".
const EPITHET_BEFORE = /(?:^|[.;:!?”"]\s+|\n)((?:The|the)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]+),\s+$/u;
// What follows the head of an apposition: "the matron| of the workhouse", "a surgeon| in the neighbourhood".
const EPITHET_COMPLEMENT = /\s+(?:of|in|at|from|who|whose|which|that|to|with|for|on|by|near)\s[\s\S]*$/u;
// (a full stop before a number is an abbreviation's: "Mia Rook, the world No. 3,")
const APPOSITIVE_AFTER = /^,\s+(?:(\d{1,3}),|((?:a|an|the|its|his|her|their)\s+(?:[^,.;:“”"]|\.(?= \d)){2,80}?)(?=[,;]|\.(?! \d)))/u;
// The head of an apposition too long for APPOSITIVE_AFTER, before its complement: "Mrs. Corney, the
// matron of the workhouse to which our readers have been already introduced as …," (same groups)
const APPOSITIVE_HEAD = /^,\s+(?:(\d{1,3}),|((?:a|an|the)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]+)(?=\s+(?:of|in|at|from|who|whose|which|to|with|for|on|by|near)\s))/u;

/**
 * A description that an apposition gives the name ending at `end`, made of
 * lower-case words after an article: "Mr. Bumble, the beadle," or "The
 * beadle, Mr. Bumble,". A later "the beadle" is that person.
 */
function epithetAround(after: RegExpExecArray | null, before: string, commaBefore: boolean): string | null {
  // ("Mrs. Corney, the matron of the workhouse to which …": the head before its complement)
  // (not a bare person noun, "a lady of the house", which stands for anyone of that gender: GENDER_NOUNS)
  // (a phrase broken across lines is kept with single spaces: "the\nmatron" is "the matron")
  // ("Under cross-examination by Neil Castellano, the officer acknowledged that …": a verb of speech after the noun
  // makes it the sentence's subject, no apposition)
  // (nor a role noun and a verb after it, "In a tense exchange with moderator Wendeline Osgood-Parr, the governor declined
  // to …": the subject of a clause, as roleAppositive reads it)
  if (after?.[2] && EPITHET.test(after[2]) && !endsInCue(after[2]) && !roleThenVerb(after[2])) return after[2].replace(/\s+/g, ' ');
  const head = after?.[2]?.replace(EPITHET_COMPLEMENT, '').replace(/\s+/g, ' ');
  if (head && head !== after![2] && EPITHET.test(head) && !GENDER_NOUNS.has(head.slice(head.lastIndexOf(' ') + 1)) && !endsInCue(head) && !roleThenVerb(head)) return head;
  return commaBefore ? EPITHET_BEFORE.exec(before)?.[1] ?? null : null;
}

/**
 * Does the title end in `head` (a space before it) as the noun of its complement, not its own head: "secretary of
 * state" for "the state", "a spokesman for the authority" for "the authority"?
 */
const complementHead = (title: string, head: string): boolean => new RegExp(String.raw`\s(?:of|for|at|with|to|from|in)(?:\s+the)?${head}$`).test(title);

/** Does a phrase end in a word that opens a cue of the lexicon, not a role ("the officer acknowledged", not "the speaker")? */
function endsInCue(phrase: string): boolean {
  const last = phrase.slice(phrase.search(/\S+$/)).toLowerCase();
  return CUES.has(last) && !ROLE_NOUNS.has(last);
}

/** Does a role noun stand before a past tense's word in the phrase ("the governor declined")? */
function roleThenVerb(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  return words.some((w, i) => i > 0 && /^\p{Ll}+ed$/u.test(w) && ROLE_NOUNS.has(words[i - 1]!.toLowerCase()));
}

/**
 * Does an apposition give a role ("the chief executive of Acme", "a spokesman for the campaign")?
 * Its last role noun ends it or opens its complement; one followed by another word is the subject of
 * a clause ("De Griers, while the General made a gesture of despair,"), no apposition.
 */
function roleAppositive(phrase: string): boolean {
  // (not a firm's, by the words of its ownership: "a privately held developer of sodium-ion batteries")
  if (FIRM_OWNERSHIP.test(phrase)) return false;
  const words = phrase.split(/\s+/);
  let last = -1;
  for (let i = 0; i < words.length; i++) if (ROLE_NOUNS.has(words[i]!.toLowerCase())) last = i;
  return last >= 0 && (last === words.length - 1 || ROLE_COMPLEMENT.test(words[last + 1]!));
}
// The words of a firm's ownership, listing or trade, which no person's apposition holds (also "the Berlin-based maker of
// productivity software", "a supplier of brake parts", "the Oslo-based lender").
const FIRM_OWNERSHIP = /\b(?:privately|publicly|family|state|employee|venture)[\s-](?:held|traded|owned|listed|backed|funded)\b|\b(?:Nasdaq|NYSE|LSE)-listed\b|\b(?:maker|manufacturer|supplier|distributor)s?\s+of\b|-based\s+(?:maker|manufacturer|company|firm|startup|start-up|chain|retailer|lender|bank|insurer|carrier|airline|group)\b/i;
// A cue and "its" document right after a speaker's name: "said in its own statement", "wrote on its website".
const ITS_AFTER_CUE = /^,?\s+\p{Ll}+\s+(?:\p{Ll}+\s+)?(?:in|on)\s+its\s/u;
// "Friends of", maybe "the", right before a run: a campaign group's name ("Friends of the Earth", "the Friends of
// Harlow Meadow"); not a person's friends, "Friends of Clinton say …", with no "the" on either side.
const FRIENDS_OF = /(?:(?<=(?<![\p{L}])the )(Friends of(?: the)?)|(?<![\p{L}])(Friends of the)) $/u;
// What follows a name that stands in a list: ", and Mlle. Blanche", ", Polina, and …"
const LIST_AFTER = /^,\s+(?:and|or)\s|^,\s+[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*)*,\s+(?:and|or)\s/u;
const ROLE_COMPLEMENT = /^(?:of|for|at|in|on|to|with|and|from|under|since|who|whose|representing|himself|herself|themselves|\(|\p{Lu}.*)$/u;

/** The apposition or age after the name that ends at `end` (APPOSITIVE_AFTER), read only after a comma. */
function appositiveAfter(text: string, end: number): RegExpExecArray | null {
  // (past a party and state: "Rep. Dwayne Kellerman, R-Ohio, the committee chairman,", "Rep. Ann Ruiz (D-Md.), the …")
  const party = PARTY_AFTER.exec(text.slice(end, end + 24));
  if (party) end += party[0].length;
  if (end >= text.length || text.charCodeAt(end) !== 44 /* , */) return null;
  const window = text.slice(end, end + 100);
  return APPOSITIVE_AFTER.exec(window) ?? APPOSITIVE_HEAD.exec(window);
}

const PARTY_AFTER = /^(?:,\s*(?:R|D|I|Ind)-[A-Z][A-Za-z.]*(?=,)|\s*\((?:R|D|I|Ind)-[A-Z][A-Za-z.]*\)(?=,))/;

/** Does the word at [i, end) stand alone, no letter touching it on either side? */
const standsAlone = (text: string, i: number, end: number): boolean => !(i > 0 && isLetter(text, i - 1)) && !isLetter(text, end);

/** Which of the lower-case `words` stand in `text` as whole words written in lower case. */
function lowerCaseUses(text: string, words: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  // a few words: each looked for by indexOf (native, fast); many: one pass over the text
  if (words.size <= 8) {
    for (const w of words) {
      for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
        if (standsAlone(text, i, i + w.length)) {
          found.add(w);
          break;
        }
      }
    }
    return found;
  }
  // a word is cut out of the text only when its first letter and its length are those of a candidate
  let firsts = 0;
  let lengths = 0;
  for (const w of words) {
    firsts |= 1 << (w.charCodeAt(0) - 97);
    lengths |= 1 << Math.min(w.length, 31);
  }
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) continue;
    let j = i + 1;
    while (j < n && isAsciiLetter(text.charCodeAt(j))) j++;
    // (a word that starts after a letter, or goes on past ASCII, is not one of them)
    if ((firsts & (1 << (c - 97))) !== 0 && (lengths & (1 << Math.min(j - i, 31))) !== 0 && standsAlone(text, i, j)) {
      const w = text.slice(i, j);
      if (words.has(w)) found.add(w);
    }
    i = j;
  }
  return found;
}

/**
 * Does `name` stand as the subject of a verb of speech somewhere in `text`
 * ("said Alice", "Alice replied")? A given name alone must, to be a person of
 * its own: "Christian" or "Jordan" alone is more often a word or a country.
 */
function speaksSomewhere(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const end = i + name.length;
    if (!standsAlone(text, i, end)) continue;
    if (SPEECH_AFTER.test(text.slice(end, end + 16)) || SPEECH_BEFORE.test(text.slice(Math.max(0, i - 12), i))) return true;
    if (text.length < BOOK_CHARS && SPEECH_AFTER_APPOSITION.test(text.slice(end, end + 16))) return true;
  }
  return false;
}
const SPEECH_AFTER = /^[’']?s?\s+(?:said|says|asked|asks|replied|cried|answered|added|told|thought|exclaimed|continued)\b/;
// (in news, also after an apposition's comma, with an age maybe: "His daughter, Fiona, 38, said"; not in a book,
// whose narration sets a name between commas in other ways)
const SPEECH_AFTER_APPOSITION = /^,\s*(?:\d{1,3},\s*)?(?:said|says|told)\b/;
const SPEECH_BEFORE = /\b(?:said|says|asked|replied|cried|answered|added|thought|exclaimed|continued)\s+$/;

/** Does the word at `at` start a sentence (or a line, or a quotation)? */
function sentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 10) i--;
  // ("a just humiliation!--Had I been in love": a dash after a sentence's end opens the next)
  if (text[i] === '-' || text[i] === '—' || text[i] === '–') {
    let k = i;
    while (k >= 0 && (text[k] === '-' || text[k] === '—' || text[k] === '–')) k--;
    if (k >= 0 && '.!?'.includes(text[k]!)) return true;
  }
  return i < 0 || '\n.!?:;"“‘(['.includes(text[i]!);
}

function genderOfFirst(first: string): 'm' | 'f' | null {
  const name = foldName(first);
  const f = FEMALE_NAMES.has(name);
  const m = MALE_NAMES.has(name);
  return f && !m ? 'f' : m && !f ? 'm' : null;
}

// A portfolio's words after a capitalised title's "for" or "of", up to the run: "Minister for Foreign Affairs and ",
// "Special Envoy for ", "Secretary of State for ", "Minister of Trade and ".
// ("Minister for Jal Shakti, River Development and ": the commas of a portfolio of three parts or more)
const TITLE_PORTFOLIO_BEFORE = /(\p{Lu}[\p{L}.-]*)\s+(?:of\s+\p{Lu}\p{L}*\s+)?(for|of)\s+(?:[\p{Lu}&][\p{L}-]*,?\s+|(?:and|of|the)\s+)*$/u;

/**
 * How many words open the run as the rest of a title's portfolio: "Border Affairs" of "Special Envoy for Border
 * Affairs Teodor Halbrenn", "Regional Cooperation" of "Minister for Foreign Affairs and Regional Cooperation Ilsa
 * Marovic", "Industry" of "Minister of Trade and Industry Lukas Brandl": the English words before the first given
 * name or word no dictionary holds, after "of" the words of PORTFOLIO_WORDS only (two words kept for the name where
 * every one is such a word). With it, the title's words before the run ("Minister for Jal Shakti, River Development and
 * "); null where no word opens the run so.
 */
function portfolioOf(text: string, r: { at: number; words: string[] }): { count: number; title: string } | null {
  if (r.words.length < 2) return null;
  const m = TITLE_PORTFOLIO_BEFORE.exec(text.slice(Math.max(0, r.at - 100), r.at));
  // (a comma right before the run sets the name after the whole title: "Minister of State for Foreign Trade, Rashed Saif")
  if (!m || !isTitleWord(m[1]!) || /,\s+$/.test(m[0])) return null;
  let k = 0;
  // (after "of", only a portfolio's listed words: "Secretary of State Ray Mabus" names Ray Mabus)
  const portfolio = m[2] === 'of' ? (w: string) => PORTFOLIO_WORDS.has(w.toLowerCase()) : (w: string) => !isGivenName(w) && isDictionaryWord(w.toLowerCase());
  while (k < r.words.length && portfolio(clean(r.words[k]!))) k++;
  // (after "for", a portfolio's word of a place or a programme no dictionary holds before an English one: "Ganga
  // Rejuvenation" of "Minister for … and Ganga Rejuvenation Omkarnath Trivedi"; the name keeps two words at least)
  // (only for the last part of a list, after "and": "…, Foreign Trade, Rashed Saif Al Mazyouni" is a name after its title)
  if (m[2] === 'for' && / and\s+$/.test(m[0])) for (let j = k; j < r.words.length - 2; j++) if (portfolio(clean(r.words[j]!))) k = j + 1;
  const count = k < r.words.length ? k : Math.max(0, r.words.length - 2);
  return count > 0 ? { count, title: m[0] } : null;
}

/** Is the run one given name before "and" and a run of a given name and one family name ("Gary" of "Gary and Ellen Thibodeaux")? */
function givenBeforeFamily(text: string, r: { at: number; words: string[]; headline: boolean }, next: { at: number; words: string[]; headline: boolean } | undefined): boolean {
  return next !== undefined && !r.headline && !next.headline && r.words.length === 1 && next.words.length === 2 && next.at === r.at + r.words[0]!.length + 5 && text.startsWith(' and ', next.at - 5) &&
    isGivenName(r.words[0]!) && isGivenName(next.words[0]!) && !isGivenName(next.words[1]!) && !isTitleWord(r.words[0]!) && !isTitleWord(next.words[0]!);
}

/** The names of `text`; `inside(at)` tells whether offset `at` stands inside a quotation (markQuoted). */
export function buildRegistry(text: string, inside?: (at: number) => boolean): Registry {
  // (every field set here, the lazy ones undefined, so that every registry has one hidden class in V8)
  const reg: Registry = {
    entities: new Map(),
    byWord: new Map(),
    occurrences: [],
    singles: new Map(),
    lastSpeaker: null,
    lastPlural: undefined,
    lastDescribed: null,
    described: undefined,
    text,
    narrator: undefined,
    inside: undefined,
    onlySpoken: undefined,
    recent: undefined,
    epithets: undefined,
    ranks: undefined,
    kinNamed: undefined,
    kin: undefined,
    occurrencesOf: undefined,
    statement: undefined,
    lastBody: undefined,
    spokenFirm: undefined,
  };
  const pendingSingles: Single[] = [];
  // Pass 1: the runs of capitals, in text order. A body run is split into its
  // names at once (splitRun); a headline's run waits for the words the body
  // capitalises, which decide what is a name there.
  const lines = new TitleCaseLines(text);
  const runs: { at: number; words: string[]; headline: boolean; opens: boolean }[] = [];
  // the words capitalised where a capital says "name": in the body, past a sentence's first word
  const bodyCapitals = new Set<string>();
  for (let m = nextNameRun(text, 0); m; m = nextNameRun(text, m.index + m[0].length)) {
    // ("Rep. Curtis “Curt” Albright", "Del. Marcia “Cia” Price": a nickname in quotation marks inside a name is no part
    // of it, and the name goes on after it)
    const mark = text.charCodeAt(m.index + m[0].length + 1);
    const nick = mark === 0x201c || mark === 0x22 || mark === 0x2018 ? NICKNAME_AT.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) : null;
    const rest = nick ? nextNameRun(text, m.index + m[0].length + nick[0].length) : null;
    if (nick && rest && rest.index === m.index + m[0].length + nick[0].length) {
      const words = [...m[0].split(/[ \u00a0]/), ...rest[0].split(/[ \u00a0]/)];
      if (!lines.at(m.index)) runs.push({ at: m.index, words, headline: false, opens: sentenceStart(text, m.index) });
      for (let k = 1; k < words.length; k++) bodyCapitals.add(clean(words[k]!));
      m = rest;
      continue;
    }
    const single = !m[0].includes(' ') && !m[0].includes('\u00a0');
    // one capitalised word that is no name ("The", "But", "President"): addName would drop it
    if (single && isDropped(m[0])) continue;
    // (a run joined by no-break spaces is rare: split it with a pattern only then)
    const words = single ? [m[0]] : m[0].includes('\u00a0') ? m[0].split(/[ \u00a0]/) : m[0].split(' ');
    if (lines.at(m.index)) {
      runs.push({ at: m.index, words, headline: true, opens: false });
      continue;
    }
    // ("the Harbour and Quay Workers’ Union", "Pellingford and Brackwater Fire and Rescue Service says": capitalised
    // words joined by "and" up to the head of a body's name are one name)
    const joined = andJoinedBody(text, m, words);
    if (joined) {
      const opens = sentenceStart(text, m.index);
      runs.push({ at: m.index, words: joined.words, headline: false, opens });
      for (let k = opens ? 1 : 0; k < joined.words.length; k++) if (isUpperAt(joined.words[k]!, 0)) bodyCapitals.add(clean(joined.words[k]!));
      m = joined.last;
    }
    for (const run of joined ? joined.rest : splitRun(words, m.index, null)) {
      const opens = sentenceStart(text, run.at);
      runs.push({ at: run.at, words: run.words, headline: false, opens });
      for (let k = opens ? 1 : 0; k < run.words.length; k++) bodyCapitals.add(clean(run.words[k]!));
    }
  }
  // An English word ("Calls", "Goes", "Is", "Poor") that is no given name and is
  // capitalised nowhere but at the start of a sentence or in a headline is no
  // part of a name ("Dana", "Okafor" and "Trump" are; so is "New" where the text
  // writes "in New York"), nor is a contraction ("Isn’t"). Such words are left
  // out of a headline's names and from the front of a name that opens a
  // sentence ("Poor Winterbourne", "Maybe Trump", "Does Elinor").
  const common = (w: string) => {
    const c = clean(w);
    const l = c.toLowerCase();
    return isContraction(l) || (!bodyCapitals.has(c) && !FEMALE_NAMES.has(l) && !MALE_NAMES.has(l) && isDictionaryWord(l));
  };
  // A sentence's first word is left out of the name after it only when the
  // text also writes it in lower case ("poor", "could"; not "Wolf" of Wolf
  // Blitzer): one pass over the text looks for these candidates only.
  // (lowerCaseUses reads words of ASCII letters: others are never left out)
  const opener = (r: (typeof runs)[number]) => {
    // (nor a modifier or a portfolio of the title after it: "Prime Minister Anton Reisler", "Interior Minister …",
    // "Deputy Mayor …")
    if (!r.opens || r.words.length < 2 || isTitleWord(r.words[0]!) || !common(r.words[0]!) || r.words.length > 2 && (ROLE_MODIFIER.test(clean(r.words[0]!)) || PORTFOLIO.test(clean(r.words[0]!).toLowerCase())) && isTitleWord(r.words[1]!)) return '';
    const w = clean(r.words[0]!).toLowerCase();
    return /^[a-z]+$/.test(w) ? w : '';
  };
  // (built with push, not map and filter: see displayWords)
  const openers: string[] = [];
  const candidates = new Set<string>();
  for (const r of runs) {
    const w = opener(r);
    openers.push(w);
    if (w) candidates.add(w);
  }
  const lowerUsed = candidates.size ? lowerCaseUses(text, candidates) : candidates;
  // Pass 2: the names, in text order
  const add = (at: number, words: string[]) => addName(reg, text, words, at, at + joinedLength(words), text.slice(Math.max(0, at - 60), at), pendingSingles);
  // ("Per Amadi, the objects will go on display …": a sentence's "Per" before the surname of a fuller name the text
  // gives, and a comma, is the spinner's "according to", not the given name Per)
  let surnames: Set<string> | undefined;
  const perSource = (r: (typeof runs)[number]) => {
    if (!r.opens || r.words.length !== 2 || r.words[0] !== 'Per' || text[r.at + joinedLength(r.words)] !== ',') return false;
    if (!surnames) {
      surnames = new Set();
      for (const o of runs) if (o.words.length > 1 && o.words[0] !== 'Per') surnames.add(clean(o.words[o.words.length - 1]!));
    }
    return surnames.has(clean(r.words[1]!));
  };
  runs.forEach((r, k) => {
    const portfolio = r.headline ? null : portfolioOf(text, r);
    if (portfolio) {
      const at = r.at + joinedLength(r.words.slice(0, portfolio.count)) + 1;
      add(at, r.words.slice(portfolio.count));
      // (the title and its portfolio are the person's title: "the minister" for "Minister for Jal Shakti, River
      // Development and Ganga Rejuvenation Omkarnath Trivedi")
      const last = reg.occurrences[reg.occurrences.length - 1];
      if (last?.at === at) addTitle(last.entity, `${portfolio.title}${r.words.slice(0, portfolio.count).join(' ')}`.replace(/\s+/g, ' '));
    }
    else if (r.headline) for (const part of portfolioSplit(r.words, r.at)) for (const run of splitRun(part.words, part.at, part.words.length > 1 ? common : null)) add(run.at, run.words);
    else if (lowerUsed.has(openers[k]!) || r.opens && r.words.length > 1 && (NEVER_NAME_OPENER.test(clean(r.words[0]!)) || PLIGHT_EPITHETS.has(clean(r.words[0]!).toLowerCase()) || ADVERB_OPENER.test(clean(r.words[0]!)) && common(r.words[0]!) || perSource(r))) add(r.at + r.words[0]!.length + 1, r.words.slice(1));
    else if (text.length >= BOOK_CHARS || !givenBeforeFamily(text, r, runs[k + 1])) add(r.at, r.words);
    // ("Gary and Ellen Thibodeaux": in news, a given name alone, "and", and a given name with one family name are two
    // people of that family, the first "Gary Thibodeaux"; not in a book, "Maria and Henry Crawford" in Mansfield Park)
    else addName(reg, text, [r.words[0]!, runs[k + 1]!.words[1]!], r.at, r.at + r.words[0]!.length, text.slice(Math.max(0, r.at - 60), r.at), pendingSingles);
  });
  // single words ("Putin") are occurrences of the fullest name that holds them
  // (the occurrences of names of several words come first, in text order; the singles' follow)
  // A given name that no fuller name holds is a person of its own ("Alice"), so
  // that a pronoun can stand for it; other lone words stay unregistered.
  const named = reg.occurrences.length;
  // ("“…,” cried Mary": in a book, "Lady Mary Grierson" and "Lady Mary Maclean", named in someone's speech, are no
  // fuller names of the Mary its narration calls so: pick reads this)
  // (in news too: "''Tom Hallett is a decent man,'' Mr. Okafor said" is no fuller name of the Senator Thomas J. Hallett
  // the report names)
  if (inside) {
    // (named once, in someone's speech: a passing mention, where a name the dialogue keeps using is a character's)
    const seen = new Map<Entity, number>();
    for (const o of reg.occurrences) seen.set(o.entity, (seen.get(o.entity) ?? 0) + (inside(o.at) ? 1 : 2));
    reg.onlySpoken = new Set();
    for (const [e, n] of seen) if (n === 1) reg.onlySpoken.add(e);
  }
  const alone = new Map<string, Entity>();
  const silent = new Set<string>();
  // a person of one word with a title of their own ("Mrs. Bennet", "General Tilney"), registered once
  const apart = (name: string, word: string, gender: 'm' | 'f' | null): Entity => {
    let e = alone.get(name);
    if (!e) {
      e = entity(name, [word], gender, true);
      alone.set(name, e);
      register(reg, e);
    }
    return e;
  };
  const speakers = new Map<string, boolean>();
  const speakingSurname = (word: string, name: string): boolean => {
    let v = speakers.get(word);
    if (v === undefined) speakers.set(word, (v = !isDictionaryWord(word) && speaksSomewhere(text, name)));
    return v;
  };
  for (const s of pendingSingles) {
    reg.singles.set(s.word, (reg.singles.get(s.word) ?? 0) + 1);
    let e = pick(reg, [s.word], s.at, s.gender, named) ?? alone.get(s.word) ?? null;
    // "President Obama" after "Barack Obama" and "Michelle Obama": the one who has the title, if one has
    let titled = s.titles.length > 0;
    if (e && titled && e.words.length > 1) {
      const lowered = s.titles.map((t) => t.toLowerCase());
      const others = (reg.byWord.get(s.word) ?? []).filter((c) => c.words.length > 1);
      const holder = others.find((c) => c.titles.some((t) => lowered.includes(t.toLowerCase())));
      if (holder) e = holder;
      // (none has it and several could: the title is not given to the last one named)
      else if (others.length > 1) titled = false;
    }
    // in a book, "Mrs. Bennet" is not "Elizabeth Bennet": the fuller name of a woman of the family
    // with a given name is a daughter's, not the wife's
    // (so is "Lady Bertram", and "Lady Middleton" is not "Sir John Middleton", whose fuller name has no woman's)
    if (s.married && text.length >= BOOK_CHARS && (e ? e.words.length > 1 && genderOfFirst(e.words[0]!) === 'f' : s.married === 'Lady')) e = apart(`${s.married} ${s.name}`, s.word, 'f');
    // in a book, "General Tilney" is not "Henry Tilney": a family shares the surname, and a title
    // the fuller name never had names another of them
    if (e && s.titles.length && e.words.length > 1 && text.length >= BOOK_CHARS && !e.titles.some((t) => s.titles.includes(t))) e = apart(`${s.titles[s.titles.length - 1]} ${s.name}`, s.word, s.gender);
    // in a book, "Mrs. Gardiner" is not the "Mr. Gardiner" named before her (nor "Mr. Allen" "Mrs. Allen"): an
    // honorific of the other gender than the person of that one word names another of the family
    if (e && e.words.length === 1 && e.gender && s.gender && s.honorific && s.address && e.gender !== s.gender && text.length >= BOOK_CHARS) e = apart(`${ABBREVIATED_ADDRESS.has(s.address.toLowerCase()) ? `${s.address}.` : s.address} ${s.name}`, s.word, s.gender);
    if (!e && !silent.has(s.word)) {
      const intro = text.slice(Math.max(0, s.at - 40), s.at);
      const given = NAME_GIVEN_BEFORE.test(intro);
      // (the gender of one who gave a name no list knows, by the intro's pronoun: "gave only his first name, Tomas,")
      const gender = s.gender ?? genderOfFirst(s.word) ?? (given ? firstPronounGender(intro) : null);
      // (each word is looked for once: a name the text never has speak is remembered as such)
      // ("Mr. Bumble" is a person wherever he stands)
      // (but one the text gives as the name someone goes by: "Another caller, who gave only his first name, Marcus, was
      // less forgiving. He alleged …", "a woman identified only as Dana")
      if (gender && !s.honorific && !speaksSomewhere(text, s.name) && !given) silent.add(s.word);
      // ("Captain Ruiz", "Doctor Hale": a title before one word makes it a person's name too)
      // (in a book, a surname that speaks somewhere is a person as well, "“…,” said Winterbourne", so that
      // a pronoun can stand for it; its gender is learnt from the pronouns after it)
      else if (gender || s.titles.length || text.length >= BOOK_CHARS && speakingSurname(s.word, s.name)) {
        e = entity(s.name, [s.word], gender, true);
        alone.set(s.word, e);
        register(reg, e);
      } else if (s.epithet && FIRM_OWNERSHIP.test(s.epithet) && text.length < BOOK_CHARS) {
        // ("Lumenfold, the Berlin-based maker of productivity software,": in news, one word a firm's apposition follows
        // is a firm's name, a body that speaks, for "the company" and "it" after it)
        e = entity(s.name, [s.word], null, false);
        alone.set(s.word, e);
        register(reg, e);
      }
    }
    if (e) {
      if (s.gender && !e.gender) e.gender = s.gender;
      if (s.epithet) addTitle(e, s.epithet);
      if (titled) for (const t of s.titles) addTitle(e, t);
      // ("Bhandari, 64, voted …": the age given with the surname is the fuller name's, for "the 64-year-old")
      if (s.age !== null && e.age === null) e.age = s.age;
      reg.occurrences.push({ at: s.at, entity: e, quoted: false });
    }
  }
  const book = text.length >= BOOK_CHARS;
  if (book) addRankedCharacters(reg, text);
  reg.occurrences.sort((a, b) => a.at - b.at);
  if (book) {
    learnPlaces(reg);
    dropAuthors(reg);
    learnKinNames(reg);
  }
  learnGenders(reg);
  if (inside) markQuoted(reg, inside);
  return reg;
}

// The words before a single name that someone goes by: "gave only his first name,", "gave her name as", "identified
// himself only as", "known as".
const NAME_GIVEN_BEFORE = /\b(?:(?:his|her|(?:him|her)self)\s+(?:(?:only\s+)?first\s+name|name\s+(?:only\s+)?as|(?:only\s+)?as)|known\s+(?:only\s+)?as)[,:]?\s+$/;

/** In a book, the people the narration names right after "his aunt", "her friend" …: reg.kinNamed. */
function learnKinNames(reg: Registry): void {
  KIN_NAMED.lastIndex = 0;
  for (let m = KIN_NAMED.exec(reg.text); m; m = KIN_NAMED.exec(reg.text)) {
    const at = m.index + m[0].length;
    const i = partitionPoint(reg.occurrences, (o) => o.at < at);
    const o = reg.occurrences[i];
    if (!o || o.at !== at || !o.entity.person) continue;
    const key = epithetKey(m[0].replace(/[,\s]+$/, ''));
    const list = (reg.kinNamed ??= new Map()).get(key) ?? [];
    list.push({ at, entity: o.entity });
    reg.kinNamed.set(key, list);
  }
}

// A title page's credit: "by Jane Austen", "Author: H. G. Wells", "Translated by C. J. Hogarth".
const CREDIT = /(?:^|\n)[ \t]*(?:(?:translated|edited|illustrated|written)[ \t]+)?(?:by|author:|translator:)\s+(\p{Lu}[^\n]{0,60})/giu;
/** How far into a book its title page may run (UTF-16 units). */
const TITLE_PAGE = 1500;

/**
 * In a book, the people its title page credits ("by Jane Austen", "Author: H. G. Wells") are no characters, unless
 * they speak: no "he" or "she" of the story stands for them.
 */
function dropAuthors(reg: Registry): void {
  const head = reg.text.slice(0, TITLE_PAGE);
  CREDIT.lastIndex = 0;
  for (let m = CREDIT.exec(head); m; m = CREDIT.exec(head)) {
    const at = m.index + m[0].length - m[1]!.length;
    // (the occurrences are in text order: those within the credit only)
    for (let i = partitionPoint(reg.occurrences, (o) => o.at < at); i < reg.occurrences.length && reg.occurrences[i]!.at < at + m[1]!.length; i++) {
      const e = reg.occurrences[i]!.entity;
      if (e.person && !e.name.split(/\s+/).some((w) => speaksSomewhere(reg.text, w))) e.person = false;
    }
  }
}

// What stands before the name of a place: "at Selby", "down to Selby", "the grave in Selby".
const LOCATIVE_BEFORE = /\b(?:at|in|to|from|near|into|towards|toward|round|around|through|via|leave|left|reach|reached)\s+$/i;
/** How many times a book must name a place before its uses tell it is one. */
const PLACE_USES = 4;

/**
 * In a book, a name with no gender that stands after "at", "in", "to" (…) in two uses of three or more, at least
 * PLACE_USES times, and none of whose words is ever the speaker of anything ("said Selby"), is a place ("at Selby
 * Royal", "down to Selby"), which no "he" or "she" stands for.
 */
function learnPlaces(reg: Registry): void {
  const tally = new Map<Entity, [number, number]>();
  for (const o of reg.occurrences) {
    const e = o.entity;
    if (e.gender || !e.person || e.titles.length) continue;
    const t = tally.get(e) ?? [0, 0];
    t[0]++;
    if (LOCATIVE_BEFORE.test(reg.text.slice(Math.max(0, o.at - 16), o.at))) t[1]++;
    tally.set(e, t);
  }
  for (const [e, [all, locative]] of tally) {
    if (all < PLACE_USES || 3 * locative < 2 * all || e.name.split(/\s+/).some((w) => speaksSomewhere(reg.text, w))) continue;
    e.person = false;
    e.place = true;
  }
}

// "the General", "The King", "the Hatter": a rank or a noun after "the", no name after it and no possessive;
// "the duchess": a rank in lower case.
const THE_RANK = lazily(() => new RegExp(String.raw`\b[Tt]he[ \u00a0]+(\p{Lu}\p{Ll}+|${[...RANK_GENDER.keys()].join('|')})(?![\p{L}\p{M}’'-]|[ \u00a0]+\p{Lu})`, 'gu'));
/** How often a book must call someone "the General" for that to be a person of its own. */
const RANK_USES = 3;

/**
 * In a book, a person it calls by a rank or a capitalised noun alone ("the General", "the Duchess", "the Hatter"),
 * who speaks a quotation somewhere ("said the King") and whose rank no name the book uses often bears (not "the
 * Colonel" where there is a Colonel Brandon): registered under that word, so that a pronoun can stand for them. Its
 * gender is the rank's, or learnt from the pronouns after it.
 */
function addRankedCharacters(reg: Registry, text: string): void {
  const places = new Map<string, number[]>();
  const theRank = THE_RANK();
  theRank.lastIndex = 0;
  for (let m = theRank.exec(text); m; m = theRank.exec(text)) {
    const rank = m[1]!;
    // (a rank, or an English noun the book capitalises as a character's name: "the Hatter", "the Gryphon")
    const lw = rank.toLowerCase();
    if (!RANK_GENDER.has(lw) && (!isDictionaryWord(lw) || NOT_NAME_WORDS.has(lw))) continue;
    const list = places.get(rank) ?? [];
    list.push(m.index + m[0].length - rank.length);
    places.set(rank, list);
  }
  for (const [rank, at] of places) {
    const lw = rank.toLowerCase();
    if (at.length < RANK_USES || reg.entities.has(rank) || reg.entities.has(rank.charAt(0).toUpperCase() + rank.slice(1))) continue;
    // (a person named with the rank, and named often, is who "the Colonel" is; one named once with it is not the
    // General of 150 pages)
    const holders = new Set([...reg.entities.values()].filter((e) => holdsTitleWord(e, lw)));
    if (holders.size && reg.occurrences.filter((o) => holders.has(o.entity)).length >= Math.max(RANK_USES, at.length / 10)) continue;
    if (!rankSpeaks(text, rank)) continue;
    // (a rank in lower case is known by its phrase, which an attribution prints too: "said the duchess")
    const lower = rank === lw;
    const e = entity(lower ? `the ${lw}` : rank, [lw], RANK_GENDER.get(lw) ?? null, true);
    (reg.ranks ??= new Map()).set(`the ${lw}`, e);
    register(reg, e);
    for (const a of at) reg.occurrences.push({ at: a, entity: e, quoted: false });
  }
}

const SPEECH_VERB = 'said|says|asked|replied|cried|answered|added|exclaimed|continued|observed|remarked|shouted|whispered';
/** Is "the <rank>" the speaker of a quotation somewhere: "“…,” said the King", "“…” the General replied"? */
function rankSpeaks(text: string, rank: string): boolean {
  return new RegExp(`["”’][ \\u00a0]*(?:(?:${SPEECH_VERB})[ \\u00a0]+the[ \\u00a0]+${rank}|the[ \\u00a0]+${rank}[ \\u00a0]+(?:${SPEECH_VERB}))\\b`).test(text);
}

/**
 * Is the name at `at` this person's own: the whole name, or a word of it that
 * no other person's name holds (a lone "Scott" may be another Scott)?
 */
function ownName(reg: Registry, e: Entity, at: number): boolean {
  if (reg.text.startsWith(e.name, at)) return true;
  const word = NAME_AT.exec(reg.text.slice(at, at + 40))?.[0].split(/[\s\u00a0]/)[0];
  return word !== undefined && (reg.byWord.get(lower(word))?.length ?? 0) === 1;
}

/** How far after a name (UTF-16 units) the pronoun that tells its gender is looked for. */
const GENDER_REACH = 80;
const GENDERED = /\b(?:(he|him|his|himself)|(she|her|hers|herself))\b/gi;
// A verb whose object "him" or "her" is someone else: "Dorré, who hired her", "Ruiz, who told him".
const OBJECT_AFTER = /(?:ed|\b(?:told|gave|met|saw|let|made|sent|left|took|kept|brought|found|taught|paid|hit|beat|sued|won|lost|called|asked|helped|urged|thanked|joined|backed|named|praised|blamed))\s+$/i;

// What follows "her" as an object, not as a possessive before its noun: "hired her as", "told her that", "met her."
const AFTER_OBJECT_HER = /^(?:\s*[,.;:!?)]|\s+(?:as|to|for|in|on|at|with|from|about|into|and|or|but|that|twice|again|once|back|up|out|off|down|away|over|when|while|because)\b|\s*$)/i;

/** The gender of the first personal pronoun in `s` ("his first name", "that she believed"), or null. */
function firstPronounGender(s: string): 'm' | 'f' | null {
  GENDERED.lastIndex = 0;
  const m = GENDERED.exec(s);
  return m ? (m[1] ? 'm' : 'f') : null;
}

/** The first pronoun of `s` that can stand for the name before it: not "him" or "her" as a verb's object. */
function ownPronoun(s: string): RegExpExecArray | null {
  GENDERED.lastIndex = 0;
  for (let m = GENDERED.exec(s); m; m = GENDERED.exec(s)) {
    const lower = m[0].toLowerCase();
    if ((lower === 'him' || lower === 'her' && AFTER_OBJECT_HER.test(s.slice(m.index + 3, m.index + 16))) && OBJECT_AFTER.test(s.slice(Math.max(0, m.index - 16), m.index))) continue;
    return m;
  }
  return null;
}

/**
 * The gender of a person whose name tells none, from the pronouns that follow
 * the person's own name (see ownName) before any other name in its sentence
 * ("Winterbourne lifted his hat"): at least two such uses, three in four of
 * them agreeing.
 */
function learnGenders(reg: Registry): void {
  const votes = new Map<Entity, [number, number]>();
  const text = reg.text;
  const occ = reg.occurrences;
  for (let i = 0; i < occ.length; i++) {
    const { at, entity: e } = occ[i]!;
    if (e.gender || !e.person || !ownName(reg, e, at)) continue;
    const limit = Math.min(at + GENDER_REACH, i + 1 < occ.length ? occ[i + 1]!.at : text.length);
    const after = text.slice(at, limit);
    // (to the clause's end, or to a subordinate clause with a subject of its own: "Dorré, who hired her as a line
    // cook when she was 19")
    const stop = after.search(/[.!?;“”"]|\b(?:when|because|while|although|though|since|until|after|before|if)\b/);
    const m = ownPronoun(stop >= 0 ? after.slice(0, stop) : after);
    if (!m) continue;
    const v = votes.get(e) ?? [0, 0];
    v[m[1] ? 0 : 1]++;
    votes.set(e, v);
  }
  for (const [e, [m, f]] of votes) {
    if (m >= 2 && m >= 3 * f) e.gender = 'm';
    else if (f >= 2 && f >= 3 * m) e.gender = 'f';
  }
}

// Verbs of a headline in title case, by their ending ("Excommunicates", "Criticizes", "Rejects") or the cue lexicon
// ("Says", "Defends", "Slams"); not a given name ("Francis", "James") nor a body's word ("United States").
const HEADLINE_VERB = /(?:ates|izes|ises|ifies|ects|ounces|ends|ains)$/;
const headlineVerb = (w: string): boolean => /\p{Ll}{3}s$/u.test(w) && !isGivenName(w) && !ORG_WORDS.has(w) && (HEADLINE_VERB.test(w) || CUES.has(w));

/**
 * A given name, before a surname that is also a title ("Imran Sheikh", "Ann Bishop"): one the lists know, or a
 * capitalised word no dictionary holds that is no people's adjective ("Kuwaiti Sheikh" is a title after one).
 */
function givenNameLike(word: string): boolean {
  const l = word.toLowerCase();
  return isGivenName(word) || /^\p{Lu}\p{Ll}+$/u.test(word) && !NOT_NAME_WORDS.has(l) && unlistedGivenName(l);
}

/** A word that addName strips from the front of a name: nothing is left of a name of that word alone. */
function isDropped(word: string): boolean {
  const w = clean(word);
  return !w || NOT_NAME_WORDS.has(w.toLowerCase()) || isTitleWord(w);
}

/** words.join(' ').length, without joining. */
function joinedLength(words: readonly string[]): number {
  let n = words.length ? -1 : 0;
  for (const w of words) n += w.length + 1;
  return n;
}

/**
 * `f` of each word of `raw`, the empty results left out: map and filter, by
 * push. (V8 gives the arrays that map and filter return a different kind of
 * storage before and after it optimises their caller; the registry's word
 * lists then dropped the optimised code of every function that reads them.)
 */
function wordsBy(raw: readonly string[], f: (w: string) => string): string[] {
  const out: string[] = [];
  for (const w of raw) {
    const v = f(w);
    if (v) out.push(v);
  }
  return out;
}
const toLower = (w: string) => w.toLowerCase();

/** A new entity, found by its name and by each of its words. */
function register(reg: Registry, e: Entity): void {
  reg.entities.set(e.name, e);
  for (const w of new Set(e.words)) {
    const list = reg.byWord.get(w) ?? [];
    list.push(e);
    reg.byWord.set(w, list);
  }
}

// The honorifics written with a full stop in a name a registry makes of one ("Mrs. Allen", as resolveMention's wife is).
const ABBREVIATED_ADDRESS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr']);

/** A name of one word, placed once the names of several words are known. */
interface Single {
  at: number;
  /** Lower case. */
  word: string;
  /** As written, without a possessive ("Alice"). */
  name: string;
  gender: 'm' | 'f' | null;
  /** A description the text gives it in an apposition ("the beadle"). */
  epithet: string | null;
  /** The titles written before it ("Doctor" of "Doctor Losberne", "Captain" of "Captain Wentworth"). */
  titles: string[];
  /** Written after "Mr.", "Mrs.", "Miss" or "Ms.": a person, whatever the word. */
  honorific: boolean;
  /** That honorific (or title of rank) as written, the last before the name ("Mrs.", "Sir"); null when none. */
  address: string | null;
  /** An age given after it ("Bhandari, 64,"); null when none. */
  age: number | null;
  /**
   * "Mrs." before it, or "Lady" before a surname ("Lady Bertram", not "Lady Catherine"): in a
   * book, the wife or widow of the family, not a daughter of it.
   */
  married: 'Mrs.' | 'Lady' | null;
}

// A birth after a name: " was born", " is born".
const BORN_AFTER = /^\s+(?:was|is)\s+born\b/;

/** The person named `given` before whose family name joins `family` with another by a hyphen ("Fenwright-Ketterby"), or null. */
function doubleNamed(reg: Registry, given: string, family: string): Entity | null {
  for (const e of reg.byWord.get(given.toLowerCase()) ?? []) {
    if (!e.person || !e.name.startsWith(`${given} `)) continue;
    const last = e.name.slice(e.name.lastIndexOf(' ') + 1);
    if (last.includes('-') && last.split('-').includes(family)) return e;
  }
  return null;
}

function addName(reg: Registry, text: string, raw: string[], at: number, end: number, before: string, singles: Single[]): void {
  // ("Simon Redfern KC", "Ann Lowe MP": the letters after a name are no part of it)
  if (raw.length > 1 && POSTNOMINALS.has(clean(raw[raw.length - 1]!))) {
    raw = raw.slice();
    while (raw.length > 1 && POSTNOMINALS.has(clean(raw[raw.length - 1]!))) raw.pop();
  }
  // ("Francesco Excommunicates Trump", "Dorothy Woods Defends Trump": a headline in title case, its verb inside the
  // run, names the person before the verb)
  if (raw.length >= 3) {
    const verb = raw.findIndex((w, i) => i >= 1 && i < raw.length - 1 && headlineVerb(clean(w).toLowerCase()));
    if (verb > 0) raw = raw.slice(0, verb);
  }
  let words = wordsBy(raw, clean);
  const cleanedAll = words.length === raw.length;
  let gender: 'm' | 'f' | null = null;
  let honorific = false;
  let married: 'Mrs.' | 'Lady' | null = null;
  let address: string | null = null;
  const titles: string[] = [];
  // (is the last title a rank still open to the office's words: "Deputy", "Deputy Prime"?)
  let ranked = false;
  // leading function words and titles: "The", "President", "Mr."
  // ("Vice-chancellor Annelise Vargas-Hume", "Co-chair Ruth Abel": a compound whose last part is a role is a title)
  while (words.length && (NOT_NAME_WORDS.has(words[0]!.toLowerCase()) || isTitleWord(words[0]!) || words.length > 2 && compoundRole(words[0]!.toLowerCase()))) {
    const w = words[0]!.toLowerCase();
    if (compoundRole(w) && !isTitleWord(words[0]!)) titles.push(words[0]!);
    // ("Mr.", and the titles of rank: "Sir Thomas", "Lady Bertram", "Madame Ratignolle")
    const told = HONORIFIC_GENDER.get(w);
    if (told) address = words[0]!;
    gender = told ?? gender;
    if (gender) honorific = true;
    if (w === 'mrs.' || w === 'mrs') married = 'Mrs.';
    else if (w === 'lady') married = 'Lady';
    // ("Deputy Governor Piet Hallen", "Deputy Prime Minister …", "Vice President Joe Biden": a rank below an office and
    // the office's words after it are one title)
    if (ranked && isTitleWord(words[0]!)) titles[titles.length - 1] += ` ${words[0]!}`;
    else if (ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w + '.')) titles.push(words[0]!);
    ranked = RANK.test(w) ? ROLE_NOUNS.has(w) : ranked && isTitleWord(words[0]!);
    words = words.slice(1);
  }
  // "Little Oliver Twist", "Poor Mrs. Bennet": in a book, an endearment or epithet before a name of more
  // words is no part of it (news has its "Young Kim")
  while (words.length > 1 && text.length >= BOOK_CHARS && EPITHET_ADJECTIVES.has(words[0]!.toLowerCase())) words = words.slice(1);
  // "Russian President Vladimir Putin": the name starts after the last title word
  // (in news, a title word that ends the run after a given name is a surname: "Imran Sheikh", "Ann Bishop"; a book's
  // "Mary King" would take up every "Mary" of the Bennets)
  const surnameAt = words.length - 1;
  const roleSurname = text.length < BOOK_CHARS && surnameAt > 0 && SURNAME_TITLES.has(words[surnameAt]!.toLowerCase()) && !isTitleWord(words[surnameAt - 1]!) && givenNameLike(words[surnameAt - 1]!);
  // (a compound role too, before a given name and a surname: "United Auto Workers Secretary-Treasurer Gary Casteel")
  const lastRole = words.reduce((k, w, i) => ((isTitleWord(w) || i < surnameAt - 1 && compoundRole(w.toLowerCase())) && !(roleSurname && i === surnameAt) ? i : k), -1);
  if (lastRole >= 0) {
    if (ranked) titles[titles.length - 1] += ` ${words.slice(0, lastRole + 1).join(' ')}`;
    else titles.push(words.slice(0, lastRole + 1).join(' '));
    words = words.slice(lastRole + 1);
  }
  // "Secretary of State Marco Rubio": the run began after "Secretary of"
  // ("Speaker of the House Paul Ryan", "Leader of the Opposition Harish Mehta": and after "of the")
  const ofRole = before.endsWith(' of ') || before.endsWith(' of the ') ? /([\p{L}.]+)\s+of\s+(the\s+)?$/u.exec(before.slice(-30)) : null;
  let afterThe = /\bthe\s+$/i.test(before);
  // (after "of the", only where a person's name follows the body's word: "director of the Iowa Renewable Fuels
  // Association" names a body whole)
  if (ofRole && isTitleWord(ofRole[1]!) && words.length >= 3 && !(ofRole[2] && words.slice(1).some((w) => ORG_WORDS.has(w.toLowerCase()) || isTitleWord(w)))) {
    titles.push(`${ofRole[1]} of ${ofRole[2] ? 'the ' : ''}${words[0]}`);
    words = words.slice(1);
    // (the "the" was the body's, not the name's)
    afterThe = false;
  }
  // ("chairperson of the State Irrigation Development Council Bhuvan Lal Korram": after "of the", a body's name whose
  // head is followed by two to four capitalised words, the last one no dictionary holds, is the title's body, and they
  // the person's name)
  if (ofRole?.[2] && isTitleWord(ofRole[1]!) && text.length < BOOK_CHARS && words.length >= 4) {
    const head = words.findIndex((w, i) => i >= 1 && ORG_WORDS.has(w.toLowerCase()));
    const rest = head > 0 ? words.slice(head + 1) : [];
    if (rest.length >= 2 && rest.length <= 4 && rest.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !ORG_WORDS.has(w.toLowerCase()) && !isTitleWord(w)) && !isDictionaryWord(rest[rest.length - 1]!.toLowerCase())) {
      titles.push(`${ofRole[1]} of the ${words.slice(0, head + 1).join(' ')}`);
      words = rest;
      afterThe = false;
    }
  }
  // "Novelist Claire Dunmore": an unknown first word before a known first name is a title
  // (not an initial: "W. Neil Eggleston")
  // (nor a given name the text gave with the surname before, before a middle name: "Perpetua Anne Hallworth was born …"
  // after "Perpetua Hallworth")
  // (or with a part of a double family name given before, "Odalys Marguerite Fenwright" after "Odalys Fenwright-Ketterby";
  // or as anyone's birth name, "… was born")
  // (nor, in a run of four words or more, a first word no dictionary holds: "Macarena Isabel Quintanilla Robledo", a
  // given name and two family names; in news, of three too: "Felistus Akinyi Odhengo", a given name, a second one and
  // the family name)
  if (words.length >= 3 && !genderOfFirst(words[0]!.toLowerCase()) && genderOfFirst(words[1]!.toLowerCase()) && !/^\p{Lu}\.?$/u.test(words[0]!) && !(words.length >= (text.length < BOOK_CHARS ? 3 : 4) && !isDictionaryWord(words[0]!.toLowerCase())) && !(text.length < BOOK_CHARS && (reg.entities.has(`${words[0]} ${words[words.length - 1]}`) || BORN_AFTER.test(text.slice(end, end + 20)) || doubleNamed(reg, words[0]!, words[words.length - 1]!) !== null))) {
    titles.push(words[0]!);
    words = words.slice(1);
  }
  // "House Republican Thomas Massie", "Texas-based Matt Mackowiak": an affiliation before a given name
  const affiliated = personStart(words);
  if (affiliated) {
    titles.push(words.slice(0, affiliated).join(' '));
    words = words.slice(affiliated);
  }
  if (!words.length) return;
  // ("the Friends of Harlow Meadow, a volunteer group,": a group named for what it stands up for is named whole, a body)
  const friends = FRIENDS_OF.exec(before);
  if (friends) words = [...(friends[1] ?? friends[2]!).split(/\s+/), ...words];
  // ("KEMP'S VISITOR", "CHAPTER THE LAST": a heading in capitals names no one, and "Kemp" is not its fuller name)
  if (words.length > 1 && words.every(capitalsOnly)) return;
  const lw = wordsBy(words, toLower); // (no word is empty: they are cleaned)
  // (a group by its plural, "Vermont Democrats", "Muslim Americans", is no person either)
  // (and so is a name a medium's noun follows: "told Bon Vivant magazine"; or a medium's with a number, "told Sky Sports
  // F1", whose run stops at the digit)
  // (and a name of partners joined by "&": "Cushman & Wakefield", "Brennan & Vale")
  const org = lw.some((w) => ORG_WORDS.has(w)) || lw.includes('&') || friends !== null || words.every(capitalsOnly) || GROUP_PLURAL.test(lw[lw.length - 1]!) || isListedOutlet(words.join(' ')) || MEDIA_AFTER.test(text.slice(end, end + 24)) ||
    words.length > 2 && /^\d/.test(text[end] ?? '') && isListedOutlet(words.slice(0, -1).join(' ')) ||
    // (or a medium's name no list holds, by its words: "Diario Libre", "Kanal D", "the Coastline Courier")
    isMediaName(words.join(' ')) ||
    // (or the rest of a body's name after its head and "for": "the Centre for European Commerce Studies"; the pattern of
    // every body's head runs only where "for" ends the words before)
    FOR_BEFORE.test(before) && BODY_FOR_BEFORE.test(before);
  // (the patterns end at the name, so they only run when the text before ends as they need)
  const commaBefore = /,\s*$/.test(before.slice(-3));
  const kin = commaBefore || before.endsWith(' ') ? kinBefore(before.slice(-24)) : null;
  if (kin) gender = kin[1] ? 'm' : 'f';
  // an appositive or an age after the name: "Jana Holub, the chief executive of …", "Marta Kovac, 45,"
  const after = appositiveAfter(text, end);
  if (words.length === 1) {
    if (!org) singles.push({ at, word: lw[0]!, name: words[0]!, gender, epithet: epithetAround(after, before, commaBefore), titles, honorific: honorific && gender !== null, address, married: married === 'Lady' && genderOfFirst(lw[0]!) ? null : married, age: after?.[1] ? Number(after[1]) : null });
    return;
  }
  const roleBefore = commaBefore ? ROLE_BEFORE.exec(before) : null;
  // (the name as written, with the full stops of "Joseph R. Biden Jr.": `words` is a tail of `raw`,
  // cleaned, unless a word cleaned to nothing)
  const name = cleanedAll && !friends ? displayWords(raw.slice(raw.length - words.length)) : words.join(' ');
  // ("Perpetua Anne Hallworth was born …" after "Perpetua Hallworth": in news, a middle name added to a name the text
  // gave, the same person, known by the name it was first given; not an initial, which tells a son from his father,
  // "George W. Bush" from "George Bush")
  let e = reg.entities.get(name);
  // (or to a part of a double family name, the birth name of an obituary: "Odalys Marguerite Fenwright was born …" after
  // "Odalys Fenwright-Ketterby")
  if (!e && words.length === 3 && text.length < BOOK_CHARS && /^\p{Lu}\p{Ll}{2,}$/u.test(words[1]!) && (e = reg.entities.get(`${words[0]} ${words[2]}`) ?? doubleNamed(reg, words[0]!, words[2]!) ?? undefined)) reg.entities.set(name, e);
  // ("Prats Estrany told …" after "Leocadia Prats Estrany", "Lopchan Tamang" after "Sunmaya Lopchan Tamang": in news, the
  // two family names of a Spanish or a Nepali name without its given name, the one person of three words ending in them,
  // where the first is no given name)
  if (!e && words.length === 2 && text.length < BOOK_CHARS && genderOfFirst(lw[0]!) === null) {
    const fuller = (reg.byWord.get(lw[0]!) ?? []).filter((x) => x.person && x.words.length === 3 && x.words[1] === lw[0] && x.words[2] === lw[1]);
    if (fuller.length === 1) reg.entities.set(name, (e = fuller[0]!));
  }
  if (!e) {
    const first = lw[0]!;
    const g = gender ?? genderOfFirst(first);
    // ("to the Casino Café", "the Daily Mail": a name first met after "the", with no gender, is a place or a body;
    // in a book, so is one that ends in a word for a place: "Mansfield Park", "Kellynch Hall", "Laura Place")
    // (and so is one that opens with "St.", unless an honorific says it is a person: "St. Paul's", "St. Louis"; "Mr. St. John")
    // (and so is a state or a country by its name, unless an honorific makes it a person's: "Nova Scotia", "Iowa")
    // (and a place by a word its name opens or ends with: "San Diego", "Lake Erie", "Mexico City", "Trump Plaza")
    const region = !honorific && (isRegion(lw) || lw.length > 1 && (PLACE_FIRST.has(lw[0]!) || PLACE_LAST.has(lw[lw.length - 1]!)));
    // (and, in news, one that ends in such a word right after "at", "in" or "near", with no given name: "seven seasons at
    // Ashdown Park", not "Geun-hye Park")
    const placeAt = g === null && lw.length > 1 && PLACE_HEADS.has(lw[lw.length - 1]!) && /\b(?:at|in|near)\s+$/.test(before);
    const place = (g === null && (afterThe || text.length >= BOOK_CHARS && PLACE_HEADS.has(lw[lw.length - 1]!))) || placeAt || (/^(?:st|saint)$/.test(lw[0]!) && !honorific) || region;
    e = entity(name, lw, region ? null : g, !org && !place, place && (g === null || region) && !honorific);
    e.parent = text.length < BOOK_CHARS && (PARENT_OF.test(before) || ANCESTOR_APPOSED.test(before));
    register(reg, e);
  } else if (gender && !e.gender) e.gender = gender;
  for (const t of titles) addTitle(e, t);
  // ("presiding judge Marguerite Osei-Lund", "Chief executive Simone Achterberg": in news, a role in lower case right
  // before the name is a title too, for "the judge" and "the chief executive" later)
  const lowerRole = text.length < BOOK_CHARS && !org ? wordBefore(before) : null;
  // (or one opening the sentence, "Vice-chancellor Annelise Vargas-Hume": a role by the last part of its compound)
  const role = lowerRole?.word.toLowerCase();
  if (role && /^\p{L}[\p{Ll}-]*$/u.test(lowerRole!.word) && (ROLE_NOUNS.has(role) || compoundRole(role)) && (lowerRole!.word === role || sentenceStart(text, at - before.length + lowerRole!.start))) addTitle(e, roleModifiers(before.slice(0, lowerRole!.start)) + role);
  if (after?.[1]) e.age = Number(after[1]);
  // ("In a brief appearance at a hotel in Puerto Almagro, the former mayor, …": after a place's preposition, the phrase
  // after the comma is the sentence's subject, not the place's apposition)
  const placed = PLACE_PREPOSITION.test(before) || AT_BEFORE.test(before);
  if (after?.[2] && roleAppositive(after[2]) && !placed) {
    addTitle(e, after[2]);
    e.person = true;
  }
  // (not in a list: "I found there the General himself, De Griers, and Mlle. Blanche")
  if (roleBefore && roleAppositive(roleBefore[1]!) && !LIST_AFTER.test(text.slice(end, end + 40))) addTitle(e, roleBefore[1]!);
  const epithet = placed ? null : epithetAround(after, before, commaBefore);
  // ("Holm Ridge, a village of about 300 people,": an apposition that names a kind of place makes the name a place's)
  if (epithet && PLACE_APPOSITION.test(epithet) && !e.gender) {
    e.place = true;
    e.person = false;
  } else if (epithet) {
    addTitle(e, epithet);
    // ("Brightwater Cells, a privately held developer of sodium-ion batteries,": a firm's apposition makes it a body)
    if (FIRM_OWNERSHIP.test(epithet) && !e.gender && !honorific) e.person = false;
  }
  // ("Clara Deschamps-Whitley, an independent senator who spent fifteen years as a state prosecutor before …": in news, a
  // career the relative clause after the name gives is a title of the person's past, for "the former prosecutor")
  if (e.person && text.length < BOOK_CHARS && text.charCodeAt(end) === 44 /* , */) {
    const career = CAREER_AFTER.exec(text.slice(end, end + 200));
    if (career && ROLE_NOUNS.has(career[1]!.split(' ').pop()!)) addTitle(e, `former ${career[1]!}`);
  }
  reg.occurrences.push({ at, entity: e, quoted: false });
}
// A career in the relative clause after a name, within its sentence: ", …, who spent fifteen years as a state
// prosecutor", ", who worked as a nurse", ", who served for a decade as the city's auditor".
const CAREER_AFTER = /^,[^.;!?“”"]{0,80}?\bwho\s+(?:had\s+)?(?:spent|served|worked)\b[^.;!?“”",]{0,50}?\bas\s+(?:an?\s+|the\s+)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)(?=\s+(?:before|until|for|in|at|with|and|under)\b|[,.;])/u;

/**
 * A title of the person's, kept once: every reader asks only whether some title passes a test, and a long text
 * that gives a person the same title at each of a thousand mentions would otherwise make each question read a
 * thousand titles.
 */
function addTitle(e: Entity, title: string): void {
  if (!e.titles.includes(title)) e.titles.push(title);
}

/**
 * The entity whose name holds all of `words` (in order) and agrees with the
 * gender an honorific gives ("Mrs. Clinton"), most recently seen before `at`.
 */
function pick(reg: Registry, words: readonly string[], at: number, gender: 'm' | 'f' | null = null, sorted = reg.occurrences.length, people = false): Entity | null {
  const last = words[words.length - 1]!;
  // (a place is no fuller name of a word of its own: "China" is not "South China Sea")
  let cands = (reg.byWord.get(last) ?? []).filter((e) => e.words.length > words.length && containsRun(e.words, words) && (!people || !bodyAround(e.words, words)) && !(e.place && PLACE_LAST.has(e.words[e.words.length - 1]!)));
  if (gender) {
    const agree = cands.filter((e) => e.gender === gender);
    cands = agree.length ? agree : cands.filter((e) => e.gender === null);
  }
  // (among several fuller names, not one named once in someone's speech, who is someone talked about; with one fuller
  // name, that is the person's, "Edmund" for "Edmund Bertram")
  const onlySpoken = reg.onlySpoken;
  if (onlySpoken && onlySpoken.size > 0 && cands.length > 1) cands = cands.filter((e) => !onlySpoken.has(e));
  // (not a firm of partners named after the person, where another fuller name holds the word: "Ferrante" is Dominic
  // Ferrante of "Ferrante & Hale")
  if (cands.length > 1 && cands.some((e) => !e.words.includes('&'))) cands = cands.filter((e) => !e.words.includes('&'));
  // (nor, in news, a parent the text named once as such: "Dr. Hallworth" of an obituary is the one who died, not "Aldous
  // Hallworth" of "the youngest of four children of Aldous Hallworth")
  if (cands.length > 1 && cands.some((e) => e.parent) && cands.some((e) => !e.parent)) cands = cands.filter((e) => !e.parent);
  if (!cands.length) return null;
  if (cands.length === 1) return cands[0]!;
  // the most recent occurrence before `at`, else the first introduced
  const occ = reg.occurrences;
  // occ[0, sorted) is in text order: the last candidate at or before `at` is found reading back
  // from there, not by reading every occurrence from the document's start
  let k = 0;
  for (let hi = sorted; k < hi; ) {
    const mid = (k + hi) >> 1;
    if (occ[mid]!.at <= at) k = mid + 1;
    else hi = mid;
  }
  let best: Occurrence | null = null;
  for (let i = k - 1; i >= 0 && !best; i--) if (cands.includes(occ[i]!.entity)) best = occ[i]!;
  // while the registry is built, the singles found so far follow (all before `at`, in text order):
  // read when every sorted occurrence is, the last candidate among them wins unless it stands before `best`
  if (k === sorted) {
    for (let i = occ.length - 1; i >= sorted; i--) {
      if (!cands.includes(occ[i]!.entity)) continue;
      if (!best || occ[i]!.at >= best.at) best = occ[i]!;
      break;
    }
  }
  return best?.entity ?? cands[0]!;
}

/**
 * In news, the name the text last gave in apposition to a relative's noun before `at`, after the same possessive or
 * "a"/"an" ("her daughter, Ilse Hallworth-Brandt", "survived by a son, Caspian Hallworth"), by the registry's name for it.
 */
function kinNamedBefore(reg: Registry, at: number, possessive: string, noun: string): string | null {
  if (reg.text.length >= BOOK_CHARS) return null;
  const cased = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
  const re = new RegExp(String.raw`(?<![\p{L}])(?:${cased(possessive)}|[Aa]n?)\s+${noun},\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})(?![\p{L}])`, 'gu');
  let found: string | null = null;
  for (const m of reg.text.slice(Math.max(0, at - KIN_REACH), at).matchAll(re)) found = m[1]!;
  return found === null ? null : reg.entities.get(found)?.name ?? found;
}
const KIN_REACH = 6000;

// A parent or a grandparent set off before the name, someone's ancestor the story tells of: "His grandmother, ", "her
// late father, ".
const ANCESTOR_APPOSED = /\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:late\s+)?(?:(?:great-)?grand(?:mother|father)|mother|father)\s*,\s+$/;
// The words before a parent's name: "the youngest of four children of ", "the son of ", "born to ".
const PARENT_OF = /\b(?:(?:children|child|son|sons|daughter|daughters)\s+of|born\s+to)\s+$/;

/** Does a name end in the head of a body's name or a firm's suffix ("Harrowgate Appliance Corp", "Trump University")? */
const bodyByLastWord = (words: readonly string[]): boolean => {
  const last = words[words.length - 1]?.replace(/\.$/, '') ?? '';
  return BODY_HEADS.has(last) || /^(?:corp|inc|co|ltd|llc|plc|group|holdings)$/.test(last);
};

/** A word that makes a name a body's, a show's or an occasion's ("Foundation", "Post", "Show", "Day"). */
const bodyWord = (w: string): boolean => ORG_WORDS.has(w) || /^(?:show|day|election|week|awards?|prize|cup|games)$/.test(w);

/**
 * Is the name `name` (lower-case words) a person's name inside a body's, a show's or an
 * occasion's, not a fuller name of that person? "Eric Trump Foundation", "Rachel Maddow
 * Show", "Barack Obama Election Day" (a given name, then the words, then a body's word), or
 * a body glued to the words ("Washington Post Trump"). "Bill Clinton" is a person ("Bill" is
 * a given name), "Peabody Energy" a body whose short name is "Peabody".
 */
function bodyAround(name: readonly string[], words: readonly string[]): boolean {
  const i = runAt(name, words);
  const before = name.slice(0, i);
  const after = name.slice(i + words.length);
  // (the glue only before one word that is no plural: "Senate Republicans" are Republicans of the Senate)
  // (or a body named after the person, the name then only words for such a body: "the Clinton Foundation", "the
  // Trump Train", "the Obama Administration" are not Clinton, Trump or Obama; "Peabody Energy" may be Peabody)
  if (i === 0 && after.length > 0 && after.every((w) => EPONYM_HEADS.has(w))) return true;
  return (isGivenName(name[0]!) && after.some(bodyWord)) || (words.length === 1 && !/s$/.test(words[0]!) && before.some((w) => bodyWord(w) && !isGivenName(w)));
}

/** Words that follow the name of the person a body, a plan or a time is named after. */
const EPONYM_HEADS: ReadonlySet<string> = new Set(
  'foundation campaign administration organization organisation library center centre institute doctrine train family presidency era act bill plan tower hotel'.split(' '),
);

/** Where `needle` stands in `hay` as a run of words, or -1. */
function runAt(hay: readonly string[], needle: readonly string[]): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}
function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  return runAt(hay, needle) >= 0;
}

export interface Resolved {
  speaker: string | null;
  title: string | null;
}

// "her ladyship", "his lordship": how a book refers to the Lady or Lord of the scene.
const RANK_ADDRESS = /^(?:her|his)\s+(ladyship|lordship)$/i;
/** How far back (UTF-16 units) a book is read for the Lady or Lord that "her ladyship" or "his lordship" stands for. */
const RANK_REACH = 20000;

/** The last "Lady Catherine", "Lord Henry" (with a second capitalised word, if any) before `at`, within RANK_REACH. */
function lastRanked(text: string, at: number, rank: 'Lady' | 'Lord'): { at: number; text: string; name: string } | null {
  const from = Math.max(0, at - RANK_REACH);
  const window = text.slice(from, at);
  let found: RegExpExecArray | null = null;
  const rankedName = RANKED_NAME();
  rankedName.lastIndex = 0;
  for (let m = rankedName.exec(window); m; m = rankedName.exec(window)) if (m[1] === rank) found = m;
  // ("Lady Bertram's admiration": the name without its possessive)
  return found ? { at: from + found.index, text: stripPossessive(found[0]), name: stripPossessive(found[2]!) } : null;
}
const RANKED_NAME = lazily(() => /\b(Lady|Lord)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:de\s+)?\p{Lu}[\p{Ll}'’-]+)?)/gu);

/** Resolve a mention found at offset `at` to the speaker's fullest name. */
export function resolveMention(reg: Registry, m: Mention, at: number): Resolved {
  // two people named together: each resolved, joined as written ("Tom Reed and Ana Ruiz")
  if (m.also) {
    const first = resolveMention(reg, m.also, at);
    const second = resolveMention(reg, { ...m, also: undefined, start: m.end - (m.name?.length ?? 0) }, at);
    return { speaker: first.speaker && second.speaker ? `${first.speaker} and ${second.speaker}` : second.speaker, title: m.title };
  }
  if (m.kind === 'pronoun') {
    // "said I": in a book told in the first person, its narrator, when the others name them
    if (m.text === 'I') return { speaker: narratorOf(reg), title: null };
    // ("The ministry said in a statement … It added that …": the body that spoke just before)
    // (or, in news, the body that opens the sentence before: "The Tavrosian Foreign Ministry … struck a cautious tone.
    // In a post on X, it said …")
    if (m.gender === 'n' && /^it$/i.test(m.text)) {
      // (or the body this same "it" was read as for a clause before: "It said three deaths were being investigated, and
      // urged the public “…”" is one subject for both verbs)
      const body = reg.lastBody && (at > reg.lastBody.at || reg.lastBody.at === m.end) && at - reg.lastBody.at < BODY_REACH_IT ? reg.lastBody.text : null;
      return { speaker: body ?? (reg.text.length < BOOK_CHARS ? bodyOpeningBefore(reg.text, m.start) ?? describedBodyBefore(reg, m.start) : null), title: null };
    }
    // ("In a unanimous judgment, the judges wrote that … “…,” they wrote": in news, the group the attribution just
    // before named)
    if (m.gender === 'p' && /^they$/i.test(m.text)) {
      const group = reg.lastPlural;
      if (reg.text.length >= BOOK_CHARS) return { speaker: null, title: null };
      // (or, with no group that spoke, the plural of people that opens the sentence before: "Analysts at Hesketh & Lowe
      // Bank were blunter. In a note to clients, they wrote that …")
      return { speaker: group && at > group.at && at - group.at < SPEAKER_REACH ? group.text : pluralOpeningBefore(reg.text, m.start), title: null };
    }
    if (m.gender !== 'm' && m.gender !== 'f') return { speaker: null, title: null };
    // "Matthews said Pence’s performance should boost Trump’s numbers. “…,” he said.":
    // the person just quoted goes on speaking, though another was named since
    const s = reg.lastSpeaker;
    // ("A spokeswoman for the ministry said … “…,” she said": a speaker described since, of the pronoun's gender,
    // with no person of that gender named after it)
    const d = reg.lastDescribed;
    if (d && (d.gender === m.gender || d.gender === null) && at > d.at && at - d.at < SPEAKER_REACH && (!s || s.at < d.at) && !personSince(reg, d.at, at, m.gender)) return { speaker: d.text, title: null };
    // ("Voss replied only that … The senator was unmoved. “…,” he said": a role opening a sentence since, which its
    // title names as another person, in news)
    const role = s && at > s.at && at - s.at < SPEAKER_REACH && reg.text.length < BOOK_CHARS ? roleOpeningSince(reg, s, at, m.gender) : null;
    if (role) return { speaker: role, title: null };
    if (s && at - s.at < SPEAKER_REACH && at > s.at && (s.entity.gender === null || s.entity.gender === m.gender) && !subjectNamedSince(reg, s.at, at, m.gender)) return { speaker: s.entity.name, title: null };
    const e = lastPerson(reg, at, m.gender);
    // ("Selvik Bygg, the largest developer, expects … The governor was pressed … “…,” she said": a role opening a
    // sentence since the last person named, which its title names as another person, in news)
    const since = e && reg.text.length < BOOK_CHARS ? lastOccurrenceAt(reg, e, at) : -1;
    const titled = since >= 0 ? roleOpeningSince(reg, { entity: e!, at: since }, at, m.gender) : null;
    return { speaker: titled ?? e?.name ?? null, title: null };
  }
  // in a book, a rank it uses as a person's name ("said the General": addRankedCharacters)
  const ranked = reg.ranks?.get(m.text.toLowerCase());
  if (ranked) return { speaker: ranked.name, title: m.title };
  // in a book, an epithet its dialogue gives one person ("said the Jew" for Fagin: learnEpithets)
  const learned = reg.epithets ? learnedEpithet(reg, m.text, at) : null;
  if (learned) return { speaker: learned.name, title: m.title ?? m.text };
  // ("“…,” said the Estonian": in news, a people's name after "the" describes the person named just before, as "the
  // veteran German" does below)
  // (inverted after its cue, "said the Estonian", and one person: not a people, "the Chinese", nor a paper or a see, "the
  // Guardian", "the Vatican")
  if (m.kind === 'name' && m.name && reg.text.length < BOOK_CHARS && /^the\s/i.test(m.text) && !/\s/.test(m.name) && nationality(m.name) && !NOT_ONE_OF_A_PEOPLE.test(m.name) && !isListedOutlet(m.text) && !isListedOutlet(m.name) && AFTER_ITS_CUE.test(reg.text.slice(Math.max(0, m.start - 32), m.start))) return resolveMention(reg, { ...m, kind: 'noun', name: null }, at);
  if (m.kind === 'name' && m.name) {
    // (in a book, "Mrs. Bennet" and "Lady Bertram" are the family's wife, registered apart from its daughters)
    const wed = reg.text.length >= BOOK_CHARS ? /^(?:(Mrs)\.?|Lady)\s/.exec(m.text) : null;
    const wife = wed ? reg.entities.get(`${wed[1] ? 'Mrs.' : 'Lady'} ${m.name}`) : undefined;
    if (wife) return { speaker: wife.name, title: m.title };
    // (and "Colonel Fitzwilliam" is not "Fitzwilliam Darcy": the person the registry set apart by the title, in a book)
    const ranked = reg.text.length >= BOOK_CHARS && m.title && !/\s/.test(m.name) ? reg.entities.get(`${m.title.replace(/\s+/g, ' ')} ${m.name}`) : undefined;
    if (ranked?.person) return { speaker: ranked.name, title: m.title };
    const words = wordsBy(m.name.split(/\s+/), lower);
    const g = m.gender === 'm' || m.gender === 'f' ? m.gender : null;
    // (a person's name is no part of a body's: "Eric Trump" is not "the Eric Trump Foundation", "Maddow" not
    // "The Rachel Maddow Show"; a name that is a body's itself, "Trump Foundation", or an acronym, "PAC", may be)
    const people = !words.some(bodyWord) && !/^\p{Lu}{2,}$/u.test(m.name);
    const e = (words.length ? pick(reg, words, at, g, undefined, people) : null) ?? (people && words.length > 2 ? personEndingMention(reg, m) : null);
    if (e && (m.gender === 'm' || m.gender === 'f') && !e.gender) e.gender = m.gender;
    // ("the Democratic Front for Progress (DFP) … the DFP said": in news, a short form the text spelt out in brackets)
    return { speaker: e?.name ?? (SHORT_FORM.test(m.name) && reg.text.length < BOOK_CHARS ? spelledOut(reg.text, m.name, m.start) : null) ?? m.name, title: m.title };
  }
  // in a book, "her ladyship", "his lordship": the Lady or Lord last named before
  const rank = reg.text.length >= BOOK_CHARS ? RANK_ADDRESS.exec(m.text) : null;
  if (rank) {
    const named = lastRanked(reg.text, at, rank[1]!.toLowerCase() === 'ladyship' ? 'Lady' : 'Lord');
    if (named) {
      const r = resolveMention(reg, { kind: 'name', start: named.at, end: named.at + named.text.length, text: named.text, name: named.name, title: null, gender: rank[1]!.toLowerCase() === 'ladyship' ? 'f' : 'm' }, named.at);
      if (r.speaker) return { speaker: r.speaker, title: m.title ?? m.text };
    }
  }
  // ("“…,” Raman's post read", "the regulator's statement read": in news, the document's owner, resolved as a mention of
  // its own)
  const owned = reg.text.length < BOOK_CHARS ? OWNED_DOCUMENT.exec(m.text) : null;
  // ("Its report warned that …", "His letter said": the one the pronoun stands for)
  const possessive = !owned && reg.text.length < BOOK_CHARS ? PRONOUN_DOCUMENT.exec(m.text)?.[1]! : undefined;
  const pronoun = possessive !== undefined ? POSSESSED_BY[possessive.toLowerCase()] : undefined;
  if (pronoun) {
    const r = resolveMention(reg, { kind: 'pronoun', start: m.start, end: m.start + possessive!.length, text: pronoun.text, name: null, title: null, gender: pronoun.gender }, at);
    if (r.speaker) return { speaker: r.speaker, title: m.title ?? m.text };
  } else if (owned) {
    const owner = owned[1]!;
    const noun = /^the\s/i.test(owner);
    const r = resolveMention(reg, { kind: noun ? 'noun' : 'name', start: m.start, end: m.start + owner.length, text: owner, name: noun ? null : owner, title: null, gender: null }, at);
    if (r.speaker && r.speaker !== owner && r.speaker !== owner.replace(/^the\s+/i, '')) return { speaker: r.speaker, title: m.title ?? m.text };
    if (!noun) return { speaker: r.speaker ?? owner, title: m.title ?? m.text };
  }
  // "the statement said": who issued the statement the text spoke of last
  const document = reg.text.length < BOOK_CHARS ? STATEMENT_MENTION.exec(m.text) : null;
  if (document) {
    const issuer = statementIssuer(reg, m.start, document[1]!.toLowerCase());
    if (issuer) return { speaker: issuer, title: m.title ?? m.text };
    // ("StreamNest will raise …, the company announced Monday … As per a notice emailed to subscribers, … The notice
    // maintained that …": a body's notice, release or statement, where that body spoke last and no one since)
    const body = reg.lastBody;
    if (body && at > body.at && at - body.at < BODY_REACH_IT && /^\p{Lu}/u.test(body.text) && BODY_DOCUMENT.test(document[1]!)) return { speaker: body.text, title: m.title ?? m.text };
  }
  // a role noun: "the spokesman" → the person the article gave that title
  const words = m.text.toLowerCase().split(/\s+/);
  // ("A spokesman for Pettigrew-Sato, Marcus Delacroix-Yoon, stated … and predicted that …": in news, a role's noun
  // phrase with a name set off right after it is that person, for a second verb whose subject is the phrase)
  const apposed = reg.text.length < BOOK_CHARS && m.kind === 'noun' && words.some((w) => ROLE_NOUNS.has(w)) ? APPOSED_PERSON.exec(reg.text.slice(m.end, m.end + 64)) : null;
  if (apposed && isGivenName(apposed[1]!.split(/\s+/)[0]!.toLowerCase())) {
    const start = m.end + apposed[0].indexOf(apposed[1]!);
    const r = resolveMention(reg, { kind: 'name', start, end: start + apposed[1]!.length, text: apposed[1]!, name: apposed[1]!, title: null, gender: null }, at);
    if (r.speaker) return { speaker: r.speaker, title: m.title ?? m.text };
  }
  const age = /\b(\d{1,3})-year-old\b/.exec(m.text);
  if (age) {
    const years = Number(age[1]);
    const e = lastNamedBefore(reg, at, (p) => p.age === years);
    if (e) return { speaker: e.name, title: null };
  }
  // ("Devon Marsh, 12, and his younger brother took turns … “…,” the boy exclaimed": in news, a child's noun takes up the
  // last person named with an age under 18, of its gender or of none known)
  const child = reg.text.length < BOOK_CHARS && words.length === 2 && words[0] === 'the' ? CHILD_NOUNS.get(words[1]!) : undefined;
  if (child !== undefined) {
    const e = lastNamedBefore(reg, at, (p) => p.age !== null && p.age < 18 && (child === null || p.gender === null || p.gender === child));
    if (e) return { speaker: e.name, title: null };
  }
  // (a role in the phrase's head, not in its complement: "a source close to the actress" is no actress)
  const link = words.findIndex((w, i) => i > 0 && COMPLEMENT_LINK.test(w));
  const role = (link > 0 ? words.slice(0, link) : words).find((w) => ROLE_NOUNS.has(w));
  // "A federal judge on Tuesday ordered …" and, paragraphs later, "U.S. District Judge Hannah Whitcombe wrote": in
  // news, an indefinite description in the lede is the person the story names next with that title
  // (or a place's possessive before the role: "New Brunswick's health minister says …" ⏎ "Health Minister Perpetua
  // Lavallee-Strang announced …")
  // (or inside the lede's sentence, where the role is a title the story gives someone later: "… has been sentenced to
  // seven years, with a judge describing his offending as “…”" ⏎ "Judge Philippa Marrowby said …")
  if (role && (/^(?:a|an)$/.test(words[0]!) || PLACE_POSSESSIVE.test(m.text)) && at < LEDE_REACH && reg.text.length < BOOK_CHARS && (opensParagraph(reg.text, m.start) || TITLE_ROLES.has(role) && inLedeSentence(reg.text, m.start) && !/\b(?:retired|former|ex)\b/i.test(m.text))) {
    const named = firstTitledAfter(reg, at, role);
    if (named) return { speaker: named.name, title: m.title ?? m.text };
  }
  // ("A regional hospital removed …, a former senior nurse said on Tuesday, …" ⏎ "Karen Lessard, who managed …, said":
  // in news, an unnamed person who speaks in the lede is the one whose full name opens the next paragraph)
  const noun = words[words.length - 1]!;
  // (not a source kept unnamed, "a senior Cruz adviser", "an inside source", "a State Department official"; and the
  // opener set off by a comma, "Karen Lessard, who …", as the one the lede spoke of is introduced)
  if (/^(?:a|an)$/.test(words[0]!) && at < LEDE_REACH && reg.text.length < BOOK_CHARS && !UNNAMED_SOURCE.test(noun) && personNoun(noun)) {
    const named = paragraphsBetween(reg.text, 0, m.start) <= 1 ? nextParagraphOpener(reg, at) : null;
    // (not one of the other gender than the lede's pronoun for the person: "A bank teller told jurors Monday that she
    // believed …" ⏎ "Daniel Roche, 37, a former loan officer, has pleaded not guilty …" is the accused)
    if (named && !otherGender(reg, m, named)) return { speaker: named.name, title: m.title ?? m.text };
  }
  // (an epithet the text gave someone in an apposition: "the beadle" → "Mr. Bumble, the beadle,"; its head, not the
  // noun of an "of" after it: "the state" is no "secretary of state")
  const head = ' ' + words[words.length - 1]!;
  // (in news, a title of that one word too, "Vice-chancellor Annelise Vargas-Hume" for "the vice-chancellor"; not a
  // plural, "Senators Grassley and Leahy" for "the senators", nor a book's rank, "Master Bates" for "the workhouse master")
  const oneWord = reg.text.length < BOOK_CHARS && !PLURAL_HEAD.test(head.slice(1)) ? head.slice(1) : null;
  // (or a title of the same post by another noun: "manager Ines Salgado" for "the coach")
  const posts = role ? ROLE_SYNONYMS.get(role) : undefined;
  const holder = role && (words[0] === 'the' || words.length === 1)
    ? titledBefore(reg, at, (t) => (t.includes(role) || posts !== undefined && posts.some((r) => t.toLowerCase().includes(r)) && !otherGendered(role, t)) && qualified(t, m.text)) ?? titleStandsFor(reg, m, words, role, at)
    : !role && words[0] === 'the' && words.length <= 4 && EPITHET.test(m.text) ? titledBefore(reg, at, (t) => (t.endsWith(head) || t === oneWord) && !complementHead(t, head)) : null;
  if (holder) return { speaker: holder.name, title: m.title ?? m.text };
  // ("Dr. Helen Marchetti, Veltrane’s medical director, … The physician, who joined …, informed reporters": in news, a
  // doctor's noun takes up the one last named with "Dr.")
  const doctor = words[0] === 'the' && words.length <= 3 && reg.text.length < BOOK_CHARS && /^(?:doctor|physician)$/.test(role ?? '') ? lastNamedBefore(reg, at, (e) => e.person && reg.text.includes(`Dr. ${e.name}`)) : null;
  if (doctor) return { speaker: doctor.name, title: m.title ?? m.text };
  // ("The head of the regional coast guard told a public inquiry …" ⏎ "Cmdr. Ruth Abernathy, who has led the coast
  // guard’s Marisport sector since 2019, …": in news, a definite description of a person by the body they serve, in the
  // lede, is the one whose name opens the next paragraph, where that paragraph's opening names the body too)
  if (words[0] === 'the' && link > 1 && at < LEDE_REACH && reg.text.length < BOOK_CHARS && (role || LEADS.test(words[link - 1]!)) && paragraphsBetween(reg.text, 0, m.start) <= 1) {
    const named = nextParagraphOpener(reg, at, true);
    if (named && sharesBody(reg.text, words.slice(link + 1), at)) return { speaker: named.name, title: m.title ?? m.text };
  }
  // ("Oskar Lindqvist, a strategist at Brandt & Hale, was more sympathetic. In remarks to …, the former central bank
  // economist averred": a role no title holds, later in the paragraph that one person opens, is that person's)
  // (a post held once, "the former …": the opener's title now is another, and one who holds it now is someone else)
  const opens = role && !holder && words[0] === 'the' && words.length <= 5 && reg.text.length < BOOK_CHARS && FORMER.test(m.text) ? paragraphOpener(reg, m, role, true) : null;
  if (opens) return { speaker: opens.name, title: m.title ?? m.text };
  // ("Gulfline Power & Light said in a Facebook post … “…,” the company wrote", "the Comets said … “…,” the team said",
  // "…, the Federal Food Safety Authority said. The agency said …": or the body that spoke just before, in news, a firm
  // or a team by its name for a firm's noun, a public body for a public body's)
  const taken = reg.text.length < BOOK_CHARS ? TAKEN_UP.exec(m.text) : null;
  if (taken) {
    // (a firm's noun in the same statement takes up the firm though a person spoke since: "In the same statement, the
    // company said")
    // (a spinner's "the corporate" is "the company")
    const firmNoun = taken[1] === undefined ? undefined : /^corporate$/i.test(taken[1]) ? 'company' : taken[1].toLowerCase();
    const last = reg.lastBody ?? (firmNoun !== undefined && /\bsame\s+(?:statement|release|filing|note|letter)\b/i.test(sentenceAround(reg.text, m.start, m.end)[1]) ? reg.spokenFirm : undefined);
    // (a firm's noun not for a body whose name's last word says it is none: "the company" is no "Bergsund Stock Exchange",
    // no "Food and Allied Workers' Union")
    const other = firmNoun !== undefined && last !== undefined && FIRM_ONLY_NOUN.test(firmNoun) && otherBodyThanFirm(last.text, firmNoun);
    // ("Albright said … ⏎ Brennan & Vale is due to publish results in February. The company said in its statement …": a
    // firm that opens the noun's paragraph, after the last body spoke, is the one the noun takes up)
    const opener = last && firmNoun !== undefined ? paragraphFirm(reg, m.start, last.at) : null;
    if (opener) return { speaker: opener, title: m.title ?? m.text };
    if (last && !other && (at > last.at || last.at === m.end) && at - last.at < BODY_REACH_IT && /^\p{Lu}/u.test(last.text) && PUBLIC_BODY.test(last.text) === (taken[2] !== undefined)) return { speaker: last.text, title: m.title ?? m.text };
    // ("Calvera Pharmaceuticals has recalled …, the company announced": a firm that opens the sentence whose clause a
    // firm's noun closes, where no body spoke before)
    if ((!last || other) && firmNoun !== undefined) {
      const [from, sentence] = sentenceAround(reg.text, m.start, m.end);
      const opening = FIRM_OPENING.exec(sentence)?.[1];
      if (opening && from + opening.length < m.start && !PUBLIC_BODY.test(opening) && openingFirm(reg, opening, sentence.slice(opening.length, m.start - from))) return { speaker: opening, title: m.title ?? m.text };
      // ("Vennland Rail's chief executive … the company described the strike as …", "Shares in Calloway fell …": or
      // the firm the article last gave a firm's attribute, or whose name holds the noun, "Harrowgate Bank" for "the bank")
      const firm = namedFirmBefore(reg.text, m.start, firmNoun);
      if (firm) {
        const full = resolveMention(reg, { kind: 'name', start: firm.at, end: firm.at + firm.name.length, text: firm.name, name: firm.name, title: null, gender: null }, firm.at).speaker ?? firm.name;
        return { speaker: isGivenName(full.split(/\s+/)[0]!) ? firm.name : full, title: m.title ?? m.text };
      }
      // ("Veltrane Pharmaceuticals on Thursday pulled … Shares of Veltrane fell … the company conveyed": or the one firm
      // the article is about, named far more often than any other)
      const main = /^(?:company|firm)$/.test(firmNoun) ? mainFirm(reg, at) : null;
      if (main) return { speaker: main, title: m.title ?? m.text };
    }
  }
  // ("Solvay, 24, was gracious in defeat. “…,” the young grandmaster said": in news, a description of a person by a
  // noun no one's title holds takes up the person who opens its paragraph, where no one else is named since)
  const opener = reg.text.length < BOOK_CHARS && words[0] === 'the' && words.length <= 4 ? paragraphOpener(reg, m, words[words.length - 1]!) : null;
  if (opener) return { speaker: opener.name, title: m.title ?? m.text };
  // "the ministry", "the health ministry": the body named before whose name holds the noun and its modifiers
  // ("Ministry of Health", "Cressing District Council"), in news, where bodies speak
  // ("The U.S. Attorney’s Office for the Southern District of Ohio welcomed the ruling. “…,” the office said": as a
  // speaker "the office" is a body too, not the place, "the Oval Office" aside; and "the party" is a political party, not a
  // gathering: "The opposition Democratic Front for Progress (DFP) … the party said")
  // (a possessive among the modifiers too: "the sheriff's office" for "the Tamsworth County Sheriff's Office")
  const bodyNoun = words[words.length - 1]!;
  const bodyLike = !role && words[0] === 'the' && words.length <= 4 && reg.text.length < BOOK_CHARS && (BODY_NOUNS.has(bodyNoun) || bodyNoun === 'office' || bodyNoun === 'party') && /^[\p{Ll}’' -]+$/u.test(m.text.slice(4));
  const body = bodyLike ? namedBody(reg.text, words.slice(1), at) ?? shortFormBody(reg.text, bodyNoun, m.start) ?? registryBody(reg, words.slice(1), at) : null;
  if (body && !/^Oval[ \u00a0]Office$/u.test(body)) return { speaker: body, title: m.title ?? m.text };
  // ("The Israeli military said it had struck … “…,” the military said": a country's forces, named before by its
  // people's adjective before the noun, "the Orvanian coast guard", "Sudan's army" aside)
  const force = words[0] === 'the' && reg.text.length < BOOK_CHARS ? nationalForce(reg.text, words.slice(1).join(' '), m.start) : null;
  if (force) return { speaker: force, title: m.title ?? m.text };
  // ("“We grabbed the dog,” Ellen Thibodeaux said. ⏎ Her husband said …": in news, a spouse's noun takes up the one other
  // person of the family name the owner has, of the spouse's gender, "Gary Thibodeaux"; so does a sibling's or a child's,
  // "Her brother, a software engineer, admitted …")
  const spouse = reg.text.length < BOOK_CHARS ? SPOUSE.exec(m.text) : null;
  if (spouse) {
    const owner = resolveMention(reg, { ...m, kind: 'pronoun', gender: spouse[1]!.toLowerCase() === 'his' ? 'm' : 'f' }, at).speaker;
    const family = owner && owner.includes(' ') ? owner.slice(owner.lastIndexOf(' ') + 1) : null;
    const gender = /^(?:wife|sister|daughter)$/i.test(spouse[2]!) ? 'f' : 'm';
    const others = family ? [...new Set(reg.entities.values())].filter((e) => e.name !== owner && e.person && e.name.endsWith(' ' + family) && e.name.includes(' ') && (e.gender ?? genderOfFirst(e.name.split(' ')[0]!)) === gender) : [];
    // (a sibling or a child only where the text named them so: "and her brother, Nathan Tran,")
    const named = (e: Entity) => /^(?:wife|husband)$/i.test(spouse[2]!) || reg.text.includes(`${spouse[2]!.toLowerCase()}, ${e.name}`);
    if (others.length === 1 && named(others[0]!)) return { speaker: others[0]!.name, title: m.title ?? m.text };
    // ("Her daughter, Ilse Hallworth-Brandt, said … ⏎ … survived by a son, Caspian Hallworth … ⏎ Her son said": or the
    // one the text last named in apposition to the same noun, after the same possessive or "a")
    const apposed = kinNamedBefore(reg, m.start, spouse[1]!.toLowerCase(), spouse[2]!.toLowerCase());
    if (apposed) return { speaker: apposed, title: m.title ?? m.text };
  }
  // in a book, "said her mother", "his wife": the parent or spouse of the person "her" or "his" stands for, by the
  // family name ("Mrs. Bennet" for Elizabeth Bennet's mother, "Bennet" of "Mr. Bennet" for Mrs. Bennet's husband)
  const kin = reg.text.length >= BOOK_CHARS ? KIN.exec(m.text) : null;
  if (kin) {
    const owner = resolveMention(reg, { ...m, kind: 'pronoun', gender: kin[1]!.toLowerCase() === 'his' ? 'm' : 'f' }, at).speaker;
    const family = owner?.slice(owner.lastIndexOf(' ') + 1);
    const female = /^(?:mother|wife)$/i.test(kin[2]!);
    const relative = family ? (female ? reg.entities.get(`Mrs. ${family}`) : undefined) ?? reg.entities.get(family) : undefined;
    const key = epithetKey(m.text);
    if (relative && relative.name !== owner && relative.gender === (female ? 'f' : 'm')) {
      // (remembered: "her mother" of one page is the one of the next, when "her" is harder to tell)
      (reg.kin ??= new Map()).set(key, relative);
      return { speaker: relative.name, title: m.title ?? m.text };
    }
    const known = reg.kin?.get(key);
    if (known && namedNear(reg, known, at)) return { speaker: known.name, title: m.title ?? m.text };
  }
  // in a book, "said his aunt", "her friend": the person the narration last named so before, or first after
  const named = reg.kinNamed && KIN_MENTION.test(m.text) ? reg.kinNamed.get(epithetKey(m.text)) : undefined;
  if (named) {
    const i = partitionPoint(named, (n) => n.at <= at);
    return { speaker: named[i > 0 ? i - 1 : 0]!.entity.name, title: m.title ?? m.text };
  }
  // in a book, "said the other", "his companion": the one of the last two people quoted who did not speak last
  if (reg.text.length >= BOOK_CHARS && OTHER_PARTY.test(m.text) && reg.recent?.length === 2) return { speaker: reg.recent[0]!.name, title: m.title ?? m.text };
  // in a book, "the girl", "the old gentleman" stand for a person of that gender as "she" and "he" do
  const gender = words[0] === 'the' && words.length <= 3 && reg.text.length >= BOOK_CHARS ? GENDER_NOUNS.get(words[words.length - 1]!) : undefined;
  if (gender) {
    const r = resolveMention(reg, { ...m, kind: 'pronoun', gender }, at);
    if (r.speaker) return { speaker: r.speaker, title: m.title ?? m.text };
  }
  // "the aide" after "A senior Senate aide said": the one described so before, not far back
  // (in an article: a book's "the child", "the stranger" are characters, read above; and not where a name of its own
  // says which one, "the PPIC poll", "the Q poll", or an owner, "the ad’s narrator")
  const described = words[0] === 'the' && words.length <= 3 && reg.text.length < BOOK_CHARS && !/\s\p{Lu}/u.test(m.text) && !OWNER_INSIDE.test(m.text) ? reg.described?.get(words[words.length - 1]!) : undefined;
  if (described && at > described.at && at - described.at < DESCRIBED_REACH) return { speaker: described.text, title: m.title };
  // ("Lionel Barraclough-Nyambura, 58, …, denies eleven counts of fraud … The defendant told the jury": in news, where
  // no description took the noun up, the person the text has deny or face the charges)
  // (and "the witness", the person the text has give evidence: "Hesper Vaughan-Okoro, completed her evidence under
  // cross-examination")
  const courtRole = m.kind === 'noun' && reg.text.length < BOOK_CHARS ? COURT_ROLE.exec(m.text) : null;
  if (courtRole) {
    const held = namedDoingBefore(reg, m.start, courtRole[1] ? WITNESSED : CHARGED);
    if (held) return { speaker: held.name, title: m.title ?? m.text };
  }
  // ("A former sous-chef at the restaurant, who requested not to be named, relayed … “…,” the former employee put
  // forward": a person described by another noun takes up the one unnamed person described just before, where no named
  // person has spoken since)
  const anonymous = words[0] === 'the' && words.length <= 4 && reg.text.length < BOOK_CHARS && !/\s\p{Lu}/u.test(m.text) && !OWNER_INSIDE.test(m.text) && ONE_PERSON.test(words[words.length - 1]!) ? lastDescribedPerson(reg, at) : null;
  if (anonymous) return { speaker: anonymous, title: m.title };
  // in news, "the 24-year-old", "the mother of two", "the Serbian-born coach": a definite description of the person
  // named just before, where no one was given that age (not a role, "the former president", "the Indiana governor":
  // in political news the person named last is as often someone else, and a role is taken up by its title above)
  if (reg.text.length < BOOK_CHARS && words[0] === 'the' && words.length <= 5) {
    const kin = KIN_OF.exec(m.text);
    // ("The Serbian-born coach maintained …": a birthplace says who as an age does)
    const born = /\b\p{Lu}[\p{L}’'.]*-born\b/u.test(m.text);
    // (and so does a people's name, "the veteran German", "the 58-year-old German, who took charge in 2021,"; not a
    // party's, "the Republican", in political news as often another)
    // (or one before a player capped by the country, "the Norwegian international", a spinner's "worldwide" for it)
    const people = words.length > 1 && nationality(m.text.slice(m.text.lastIndexOf(' ') + 1)) || words.length === 3 && /^(?:international|worldwide)$/.test(words[2]!) && nationality(m.text.split(/\s+/)[1]!);
    // (and so does a career left behind that no one's title holds, "The former investment banker, who took the helm in
    // 2021, asserted": no one else's post)
    // (not an office, "the former president", "the former governor": in political news as often another who held it;
    // nor someone else's post, "the former vice president’s spokeswoman")
    const career = role !== undefined && !holder && FORMER.test(m.text) && !OFFICE.test(role) && !OWNER_INSIDE.test(m.text);
    if (age || kin || born || people || career) {
      // (the person quoted last, if close, over one named inside the words quoted: "She told the Post she had “nothing
      // left” when Keroche made her move.⏎“…,” the 31-year-old added" is hers; not over one named since the quotation
      // ended, "Second-place finisher Amara Obi was more guarded. “…,” the 26-year-old said")
      const g = kin ? (/^(?:mother|grandmother|mum|mom)$/i.test(kin[1]!) ? 'f' : 'm') : null;
      // (not the one who put the question: "Asked by interviewer Selma Hartikainen whether …, the 58-year-old replied")
      const near0 = personOccurrenceNear(reg, at, g);
      const named = near0 && ASKED_BY.test(reg.text.slice(Math.max(0, near0.at - 40), near0.at)) ? null : near0;
      const spoke = reg.lastQuoted;
      // (the same words resolved for an earlier quotation of the same clause: "…, asserted that the offer … was “generous”")
      if (spoke && spoke.start === m.start && spoke.end === m.end) return { speaker: spoke.entity.name, title: m.title ?? m.text };
      // ("Feld … pressed her on margins. “…?” he said. ⏎ “Fair question,” the 52-year-old replied.": a reply to the
      // question the one quoted last asked is another's, the person named before the asker)
      if (spoke && REPLY_AFTER.test(reg.text.slice(m.end, m.end + 20)) && /\?[”’"]/.test(reg.text.slice(Math.max(0, spoke.start - 250), m.start))) {
        // (a person by a given name, a title or a gender the text gave: not a firm the registry could not tell, "Granite
        // Ridge")
        const other = lastNamedBefore(reg, at, (e) => e.person && e !== spoke.entity && (e.gender !== null || e.titles.length > 0 || isGivenName(e.words[0]!)) && (!age || e.age === null || e.age === Number(age[1])) && (g === null || e.gender === null || e.gender === g));
        if (other) return { speaker: other.name, title: m.title ?? m.text };
      }
      // (the quotation's end: that of the sentence that gave them the words, where the names are inside what they said)
      const ended = spoke ? Math.max(sentenceEnd(reg.text, spoke.start, spoke.end), spoke.clauseEnd) : 0;
      if (spoke && at > ended && at - ended < LAST_SPEAKER_REACH && (!named || named.at < ended) && (g === null || spoke.entity.gender === null || spoke.entity.gender === g) && (!age || spoke.entity.age === null || spoke.entity.age === Number(age[1]))) return { speaker: spoke.entity.name, title: m.title ?? m.text };
      const near = named?.entity ?? null;
      if (near) return { speaker: near.name, title: m.title ?? m.text };
    }
    // ("Strickland has conceded. The challenger, who …, wrote", "“…,” Ewan Trelawney said. The flanker said …": a role
    // opening its sentence right after a sentence that named a person, and no one else, stands for that person)
    // (not a plural, "The officials said", nor a role the sentence before gave someone it did not name: "A judge in Ohio
    // issued a ruling. The judge ruled …")
    // (nor a possessor, "The mayor's message to voters was simple: “…”", whose words may be another's than the one just named)
    // (nor a role one holds for another person or a body, "The representative also said", "The publisher said")
    if (role && !RELATIONAL_ROLE.test(role) && words.length <= 3 && !/s$/.test(words[words.length - 1]!) && opensSentence(reg.text, m.start) && !/^[’']s\b/.test(reg.text.slice(m.end, m.end + 3))) {
      const g = NOUN_FEMALE.test(m.text) ? 'f' : NOUN_MALE.test(m.text) ? 'm' : null;
      const near = personNamedNear(reg, m.start, g, ROLE_REACH);
      if (near && onlyPersonBefore(reg, near, m.start, role, FORMER.test(m.text))) return { speaker: near.name, title: m.title ?? m.text };
    }
  }
  const speaker = m.text.replace(/^(?:the|a|an)\s+/i, '');
  return { speaker: /^\p{Lu}/u.test(speaker) ? speaker : m.text, title: m.title };
}
// The head noun of an indefinite description of a few words, before its complement: "aide" of "A senior Senate aide,
// who …", "spokesman" of "a spokesman for the ministry", "people" of "people familiar with the matter".
// (the words before the head are its modifiers: no function word, no participle, "A poll conducted by voters" is a poll;
// a capitalised word is a name, "A Downing Street spokesman")
const DESCRIBED_HEAD = /^(?:(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+)?(?:(?!(?:by|of|for|in|at|with|from|to|on|who|whom|that|and|or)\s)(?:\p{Lu}[\p{L}’'.-]*|[\p{L}’'.-]+(?<!ed|ing))\s+){0,3}?(\p{Ll}[\p{Ll}-]+)(?:\s+(?:for|of|at|with|in|from|to|on|who|whom|that|familiar|close|knowledgeable|briefed|involved|aware)\b|\s*$)/u;
// The head of a noun phrase that names a group: a plural ("judges", "analysts"), or a noun of many ("people", "police").
const PLURAL_HEAD = /^(?:\p{Ll}+[^sui’']s|people|police|staff|personnel|clergy|children|men|women)$/u;
// A word that opens the complement of a noun phrase's head ("close to the actress", "of the senator").
const COMPLEMENT_LINK = /^(?:of|to|for|at|with|close|from|near|in|on|by|familiar|who|that)$/;
// A determiner that makes a noun phrase definite: no new description.
const DEFINITE = /^(?:the|his|her|their|its|our|my|your|this|that|these|those|some|many|most|all|both|several|other|others)\s/i;
/** How far (UTF-16 units) "the aide" takes up the aide an attribution described. */
const DESCRIBED_REACH = 6000;
// The words before the one who put a question: "Asked by interviewer ", "pressed by ".
const ASKED_BY = /\b(?:asked|questioned|pressed|interviewed|challenged|quizzed)\s+by\s+(?:[a-z-]+\s+){0,2}$/i;

// The nouns that take up an unnamed person described before ("the source", "the former employee"; not a role of its own,
// "the candidate").
const ONE_PERSON = /^(?:source|person|employee|worker|staffer|insider|witness|official|aide|member|resident|officer|man|woman|colleague)$/;

/**
 * The unnamed person an indefinite description introduced last ("A former sous-chef at the restaurant"), within
 * ANONYMOUS_REACH of `at`, where no named person has been quoted since; null otherwise.
 */
function lastDescribedPerson(reg: Registry, at: number): string | null {
  let last: { head: string; text: string; at: number } | null = null;
  for (const [head, d] of reg.described ?? []) if (d.at < at && (!last || d.at > last.at)) last = { head, ...d };
  if (!last) return null;
  if (at - last.at > ANONYMOUS_REACH || !personNoun(last.head)) return null;
  return reg.lastQuoted && reg.lastQuoted.start > last.at ? null : last.text;
}
const ANONYMOUS_REACH = 800;
// What stands before a noun phrase that opens its clause: the text's or a paragraph's start, a sentence's end, a comma.
const CLAUSE_OPENS = /(?:^|\n|[.!?][”’"']?\s+|,\s+|\b(?:and|but)\s+)$/;
/** Is a description's head a person's noun: "a former sous-chef", "a longtime adviser"; not "a congressional timeline", "a campaign message"? */
const personNoun = (head: string): boolean => ROLE_NOUNS.has(head) || ONE_PERSON.test(head) || PERSON_ENDING_NOUN.test(head) && !THING_ENDING.test(head);

// Attributions in the first person, outside quotations: "said I", "I replied".
const FIRST_PERSON_CUE = /(?:[,.!?”"]\s*(?:said|cried|replied|answered|asked|added|returned|exclaimed|continued|rejoined|observed|remarked|whispered|muttered|shouted)\s+I\b|\bI\s+(?:said|cried|replied|answered|asked|added|returned|exclaimed|continued|rejoined|observed|remarked|whispered|muttered|shouted)\b)/g;
/** How many such attributions make a book one told in the first person. */
const FIRST_PERSON_BOOK = 10;
// What stands before and after a name said to the person it names: “For God’s sake, Alexis
// Ivanovitch, do …”, “O Alexis Ivanovitch!”, “… my dear Watson?” (a vocative).
const VOCATIVE_BEFORE = /(?:^|[“"‘,]|\b(?:O|Oh|dear|my dear)\s)\s*$/;
const VOCATIVE_AFTER = /^[’']?\s*[,!?”"]/;

/**
 * The name of a book's first-person narrator: in a book of ten or more "said I",
 * the person the others address most by name (three times at least), whose name
 * stands inside quotations at least three times in four (the narrator says "I").
 * Looked for once per document.
 */
function narratorOf(reg: Registry): string | null {
  if (reg.narrator !== undefined) return reg.narrator;
  reg.narrator = null;
  if (reg.text.length < BOOK_CHARS) return null;
  FIRST_PERSON_CUE.lastIndex = 0;
  let cues = 0;
  // (in narration only: "I said" inside a quotation is a character's)
  for (let m = FIRST_PERSON_CUE.exec(reg.text); m && cues < FIRST_PERSON_BOOK; m = FIRST_PERSON_CUE.exec(reg.text)) if (!reg.inside?.(m.index + m[0].length - 1)) cues++;
  if (cues < FIRST_PERSON_BOOK) return null;
  const tally = new Map<Entity, { vocative: number; quoted: number; all: number }>();
  for (const o of reg.occurrences) {
    if (!o.entity.person) continue;
    const t = tally.get(o.entity) ?? { vocative: 0, quoted: 0, all: 0 };
    tally.set(o.entity, t);
    t.all++;
    if (!o.quoted) continue;
    t.quoted++;
    const run = nameRunAt(reg.text, o.at);
    if (VOCATIVE_BEFORE.test(reg.text.slice(Math.max(0, o.at - 12), o.at)) && VOCATIVE_AFTER.test(reg.text.slice(o.at + run.length, o.at + run.length + 3))) t.vocative++;
  }
  let best: Entity | null = null;
  let most = 2;
  for (const [e, t] of tally) {
    if (t.vocative > most && t.quoted >= 0.75 * t.all) {
      best = e;
      most = t.vocative;
    }
  }
  reg.narrator = best?.name ?? null;
  return reg.narrator;
}

// The other party of an exchange: "said the other", "replied his companion".
const OTHER_PARTY = /^(?:the\s+other|the\s+other\s+one|his\s+companion|her\s+companion|their\s+companion)$/i;

// How far into a story its lede reaches, and how far after it the person it describes may be named.
const LEDE_REACH = 800;
const CATAPHORA_REACH = 2000;

/** Does the mention at `start` open its paragraph, after a dateline maybe ("DENVER — A federal judge …")? */
function opensParagraph(text: string, start: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  return /^\s*(?:[\p{Lu}][\p{Lu}.,' ]+(?:\([^)]{1,40}\))?\s*[—–-]+\s*)?$/u.test(line);
}

/** Does a preposition of topic open the paragraph right before `start` ("For Philippa, …", "As for Ruiz, …")? */
const topicOpening = (text: string, start: number): boolean => /(?:^|\n)[ \t]*(?:For|As for|To|Like|Unlike)[ \u00a0]+$/.test(text.slice(Math.max(0, start - 12), start));

/** Does the first personal pronoun after `m` in its sentence give the person the other gender than `e`'s? */
function otherGender(reg: Registry, m: Mention, e: Entity): boolean {
  const gender = e.gender ?? genderOfFirst(e.words[0]!);
  if (!gender) return false;
  const [from, sentence] = sentenceAround(reg.text, m.start, m.end);
  const pronoun = firstPronounGender(sentence.slice(m.end - from));
  return pronoun !== null && pronoun !== gender;
}
// The nouns of a source the story keeps unnamed, no lede's stand-in for the person named next.
const UNNAMED_SOURCE = /^(?:source|official|aide|adviser|advisor|insider|person|reporter|spokesman|spokeswoman|spokesperson|diplomat|staffer|strategist|operative|lawmaker|member|officer)$/;

/** The person whose name of several words opens the paragraph right after the one holding `at`, set off by a comma. */
function nextParagraphOpener(reg: Registry, at: number, titled = false): Entity | null {
  const br = reg.text.indexOf('\n\n', at);
  if (br < 0) return null;
  let p = br;
  while (p < reg.text.length && /\s/.test(reg.text[p]!)) p++;
  // (with `titled`, past a title before the name: "Cmdr. Ruth Abernathy, who …")
  let o = reg.occurrences.find((x) => x.at === p);
  for (let n = 0; titled && !o && n < 3; n++) {
    const w = OPENING_TITLE.exec(reg.text.slice(p, p + 30));
    if (!w) break;
    p += w[0].length;
    o = reg.occurrences.find((x) => x.at === p);
  }
  return o && o.entity.person && !o.quoted && o.entity.words.length > 1 && /^[^\n,.]{0,40},/.test(reg.text.slice(p, p + 60)) ? o.entity : null;
}

// A capitalised word of a title before a name that opens a paragraph: "Cmdr. ", "Police ", "Chief ".
const OPENING_TITLE = /^\p{Lu}[\p{L}.-]*\s+(?=\p{Lu})/u;

// The nouns of one who leads a body, "the head of …", that no list of roles holds.
const LEADS = /^(?:head|leader|boss|chief)$/;

/** Does the opening of the paragraph after `at` hold a word of the body `words` names ("coast", "guard")? */
function sharesBody(text: string, words: readonly string[], at: number): boolean {
  const br = text.indexOf('\n\n', at);
  if (br < 0) return false;
  // (its first 200 characters, within the paragraph: a title's full stop, "Cmdr. Ruth …", ends no sentence here)
  const sentence = text.slice(br + 2, br + 200).split('\n')[0]!.toLowerCase();
  return words.some((w) => w.length >= 4 && !/^(?:this|that|these|those|their|with|from|into)$/.test(w) && new RegExp(String.raw`(?<![\p{L}])${w.replace(/[^\p{L}-]/gu, '')}(?![\p{L}])`, 'u').test(sentence));
}

/** The first person named after `at`, not far, with a title whose last word is `role` ("U.S. District Judge"). */
function firstTitledAfter(reg: Registry, at: number, role: string): Entity | null {
  const occ = reg.occurrences;
  for (let i = partitionPoint(occ, (o) => o.at <= at); i < occ.length && occ[i]!.at - at < CATAPHORA_REACH; i++) {
    const e = occ[i]!.entity;
    if (e.person && !occ[i]!.quoted && e.titles.some((t) => t.toLowerCase().split(/\s+/).pop() === role)) return e;
  }
  return null;
}

/**
 * "The senator said" after "Sen. Mary Ortiz": the person whose title `role`, the head of the mention, stands for by
 * an abbreviation or a kind (ROLE_TITLES), when that person is also the one a pronoun would stand for there (the
 * subject being written about, not any senator named before: "Marco Rubio says … Donald Trump and Sen. Ted Cruz.
 * The Florida senator …" is no Cruz), and a place before the role ("the Florida senator") is not another's in the
 * title ("Texas Sen.").
 */
function titleStandsFor(reg: Registry, m: Mention, words: readonly string[], role: string, at: number): Entity | null {
  const kinds = ROLE_TITLES.get(role);
  // (the role is the mention's head: not "the campaign of the former senator")
  const r = words.indexOf(role);
  if (!kinds || words.slice(1, r).some((w) => /^(?:of|for|from|with|to)$/.test(w))) return null;
  const place = m.text.split(/\s+/).slice(1, r).find((w) => /^\p{Lu}/u.test(w));
  const placed = (t: string) => /^\p{Lu}\p{Ll}+$/u.test(t.split(' ')[0]!) && !isTitleWord(t.split(' ')[0]!);
  const holder = lastNamedBefore(reg, at, (e) => e.titles.some((t) => titleOfKind(t, kinds) && qualified(t.toLowerCase(), m.text)) && !(place && e.titles.some((t) => placed(t) && !t.includes(place))));
  if (!holder) return null;
  // (a place that the title also names is enough: "Florida Sen. Marco Rubio" … "the Florida senator")
  if (place && holder.titles.some((t) => t.includes(place))) return holder;
  const genders = holder.gender ? [holder.gender] : (['m', 'f'] as const);
  // (may a person hold the role: no title known, or one of its kinds; not a host, "Fox News host Kendra Valloway")
  const mayHold = (e: Entity): boolean => e.titles.length === 0 || e.titles.some((t) => titleOfKind(t, kinds));
  // (the role's holder where a pronoun would be theirs; or where the last speaker may not hold it, a host who asked the
  // holder: "Hollister asked Rasmund-Platt whether … ⏎ “…,” the congressman said")
  const last = reg.lastSpeaker?.entity;
  const asker = last !== undefined && last !== holder && !mayHold(last);
  if (!asker && !genders.some((g) => resolveMention(reg, { ...m, kind: 'pronoun', gender: g, also: undefined }, at).speaker === holder.name)) return null;
  // (nor a person of the other gender named since who may hold it: "… press Warren on whether …, but the senator
  // insisted" is no Sanders; "told Valloway" is no one meant)
  const list = occurrencesOf(reg).get(holder)!;
  const since = reg.occurrences[list[partitionPoint(list, (i) => reg.occurrences[i]!.at < at) - 1]!]!.at;
  return holder.gender && personSince(reg, since, at, holder.gender === 'm' ? 'f' : 'm', mayHold) ? null : holder;
}

// (the words' own statement, "said in a statement", "In a written statement, …": not one spoken of, "said Cook provided a
// written statement")
// (or its advisory, post, release, decision, letter …: "the National Hurricane Center said in a special advisory. … The
// advisory said", "The stewards said in their decision … the decision read"; a regulator's circular or directive)
const DOCUMENT = 'statement|advisory|post|release|bulletin|notice|filing|memo|communiqué|communique|decision|ruling|letter|report|note|email|circular|directive';
const STATEMENT_WORD = new RegExp(String.raw`\bin\s+(?:a|an|its|his|her|their|the)\s+(?:[\p{Ll}-]+\s+){0,2}(${DOCUMENT})\b`, 'iu');
// A document by a possessive pronoun: "Its report", "his letter".
const PRONOUN_DOCUMENT = new RegExp(String.raw`^(its|his|her)\s+(?:[\p{Ll}-]+\s+)?(?:${DOCUMENT})$`, 'iu');
// The pronoun a possessive stands for, as a speaker: "Its report" is what "it" names.
const POSSESSED_BY: Readonly<Record<string, { text: string; gender: 'm' | 'f' | 'n' }>> = { its: { text: 'it', gender: 'n' }, his: { text: 'he', gender: 'm' }, her: { text: 'she', gender: 'f' } };
// A document by its owner: "Raman's post", "the regulator's written statement", "Lumenar Systems’ letter".
const OWNED_DOCUMENT = new RegExp(String.raw`^((?:the\s+)?(?:[\p{L}.-]+\s+){0,3}?[\p{L}.-]+)(?:[’']s|s[’'])\s+(?:[\p{Ll}-]+\s+)?(?:${DOCUMENT})$`, 'u');
// (or the noun alone, where the mention lost its determiner and its time word: "A later post said …" read as "post")
const STATEMENT_MENTION = new RegExp(String.raw`^(?:the\s+(?:\p{Ll}+\s+)?)?(${DOCUMENT})$`, 'iu');
const STATEMENT_REACH = 1500;
// The documents a body sends out in its own name, which the body that spoke last issued where no word says who did.
const BODY_DOCUMENTS = 'statement|notice|release|bulletin|advisory|memo|email';
const BODY_DOCUMENT = new RegExp(`^(?:${BODY_DOCUMENTS})$`, 'i');
// Such a document as a speaker with nothing after its noun but where it went: "a notice emailed to subscribers".
const UNSIGNED_DOCUMENT = new RegExp(String.raw`^(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?(?:${BODY_DOCUMENTS})(?:\s+(?:sent|emailed|mailed|posted)\s+to\s+[\p{Ll}\s]+)?$`, 'iu');
// Between the issuer's name and "statement": "issued a", "released a written", "put out a brief", "herself posted a
// short handwritten", "wrote an open".
const ISSUED = /^(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?(?:\s+(?:himself|herself|themselves|itself))?\s+(?:also\s+|later\s+)?(?:issued|released|put\s+out|sent\s+out|posted|published|provided|wrote|shared|signed)\s+(?:a|an|its|his|her|their)(?:\s+[\p{Ll}-]+){0,2}\s+$/u;

/** Where the sentence around [start, end) ends (as sentenceAround reads it). */
function sentenceEnd(text: string, start: number, end: number): number {
  const [from, sentence] = sentenceAround(text, start, end);
  return from + sentence.length;
}

/**
 * The sentence of the text around `[start, end)`, from the stop before it to the stop after it (within 400 characters
 * either side), and where it starts.
 */
function sentenceAround(text: string, start: number, end: number): [number, string] {
  const from = Math.max(0, start - 400);
  const before = text.slice(from, start);
  const stop = Math.max(lastStop(before), before.lastIndexOf('\n'));
  const after = text.slice(end, end + 400);
  const next = after.search(/[.!?](?:\s|$)|\n/);
  return [from + stop + 1, before.slice(stop + 1) + text.slice(start, end) + (next < 0 ? after : after.slice(0, next))];
}

/**
 * Where the last sentence of `s` ends: its last full stop, "!" or "?", where a space follows it (past a closing mark)
 * and, after a bare full stop, no number or word in lower case; or -1 (read from the end by hand).
 */
function lastStop(s: string): number {
  // (not an abbreviation's full stop before a number or a word in lower case: "starting Nov. 1, the company announced")
  for (let i = s.length - 1; i >= 0; i--) {
    if (s[i] !== '.' && s[i] !== '!' && s[i] !== '?') continue;
    let j = i + 1;
    if (s[j] === '”' || s[j] === '’' || s[j] === '"') j++;
    if (j >= s.length || !isSpace(s.charCodeAt(j))) return -1;
    let k = j;
    while (k < s.length && isSpace(s.charCodeAt(k))) k++;
    if (s[i] !== '.' || j > i + 1 || k >= s.length || !/[\p{Ll}\d]/u.test(s[k]!)) return i;
  }
  return -1;
}

/**
 * Who issued the statement (or the advisory, the post …: `noun`) that "the statement" at `at` takes up: the last word
 * `noun` before it, not far back, if an attribution named its speaker with it (reg.statement), or else the name that
 * issued it right before that word ("the Holocaust Museum issued a statement"); null if neither.
 */
function statementIssuer(reg: Registry, at: number, noun: string): string | null {
  const text = reg.text;
  const from = Math.max(0, at - STATEMENT_REACH);
  const window = text.slice(from, at);
  const re = new RegExp(String.raw`\b${noun}\b`, 'gi');
  // (the words outside quotations, "“Nine hundred jobs is a number in a press release,” said …" being none, from the
  // last back to the first whose issuer the text tells: "The release did not name …" tells none, "In a press release,
  // the company said …" does)
  const words: number[] = [];
  for (let m = re.exec(window); m; m = re.exec(window)) if (!reg.inside?.(from + m.index)) words.push(from + m.index);
  for (let i = words.length - 1; i >= 0; i--) {
    const issuer = issuerAt(reg, words[i]!, noun);
    if (issuer !== null) return issuer;
  }
  return null;
}

/** Who issued the document whose noun stands at `word` ("statementIssuer"), or null where the text does not say. */
function issuerAt(reg: Registry, word: number, noun: string): string | null {
  const text = reg.text;
  const issued = reg.statement?.get(word);
  if (issued !== undefined) return issued;
  const occ = reg.occurrences;
  // ("a report published by Westbury City Council on Friday": the name after the word's participle and "by")
  // (or after "from" and a title in lower case: "a statement from campaign manager Lionel Okafor")
  const j = partitionPoint(occ, (o) => o.at <= word);
  const upTo = j < occ.length && occ[j]!.at - word < 60 ? text.slice(word + noun.length, occ[j]!.at) : null;
  // (not the body of the title between: "by the quality manager at Pellucid Services, Ansel Krigbaum", read below)
  if (upTo !== null && (PUBLISHED_BY.test(upTo) || STATEMENT_FROM.test(upTo)) && !TITLE_BODY_BEFORE.test(upTo) && !isRegion(occ[j]!.entity.words)) return occ[j]!.entity.name;
  // ("a memo written in March of last year by the quality-assurance manager at Pellucid Analytical Services, Ansel
  // Krigbaum-Teo": its author named in apposition to a title, past a time and the title's body)
  for (let k = j; k < occ.length && occ[k]!.at - word < 200; k++) {
    if (occ[k]!.entity.person && AUTHORED_BY_TITLE.test(text.slice(word + noun.length, occ[k]!.at))) return occ[k]!.entity.name;
  }
  // the subject of the word's own sentence that issued it: "the Holocaust Museum issued a statement"
  const i = partitionPoint(occ, (o) => o.at < word) - 1;
  if (i < 0 || word - occ[i]!.at > 80) return null;
  const o = occ[i]!;
  const run = nameRunAt(text, o.at);
  const between = text.slice(o.at + run.length, word);
  // ("The Whitcombe campaign released its own statement": the person's campaign, named as the text names it)
  const body = CAMPAIGN_NOUN.exec(between);
  if (body && ISSUED.test(between.slice(body[0].length)) && o.entity.person) return `${stripPossessive(run)} ${body[1]}`;
  return ISSUED.test(between) && !isRegion(o.entity.words) ? o.entity.name : null;
}
// A person's campaign or office after their name, before the verb that issued a document: " campaign", " team".
const CAMPAIGN_NOUN = /^\s+(campaign|team|camp|office)(?=\s)/;

// A document's participle and "by" before its issuer's name: " published by ", " released on Friday by the ".
// (maybe after when: "on Monday", "late Thursday", "Thursday")
const PUBLISHED_BY = /^\s+(?:published|released|issued|put\s+out|compiled|commissioned)\s+(?:(?:(?:on|late|early|last)\s+)?\S+\s+)?by\s+(?:the\s+)?$/i;

// "from" and at most four lower-case words of a title before the issuer's name: " from campaign manager ", " from the
// campaign's policy director, ".
// (or its author after "written by", maybe after a description and its comma: " written by the campaign's pollster, ")
const STATEMENT_FROM = /^,?\s+(?:from|on\s+behalf\s+of|(?:written|signed|drafted|authored|prepared)\s+(?:(?:in|on|last|late|early)\s+[\p{L}\d]+\s+)?by)\s+(?:(?:the|its|his|her|their)\s+)?(?:[\p{Ll}’'-]+(?:,\s+|\s+)){0,4}$/u;

// A title's preposition before the body it serves: "… manager at ", "… director of the ".
// (not "on behalf of ", whose name is the author's)
const TITLE_BODY_BEFORE = /\p{Ll}(?<!behalf)\s+(?:at|of|for|with)\s+(?:the\s+)?$/u;
// A document's author's participle, maybe a time, "by" and a title that a comma sets the name after: " written in March of
// last year by the quality-assurance manager at Pellucid Analytical Services, ".
const AUTHORED_BY_TITLE = /^\s+(?:written|signed|drafted|authored|prepared|sent)\s+(?:(?:in|on|last|late|early)\s+[\p{L}\d]+(?:\s+of\s+(?:last|this)\s+year)?\s+)?by\s+(?:the|its|his|her|their|a|an)\s+(?:[\p{L}’'&-]+\s+){0,8}?[\p{L}’'&-]+,\s+$/u;

/** The words of a set, capitalised, as the alternatives of a regular expression: "Ministry|Department|…". */
function capitalised(words: ReadonlySet<string>): string {
  return [...words].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|');
}

// How far back "It added" looks for the body that spoke (UTF-16 units).
const BODY_REACH_IT = 600;
// A public body's name that opens a sentence as its subject: "The Tavrosian Foreign Ministry, whose …, struck".
const BODY_OPENING = lazily(() => new RegExp(String.raw`^(?:The[ \u00a0]+)?((?:\p{Lu}[\p{L}’'-]+[ \u00a0]+){0,4}(?:${capitalised(GOVERNMENT_HEADS)})(?:[ \u00a0]+of(?:[ \u00a0]+the)?(?:[ \u00a0]+\p{Lu}[\p{L}’'-]+){1,3})?)(?=,|[ \u00a0]+\p{Ll})`, 'u'));

/** The public body named as the subject that opens the sentence before the one at `at` (within 400 characters), or null. */
function bodyOpeningBefore(text: string, at: number): string | null {
  const before = sentenceBefore(text, at, at);
  if (!before) return null;
  // (or after an opening phrase and its comma: "Hours after the talks ended, the Icelandic Ministry of Fisheries
  // posted a statement on X. “…,” it said")
  return BODY_OPENING().exec(before.text)?.[1] ?? BODY_OPENING().exec(before.text.replace(PHRASE_BEFORE_BODY, ''))?.[1] ?? null;
}
// An opening phrase of a few words and its comma, with the article after it: "Hours after the talks ended, the ".
const PHRASE_BEFORE_BODY = /^[^,.;:!?“”"\n]{1,60},\s+(?:the\s+)?/u;
/** The plural noun of people, with its body, that opens the sentence before `at`: "Analysts at Hesketh & Lowe Bank". */
function pluralOpeningBefore(text: string, at: number): string | null {
  const before = sentenceBefore(text, at, at + 1);
  return before ? PLURAL_OPENING().exec(before.text)?.[1] ?? null : null;
}
// A plural of people opening a sentence, maybe after a quantity or an adjective, maybe with the body they are at, before
// its verb in lower case.
const PLURAL_OPENING = lazily(() => /^((?:(?:Some|Many|Several|Most|Other|Two|Three|Four|Five)\s+)?(?:[\p{Ll}-]+\s+)?(?:[Aa]nalysts|[Ee]conomists|[Oo]fficials|[Ee]xperts|[Rr]esearchers|[Ss]cientists|[Ll]awyers|[Cc]ritics|[Rr]esidents|[Ii]nvestors|[Tt]raders|[Dd]octors|[Aa]ctivists|[Cc]ampaigners|[Aa]ides|[Aa]dvisers|[Ll]awmakers|[Dd]iplomats|[Ee]xecutives|[Oo]rganisers|[Oo]rganizers|[Pp]rosecutors|[Ii]nvestigators)(?:\s+(?:at|from|with|for)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}’'.-]*|&)\s+){0,4}\p{Lu}[\p{L}’'.-]*)?)\s+\p{Ll}/u);

/**
 * The sentence before the one that holds [from, to) within 400 units, trimmed at its start, and where it starts; the
 * pieces are split where a sentence's end stands before a capital or a quotation mark, or at a blank line.
 */
function sentenceBefore(text: string, from: number, to: number): { text: string; start: number } | null {
  const lo = Math.max(0, from - 400);
  const window = text.slice(lo, to);
  const pieces = window.split(/[.!?][”’"]?\s+(?=[\p{Lu}“"‘])|\n\s*\n/u);
  if (pieces.length < 2) return null;
  const piece = pieces[pieces.length - 2]!;
  const trimmed = piece.trimStart();
  return { text: trimmed, start: lo + window.lastIndexOf(piece) + piece.length - trimmed.length };
}
// "for" (and "the") right before a run, and a body's head before it: "Centre for ", "Institute for the ", "Centers for ".
const FOR_BEFORE = /(?<![\p{L}])for[ \u00a0]+(?:the[ \u00a0]+)?$/u;
const BODY_FOR_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${capitalised(BODY_HEADS)})s?[ \u00a0]+for[ \u00a0]+(?:the[ \u00a0]+)?$`, 'u');

// A body by its noun opening a sentence as its subject: "The union disputed …", "The company defended …".
const DESCRIBED_BODY_OPENING = new RegExp(String.raw`^The[ \u00a0]+(${[...BODY_HEADS].join('|')})[ \u00a0]+\p{Ll}`, 'u');

/**
 * "The National Union of Port Workers walked out. The union disputed the account. In a statement, it said …": the
 * named body that the noun opening the sentence before takes up, for "it"; null where the noun resolves to no name.
 */
function describedBodyBefore(reg: Registry, at: number): string | null {
  // (with the pronoun's first letter, so that a sentence it opens is split off: "… the account. It said …")
  const before = sentenceBefore(reg.text, at, at + 1);
  const m = before ? DESCRIBED_BODY_OPENING.exec(before.text) : null;
  if (!before || !m) return null;
  const start = before.start;
  const noun = reg.text.slice(start, start + 4 + m[1]!.length);
  const r = resolveMention(reg, { kind: 'noun', start, end: start + noun.length, text: noun, name: null, title: null, gender: null }, start);
  return r.speaker !== null && r.speaker !== noun ? r.speaker : null;
}

/**
 * Is `name`, which opens a sentence, a firm's: a body's word in it ("Calvera Pharmaceuticals"), or "its" in the words
 * `after` it taking it up, where it is no person's or place's name nor a function word ("StreamNest will raise the price
 * of its ad-free plan …, the company announced"; not "In a statement posted on its website, …")?
 */
function openingFirm(reg: Registry, name: string, after: string): boolean {
  const words = wordsBy(name.split(/\s+/), lower);
  // (a firm's word in it, or its partners' names joined by "&": "Brennan & Vale")
  if (words.some(bodyWord) || name.includes(' & ')) return true;
  const known = reg.entities.get(name);
  // (not a common noun opening the sentence, which the text writes in lower case too: "Revenue rose 4 per cent …, but
  // costs at its warehouses climbed …, the company stated")
  if (words.length === 1 && !known && (reg.text.includes(` ${words[0]!} `) || reg.text.includes(` ${words[0]!},`))) return false;
  return !NOT_NAME_WORDS.has(words[0]!) && !isGivenName(words[0]!) && !known?.gender && !known?.place && known?.person !== true && /(?<![\p{L}])its(?![\p{L}])/u.test(after);
}

/**
 * The firm whose name opens the paragraph of `at`, where the paragraph starts after `since` and the name is a firm's
 * (openingFirm), by its fullest registered name; null otherwise.
 */
function paragraphFirm(reg: Registry, at: number, since: number): string | null {
  const p = reg.text.lastIndexOf('\n\n', at);
  if (p < 0 || p + 2 <= since) return null;
  const para = reg.text.slice(p + 2, at);
  const name = FIRM_OPENING.exec(para)?.[1];
  if (!name || PUBLIC_BODY.test(name) || !openingFirm(reg, name, para.slice(name.length))) return null;
  const full = resolveMention(reg, { kind: 'name', start: p + 2, end: p + 2 + name.length, text: name, name, title: null, gender: null }, p + 2).speaker ?? name;
  return isGivenName(full.split(/\s+/)[0]!) ? null : full;
}

// The capitalised name that opens a sentence, before its verb: "Calvera Pharmaceuticals has recalled …".
const FIRM_OPENING = /^((?:(?:\p{Lu}[\p{L}&.’'-]*|&)\s+){0,4}\p{Lu}[\p{L}&.’'-]*)\s+\p{Ll}/u;
// A firm's name by what the article gives it: "Vennland Rail's chief executive", "Luminex Systems’ shareholders",
// "shares in Calloway", "Dishly Ltd" (a name of one to four capitalised words).
const FIRM_NAME = String.raw`(\p{Lu}[\p{L}&-]*(?:[ \u00a0](?:&[ \u00a0])?\p{Lu}[\p{L}&-]*){0,3})`;
const FIRM_SIGNAL = lazily(() => new RegExp(String.raw`(?<![\p{L}’'-])${FIRM_NAME}(?:[’'](?:s)?\s+(?:chief\s+(?:executive|financial\s+officer|operating\s+officer)|CEO|chairman|chairwoman|founder|shares|share\s+price|headquarters|shareholders|employees|workforce|customers|annual\s+report|profits?|revenues?|board\s+of\s+directors)|\s+(?:Ltd|Inc|Corp|plc|LLC|GmbH|AG|SA)(?![\p{L}]))|[Ss]hares\s+(?:in|of)\s+${FIRM_NAME}`, 'gu'));
// A firm's name after the noun of its trade: "Rail operator Westline", "energy company Gulfline", "mining firm Kestrel",
// "the payments app Nimbus Pay".
const FIRM_DESCRIBED = lazily(() => new RegExp(String.raw`(?<![\p{L}])(?:operator|company|firm|carrier|carmaker|automaker|maker|manufacturer|retailer|airline|developer|insurer|lender|supplier|provider|utility|producer|conglomerate|app|platform|startup|start-up|exchange|chain)[ \u00a0]+${FIRM_NAME}(?![\p{L}])`, 'gu'));
// A name whose last word is a firm's: "Luminex Systems", "Brightwater Records".
const FIRM_HEADED = lazily(() => new RegExp(String.raw`(?<![\p{L}’'-])((?:\p{Lu}[\p{L}&-]*[ \u00a0]){1,3}(?:${FIRM_HEADS.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|')}))(?![\p{L}])`, 'gu'));
// A sports club's name by its suffix: "Ashdown Rovers", "Castlemoor Athletic", "Harbridge United", "Kessel FC".
const CLUB_NAMED = /(?<![\p{L}’'-])((?:\p{Lu}[\p{L}&’'-]*[ \u00a0]){1,3}(?:Rovers|Wanderers|Albion|Hotspur|Athletic|United|FC|AFC))(?![\p{L}])/gu;
/** How far back (UTF-16 units) a firm's noun looks for the firm. */
const FIRM_REACH = 4000;

/**
 * The firm a firm's noun ("the company", "the bank") stands for where no body spoke before it: of the names before `at`,
 * within reach, that hold the noun itself ("Harrowgate Bank" for "the bank"), or else that the article gave a firm's
 * attribute (FIRM_SIGNAL) or a firm's name (FIRM_HEADED), the one named most, then last; and only where it was named
 * in the noun's paragraph or the one before. Not a name that opens with a given name, a person's.
 */
function namedFirmBefore(text: string, at: number, noun: string): { name: string; at: number } | null {
  const from = Math.max(0, at - FIRM_REACH);
  const before = text.slice(from, at);
  // (the firm the article speaks of most, not only last: "Harrowgate Bank" over the "Corvin Securities" of one
  // sentence; of as many, the last named)
  const seen = new Map<string, { name: string; at: number; count: number }>();
  const keep = (name: string, index: number) => {
    // (without a base before it: "Mumbai-based Velmurai Logistics Ltd")
    const bare = name.replace(/^The\s+/, '').replace(/^\p{Lu}[\p{L}.’'-]*-based\s+/u, '');
    if (isGivenName(bare.split(/\s+/)[0]!)) return;
    // (not the firm someone quoted works for: "Shreya Venkatachalam, a senior research analyst at Kothandaram
    // Securities, told ANI …" in a story of Frostvahini Logistics)
    if (EMPLOYER_BEFORE.test(before.slice(Math.max(0, index - 40), index))) return;
    const named = from + index + (name.length - bare.length);
    const c = seen.get(bare);
    if (c) {
      c.count++;
      c.at = named;
    } else seen.set(bare, { name: bare, at: named, count: 1 });
  };
  if (noun !== 'company' && noun !== 'firm') {
    // (with the place or people of its name after the noun: "Central Bank of Caldera", "Bank of England")
    const head = noun.charAt(0).toUpperCase() + noun.slice(1);
    const of = String.raw`\s+of(?:\s+the)?(?:\s+\p{Lu}[\p{L}’'-]*){1,3}`;
    // (or its plural, "Meridian Pacific Airlines" for "the airline")
    const own = new RegExp(String.raw`(?<![\p{L}])((?:\p{Lu}[\p{L}&’'-]*[^\S\n]+){1,3}${head}s?(?:${of})?|${head}${of})(?![\p{L}])`, 'gu');
    for (const m of before.matchAll(own)) keep(m[1]!, m.index!);
  }
  // ("Ashdown Rovers host Kingsbridge … the club said": a club's name by its sports suffix, for "the club" or "the team")
  if ((noun === 'club' || noun === 'team') && !seen.size) for (const m of before.matchAll(CLUB_NAMED)) keep(m[1]!, m.index!);
  // (a name that holds the noun says which firm however far back it stands)
  const owned = seen.size > 0;
  if (!seen.size) {
    for (const m of before.matchAll(FIRM_SIGNAL())) keep(m[1] ?? m[2]!, m.index! + (m[1] ? 0 : m[0].length - m[2]!.length));
    for (const m of before.matchAll(FIRM_HEADED())) keep(m[1]!, m.index!);
    for (const m of before.matchAll(FIRM_DESCRIBED())) keep(m[1]!, m.index! + m[0].length - m[1]!.length);
  }
  let best: { name: string; at: number; count: number } | null = null;
  for (const c of seen.values()) if (!best || c.count > best.count || c.count === best.count && c.at > best.at) best = c;
  // (named last in the noun's paragraph or the one before, by its name alone too: "the payments app Nimbus Pay … ⏎
  // Nimbus Pay, which is …, acknowledged the breach … The company stated"; further back, "the company" is as often one
  // the article never named so, "Twitter", "Valeant")
  if (best && !owned) {
    const again = lastWordAt(before, best.name);
    if (again >= 0 && from + again > best.at) best.at = from + again;
    // (or by its first word, where no dictionary holds it: "Halvorsen" of "Halvorsen Foods")
    const first = best.name.split(/\s+/)[0]!;
    const short = best.name.includes(' ') && first.length > 2 && !isDictionaryWord(first.toLowerCase()) ? lastWordAt(before, first) : -1;
    if (short >= 0 && from + short > best.at) best.at = from + short;
  }
  return best && (owned || paragraphsBetween(text, best.at, at) <= 1) ? best : null;
}

// A title and "at" before the firm its holder works for: "a senior research analyst at ", "chief economist at the ".
const EMPLOYER_BEFORE = /(?<![\p{L}])(?:analysts?|strategists?|economists?|researchers?|traders?|portfolio\s+managers?|fund\s+managers?|partners?|professors?|fellows?)\s+at\s+(?:the\s+)?$/u;

/** Where `name` last stands in `text` as words of their own (no letter on either side), or -1. */
function lastWordAt(text: string, name: string): number {
  for (let i = text.lastIndexOf(name); i >= 0; i = i > 0 ? text.lastIndexOf(name, i - 1) : -1) {
    if (!/\p{L}/u.test(text.charAt(i - 1)) && !/\p{L}/u.test(text.charAt(i + name.length))) return i;
  }
  return -1;
}

const FIRM_WORDS: ReadonlySet<string> = new Set(FIRM_HEADS);
/**
 * The firm an article is about: of the bodies named before `at` whose name holds a firm's word ("Veltrane
 * Pharmaceuticals", its short name "Veltrane" counted with it), not a public body's, the one named at least three
 * times and more than twice as often as any other; null when there is none.
 */
function mainFirm(reg: Registry, at: number): string | null {
  const counts = new Map<Entity, number>();
  for (const o of reg.occurrences) {
    if (o.at >= at) break;
    const e = o.entity;
    if (o.quoted || e.place || e.gender || !e.words.some((w) => FIRM_WORDS.has(w)) || PUBLIC_BODY.test(e.name)) continue;
    counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  let best: Entity | null = null;
  let first = 0;
  let second = 0;
  for (const [e, n] of counts) {
    if (n > first) [best, first, second] = [e, n, first];
    else if (n > second) second = n;
  }
  return best && first >= 3 && first > 2 * second ? best.name : null;
}

/** How many paragraph breaks (blank lines) stand between `from` and `to`. */
function paragraphsBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n\n', from); i >= 0 && i < to; i = text.indexOf('\n\n', i + 2)) n++;
  return n;
}
// The nouns that take up the body that spoke just before: a firm's (group 1) or a public body's (group 2), maybe after
// where it is based or listed ("the Rannaport-based company", "the Oslo-listed firm").
// (no Unicode class under /i: V8 closes such a class under case folding when it first compiles the pattern)
const TAKEN_UP = /^the\s+(?:\S+-(?:based|listed|headquartered)\s+)?(?:(company|corporate|firm|group|team|club|airline|carrier|bank|insurer|retailer|automaker|carmaker|exchange|studio|label|publisher|chain)|(agency|regulator|watchdog|authority))$/i;
// The nouns of TAKEN_UP that only a firm goes by ("the group", "the club" and "the bank" may stand for other bodies).
const FIRM_ONLY_NOUN = /^(?:company|firm|airline|carrier|insurer|retailer|automaker|carmaker|chain)$/i;
/** Does the last word of the body's name `name` make it another body than a firm ("Exchange", "Union", "Institute")? */
function otherBodyThanFirm(name: string, noun: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1).replace(/[’']s?$/, '').toLowerCase();
  return last !== noun.toLowerCase() && NOT_FIRM_HEAD.test(last);
}
// The heads of a body's name that no firm ends in (not "House", "Penguin Random House"; not "Research", "Brightline
// Research").
const NOT_FIRM_HEAD = /^(?:department|ministry|office|agency|bureau|council|commission|committee|union|university|college|school|institute|foundation|association|court|church|party|senate|congress|parliament|assembly|army|navy|police|administration|federation|coalition|alliance|league|academy|society|board|authority|tribunal|embassy|consulate|museum|hospital|orchestra|chamber|directorate|inspectorate|secretariat|exchange|regulator|government)$/;
// A word of a public body's or a group's name: "the agency" takes up such a body, "the company" none.
const PUBLIC_BODY = new RegExp(String.raw`\b(?:${capitalised(PUBLIC_BODY_HEADS)})\b`);


/**
 * Does a title (in lower case) agree with the party a description names? "The Democratic presidential nominee" is not
 * the one titled "republican presidential nominee" (a title or a description that names no party agrees with any).
 */
function qualified(title: string, description: string): boolean {
  const party = PARTY.exec(description.toLowerCase());
  const own = party ? PARTY.exec(title) : null;
  if (own && own[1]!.slice(0, 5) !== party![1]!.slice(0, 5)) return false;
  // ("the prime minister" is not "Interior Minister Karl Weiss": where the words right before the role name a
  // portfolio or a rank in both, they must be the same)
  const d = description.toLowerCase().split(/\s+/);
  const role = d[d.length - 1]!;
  const mine = d.length > 2 && PORTFOLIO.test(d[d.length - 2]!) ? d[d.length - 2]! : null;
  const t = title.toLowerCase().split(/\s+/);
  const j = t.lastIndexOf(role);
  const theirs = j > 0 && PORTFOLIO.test(t[j - 1]!) ? t[j - 1]! : null;
  if (mine && theirs && mine !== theirs) return false;
  // ("the minister" is no "Prime Minister Henrik Salomonsen", whom the text calls "the prime minister")
  if (theirs === 'prime' && mine === null) return false;
  // ("the union chief" is not "chief executive Patricia Lindqvist": a role the title holds before another role of its
  // own modifies that one; not before a "general", "director general", which follows its role)
  const next = j >= 0 ? t[j + 1] : undefined;
  if (next !== undefined && ROLE_NOUNS.has(role) && ROLE_NOUNS.has(next) && !/^gen(?:eral|\.)$/.test(next)) return false;
  // ("the governor" is not "Deputy Governor Piet Hallen", nor "the prime minister" "Deputy Prime Minister …": a rank
  // below the office before the role, in one and not the other, is another office)
  const rank = (words: readonly string[], end: number) => words.slice(Math.max(0, end - 3), end).find((w) => RANK.test(w)) ?? null;
  return j < 0 || rank(d, d.length - 1) === rank(t, j);
}
// A rank below an office, before its role: "deputy governor", "vice president", "assistant secretary".
const RANK_WORDS = 'deputy|vice|assistant|associate|junior|under';
const RANK = new RegExp(`^(?:${RANK_WORDS})$`);
// A word that tells one office of a role from another: "prime minister", "interior minister", "deputy mayor".
const PORTFOLIO = new RegExp(`^(?:prime|interior|foreign|finance|defence|defense|health|justice|education|home|trade|economy|economic|energy|transport|labour|labor|culture|agriculture|environment|treasury|${RANK_WORDS})$`);
const PARTY = /\b(democratic|democrat|republican|gop|labour|conservative|tory|liberal)\b/;
const FORMER = /\b(?:former|ex|onetime|one-time|erstwhile|retired)\b/i;
// Public offices, which a "former" description takes up only through a title: "the former governor" is as often one
// the article did not just name.
const OFFICE = /^(?:president|vice-president|president-elect|premier|chancellor|king|queen|prince|princess|emperor|pope|minister|secretary|senator|representative|congressman|congresswoman|lawmaker|legislator|governor|mayor|councilman|councilwoman|councillor|councilor|commissioner|judge|justice|prosecutor|sheriff|speaker|ambassador|chairman|chairwoman|chair|leader|nominee)$/;

/** Is `title` the other gender's form of a gendered role: "spokeswoman" for "the spokesman", "chairman" for "the chairwoman"? */
function otherGendered(role: string, title: string): boolean {
  if (role.endsWith('woman')) return /(?<!wo)man\b/.test(title);
  return role.endsWith('man') && /woman\b/.test(title);
}

/** The person named last before `at` whose titles, in lower case, one passes `test`. */
function titledBefore(reg: Registry, at: number, test: (title: string) => boolean): Entity | null {
  return lastNamedBefore(reg, at, (e) => e.titles.some((t) => test(t.toLowerCase())));
}

// "the mother of two", "the father of three": a parent described by the number of children.
const KIN_OF = /^the\s+(?:[\p{Ll}-]+\s+)?(mother|father|grandmother|grandfather|mum|mom|dad)\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$/iu;
/** How far back (UTF-16 units) a definite description of a person takes up the person last named. */
const EPITHET_REACH = 1500;

// Roles one holds for another person or a body, which "The representative said" takes up as often as not: no one's
// but the one a title names.
const RELATIONAL_ROLE = /^(?:representative|spokesman|spokeswoman|spokesperson|lawyer|attorney|counsel|agent|publicist|aide|adviser|advisor|assistant|deputy|publisher|editor|owner|staffer|official|officer)$/;
/** How far back (UTF-16 units) a role opening a sentence takes up the person of the sentence before. */
const ROLE_REACH = 400;

/** Does a title hold a word of `kinds`, with or without its full stop ("Sen." for the kinds of "senator")? */
function titleOfKind(title: string, kinds: ReadonlySet<string>): boolean {
  return title.toLowerCase().split(' ').some((w) => kinds.has(w.endsWith('.') ? w.slice(0, -1) : w));
}

/** The person last named before `at`, not far back, of the gender `g` or of none known. */
function personNamedNear(reg: Registry, at: number, g: 'm' | 'f' | null, reach = EPITHET_REACH): Entity | null {
  return personOccurrenceNear(reg, at, g, reach)?.entity ?? null;
}

/** personNamedNear's find with where it was named. */
function personOccurrenceNear(reg: Registry, at: number, g: 'm' | 'f' | null, reach = EPITHET_REACH): { entity: Entity; at: number } | null {
  const occ = reg.occurrences;
  for (let i = partitionPoint(occ, (o) => o.at < at) - 1; i >= 0 && at - occ[i]!.at < reach; i--) {
    const e = occ[i]!.entity;
    if (!e.person || e.place || occ[i]!.quoted || !mayBePerson(e) || placeByUse(reg, e)) continue;
    if (g === null || e.gender === null || e.gender === g) return { entity: e, at: occ[i]!.at };
  }
  return null;
}

/** How far (UTF-16 units) after the last person quoted a description by age, kin or birthplace takes them up first. */
const LAST_SPEAKER_REACH = 300;

// "The senator was unmoved.": a role with its article opening a sentence, and the verb after it.
// (past an opening phrase and its comma too, "Back on the quay, the 52-year-old was …": an age stands for the person;
// or two, "Later on Tuesday, at a press conference in Bellcourt, the Premier was asked …", a role in capitals too)
const ROLE_OPENING = new RegExp(String.raw`(?:^|[.!?][”’"]?\s+|\n\s*)(?:\p{Lu}[^,.!?\n“”"]{0,80},\s+(?:\p{Ll}[^,.!?\n“”"]{0,80},\s+)?)?([Tt]he\s+(?:[\p{Ll}-]+\s+)??(\p{Ll}+|\p{Lu}\p{Ll}+|${AGE_NOUN.source.slice(1, -1)}))\s+(?:was|is|had|has|did|would|could|pressed|continued|went|turned|shot|hit|fired|came|\p{Ll}{3,}ed)\b`, 'gu');

/**
 * The person a role or an age stands for, when it opens a sentence (maybe after an opening phrase) between the last
 * speaker `s` and `at` ("The senator was unmoved", "Back on the quay, the 52-year-old was mending nets") and its title
 * or age names someone else of the pronoun's gender; null if none.
 */
function roleOpeningSince(reg: Registry, s: { entity: Entity; at: number }, at: number, g: 'm' | 'f'): string | null {
  const window = reg.text.slice(s.at, at);
  // (asked for most pronouns of an article: the pattern runs only where "The" opens a word)
  if (!window.includes('The ') && !window.includes(', the ')) return null;
  let found: RegExpExecArray | null = null;
  ROLE_OPENING.lastIndex = 0;
  for (let m = ROLE_OPENING.exec(window); m; m = ROLE_OPENING.exec(window)) found = m;
  const role = found?.[2]?.toLowerCase();
  if (!found || !role) return null;
  const start = s.at + found.index + found[0].indexOf(found[1]!);
  if (AGE_NOUN.test(role)) {
    const years = Number.parseInt(role, 10);
    const e = lastNamedBefore(reg, start, (x) => x.age === years);
    return e && e !== s.entity && e.person && (e.gender === null || e.gender === g) ? e.name : null;
  }
  if (!ROLE_NOUNS.has(role) || RELATIONAL_ROLE.test(role)) return null;
  // (the last person given that title, or an abbreviation of it, "Sen." for "the senator"; not through the pronoun,
  // which this is to decide)
  const kinds = ROLE_TITLES.get(role);
  const e = lastNamedBefore(reg, start, (x) => x.titles.some((t) => t.toLowerCase().split(' ').includes(role) || kinds !== undefined && titleOfKind(t, kinds)));
  return e && e !== s.entity && e.person && (e.gender === null || e.gender === g) ? e.name : null;
}

/** Does a sentence open at `at` (after a full stop, or a paragraph break)? */
function opensSentence(text: string, at: number): boolean {
  return /(?:[.!?][”’"]?\s+|\n\s*|^)$/.test(text.slice(Math.max(0, at - 4), at));
}

/**
 * Is `e` the only person named in the words before `at` (ROLE_REACH; its occurrences aside), and do they not speak of
 * someone else by the `role` noun ("A judge in Ohio issued a ruling")? (A window, not the sentence: the stops of "Sen."
 * and "Mr." would end it.)
 */
function onlyPersonBefore(reg: Registry, e: Entity, at: number, role: string, past = false): boolean {
  const from = Math.max(0, at - ROLE_REACH);
  // (nor a role other than the one their title gives them: "Former striker Oskar Lindqvist said … The president said"
  // is someone else; a word for many roles, "the official", "the player", may still be theirs, and so may a role held
  // before, "the former ambassador")
  if (!past && !GENERIC_ROLE.test(role)) {
    const roles = e.titles.flatMap(titleRoles);
    if (roles.length > 0 && !roles.includes(role)) return false;
  }
  // (nor a role of someone else's, "her representative", "Ashby's agent")
  if (new RegExp(`\\b(?:his|her|their|its|\\p{Lu}[\\p{L}-]*[’']s)\\s+(?:[\\p{L}-]+\\s+)?${role}\\b`, 'u').test(reg.text.slice(Math.max(0, at - EPITHET_REACH), at))) return false;
  if (new RegExp(`\\b(?:a|an|one|another)\\s+(?:[\\p{L}-]+\\s+){0,2}${role}\\b`, 'iu').test(reg.text.slice(from, at))) return false;
  const occ = reg.occurrences;
  for (let i = partitionPoint(occ, (o) => o.at < at) - 1; i >= 0 && occ[i]!.at >= from; i--) {
    const o = occ[i]!;
    if (o.entity !== e && o.entity.person && !o.entity.place && mayBePerson(o.entity)) return false;
  }
  return true;
}

/**
 * The person whose name opens the paragraph of the description `m` (head noun `head`, of a person by its ending),
 * before its sentence, when no other person is named between and none holds a title of
 * that noun; null otherwise.
 */
function paragraphOpener(reg: Registry, m: Mention, head: string, roles = false): Entity | null {
  // (a role's noun is a title's, which the titles decide, and a body's or a document's noun no person's: only a noun of a
  // person by its ending, "grandmaster", "veteran", and no possessive's, "the prime minister's spokesman")
  const text = reg.text;
  let para = text.lastIndexOf('\n', m.start) + 1;
  const lineOpens = QUOTE_OPENS.test(text.slice(para, para + 1)) && !/[.!?][”’"]?\s+\p{Lu}/u.test(text.slice(para, m.start).replace(/[“"‘][^”"’]*[”"’]/g, ''));
  // (a role's noun too before a line that opens its paragraph, where no one named before holds it as a title: "the
  // shopkeeper" — checked below)
  // (and a rank by its number, "the world No 3", a player's)
  const ranked = RANKED.test(m.text);
  // (or, asked by the caller, the role's noun of a post held once, "the former central bank economist", not one said of
  // anyone, "the former official")
  const unfit = PLURAL_HEAD.test(head) || (roles ? GENERIC_ROLE.test(head) : ROLE_NOUNS.has(head) && (!lineOpens || GENERIC_ROLE.test(head)) || BODY_HEADS.has(head) || PUBLIC_BODY_HEADS.has(head) || !PERSON_ENDING_NOUN.test(head) || THING_ENDING.test(head));
  if (!ranked && unfit || OWNER_INSIDE.test(m.text)) return null;
  // (the description stands in a later sentence of the paragraph: after a full stop; or it attributes the quotation
  // that opens its paragraph, right after the paragraph whose opener it takes up: "Grieg, who …, was gracious. ⏎
  // “…,” the 29-year-old grinder stated.")
  if (lineOpens) {
    const prev = text.lastIndexOf('\n\n', para - 3);
    if (para < 2 || prev < 0 && para > 2000) return null;
    para = prev < 0 ? 0 : prev + 2;
  } else if (!/[.!?][”’"]?\s/.test(text.slice(para, m.start))) return null;
  const occ = reg.occurrences;
  // (the paragraph's opener; or, before a line that opens its own paragraph, the one person that paragraph names, "In
  // Esk, residents greeted the news warily. Halina Vetrova, 47, … ⏎ “…,” the shopkeeper added.")
  let first = partitionPoint(occ, (o) => o.at < para);
  if (lineOpens) while (first < occ.length && occ[first]!.at < m.start && !occ[first]!.entity.person) first++;
  const o = occ[first];
  if (!o || (lineOpens ? o.at >= m.start : o.at !== para) || !o.entity.person && !o.entity.gender || o.entity.place) return null;
  // (one the paragraph introduces, named there for the first time, in a paragraph of narration: not "“…?” Borger asked.
  // ⏎ “…,” the senator said", nor "Trump’s money … ⏎ “…,” the RNC member said")
  // (nor where that paragraph gives its noun to someone: "Turning to Tom Reyes, the senator made a gesture … ⏎ “…,” the
  // senator said"; a noun that introduces someone, "Another caller to the station, who gave only his first name, Marcus,
  // …", gives it to the one named)
  if (lineOpens && o.at !== para && (QUOTE_OPENS.test(text.slice(para, para + 1)) || occ.findIndex((x) => x.entity === o.entity) !== first || new RegExp(String.raw`\b(?<!(?:an?|another|one)\s+(?:[\p{L}-]+\s+)?)${head}\b`, 'iu').test(text.slice(para, text.lastIndexOf('\n', m.start))))) return null;
  for (let i = first + 1; i < occ.length && occ[i]!.at < m.start; i++) if (occ[i]!.entity !== o.entity && occ[i]!.entity.person) return null;
  // (nor a noun that is someone's title, or another role of the opener's: "the moderator" after "Trump spoke first")
  const e = o.entity;
  // (a rank by its number is no title: "the defending champion Sofia Lindqvist" is "the world No 3")
  if (roles || ranked) return e;
  // (a standing won, "Tour of Valmora champion", is no role that another noun would contradict: "the Swiss rider")
  if (e.titles.length && !holdsTitleWord(e, head) && e.titles.flatMap(titleRoles).some((r) => !STANDING.test(r))) return null;
  if (lastNamedBefore(reg, m.start, (x) => x !== e && holdsTitleWord(x, head))) return null;
  return e;
}
// A verb of replying right after a description: "the 52-year-old replied".
const REPLY_AFTER = /^\s+(?:replied|responded|answered|countered|retorted|shot\s+back)(?![\p{L}])/u;
// Titles of a standing won rather than a post held: "champion", "titleholder", "runner-up".
const STANDING = /^(?:champion|titleholder|runner-up|front-runner|frontrunner)$/;
// A paragraph that opens with a quotation.
const QUOTE_OPENS = /^[“"‘']/;
// A noun of a person by its ending: mentions.ts's PERSON_ENDING without -ant, -ent and -ary, which as heads of a
// description here name things as often ("the government", "the statement", "the secretary" is a role).
const PERSON_ENDING_NOUN = /^\p{Ll}{3,}(?:er|or|ist|ian|eur)$/u;
/** Does a title of `e` hold the word `w` (in lower case), or a word that implies it: "Deputy Governor" holds "governor", "retired teacher" "pensioner"? */
const holdsTitleWord = (e: Entity, w: string): boolean => e.titles.some((t) => t.toLowerCase().split(/\s+/).some((x) => x === w || TITLE_IMPLIES.get(x)?.includes(w) === true));
// Things with a person's ending, which speak as documents or not at all: "the letter", "the monitor".
const THING_ENDING = /^(?:paper|letter|newsletter|number|order|chapter|center|centre|computer|flier|flyer|poster|banner|charter|manner|matter|quarter|meter|monitor|sector|factor|motor|mirror|error|corridor|border|power|tower|river|water|weather|trailer|thriller|user)$/;

// A role noun that stands for many others: "the official" may be the minister, "the player" the striker.
const GENERIC_ROLE = /^(?:official|lawmaker|legislator|politician|leader|executive|player|athlete|star|veteran|candidate|nominee|spokesperson|representative)$/;
/** The role nouns of a title, in lower case ("Former striker" → ["striker"]). */
function titleRoles(title: string): string[] {
  return title.toLowerCase().split(/[\s,]+/).filter((w) => ROLE_NOUNS.has(w));
}

// The nouns of a child, with the gender each says (null: none).
const CHILD_NOUNS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['boy', 'm'], ['girl', 'f'], ['child', null], ['teenager', null], ['teen', null], ['youngster', null], ['toddler', null],
]);

/** The entity named last at or before `at` that `accept` accepts (asked at most once per entity). */
function lastNamedBefore(reg: Registry, at: number, accept: (e: Entity) => boolean): Entity | null {
  const occ = reg.occurrences;
  // (the occurrences are in text order: read back from the last one at or before `at`, each person asked once)
  const end = partitionPoint(occ, (o) => o.at <= at);
  const stop = Math.max(0, end - NEAR_OCCURRENCES);
  const asked = new Set<Entity>();
  for (let i = end - 1; i >= stop; i--) {
    const e = occ[i]!.entity;
    if (asked.has(e)) continue;
    asked.add(e);
    if (accept(e)) return e;
  }
  if (stop === 0) return null;
  // Further back, the answer is the same (the accepted person whose last occurrence before `stop` comes last) but
  // found person by person: read occurrence by occurrence, a title no one holds ("the ferry") or an age no one
  // has would make every look-up in a long text read the whole text's names.
  let best: Entity | null = null;
  let bestAt = -1;
  for (const [e, list] of occurrencesOf(reg)) {
    if (asked.has(e)) continue;
    const k = partitionPoint(list, (i) => i < stop) - 1;
    if (k >= 0 && list[k]! > bestAt && accept(e)) {
      best = e;
      bestAt = list[k]!;
    }
  }
  return best;
}
/** How many occurrences before a mention lastNamedBefore reads one by one (most titles are given near their holder). */
const NEAR_OCCURRENCES = 64;

/** Each entity's occurrences (indices into reg.occurrences, ascending), made once the registry is built. */
function occurrencesOf(reg: Registry): Map<Entity, number[]> {
  if (reg.occurrencesOf) return reg.occurrencesOf;
  const map = new Map<Entity, number[]>();
  reg.occurrences.forEach((o, i) => {
    const list = map.get(o.entity);
    if (list) list.push(i);
    else map.set(o.entity, [i]);
  });
  return (reg.occurrencesOf = map);
}

/**
 * Texts this long are books or chapters, not articles (the longest in PolNeAR
 * has 33,672 characters): in a book an unattributed line of dialogue answers
 * the line before it (news gives it to the last speaker), and "the girl" is a
 * person it has named.
 */
export const BOOK_CHARS = 40_000;
// Nouns of one gender that a book uses for a person it has named: "said the girl".
const GENDER_NOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...'man gentleman boy lad fellow youth'.split(' ').map((w) => [w, 'm'] as const),
  ...'woman lady girl lass maid'.split(' ').map((w) => [w, 'f'] as const),
]);

/**
 * Was another person of that gender named between `from` and `at` other than
 * as a possessor or after a preposition ("Trump’s poll numbers", "to Trump")?
 * Such a mention, a subject, is what a following pronoun refers to.
 */
const NAME_AT = /^\p{Lu}[\p{L}\p{M}.’'-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{M}.’'-]*)*/u;
/** The run of capitalised words that starts at `at`: the name an occurrence was registered from, as written. */
const nameRunAt = (text: string, at: number): string => NAME_AT.exec(text.slice(at, at + 80))?.[0] ?? '';

/** Is a person who may be of `gender` named (outside quotations) between `from` and `at`? */
function personSince(reg: Registry, from: number, at: number, gender: 'm' | 'f', accept: (e: Entity) => boolean = () => true): boolean {
  for (let i = partitionPoint(reg.occurrences, (o) => o.at <= from); i < reg.occurrences.length; i++) {
    const o = reg.occurrences[i]!;
    if (o.at >= at) break;
    if (o.entity.person && !o.quoted && (!o.entity.gender || o.entity.gender === gender) && mayBePerson(o.entity) && accept(o.entity)) return true;
  }
  return false;
}
// Nouns of a speaker that say a gender ("a spokeswoman", "the boy's mother", "a businessman"): the kin words above and
// these.
const NOUN_FEMALE = new RegExp(`\\b(?:${[...FEMALE_KIN, 'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'councilwoman', 'stateswoman', 'sportswoman', 'woman', 'actress', 'waitress', 'girl', 'lady'].join('|')})\\b`, 'i');
const NOUN_MALE = new RegExp(`\\b(?:${[...MALE_KIN, 'spokesman', 'chairman', 'congressman', 'businessman', 'councilman', 'statesman', 'sportsman', 'man', 'actor', 'waiter', 'boy', 'widower'].join('|')})\\b`, 'i');

function subjectNamedSince(reg: Registry, from: number, at: number, gender: 'm' | 'f'): boolean {
  // occurrences are in text order: start at the first after `from`
  for (let i = partitionPoint(reg.occurrences, (o) => o.at <= from); i < reg.occurrences.length; i++) {
    const o = reg.occurrences[i]!;
    if (o.at >= at) break;
    const e = o.entity;
    // (nor a place the text names so, "In Holm Ridge, a village of …": "who heads the Holm Ridge community council")
    if (!e.person || e.place || o.quoted || (e.gender && e.gender !== gender) || e === reg.lastSpeaker?.entity || placeByUse(reg, e)) continue;
    // (a possessive that opens its paragraph names the paragraph's topic as a subject does: "Hartmann's departure had
    // looked likely … Asked whether he would stay on, he said …")
    // (and so does a name after a preposition that opens its paragraph: "For Philippa, the results are less important
    // than the quiet mornings. “…,” she said")
    if ((!subordinate(reg.text, o.at) || opensParagraph(reg.text, o.at) || topicOpening(reg.text, o.at)) && !verbObject(reg.text, o.at)) return true;
  }
  return false;
}

// A verb in the third person or the past right before a name, not one of speech, after which a name is an inverted
// subject ("says Smith").
const VERB_BEFORE = /(?<![\p{L}’'])(?!(?:says|said|asks|asked|adds|added|writes|wrote|tells|notes|noted|recalls|recalled|explains|explained|continues|continued|replies|replied|argues|argued|insists|insisted|was|has|his|this|its|as|is|yes|us)\s)\p{Ll}{3,}(?:ed|es|s)\s+$/u;

/**
 * Is the name at `at` a verb's object inside a "who" clause ("a farmer who has supported Mr. Hallett"), an irregular
 * past's too ("Ingrid Vasquez-Tarleton, who rode Copperline Duke, said")?
 */
const objectInWhoClause = (text: string, at: number): boolean => (verbObject(text, at) || irregularObject(text, at)) && RELATIVE_BEFORE.test(text.slice(Math.max(0, at - 80), at));

/** Is the name at `at` the object of a verb ("an NRP member who represents Kwaranta North")? */
function verbObject(text: string, at: number): boolean {
  // (past an honorific or an abbreviated title: "who has supported Mr. Hallett", "endorsed Sen. Ana Ruiz")
  const before = text.slice(Math.max(0, at - 32), at).replace(TITLE_BEFORE_NAME, '');
  // (or "told", whose name after it is the one told, never an inverted subject: "Castellanos-Whitt told Valloway"; past
  // the listener's medium and role, "She told host Juniper Okonkwo-Lisle", "told Fox News host Grady Hollister")
  return VERB_BEFORE.test(before) || TOLD_BEFORE.test(before);
}
/** Is the name at `at` the object of an irregular past, no verb of speech nor a copula ("who rode Copperline Duke")? */
function irregularObject(text: string, at: number): boolean {
  const verb = IRREGULAR_BEFORE.exec(text.slice(Math.max(0, at - 16), at))?.[1];
  return verb !== undefined && IRREGULAR_PAST.has(verb) && !NOT_OBJECT_VERB.test(verb);
}
// The last word before a name, in lower case; and the irregular pasts after which a name is no object of theirs.
const IRREGULAR_BEFORE = /(?<![\p{L}’'])(\p{Ll}{3,})\s+$/u;
const NOT_OBJECT_VERB = /^(?:said|wrote|spoke|was|were|had|did|became)$/;
// The writer as the one who told: "I told Sanders", "We told the mayor".
const WRITER_TOLD = /(?<![\p{L}])(?:I|[Ww]e)\s+told\s/u;
// (within the sentence: no full stop or line break between, "told Reuters.⏎⏎Kessig-Amari" is no name told)
const TOLD_BEFORE = /(?<![\p{L}])told[ \u00a0]+(?:\p{Lu}[\p{L}&’'-]*[ \u00a0]+){0,3}(?:[\p{Ll}-]+[ \u00a0]+){0,2}$/u;
// A relative clause on a person opened since the last comma or stop, up to a name: "… a farmer who has supported ".
const RELATIVE_BEFORE = /(?<![\p{L}])(?:who|whom)\s[^,.;:!?]*$/u;
// An honorific or an abbreviated title right before a name: "Mr. ", "Sen. ".
const TITLE_BEFORE_NAME = /(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Lt|Col|Capt|Sgt|Rev|Prof)\.[ \u00a0]+$/u;

/**
 * Does the name at `at` stand where no subject does: a possessive ("Trump’s"), or the object of a preposition, maybe
 * after a role or two ("of striker Tom Elland", "to fellow senator Ann Ray")?
 */
function subordinate(text: string, at: number): boolean {
  const run = nameRunAt(text, at);
  if (/[’']s?$/u.test(run)) return true;
  const before = text.slice(Math.max(0, at - 40), at);
  // (a name that modifies a noun after an indefinite article: "a Clinton supporter", "an Obama adviser")
  if (/(?<![\p{L}])[Aa]n?\s+$/u.test(before) && /^[ \u00a0]+\p{Ll}/u.test(text.slice(at + run.length, at + run.length + 3))) return true;
  // ("Secretary of the Navy Ray Mabus": "of" after a role opens the title, not an object, where a person's name
  // follows the body's word; not "director of the House Majority PAC", "a supporter of Mr. Trump")
  const role = ROLE_OF.exec(before);
  if (role && isTitleWord(role[1]!)) {
    const words = run.split(/[ \u00a0]+/);
    if (words.length >= 3 && words.slice(1).every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !ORG_WORDS.has(w.toLowerCase()))) return false;
  }
  // (the agent of a passive is its doer, no object: "The petition was started in December by Evelyn Sandoval-Park")
  if (PASSIVE_BY.test(text.slice(Math.max(0, at - 60), at))) return false;
  // (a name set beside a preposition's object after a verb, closing the sentence: "Tsunematsu said through his
  // interpreter, Mirela Dragomir.")
  if (APPOSED_TO_OBJECT.test(before) && (/[.!?]$/.test(run) || /^[ \u00a0]*[.!?]/u.test(text.slice(at + run.length, at + run.length + 3)))) return true;
  return OBJECT_BEFORE.test(before) || OBJECT_TITLE_BEFORE.test(before);
}
// A passive's auxiliary, its participle, maybe a time, then "by" right before the name.
const PASSIVE_BY = /\b(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:first\s+|originally\s+|later\s+)?\p{Ll}{3,}(?:ed|en|wn|ght|ilt)\s+(?:(?:in|on|last|this)\s+\p{L}+\s+)?by\s+$/u;
const ROLE_OF = /([\p{L}.]+)\s+of\s+(?:the\s+)?$/u;
const OBJECT_PREPOSITION = 'of|to|with|for|by|about|against|from|on|at|over|than|as|and|toward|towards|into|onto|upon|beside|behind|alongside|among|between|without|beyond';
// a word, a preposition and its object in lower case, then a comma, right before the name
const APPOSED_TO_OBJECT = new RegExp(`\\p{L}[ \\u00a0]+(?:${OBJECT_PREPOSITION}|through|via)[ \\u00a0]+(?:[\\p{Ll}-]+[ \\u00a0]+){0,2}[\\p{Ll}-]+,[ \\u00a0]+$`, 'u');
// a preposition, then maybe a word or two ("fellow senator"), right before the name
const OBJECT_BEFORE = new RegExp(`\\b(?:${OBJECT_PREPOSITION})\\s+(?:[\\p{Ll}-]+\\s+){0,2}$`, 'iu');
// (or an abbreviated title or two, case and all: "and Sen. Paul Ford", not "to remain civil.\n\nTrump")
const OBJECT_TITLE_BEFORE = new RegExp(`\\b(?:${OBJECT_PREPOSITION})\\s+(?:(?:[\\p{Ll}-]+|\\p{Lu}\\p{Ll}{1,4}\\.)\\s+){0,2}$`, 'u');

/**
 * Can a pronoun stand for this entity? Not for a name of English words only
 * whose gender nothing tells ("Crosscut Strategies", "Clean Power Plan"): a
 * person's name has a given name the lists know, or a word no dictionary
 * holds ("Ngozi Okonjo-Iweala").
 */
function mayBePerson(e: Entity): boolean {
  if (e.gender) return true;
  // (asked for every name a pronoun looks back over: the words are looked up once)
  if (e.notEnglish === undefined) {
    e.notEnglish = false;
    for (const w of e.words) if (!isDictionaryWord(w)) e.notEnglish = true;
    // (a name that ends in a plural of people names a group, "Hollinsgate Tenants", whatever its first word: "Tenants",
    // "Cowboys", "Workers"; not a surname, "Maples", "Reeves", nor a given name's plural, "Rogers")
    const last = e.words[e.words.length - 1] ?? '';
    const singular = last.toLowerCase().slice(0, -1);
    if (e.words.length > 1 && /^\p{L}\p{Ll}+(?:ants|ents|ers|ors|ists|ians|ees|boys|men)$/u.test(last) && isDictionaryWord(last.toLowerCase()) && isDictionaryWord(singular) && !isGivenName(singular)) e.notEnglish = false;
  }
  return e.notEnglish;
}

// An apposition that names a kind of place: "a village", "a small coastal town", "the regional capital".
const PLACE_APPOSITION = /^(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:village|town|city|hamlet|suburb|district|region|province|county|island|port|settlement|neighbou?rhood|municipality|valley|capital)$/u;
// A preposition of place right before a name ("in Tel Mizra", "in and around Beit Qaran"): not "at" or "to", which
// take people as well ("looked at Emma", "wrote to Ann"); capitalised too, opening the sentence ("In Holm Ridge, a
// village of about 300 people, …").
const PLACE_PREPOSITION = /\b(?:[Ii]n|[Nn]ear|[Aa]round|[Oo]utside|[Ii]nside|[Aa]cross)\s+$/;
// "at", which takes people as well: a place's only where a name of no gender and no title is first met after it ("kept
// the lighthouse at Skerry Ledge", not "a jab at Stroud-Kallas"); and a place's preposition before an apposition's comma.
const AT_BEFORE = /\bat\s+$/;

/**
 * "Marom told reporters in Tel Mizra. He said …": a name no list gives a gender or a title, named once after a
 * preposition of place other than as a possessor ("in Smith’s view"), is a place, which no "he" or "she" stands for.
 */
function placeByUse(reg: Registry, e: Entity): boolean {
  if (e.gender || e.titles.length) return false;
  if (e.locative === undefined) {
    e.locative = false;
    const seen = occurrencesOf(reg).get(e) ?? [];
    for (const i of seen) {
      const at = reg.occurrences[i]!.at;
      const before = reg.text.slice(Math.max(0, at - 8), at);
      if ((PLACE_PREPOSITION.test(before) || AT_BEFORE.test(before) && i === seen[0]) && !/[’']s?$/u.test(nameRunAt(reg.text, at))) e.locative = true;
    }
  }
  return e.locative;
}

/**
 * In news, the person the registry found inside a name mention of more words, ending where it ends: "Omkarnath Trivedi"
 * of "River Development and Ganga Rejuvenation Omkarnath Trivedi", the last words of a portfolio's list before the name.
 */
function personEndingMention(reg: Registry, m: Mention): Entity | null {
  if (reg.text.length >= BOOK_CHARS) return null;
  const last = m.text.slice(m.text.lastIndexOf(' ') + 1);
  for (let i = partitionPoint(reg.occurrences, (o) => o.at <= m.start); i < reg.occurrences.length && reg.occurrences[i]!.at < m.end; i++) {
    const o = reg.occurrences[i]!;
    if (!o.entity.person || o.entity.words.length < 2 || o.entity.words[o.entity.words.length - 1] !== lower(last)) continue;
    // (the words before it a portfolio's: capitalised, no given name among them, the last an English word; not a
    // headline's "Carly Fiorina Endorses Ted Cruz" nor a body's "American Society of Civil Engineers")
    const before = reg.text.slice(m.start, o.at).trim().split(/\s+/);
    if (before.every((w) => w === 'and' || /^\p{Lu}[\p{L}-]*$/u.test(w) && !isGivenName(w) && !NOT_NAME_WORDS.has(w.toLowerCase()) && !headlineVerb(w.toLowerCase())) && isDictionaryWord(before[before.length - 1]!.toLowerCase())) return o.entity;
  }
  return null;
}

/**
 * The forces of a country `noun` ("military", "coast guard") stands for: the people's adjective and the noun the text
 * last wrote before `at`, not far back ("Israeli military", "Japanese Coast Guard"); null where it wrote none.
 */
function nationalForce(text: string, noun: string, at: number): string | null {
  if (!FORCE_NOUN.test(noun)) return null;
  const window = text.slice(Math.max(0, at - FORCE_REACH), at);
  // (the noun in capitals too: "Japanese Coast Guard")
  const spaced = (w: string): string => w.replace(/ /g, '[ \\u00a0]');
  const capitals = noun.replace(/(?<![\p{L}])\p{Ll}/gu, (c) => c.toUpperCase());
  const re = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \u00a0](${spaced(noun)}|${spaced(capitals)})(?![\p{L}])`, 'gu');
  let found: string | null = null;
  for (const m of window.matchAll(re)) if (nationality(m[1]!)) found = `${m[1]} ${m[2]}`;
  return found;
}
const FORCE_NOUN = /^(?:military|army|navy|air force|coast guard|armed forces)$/;
const FORCE_REACH = 3000;

// A name of capitals only that may be a short form: "DFP", "UDRP".
const SHORT_FORM = /^\p{Lu}{2,7}$/u;
/**
 * The name a short form stands for where the text spelt it out before `at`, in brackets after it: "Democratic Front for
 * Progress" of "the Democratic Front for Progress (DFP)", its capitalised words' first letters the short form's, the
 * words of linking between them ("for", "of", "and", "the") passed over; null where the text did not.
 */
function spelledOut(text: string, short: string, at: number): string | null {
  // (a plain search first, and only so far back: most names of capitals are spelt out nowhere, "NATO said")
  const i = text.lastIndexOf(` (${short})`, at);
  if (i < 0 || at - i > SHORT_FORM_REACH) return null;
  const words = text.slice(Math.max(0, i - 120), i).split(/\s+/);
  let letters = short.length;
  let k = words.length;
  while (k > 0 && letters > 0) {
    const w = words[k - 1]!;
    if (/^\p{Lu}/u.test(w) && w[0] === short[letters - 1]) letters--;
    else if (!LINKING.test(w) || k === words.length) return null;
    k--;
  }
  return letters === 0 ? words.slice(k).join(' ') : null;
}
const LINKING = /^(?:for|of|and|the|on|&)$/;
const SHORT_FORM_REACH = 20000;

// A short form in use, not where it is defined in brackets: "The CCIRA did not respond", not "(CCIRA)".
const SHORT_FORM_USED = /(?<![\p{L}(])\p{Lu}{2,7}(?![\p{L})])/gu;

/**
 * The body "the authority" stands for where its full name is far back but its short form near: "the Cold Chain
 * Infrastructure Regulatory Authority (CCIRA) … ⏎ The CCIRA did not respond … the authority said". The short form
 * last used in the sentence or the one before `at`, spelt out with `noun` as its last word; null otherwise.
 */
function shortFormBody(text: string, noun: string, at: number): string | null {
  const near = sentenceBefore(text, at, at);
  const window = text.slice(near ? near.start : Math.max(0, at - 300), at);
  let short: string | null = null;
  for (const m of window.matchAll(SHORT_FORM_USED)) short = m[0];
  const full = short ? spelledOut(text, short, at) : null;
  return full && full.toLowerCase().endsWith(` ${noun}`) ? full : null;
}

/**
 * The one body of the registry named before `at`, however far back, whose name ends in the noun and holds its modifiers:
 * "the agency" for the Japan Meteorological Agency a briefing named pages before, beyond namedBody's reach. Null where
 * none is, or more than one.
 */
function registryBody(reg: Registry, words: readonly string[], at: number): string | null {
  const head = ` ${words[words.length - 1]!}`;
  let found: Entity | null = null;
  for (const e of reg.entities.values()) {
    if (e.person || e === found) continue;
    const lower = e.name.toLowerCase();
    if (!lower.endsWith(head)) continue;
    const named = lower.split(' ');
    if (!words.every((w) => named.includes(w)) || lastOccurrenceAt(reg, e, at) < 0) continue;
    if (found) return null;
    found = e;
  }
  return found?.name ?? null;
}

/** Where `e` was last named before `at`; -1 where it was not. */
function lastOccurrenceAt(reg: Registry, e: Entity, at: number): number {
  for (let i = partitionPoint(reg.occurrences, (o) => o.at < at) - 1; i >= 0; i--) if (reg.occurrences[i]!.entity === e) return reg.occurrences[i]!.at;
  return -1;
}

/** The last person named before `at` that agrees with the pronoun's gender. */
function lastPerson(reg: Registry, at: number, gender: 'm' | 'f'): Entity | null {
  // the last occurrence before `at`
  const idx = partitionPoint(reg.occurrences, (o) => o.at < at) - 1;
  for (let i = idx, seen = 0; i >= 0 && seen < 40; i--, seen++) {
    const e = reg.occurrences[i]!.entity;
    // (a name inside a quotation is what the speaker said: a pronoun outside does not take it up)
    if (!e.person || reg.occurrences[i]!.quoted || !mayBePerson(e)) continue;
    if (e.gender && e.gender !== gender || placeByUse(reg, e)) continue;
    const named = reg.occurrences[i]!.at;
    // (a name of no known gender in a sentence that a pronoun of the same gender opens, its subject: "She moved to
    // Calloway Ridge after marrying Leonard Ketterby. She later said …" goes on with the one "she" stood for)
    if (!e.gender && reg.text.length < BOOK_CHARS && (gender === 'f' ? /^She\s/ : /^He\s/).test(sentenceLead(reg.text, named) ?? '')) continue;
    // ("Gov. Chris Christie — a close adviser to Donald Trump — arrived late. “…,” he said": a name that stands where no
    // subject does gives way to the subject of its own sentence, a person of the pronoun's gender)
    // (so does the object of a verb inside a relative clause, in news: "Dale Ostrander, a farmer who has supported Mr.
    // Hallett since …, stood up. “…?” he asked")
    if (subordinate(reg.text, named) || reg.text.length < BOOK_CHARS && objectInWhoClause(reg.text, named)) return sentenceSubjectBefore(reg, i, gender) ?? e;
    // (and the one told, in news, whose sentence's subject is someone else: a name opening it, or a pronoun for someone
    // named before, "She told host Juniper Okonkwo-Lisle that …", whom the occurrences before find)
    // (not where the writer told them, "I told Sanders later that …": the one told is the only other person there)
    const lead = reg.text.length < BOOK_CHARS ? reg.text.slice(Math.max(0, named - 40), named) : '';
    if (TOLD_BEFORE.test(lead) && !WRITER_TOLD.test(lead)) {
      const subject = sentenceSubjectBefore(reg, i, gender);
      if (subject) return subject;
      continue;
    }
    // (and a name of no known gender beside the subject of its sentence, a person of the pronoun's gender, in news:
    // "Leopold Amsel met Henrike Vogt at the clinic. “…,” he said" is Amsel's)
    // (the subject followed by its verb, not a modifier, "Obama consultant Cornell Belcher"; and the sentence the one
    // just before the pronoun's)
    if (!e.gender && reg.text.length < BOOK_CHARS && at - named < UNGENDERED_OBJECT_REACH) {
      const j = subjectOccurrenceBefore(reg, i, gender);
      const o = j < 0 ? undefined : reg.occurrences[j]!;
      if (o && o.entity.gender === gender && SUBJECT_VERB.test(reg.text.slice(o.at + nameRunAt(reg.text, o.at).length, o.at + 80))) return o.entity;
    }
    return e;
  }
  return null;
}

/**
 * The words of the sentence that holds `at` before it ("She moved to Calloway Ridge after marrying "), or null where its
 * start is further back than OPENING_REACH.
 */
function sentenceLead(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - OPENING_REACH), at);
  const open = lastMatchEnd(SENTENCE_START, before);
  return open < 0 && at > OPENING_REACH ? null : before.slice(Math.max(open, 0));
}

// "the defendant", "the accused" (group 1 empty) and "the witness" (group 1).
const COURT_ROLE = /^the\s+(?:defendant|accused|(witness))$/i;

/**
 * The person last named before `at` whose own clause, after the name, does what `act` reads: deny, admit or face
 * charges ("…, 58, denies eleven counts"), give evidence ("…, completed her evidence").
 */
function namedDoingBefore(reg: Registry, at: number, act: RegExp): Entity | null {
  const i = partitionPoint(reg.occurrences, (o) => o.at < at) - 1;
  for (let k = i, seen = 0; k >= 0 && seen < COURT_ROLE_OCCURRENCES; k--, seen++) {
    const o = reg.occurrences[k]!;
    // (not an address: "…, 58, of Quay Terrace, Porthmellin, denies")
    if (!o.entity.person || o.quoted || o.entity.place || /\b(?:of|in|at|from|on|near)\s+$/.test(reg.text.slice(Math.max(0, o.at - 6), o.at))) continue;
    const after = reg.text.slice(o.at, o.at + 160);
    const stop = after.search(/[.!?]\s/);
    if (act.test(stop < 0 ? after : after.slice(0, stop))) return o.entity;
  }
  return null;
}
/** How many occurrences back namedDoingBefore looks. */
const COURT_ROLE_OCCURRENCES = 60;
// Giving evidence in court after a person's name: "completed her evidence", "told the jury", "took the stand" (not a
// hearing's "testified", where "the witness" is as often someone the text never names).
const WITNESSED = /\b(?:(?:gave|give|gives|giving|completed|began|finished)\s+(?:her|his|their)\s+evidence|told\s+the\s+(?:court|jury|tribunal)|(?:took|takes|taking)\s+the\s+(?:stand|witness\s+stand))\b/;
// A verb of the charges after a person's name, in its clause: "denies eleven counts", "pleaded not guilty", "is accused of".
const CHARGED = /\b(?:denies|denied|pleaded|pleads|admits|admitted|(?:is|was|were|has\s+been|had\s+been)\s+(?:accused|charged|indicted)|faces|faced|is\s+on\s+trial|stands\s+trial)\b/;

/** How far (UTF-16 units) before a pronoun a name of no known gender may yield to its sentence's subject. */
const UNGENDERED_OBJECT_REACH = 300;
// A verb right after a sentence's subject, maybe after an adverb: "met", "told", "thanked", "later joined".
const SUBJECT_VERB = /^\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|met|told|took|gave|saw|brought|sat|stood|spoke|wrote|led|won|lost|made|had|was|has|is|joined|sent|left|held|found|came|went|ran|beat)\b/u;

/**
 * The person who opens the sentence that holds occurrence `i`, as its subject ("Gov. Chris Christie — …", "Though
 * empathetic, Woods said …"), if of `gender` or none; null if the sentence opens otherwise.
 */
function sentenceSubjectBefore(reg: Registry, i: number, gender: 'm' | 'f'): Entity | null {
  const j = subjectOccurrenceBefore(reg, i, gender);
  return j < 0 ? null : reg.occurrences[j]!.entity;
}

/** The occurrence of sentenceSubjectBefore's person: its index in the registry's occurrences, or -1. */
function subjectOccurrenceBefore(reg: Registry, i: number, gender: 'm' | 'f'): number {
  let first = -1;
  for (let j = i - 1; j >= 0; j--) {
    const o = reg.occurrences[j]!;
    // (between the end of its name and the next one's start: "Gov. Chris Christie" holds a stop)
    if (SENTENCE_BREAK.test(reg.text.slice(o.at + nameRunAt(reg.text, o.at).length, reg.occurrences[j + 1]!.at))) break;
    if (o.entity.person && !o.quoted) first = j;
  }
  if (first < 0) return -1;
  const o = reg.occurrences[first]!;
  const e = o.entity;
  if (e === reg.occurrences[i]!.entity || !mayBePerson(e) || e.gender && e.gender !== gender || subordinate(reg.text, o.at)) return -1;
  // what stands before it in its sentence: nothing, capitalised words ("But Republican …"), an article and a
  // description ("The singer …"), or an opening phrase closed by a comma, maybe with a title after it ("Late on Friday,
  // Mayor …")
  // (or a quotation it attributes: "“…,” Tsunematsu said through his interpreter, Mirela Dragomir.")
  if (QUOTATION_LEAD.test(reg.text.slice(Math.max(0, o.at - OPENING_REACH), o.at))) return first;
  const lead = sentenceLead(reg.text, o.at);
  return lead !== null && (LEAD_WORDS.test(lead) || OPENING_PHRASE.test(lead)) ? first : -1;
}
// The end of a sentence between two names: a stop, then a space and a capital or an opening mark; or a paragraph break.
const SENTENCE_BREAK = /[.!?][”’"']?\s+[\p{Lu}“‘"']|\n\s*\n/u;
// Where a sentence starts, and how far before a name its start is looked for.
const SENTENCE_START = /[.!?][”’"']?\s+|\n\s*/gu;
const OPENING_REACH = 120;
// A quotation closed by a comma, a question or an exclamation, maybe a title after it: "“…,” Coach ".
const QUOTATION_LEAD = /[,?!][”"’']\s+(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u;
// (or an article and a description in lower case first: "The singer Lorelai Mbatha-Kvist", "A retired teacher, …")
const LEAD_WORDS = /^(?:(?:The|A|An)\s+(?:[\p{Ll}-]+\s+){1,3})?(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u;
const OPENING_PHRASE = /^[^,;]{1,90},\s*(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u;

/** The end of the last match of the global pattern `re` in `s`; -1 if none. */
function lastMatchEnd(re: RegExp, s: string): number {
  let end = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) end = m.index + m[0].length;
  return end;
}

/** A line of a book's dialogue: the first quotation of a paragraph, with the words its own attribution names the speaker by. */
export interface DialogueTurn {
  /** Where the attribution names the speaker. */
  at: number;
  mention: Mention;
}

// An epithet a book may give one person: "the Jew", "the old gentleman", "the young lady".
const EPITHET_MENTION = /^the\s+(?:[\p{Ll}-]+\s+){0,2}[\p{L}-]+$/u;
const epithetKey = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ');

/**
 * The person learnEpithets found an epithet stands for, if the book named them
 * within EPITHET_NEAR before `at`: the scene is theirs ("the old lady" of one
 * chapter is not always the old lady of another).
 */
function learnedEpithet(reg: Registry, text: string, at: number): Entity | null {
  const e = reg.epithets!.get(epithetKey(text));
  return e && namedNear(reg, e, at) ? e : null;
}

/** Did the text name `e` within EPITHET_NEAR before `at`? */
function namedNear(reg: Registry, e: Entity, at: number): boolean {
  for (let i = partitionPoint(reg.occurrences, (o) => o.at < at) - 1; i >= 0 && at - reg.occurrences[i]!.at <= EPITHET_NEAR; i--) {
    if (reg.occurrences[i]!.entity === e) return true;
  }
  return false;
}
const EPITHET_NEAR = 5000;

/** Turns further apart than this (UTF-16 units) belong to different exchanges. */
const TURN_REACH = 3000;
/** How often a book must say an epithet before its dialogue is read for whom it names. */
const EPITHET_USES = 5;

/**
 * What a book's dialogue shows an epithet stands for. In an exchange of two
 * the same person speaks every other line: the person an epithet names is seen
 * two lines away from it again and again, by name ("“…,” said the Jew. ⏎ “…,”
 * said Oliver. ⏎ “…,” said Fagin."), and seldom on the line next to it,
 * where the other party stands. An epithet said at least EPITHET_USES times
 * is taken for the named person seen two lines from it at least three times
 * and twice as often as next to it, of a gender its noun allows, and twice as
 * often as any other such person ("the girl" in a book of two girls names no
 * one). `turns` are in text order. Read by resolveMention.
 */
export function learnEpithets(reg: Registry, turns: readonly DialogueTurn[]): void {
  // each turn's speaker: an epithet, or the person a name resolves to; a pronoun's turn says nothing here, but
  // keeps its place, so that the lines around it are counted two apart, not next to each other
  const keys: { key: string | Entity | null; at: number }[] = [];
  for (const t of turns) {
    const m = t.mention;
    // ("the Jew", "the Voice": an epithet, though read as a name)
    // (a rank the book uses as a name, "the General", is a person already: addRankedCharacters)
    const ranked = reg.ranks?.get(m.text.toLowerCase());
    if (ranked) keys.push({ key: ranked, at: t.at });
    else if (m.kind !== 'pronoun' && EPITHET_MENTION.test(m.text) && !OTHER_PARTY.test(m.text)) keys.push({ key: epithetKey(m.text), at: t.at });
    else if (m.kind === 'name' && m.name) {
      const e = reg.entities.get(resolveMention(reg, m, m.start).speaker ?? '');
      keys.push({ key: e?.person ? e : null, at: t.at });
    } else keys.push({ key: null, at: t.at });
  }
  const uses = new Map<string, number>();
  for (const k of keys) if (typeof k.key === 'string') uses.set(k.key, (uses.get(k.key) ?? 0) + 1);
  // next to (d1) and two lines from (d2) each other, per epithet and person
  const near = new Map<string, Map<Entity, { d1: number; d2: number }>>();
  const count = (a: string | Entity | null, b: string | Entity | null, d: 'd1' | 'd2') => {
    const [epithet, person] = typeof a === 'string' ? [a, b] : [b, a];
    if (typeof epithet !== 'string' || !person || typeof person === 'string' || (uses.get(epithet) ?? 0) < EPITHET_USES) return;
    let byPerson = near.get(epithet);
    if (!byPerson) near.set(epithet, (byPerson = new Map()));
    let c = byPerson.get(person);
    if (!c) byPerson.set(person, (c = { d1: 0, d2: 0 }));
    c[d]++;
  };
  for (let i = 0; i + 1 < keys.length; i++) {
    const a = keys[i]!, b = keys[i + 1]!;
    if (b.at - a.at > TURN_REACH) continue;
    if (a.key !== b.key) count(a.key, b.key, 'd1');
    const c = keys[i + 2];
    // (the line between is a third speaker's: not either of the two)
    if (c && c.at - a.at <= TURN_REACH && a.key !== c.key && b.key !== a.key && b.key !== c.key) count(a.key, c.key, 'd2');
  }
  for (const [epithet, byPerson] of near) {
    const gender = GENDER_NOUNS.get(epithet.slice(epithet.lastIndexOf(' ') + 1));
    let best: Entity | null = null;
    let first = 0, second = 0;
    for (const [e, { d1, d2 }] of byPerson) {
      if (d2 < 3 || d2 < 2 * d1 || (gender && e.gender && e.gender !== gender)) continue;
      if (d2 > first) [best, first, second] = [e, d2, first];
      else if (d2 > second) second = d2;
    }
    if (best && first >= 2 * second) (reg.epithets ??= new Map()).set(epithet, best);
  }
}

/** Mark the occurrences that stand inside a quotation (`inside(at)`). */
function markQuoted(reg: Registry, inside: (at: number) => boolean): void {
  reg.inside = inside;
  for (const o of reg.occurrences) if (inside(o.at)) o.quoted = true;
}

// A body's head before "of" or "for": "Office of the Data Protection Commissioner", "Ministry for Culture".
const BODY_OF = new RegExp(String.raw`(?<![\p{L}])(?:${capitalised(PUBLIC_BODY_HEADS)})\s+(?:of|for)\s`, 'u');
/**
 * Is the speaker an attribution names a body ("the ministry", "Ministry of Health", "Corvane Systems"): a noun with a
 * body's head, or a name no person's (an entity that is none, or a name of several words no given name opens)?
 */
function speaksAsBody(m: Mention, speaker: string, e: Entity | undefined): boolean {
  // ("The state Office of the Data Protection Commissioner announced …": a body's head before "of", whatever title the
  // name ends on)
  if ((m.kind === 'noun' || m.kind === 'name') && BODY_OF.test(m.text)) return true;
  if (m.kind === 'noun') return BODY_NOUNS.has(m.text.toLowerCase().split(/\s+/).pop()!);
  if (m.kind !== 'name') return false;
  return e ? !e.person || e.place && !isRegion(e.words) : /\s/.test(speaker) && !isGivenName(speaker.split(/\s+/)[0]!.toLowerCase());
}

/** Does `at` stand in the first sentence of the text's first paragraph after its headline (the lede's sentence)? */
function inLedeSentence(text: string, at: number): boolean {
  if (paragraphsBetween(text, 0, at) > 1) return false;
  const start = text.lastIndexOf('\n', at) + 1;
  return !/[.!?]["”’]?\s+\p{Lu}/u.test(text.slice(start, at));
}

// How far before a definite description the person it stands for must be named for it to become the last speaker.
const DESCRIBED_NEAR = 800;
// Roles news writes as a title before the name ("Judge Philippa Marrowby", "Mayor Ana Ruiz"), which an indefinite "a
// judge" inside the lede's sentence takes up.
const TITLE_ROLES: ReadonlySet<string> = new Set(['judge', 'justice', 'magistrate', 'coroner', 'senator', 'governor', 'mayor', 'sheriff']);
// A person's name set off by commas right after a noun phrase: ", Marcus Delacroix-Yoon,".
const APPOSED_PERSON = /^,[ \u00a0]+((?:\p{Lu}[\p{L}’'.-]*[ \u00a0]+){1,2}\p{Lu}[\p{L}’'-]+),/u;
// A proper name's possessive opening a description: "New Brunswick's ", "Peru’s ".
const PLACE_POSSESSIVE = /^(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*[’']s\s+\p{Ll}/u;
// A people's name that stands for the whole people or for no person: "the Chinese", "the Swiss", "the Vatican".
const NOT_ONE_OF_A_PEOPLE = /(?:ese|Swiss|Dutch|French|Irish|English|British|Welsh|Scottish|Spanish|Danish|Finnish|Polish|Turkish|Vatican)$/;
// A quotation's close or a comma, then a lower-case cue, right before an inverted subject: "“…,” said ".
const AFTER_ITS_CUE = /[,”"’]\s+\p{Ll}+\s+$/u;

/** Note what the attribution itself says of a person: a title, a gender. */
export function learn(reg: Registry, speaker: string | null, m: Mention, clauseEnd?: number): void {
  if (!speaker) return;
  // ("A spokeswoman for the ministry declined to give details. “…,” she said.": a new speaker by an indefinite noun of
  // gender; "the actor", "the businessman" take up someone named before)
  const indefinite = m.kind === 'noun' && /^(?:an?|another|one)\s/i.test(m.text);
  // (the description's head noun, read from the lower-cased words once, where a rule below asks for it)
  let lowerHead: string | undefined;
  const headOf = (): string => (lowerHead ??= DESCRIBED_HEAD.exec(m.text.toLowerCase())?.[1] ?? '');
  if (indefinite) {
    // (or by the pronoun of its relative clause: "a trader at a European refiner, who declined to be named because he
    // was not authorised to speak")
    const relative = /^[^,.!?”"]{0,60},\s*who\b[^.!?”"]{0,120}/.exec(reg.text.slice(m.end, m.end + 200))?.[0] ?? '';
    const own = /\b(?:she|her|herself)\b/.test(relative) ? 'f' : /\b(?:he|his|him|himself)\b/.test(relative) ? 'm' : null;
    const gender = NOUN_FEMALE.test(m.text) ? 'f' : NOUN_MALE.test(m.text) ? 'm' : own;
    if (gender && !(gender === 'f' ? NOUN_MALE : NOUN_FEMALE).test(m.text)) reg.lastDescribed = { text: speaker, gender, at: m.end };
    // ("A senior executive at another club, who asked not to be named, said … ‘…,’ he said": a person of no gender the
    // words tell, for "he" or "she" alike, in news)
    // (the subject of its own clause only: not "not paying an architect who said …", "asked by a caller why …")
    else if (!gender && reg.text.length < BOOK_CHARS && personNoun(headOf()) && CLAUSE_OPENS.test(reg.text.slice(Math.max(0, m.start - 12), m.start))) reg.lastDescribed = { text: speaker, gender: null, at: m.end };
  }
  // (a group speaks, for a "they" after it; any other speaker ends that, a "they" taken up keeps it)
  // (a plural noun before a body's name is a group too: "analysts at Amberline Capital")
  const nounFirst = m.kind === 'noun' || /^\p{Ll}/u.test(m.text) || /^\p{Lu}\p{Ll}+s\s+(?:at|of|for|from|in|with)\s/u.test(m.text);
  if (m.also || nounFirst && m.kind !== 'pronoun' && PLURAL_HEAD.test(headOf())) reg.lastPlural = { text: speaker, at: m.end };
  else if (!(m.kind === 'pronoun' && /^they$/i.test(m.text) && speaker === reg.lastPlural?.text)) reg.lastPlural = undefined;
  // ("A senior Senate aide said …" … "“…,” the aide said": the description, by its head noun; so is a plural without
  // an article, "people familiar with the matter" … "the people said")
  if (indefinite || m.kind === 'noun' && /^\p{Ll}[^\s]*\s/u.test(m.text) && !DEFINITE.test(m.text)) {
    const head = DESCRIBED_HEAD.exec(m.text)?.[1]?.toLowerCase();
    // (a plural head for a noun phrase without an article: "campaign officials", not "latest poll")
    if (head && (indefinite || /(?:[^s]s|people)$/.test(head))) (reg.described ??= new Map()).set(head, { text: speaker, at: m.end });
  }
  // ("Powell's office said in a statement. … The statement added that …": who issued the statement a later "the
  // statement" stands for)
  // (in news only, where "the statement" is resolved)
  // (and "the statement" resolved to its issuer stands for it again: "… the statement said. … “…,” the statement said")
  const document = reg.text.length < BOOK_CHARS ? STATEMENT_MENTION.exec(m.text) : null;
  if (document) {
    // (a name, not a description: "the report" for "a congressional report" stands for no issuer)
    if (speaker !== m.text && /^\p{Lu}/u.test(speaker)) (reg.statement ??= new Map()).set(m.end - document[1]!.length, speaker);
  } else if (reg.text.length < BOOK_CHARS) {
    const [from, sentence] = sentenceAround(reg.text, m.start, m.end);
    const own = STATEMENT_WORD.exec(sentence);
    // (in the mention's own sentence: one read too wide, past "2:40 a.m.", may hold another speaker's "in a news release")
    const at = own ? from + own.index : -1;
    if (own && !SENTENCE_BREAK.test(at < m.start ? reg.text.slice(at, m.start) : reg.text.slice(m.end, at))) (reg.statement ??= new Map()).set(at + own[0].length - own[1]!.length, speaker);
  }
  const e = reg.entities.get(speaker);
  if (e?.person && reg.text.length < BOOK_CHARS) reg.lastQuoted = { entity: e, start: m.start, end: m.end, clauseEnd: clauseEnd ?? 0 };
  // (a body that speaks, for a later "It added"; a pronoun says nothing new)
  // (a body taken up again, "the company", "It", still speaks)
  if (speaksAsBody(m, speaker, e) || speaker === reg.lastBody?.text) {
    reg.lastBody = { text: speaker, at: m.end };
    if (/^\p{Lu}/u.test(speaker) && !PUBLIC_BODY.test(speaker) && wordsBy(speaker.split(/\s+/), lower).some(bodyWord)) reg.spokenFirm = reg.lastBody;
  }
  // (nor a document with no issuer named, "a notice emailed to subscribers": the body that spoke may have sent it)
  else if (m.kind !== 'pronoun' && !UNSIGNED_DOCUMENT.test(m.text)) reg.lastBody = undefined;
  // ("A father who identified himself only as Ray said …": a single name no list knows, its gender in the words
  // that introduce it, stands for "he" or "she" as a described speaker does)
  if (!e && m.kind === 'name' && !/\s/.test(speaker)) {
    const intro = reg.text.slice(Math.max(0, m.start - 80), m.start).split(/[.!?][”’"]?\s|\n/).pop()!.trim();
    // (or a possessive of the intro's own: "A rescuer … who gave only his first name, Dipesh, said")
    const female = NOUN_FEMALE.test(intro) || /\b(?:herself|gave\s+(?:only\s+)?her\s+(?:first\s+|last\s+)?name)\b/.test(intro);
    const male = NOUN_MALE.test(intro) || /\b(?:himself|gave\s+(?:only\s+)?his\s+(?:first\s+|last\s+)?name)\b/.test(intro);
    if (female !== male && /^(?:an?|one)\s/i.test(intro)) reg.lastDescribed = { text: speaker, gender: female ? 'f' : 'm', at: m.end };
    // (or the gender its own mention read: "Another refugee, … who gave his name only as Davor")
    else if (m.gender === 'm' || m.gender === 'f') reg.lastDescribed = { text: speaker, gender: m.gender, at: m.end };
  }
  if (!e) return;
  // ("Mansfield promised well": a place the text makes a subject stays a place, for the pronouns after it)
  if (e.place) return;
  // (nor does a body by its name's words become a person by speaking, in news: "Harrowgate Appliance Corp. defended its plan …
  // Hollander held a Harrowgate brochure … “…,” he stated" is Hollander's)
  // (nor one an apposition gave a firm's ownership, "Brightwater Cells, a privately held developer of …", or that speaks
  // "in its own statement")
  if (!e.person && reg.text.length < BOOK_CHARS && (bodyByLastWord(e.words) || e.titles.some((t) => FIRM_OWNERSHIP.test(t)) || ITS_AFTER_CUE.test(reg.text.slice(m.end, m.end + 48)))) return;
  e.person = true;
  // ("X told the Courier-Journal that … where Pelfrey had tried …. “…,” he said": in news, from the end of the clause X
  // reported)
  // (and, in news, a definite description the registry read as that person, named in the paragraphs just before: "The
  // New Zealand captain added that …, pointing to a caught-behind against Strangways … “…,” he told the programme" is
  // the captain's)
  if (m.kind === 'name' || m.kind === 'noun' && reg.text.length < BOOK_CHARS && /^the\s/i.test(m.text) && lastOccurrenceAt(reg, e, m.start) >= m.start - DESCRIBED_NEAR) reg.lastSpeaker = { entity: e, at: reg.text.length < BOOK_CHARS ? Math.max(m.end, clauseEnd ?? 0) : m.end };
  const recent = (reg.recent ??= []);
  if (recent[recent.length - 1] !== e) {
    recent.push(e);
    if (recent.length > 2) recent.shift();
  }
  if (m.title) addTitle(e, m.title);
  // ("The 52-year-old, a former state prosecutor who represents …, warned": in news, the apposition of a description
  // that stands for a person is that person's title too, for "the former prosecutor" later)
  if (m.kind === 'noun' && reg.text.length < BOOK_CHARS) {
    const ap = DESCRIPTION_APPOSITION.exec(reg.text.slice(m.end, m.end + 120));
    if (ap && roleAppositive(ap[1]!)) addTitle(e, ap[1]!);
  }
}
// An apposition right after a description: ", a former state prosecutor who …", ", a mother of three,".
const DESCRIPTION_APPOSITION = /^,\s+((?:a|an)\s+[^,.;:!?“”"]{3,80}?)(?:,|\s+(?:who|whose|which)\b)/u;
