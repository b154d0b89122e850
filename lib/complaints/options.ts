import { cached } from '@/lib/cache';
import type { Locale } from '@/lib/i18n/config';
import { localized } from '@/lib/i18n/localized';
import { type ListEntry, listBranches, listCategories } from './settings/queries';

export interface ComplaintOption {
  id: string;
  name: string;
}

/** The categories and branches a member can choose or filter by now (the manager's lists, unarchived), named in the reader's language. */
export async function complaintOptions(locale: Locale): Promise<{ categories: ComplaintOption[]; branches: ComplaintOption[] }> {
  const named = (list: ListEntry[]) => list.map((e) => ({ id: e.id, name: localized(e.name, e.nameEn, locale) }));
  // The same lists for everyone, until the manager edits them (tag `options`).
  return cached(`complaint-options:${locale}`, ['options'], async () => {
    const [categories, branches] = await Promise.all([listCategories(null), listBranches(null)]);
    return { categories: named(categories), branches: named(branches) };
  });
}
