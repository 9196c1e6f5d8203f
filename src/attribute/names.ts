// The person inside a run of capitalised words that opens with an affiliation
// ("House Republican Thomas Massie", "Texas-based Matt Mackowiak") or an owner
// ("CNN's Tara Setmayer"), and a name as the output shows it ("Joseph R. Biden
// Jr."). Shared by the mentions an attribution names (mentions.ts) and the
// names a document uses (speakers.ts), so that both give the same person the
// same name. Pure functions over words.
import { stripPossessive } from '../scan/tokens.js';
import { BODY_HEADS, FEMALE_NAMES, MALE_NAMES, ORG_WORDS, foldName, PLACE_HEADS, PROPER_ADJECTIVES } from '../lexicon/people.js';
import { isDictionaryWord } from '../nlp/compromise.js';

/** Party members written as a title before a name: "Republican Thomas Massie", "Ranking Democrat Dianne Feinstein". */
const PARTY_NOUNS: ReadonlySet<string> = new Set(['republican', 'republicans', 'democrat', 'democrats', 'gop']);

// Suffixes that end a name and are not a word of it ("Jr.", "III").
const SUFFIX = /^(?:jr|sr|ii|iii|iv|v|phd|md|esq)\.?$/i;
// An initial: "W." of "W. Neil Eggleston".
const INITIAL = /^\p{Lu}\.?$/u;
// An acronym of an organisation or a unit: "RNC", "SEAL", "NAACP" (not a Roman numeral: "III").
const ACRONYM = /^\p{Lu}{2,}$/u;
const ROMAN = /^[IVX]+$/;

