/**
 * Compares two names in Dutch alphabetical order, in which diacritics and case only break ties.
 * Sorting in code keeps one order on every PostgreSQL server, because the C collation that many
 * servers use puts "Zorg" before "alfa".
 */
export const compareDutch: (a: string, b: string) => number = new Intl.Collator('nl').compare;
