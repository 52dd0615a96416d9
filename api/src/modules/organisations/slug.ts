/** Maximum length of a slug base; a suffix such as `-12` may follow it. */
export const MAX_SLUG_LENGTH = 60;

/** The base used when a name has no letters or digits, such as "!!!". */
const FALLBACK_SLUG = 'organisation';

/**
 * Turns a name into a URL slug: lower-case ASCII letters and digits joined
 * by single hyphens. Accents are dropped ("Café" becomes "cafe").
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');

  return slug === '' ? FALLBACK_SLUG : slug;
}

/**
 * Picks the first of `base`, `base-2`, `base-3`, … not in `takenSlugs`.
 */
export function firstFreeSlug(
  base: string,
  takenSlugs: Iterable<string>,
): string {
  const used = new Set(takenSlugs);
  if (!used.has(base)) return base;
  let suffix = 2;
  while (used.has(`${base}-${suffix}`)) suffix += 1;

  return `${base}-${suffix}`;
}
