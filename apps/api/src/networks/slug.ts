/** Turns a name into a lower-case ASCII slug: "Wonen & zorg in Zuid-Holland" becomes "wonen-zorg-in-zuid-holland". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return slug === '' ? 'netwerk' : slug;
}
