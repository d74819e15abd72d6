// Vietnamese writes the tone mark on one vowel of a syllable, and two placements are in use for
// open syllables with oa/oe/uy: "Hóa/Hòa/Thủy" (traditional, used in the official unit lists) and
// "Hoá/Hoà/Thuỷ" (the 1980s school rule). Sources mix both ("Thanh Hoá" / "Thanh Hóa",
// ../shared/reference/administrative-units.md), so names are compared after moving every tone
// mark to its traditional place.

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const QUALITY_MARKS = new Set(['\u0302', '\u0306', '\u031B']); // â ê ô / ă / ơ ư
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

type Cluster = { base: string; marks: string };

function clustersOf(word: string): { clusters: Cluster[]; tones: string[] } {
  const clusters: Cluster[] = [];
  const tones: string[] = [];
  for (const ch of word.normalize('NFD')) {
    if (TONE_MARKS.has(ch)) tones.push(ch);
    else if (/\p{M}/u.test(ch) && clusters.length > 0) clusters[clusters.length - 1]!.marks += ch;
    else clusters.push({ base: ch, marks: '' });
  }
  return { clusters, tones };
}

const isVowel = (c: Cluster | undefined) => c !== undefined && VOWELS.has(c.base.toLowerCase());
const hasQuality = (c: Cluster) => [...c.marks].some((m) => QUALITY_MARKS.has(m));

/** Index of the cluster that carries the tone in the traditional placement, or -1. */
function toneIndex(clusters: Cluster[]): number {
  const lower = clusters.map((c) => c.base.toLowerCase());
  let start = clusters.findIndex(isVowel);
  if (start < 0) return -1;
  // "qu" and "gi" + vowel: the u / i belongs to the initial consonant (quý, giá, but gì).
  if (lower[start] === 'u' && lower[start - 1] === 'q' && isVowel(clusters[start + 1])) start += 1;
  if (lower[start] === 'i' && lower[start - 1] === 'g' && start === 1 && isVowel(clusters[start + 1])) start += 1;
  let end = start;
  while (isVowel(clusters[end + 1])) end += 1;
  for (let i = end; i >= start; i -= 1) if (hasQuality(clusters[i]!)) return i;
  const length = end - start + 1;
  const hasFinalConsonant = end < clusters.length - 1;
  if (length === 1) return start;
  if (hasFinalConsonant) return end;
  return length === 3 ? start + 1 : start;
}

/** Moves the tone mark of one syllable to its traditional place; other words come back unchanged (NFC). */
export function placeToneMark(syllable: string): string {
  const { clusters, tones } = clustersOf(syllable);
  const index = tones.length === 1 ? toneIndex(clusters) : -1;
  if (index < 0) return syllable.normalize('NFC');
  return clusters
    .map((c, i) => c.base + c.marks + (i === index ? tones[0]! : ''))
    .join('')
    .normalize('NFC');
}
