// The one door to compromise. It is loaded lazily, on the first question, so
// `--version`, `--help` and documents that never need it do not pay its
// start-up (≈150 ms), and it is only ever given a few words, never a document
// (it runs near 0.15 MB/s and goes quadratic on long strings).
import { createRequire } from 'node:module';

type Nlp = (text: string) => { terms: () => { json: () => { terms: { text: string; tags: string[] }[] }[] } };

let nlp: Nlp | null = null;
function load(): Nlp {
  if (!nlp) nlp = createRequire(import.meta.url)('compromise/two') as Nlp;
  return nlp;
}

const verbCache = new Map<string, boolean>();
const NOT_VERBS = new Set(
  [
    'too also himself herself themselves itself myself yourself ourselves again then there here now yesterday today tonight all both each instead alone though however anyway indeed first last once twice later earlier recently since so as well',
    // function words, which the tagger never reads as a verb in this slot (checked
    // word by word; "under", "over" and "unless" it does, so they are not here)
    'a an the this that these those his her its their our my your some any every another one of in on at by for from to with about after among because but and or nor during except off when where which while who whom whose why how what before into onto upon through than if until',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Does `word` read as a verb of speech-like use in the slot "He ___." ? Used
 * for cue words that no lexicon lists ("“…,” he famous.", "she opined").
 */
export function readsAsVerb(word: string): boolean {
  const key = word.toLowerCase();
  const hit = verbCache.get(key);
  if (hit !== undefined) return hit;
  // the plain cases need no tagger (and no 150 ms to load it): adverbs and
  // pronouns are not verbs, a regular past tense is
  if (/ly$/.test(key) || NOT_VERBS.has(key)) return false;
  if (/[^e]ed$|[^aeiou]ied$/.test(key) && key.length > 4) return true;
  let verb = false;
  try {
    const doc = load()(`He ${key}.`).terms().json();
    const tags = doc[1]?.terms[0]?.tags ?? [];
    // spinners put adjectives in the verb's slot ("he famous" for "he noted"):
    // in this slot any word that is not a noun, a pronoun, a function word or
    // an adverb stands for the reporting verb
    const NOT = ['Noun', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Date', 'Value', 'QuestionWord', 'Copula', 'Modal', 'Auxiliary'];
    verb = tags.includes('Verb') || (tags.length > 0 && !tags.some((t) => NOT.includes(t)));
  } catch {
    verb = false;
  }
  if (verbCache.size > 10000) verbCache.clear();
  verbCache.set(key, verb);
  return verb;
}
