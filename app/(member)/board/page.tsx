import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ComingSoon } from '@/components/shell/coming-soon';
import { requireMember } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('comingSoon.board'))('title') };
}

export default async function Page() {
  await requireMember();
  return <ComingSoon area="board" />;
}
