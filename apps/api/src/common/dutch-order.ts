/**
 * Compares names as a Dutch reader sorts them: case-insensitive at first, diacritics after the base letter.
 * Sorting here instead of in SQL keeps lists in one order whatever collation the PostgreSQL server uses;
 * under the C collation that `initdb` often gets, "alfa" would come after "Zorg".
 */
export const compareDutch: (a: string, b: string) => number = new Intl.Collator('nl').compare;
