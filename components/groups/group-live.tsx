'use client';

import { useRouter } from 'next/navigation';
import { useRoom } from '@/components/shell/use-room';

function GroupRoom({ groupId, refresh }: { groupId: string; refresh: () => void }) {
  useRoom(`group:${groupId}`, { 'group:activity': refresh, 'group:changed': refresh });
  return null;
}

/** Re-renders the page from the server when something happens in one of the groups it shows. */
export function GroupLive({ groupIds }: { groupIds: string[] }) {
  const router = useRouter();
  return groupIds.map((id) => <GroupRoom key={id} groupId={id} refresh={() => router.refresh()} />);
}
