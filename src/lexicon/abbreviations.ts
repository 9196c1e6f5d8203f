// The states the AP Stylebook abbreviates with one word ("Calif.", "Ga."): abbreviations of the tokenizer, and
// STATE_ABBREVIATIONS below.
const STATES = 'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn vt va wash wis wyo'.split(' ');

// Abbreviations after which a full stop does not end a sentence.
// Source: AP Stylebook abbreviations (titles, months, states) and the Punkt
// sentence tokenizer's English abbreviation list (NLTK), trimmed to news use.
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'lt', 'gen', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'det', 'insp',
  'st', 'mt', 'ft', 'rev', 'hon', 'pres', 'supt', 'atty', 'sec', 'amb', 'jr', 'sr', 'messrs', 'mmes', 'msgr', 'fr',
  'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec',
  ...STATES,
  'inc', 'corp', 'co', 'ltd', 'bros', 'no', 'nos', 'vol', 'vs', 'v', 'etc', 'al', 'approx', 'dept', 'est', 'fig', 'univ', 'assn', 'ave', 'blvd', 'rd',
  'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'd.c', 'n.y', 'l.a',
]);

/**
 * US states as the AP Stylebook abbreviates them after a city ("San Bernardino, Calif.", "Trenton, N.J."), as
 * tokens: in lower case, with their full stop (the one-word ones from STATES, the initials as the tokenizer reads
 * them). Source: AP Stylebook, state abbreviations (the eight states it never abbreviates are not here), and D.C.
 */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...STATES.map((s) => `${s}.`),
  ...'n.h. n.j. n.m. n.y. n.c. n.d. r.i. s.c. s.d. w.va. d.c.'.split(' '),
]);
