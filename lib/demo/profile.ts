import type { Story } from './story';

export type DemoEntry = { name: string; nameEn?: string };

export interface DemoThread {
  title: string;
  posts: string[];
  poll?: { question: string; options: string[] };
}

/**
 * One demo community: the club (lib/demo/seed.ts) or the shop chain (lib/demo/retailer.ts). The seed
 * builds either the same way, so both have the same variety of groups, threads, complaints and ratings.
 */
export interface DemoProfile {
  kind: 'club' | 'retailer';
  settings: { name: string; welcomeText: string; welcomeTextEn: string; primaryColor: string; accentColor: string; defaultLocale: 'es' | 'en'; askMembershipNumber: boolean };
  staff: readonly { email: string; displayName: string; role: 'manager' | 'staff'; staffTitle: string }[];
  /** The member whose sign-in the README lists. */
  memberEmail: { name: string; email: string };
  emailDomain: string;
  numberPrefix: string;
  memberNames: readonly string[];
  /** The long-standing member at risk of the demo (lib/at-risk). */
  longTenured: { name: string; since: Date };
  groups: readonly { slug: string; name: string; visibility: 'open' | 'request' | 'private'; description: string; descriptionEn: string }[];
  threads: Record<string, DemoThread[]>;
  complaintLists: { categories: DemoEntry[]; branches: DemoEntry[]; teams: { name: string; members: string[] }[] };
  /** Staff who answer in the stories. */
  staffNames: string[];
  stories: Story[];
}
