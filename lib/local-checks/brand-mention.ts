import { skeletonOf } from './confusable-skeleton';
import { isWithinOneEdit } from './edit-distance';
import { BRANDS, type Brand } from './well-known-brands';

/** How a piece of a host name refers to a brand. */
export type BrandMention = {
  readonly brand: Brand;
  /** "named": the brand's name as is; "imitated": a look-alike spelling of it. */
  readonly how: 'named' | 'imitated';
};

// Short names (dhl, usps, apple) collide with ordinary words and other names when fuzzily matched
// (ample, chasm), so below this length only the exact name counts.
const MIN_FUZZY_LENGTH = 6;

// Names inside, or one letter from, everyday words: "economic-outlook", "outlookindia.com", "finance".
const FUZZY_COLLIDING_BRANDS = new Set(['outlook', 'binance']);

const SKELETONS = new Map(BRANDS.map((brand) => [brand, skeletonOf(brand.label)]));

/**
 * The brand a host label refers to, if any. The label is split at hyphens ("paypal-secure-login") and
 * also read with its hyphens dropped ("pay-pal"). Expects Unicode (decoded) text.
 */
export function brandMentionedIn(label: string): BrandMention | undefined {
  const pieces = [...label.split('-'), label.replaceAll('-', '')];
  let imitated: BrandMention | undefined;
  for (const piece of pieces) {
    // Worked out once per piece, not once per brand: this runs for every link a page is asked about.
    const skeleton = skeletonOf(piece);
    for (const brand of BRANDS) {
      if (piece === brand.label) return { brand, how: 'named' };
      imitated ??= imitation(piece, skeleton, brand);
    }
  }
  return imitated;
}

function imitation(piece: string, skeleton: string, brand: Brand): BrandMention | undefined {
  const brandSkeleton = SKELETONS.get(brand) ?? brand.label;
  if (skeleton === brandSkeleton) return { brand, how: 'imitated' };
  if (brand.label.length < MIN_FUZZY_LENGTH || FUZZY_COLLIDING_BRANDS.has(brand.label)) return undefined;
  // "paypalsecure", "micros0ftonline": the brand inside a longer word.
  if (skeleton.includes(brandSkeleton))
    return { brand, how: piece.includes(brand.label) ? 'named' : 'imitated' };
  // "amazom", "googel", "gooogle": one slip away. A shorter piece is not counted: "cloud" is not "icloud".
  if (skeleton.length >= brandSkeleton.length && isWithinOneEdit(skeleton, brandSkeleton)) {
    return { brand, how: 'imitated' };
  }
  return undefined;
}