/** The word in lower case, without a possessive or the marks after it. */
function bare(w: string): string {
  return w.replace(/[’']s?$/u, '').replace(/[.,;:]+$/u, '').toLowerCase();
}

/** Is this word a common given name ("Helen", "Thomas")? */
export const isGivenName = (w: string): boolean => {
  const b = foldName(bare(w));
  return FEMALE_NAMES.has(b) || MALE_NAMES.has(b);
};

/** Does this word end a given name, so that a word after it is a surname: a given name or an initial ("Peter", "T.")? */
export const endsGivenName = (w: string): boolean => isGivenName(w) || INITIAL.test(w);

/**
 * Can a word no list gives as a given name be one ("Imran")? Lower case: no dictionary holds it, and it is no people's
 * adjective ("Kuwaiti", "Saudi": one in -i counts as one), before which a title is a title ("Kuwaiti Sheikh").
 */
export const unlistedGivenName = (lower: string): boolean => !PROPER_ADJECTIVES.has(lower) && !/i$/.test(lower) && !isDictionaryWord(lower);

/** Does this word say whose side or origin the person is of, rather than name them ("Republican", "Texas-based", "SEAL")? */
function isAffiliation(w: string): boolean {
  const b = bare(w);
  if (PROPER_ADJECTIVES.has(b) || PARTY_NOUNS.has(b)) return true;
  // "South Korean-born", "Chicago-based"
  if (/-(?:born|based|bred)$/.test(b)) return true;
  return ACRONYM.test(w) && !ROMAN.test(w);
}

/** Does a word of a body or a place stand among `words` ("White House Rose Garden")? */
const namesPlace = (words: readonly string[]): boolean => words.some((n) => ORG_WORDS.has(bare(n)) || PLACE_HEADS.has(bare(n)));

// A place's compound of where a body or a person is based: "Seattle-based", "London-listed", "Kong-registered".
const PLACE_COMPOUND = /^\p{Lu}[\p{L}.’']*-(?:based|registered|listed|headquartered|owned|controlled|backed|run)$/u;

/**
 * Where the person's name starts in `words`, a run of capitalised words
 * ("House", "Republican", "Thomas", "Massie"): after a party noun that opens
 * it ("Democrat Zephyr Teachout"); else the index of its first given name
 * (or of the initial just before it) when a word of party, origin or unit
 * stands right before it ("Republican", "Texas-based", "SEAL") and a word of
 * the name follows it. 0 otherwise: the run opens with a given name ("John Paul
 * Jones"), a name stands before the given name ("Rafael Edward Cruz"), a body
 * does ("White House James S. Brady briefing room": a room), or a word of a body
 * or a place follows it ("Republican Rose Garden").
 */
export function personStart(words: readonly string[]): number {
  // "Seattle-based Corvane Retail", "Hong Kong-registered Steppe Logistics": a place's compound of where a body is
  // based is no part of its name
  const based = words.findIndex((w) => PLACE_COMPOUND.test(w));
  if (based >= 0 && based <= 2 && based < words.length - 1) return based + 1;
  // "Democrat Zephyr Teachout", "Republican Trump": a party member's name, whether or not a given name opens it
  if (words.length >= 2 && words.length <= 4 && PARTY_NOUNS.has(bare(words[0]!)) && !namesPlace(words.slice(1)) && !words.slice(1).some(isAffiliation)) return 1;
  if (words.length < 3) return 0;
  for (let i = 0; i < words.length - 1; i++) {
    if (!isGivenName(words[i]!)) continue;
    const j = i > 1 && INITIAL.test(words[i - 1]!) ? i - 1 : i;
    const rest = words.slice(i + 1);
    return j >= 1 && isAffiliation(words[j - 1]!) && rest.some((n) => !SUFFIX.test(n)) && !namesPlace(rest) ? j : 0;
  }
  return 0;
}

/**
 * Where the name after an owner starts: "CNN's Tara Setmayer" → 1, "Iowa State
 * University's Dianne Bystrom" → 3 (the word after the last possessive but the
 * run's last word), when what follows looks like a person's name: a given name
 * first, or two words or more, none of a body or a place. 0 otherwise ("Trump's
 * Virginia", "the Women's Media Center").
 */
export function afterOwner(words: readonly string[]): number {
  for (let i = words.length - 2; i >= 0; i--) {
    if (!/[’']s$/u.test(words[i]!)) continue;
    const rest = words.slice(i + 1);
    return isGivenName(rest[0]!) || (rest.length >= 2 && !namesPlace(rest)) ? i + 1 : 0;
  }
  return 0;
}

/** A word of a name as the output shows it: "Putin’s" → "Putin", "Jr." and "R." keep their full stop, "Smith." does not. */
function displayWord(w: string): string {
  const s = stripPossessive(w).replace(/[,;:’'-]+$/u, '');
  if (!s.endsWith('.') || /^(?:\p{Lu}|Jr|Sr|St|Mt)\.$/u.test(s)) return s;
  return s.replace(/\.+$/u, '');
}

/**
 * A name as the output shows it: without a possessive or the marks after it,
 * but with the full stop of an initial or of "Jr." ("Joseph R. Biden Jr.").
 */
export function displayName(name: string): string {
  const i = name.lastIndexOf(' ') + 1;
  return name.slice(0, i) + displayWord(name.slice(i));
}

/** The words of a name as the output shows them, joined ("Joseph", "R.", "Biden", "Jr." → "Joseph R. Biden Jr."). */
export function displayWords(words: readonly string[]): string {
  // (a loop, not map and filter: their arrays get another kind of storage once V8 optimises the caller, whose code is then dropped)
  let out = '';
  for (const w of words) {
    const d = displayWord(w);
    if (d) out = out ? `${out} ${d}` : d;
  }
  return out;
}

// A people's name for one of them: "Norwegian", "Chinese", "Israeli", "German", "Dane" (by its ending, or one of the
// few that have another); and a party's ("Republican", "Democrat", "Tory"), which in political news is no one person.
const PEOPLE_NAME = /^(?:\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ican)|German|Cuban|Kenyan|Ugandan|Rwandan|Angolan|Moroccan|Venezuelan|Guatemalan|Tibetan|Filipino|Filipina|Argentine|Thai|Swiss|Dutch|French|Greek|Czech|Welsh|Israeli|Iraqi|Pakistani|Saudi|Somali|Yemeni|Kuwaiti|Qatari|Bangladeshi|Emirati|Omani|Nepali|Afghan|Dane|Swede|Finn|Pole|Turk|Scot|Briton|Serb|Croat|Slovak|Uzbek|Kazakh|Kurd)$/u;
const PARTY_NAME = /^(?:Democrat|Republican|Tory)$/;
/** Is the word a people's or a party's name for one of them, and no given name ("Christian", "Brian")? */
export const demonym = (word: string): boolean => (PEOPLE_NAME.test(word) || PARTY_NAME.test(word)) && !isGivenName(word);
/** Is the word a people's name for one of them, not a party's ("the 58-year-old German", not "the Republican")? */
export const nationality = (word: string): boolean => PEOPLE_NAME.test(word) && !PARTY_NAME.test(word) && !isGivenName(word);

// The heads of a body's name that "the …" takes up ("the ministry" for "Ministry of Health"): those of mentions.ts, but
// words as often a building or a chamber ("the house", "the office") or a gathering ("the party").
export const BODY_NOUNS: ReadonlySet<string> = new Set([...BODY_HEADS].filter((w) => !/^(?:house|office|senate|congress|reserve|party)$/.test(w)));

/**
 * The body named last before `at`, not far back, whose name holds every one of `words` capitalised ("health
 * ministry": "Ministry of Health", "Health Ministry"), read from the text: a body's name "of" another is no entity
 * of the registry, and one after "the" is kept there as a place or a body alike.
 */
export function namedBody(text: string, words: readonly string[], at: number): string | null {
  const head = words[words.length - 1]!;
  // (an agency by the head of its name, and up to two phrases of "of" or "for" after it: "the office" for "the U.S.
  // Attorney’s Office for the Southern District of Ohio", "the agency" for "the Federal Food Safety Authority", "the institute" for "the
  // Institute for Fiscal Balance", "the ministry" for "the Ministry of Trade and Industry")
  const nouns = [head, ...(BODY_SYNONYMS.get(head) ?? [])].map((w) => w.replace(/(?<![\p{L}])\p{Ll}/gu, (c) => c.toUpperCase()));
  const from = Math.max(0, at - BODY_REACH);
  const window = text.slice(from, at);
  // ("the department" for "the Department of Housing, Local Government and Heritage": the commas of a list that "and"
  // closes, read below)
  // (and words "and" joins before the head: "the union" for "the Harbour and Quay Workers’ Union", read by joinedBody)
  const re = new RegExp(String.raw`(?:(?:\p{Lu}[\p{L}’'&.-]*|and)[ \u00a0]){0,6}(?:${nouns.join('|')})(?:[ \u00a0](?:of|for)(?:[ \u00a0]the)?(?:,?[ \u00a0](?:and[ \u00a0])?\p{Lu}[\p{L}’'-]*){1,6}){0,2}(?![\p{L}])`, 'gu');
  let found: string | null = null;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const name = joinedBody(text, listClosed(m[0].replace(/^(?:and[ \u00a0])+/u, '')).replace(/^(?:The|A|An|But|And|In|On|At)[ \u00a0]/u, ''));
    const lower = name.toLowerCase().split(/[ \u00a0]/);
    // (a name of more than the noun, holding every modifier: not "the Commission" alone, nor "Defence Ministry" for "the health ministry")
    // (nor a headline in title case: "Terror Suspect Named By Police")
    if (!nouns.includes(name) && words.every((w, i) => lower.includes(w) || i === words.length - 1 && nouns.some((n) => ` ${lower.join(' ')} `.includes(` ${n.toLowerCase()} `))) && !/(?:^|[ \u00a0])(?:By|For|To|In|On|At|With|From|And|Is|Are|Was|Were|Named|Says|Said)[ \u00a0]/u.test(name)) found = name;
  }
  return found;
}
/**
 * A body's name with "and" between capitalised words before its head, as read: whole where the words before "and" are
 * the name's own ("Harbour and Quay Workers’ Union", "Pellingford and Brackwater Fire and Rescue Service"); from the
 * last name after "and" where they name someone or something apart: initials ("the FBI and State Department"), a given
 * name ("Bill and …"), or words the text writes elsewhere without the rest ("the Obama and White House officials").
 */
function joinedBody(text: string, name: string): string {
  // (the "and" before the head and its "of" or "for" only: "Department of Housing, Local Government and Heritage" is whole)
  const of = name.search(/[ \u00a0](?:of|for)[ \u00a0]/u);
  const and = name.slice(0, of < 0 ? name.length : of).indexOf(' and ');
  if (and < 0) return name;
  const first = name.slice(0, and);
  return ownBeforeAnd(text, first, `${first} and `) ? name : joinedBody(text, name.slice(and + 5));
}

/**
 * Are the capitalised words `first`, written before "and" in `joined` (`first`, its "and" and maybe more), a body's
 * name's own words ("Harbour" of "Harbour and Quay Workers’ Union")? Not initials ("the FBI and State Department"),
 * not opening with a given name ("Bill and Melinda Gates Foundation"), and never written without the rest ("the Obama
 * and White House officials", where the text names Obama alone too). The registry, the subject read back and
 * namedBody ask this alike.
 */
export function ownBeforeAnd(text: string, first: string, joined: string): boolean {
  const lead = first.split(/[ \u00a0]/, 1)[0]!;
  if (/^\p{Lu}{2,}$/u.test(stripPossessive(lead)) || isGivenName(lead)) return false;
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + first.length)) if (!text.startsWith(joined, at)) return false;
  return true;
}
/** The name without what follows its last comma, unless "and" closes a list there ("…, Local Government and Heritage"). */
function listClosed(name: string): string {
  const comma = name.lastIndexOf(',');
  return comma < 0 || /[ \u00a0]and[ \u00a0]/u.test(name.slice(comma)) ? name : name.slice(0, comma);
}
// The heads of a body's name that its noun takes up too.
// ("the hospital" for "St. Brendan’s Regional Medical Center")
const BODY_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['agency', ['authority', 'administration']],
  ['hospital', ['medical center', 'medical centre', 'infirmary']],
  // ("the orchestra" for "the Lakeshore Philharmonic", "the union" for "the Associated Aviators Guild")
  ['orchestra', ['philharmonic', 'symphony', 'sinfonia']],
  ['union', ['guild', 'brotherhood']],
  // ("the party" for "the Democratic Front for Progress", "the Five Star Movement", "the Liberal Alliance")
  ['party', ['front', 'movement', 'alliance']],
]);
const BODY_REACH = 3000;
