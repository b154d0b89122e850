import type { LucideIcon } from 'lucide-react';

/**
 * Icons drawn once per page and then used by reference. A list of 30 rows, each with four icons and
 * rendered for desktop and phone, otherwise carries 240 copies of the same paths, each also a client
 * reference in the page's flight data (lucide's base icon is a client component).
 */
export function IconSprite({ icons }: { icons: Record<string, LucideIcon> }) {
  return (
    <svg aria-hidden="true" focusable="false" className="absolute size-0 overflow-hidden">
      {Object.entries(icons).map(([id, Icon]) => (
        <symbol key={id} id={id} viewBox="0 0 24 24">
          <Icon />
        </symbol>
      ))}
    </svg>
  );
}

/** One icon of the page's sprite; decorative, the words next to it carry the meaning. */
export function SpriteIcon({ id, size = 16, className }: { id: string; size?: number; className?: string }) {
  return (
    <svg aria-hidden="true" focusable="false" width={size} height={size} className={className}>
      <use href={`#${id}`} />
    </svg>
  );
}
