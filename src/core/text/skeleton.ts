import { foldName } from './fold';

/**
 * The transliteration skeleton of a name: what is left once the differences that
 * romanisations of the same name disagree on are ironed out. "Assad" and "Asad",
 * "Makhlouf" and "Makhluf", "Bashar" and the French "Bachar", "Hmeimim" and "Khmeimim", "Peskov" and "Peskow", "Jalali"
 * and "Jalaly", "al-Assad" and "al Assad" all share one skeleton.
 */
const skeletons = new Map<string, string>();
const MAX_MEMOISED_SKELETONS = 50_000;

export function skeleton(name: string): string {
  let found = skeletons.get(name);
  if (found === undefined) {
    found = computeSkeleton(name);
    if (skeletons.size >= MAX_MEMOISED_SKELETONS) skeletons.clear();
    skeletons.set(name, found);
  }
  return found;
}

function computeSkeleton(name: string): string {
  return (
    foldName(name)
      // Arabic article written al-, al , el-, el , ul-, or assimilated (ash-, ad-, …).
      .replace(/(^|[\s-])(?:a|e|u)(?:l|d|n|r|s|sh|t|th|z)[\s-](?=\p{L})/gu, '$1al')
      .replace(/[^\p{L}\p{N}]+/gu, '')
      .replace(/kh/g, 'h')
      // French transliterations: "Bachar" for Bashar, "Djamel" for Jamal ("ch" after a consonant is the English one: "Kovalchuk").
      .replace(/(^|[aeiouy])ch/g, '$1sh')
      .replace(/dj/g, 'j')
      .replace(/ph/g, 'f')
      .replace(/ou/g, 'u')
      .replace(/oo/g, 'u')
      .replace(/ck/g, 'k')
      .replace(/q/g, 'k')
      .replace(/w/g, 'v')
      .replace(/y/g, 'i')
      .replace(/ee/g, 'i')
      .replace(/(\p{L})\1+/gu, '$1')
  );
}

/** Whether two strings are at most one edit apart (insertion, deletion, substitution or swap of neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const restA = endA - start;
  const restB = endB - start;
  if (restA <= 1 && restB <= 1) return true;
  return restA === 2 && restB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start];
}

/**
 * Whether `longer` is `shorter` with an ending that makes another word of it: a demonym,
 * plural or adjective ("Syria" → "Syrian", "Qatar" → "Qatari", "Russia" → "Russians").
 * Such pairs are related words, not variant spellings.
 */
export function isDerivedForm(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return longer.startsWith(shorter) && longer.length > shorter.length;
}

/** Every string one deletion away from `text`, and `text` itself: keys of a one-edit index. */
export function deletionKeys(text: string): string[] {
  const keys = [text];
  for (let i = 0; i < text.length; i++) keys.push(text.slice(0, i) + text.slice(i + 1));
  return keys;
}
