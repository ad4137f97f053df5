/** Walking a catalogue: test/catalogue.test.ts compares the languages by it, e2e/spanish.test.ts looks for English. */

/** Every leaf of a catalogue by its path: strings, lists and functions. */
export function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'string' || typeof value === 'function') return [[path, value]];
  if (Array.isArray(value)) return [[path, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

/** A stand-in for every argument of a function leaf: what it writes around it is the function's own words. */
const HOLE = '\u2063';

/**
 * The fixed words of a leaf, in pieces: a string; each string of a list (and of a list's objects); for a function,
 * what it writes with every argument a stand-in, cut at the stand-ins (a function that cannot take a string
 * gives nothing).
 */
function pieces(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(pieces);
  if (value && typeof value === 'object') return Object.values(value).flatMap(pieces);
  if (typeof value === 'function') {
    try {
      const written = (value as (...a: unknown[]) => unknown)(
        ...Array.from({ length: Math.max(1, value.length) }, () => HOLE),
      );
      return pieces(written).flatMap((s) => s.split(HOLE));
    } catch {
      return [];
    }
  }
  return [];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const words = (s: string) => s.match(/\p{L}+/gu)?.length ?? 0;

/**
 * The sentences of the first catalogue, of three words or more, that the second does not say at the same path
 * and does not hold anywhere (a name such as "NHS 111 online" in both): the first language's sentences that must
 * not be read in the second's app. Each piece is cut into sentences at . ! ? : and line ends, so a sentence
 * put together with others is still found.
 */
export function sentencesOnlyIn(first: object, second: object): Set<string> {
  const other = new Map(leaves(second));
  const everything = squash(
    leaves(second)
      .flatMap(([, v]) => pieces(v))
      .join('\n'),
  );
  const found = new Set<string>();
  for (const [path, value] of leaves(first)) {
    const theirs = new Set(pieces(other.get(path)).map(squash));
    for (const piece of pieces(value)) {
      if (theirs.has(squash(piece))) continue;
      for (const sentence of piece.split(/(?<=[.!?:])\s+|\n+/).map(squash)) {
        if (words(sentence) >= 3 && !everything.includes(sentence)) found.add(sentence);
      }
    }
  }
  return found;
}
