// NetBox's slug for a name (its SlugField: letters, digits, underscores and hyphens), as the
// devicetype-library makes them: lower case, every other run of characters one hyphen.
export function slugify(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9_]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}
