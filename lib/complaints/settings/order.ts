export type Direction = 'up' | 'down';

interface Ordered {
  id: string;
  position: number;
}

/**
 * The list after moving one entry a step up or down, numbered 0…n-1 again. Only entries in the same
 * group count as neighbours (an active category steps over archived ones, which are listed apart).
 * Returns the entries whose position changed; none when the entry is already at that end.
 */
export function moveStep<T extends Ordered>(rows: T[], id: string, direction: Direction, sameGroup: (a: T, b: T) => boolean = () => true): Ordered[] {
  const list = [...rows];
  const from = list.findIndex((r) => r.id === id);
  if (from < 0) return [];
  const step = direction === 'up' ? -1 : 1;
  let to = from + step;
  while (to >= 0 && to < list.length && !sameGroup(list[to]!, list[from]!)) to += step;
  if (to < 0 || to >= list.length) return [];
  [list[from], list[to]] = [list[to]!, list[from]!];
  return list.flatMap((r, position) => (r.position === position ? [] : [{ id: r.id, position }]));
}
