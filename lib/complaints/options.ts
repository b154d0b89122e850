import { listBranches, listCategories } from './settings/queries';

export interface ComplaintOption {
  id: string;
  name: string;
}

/** The categories and branches a member can choose or filter by now (the manager's lists, unarchived). */
export async function complaintOptions(): Promise<{ categories: ComplaintOption[]; branches: ComplaintOption[] }> {
  const [categories, branches] = await Promise.all([listCategories(null), listBranches(null)]);
  return { categories, branches };
}
