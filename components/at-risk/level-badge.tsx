// The level in words, never in colour alone.
const TONE = { high: 'border-red-300 bg-red-50 text-red-900', watch: 'border-amber-300 bg-amber-50 text-amber-950', none: 'border-zinc-300 bg-zinc-50 text-zinc-800' } as const;

export function LevelBadge({ level, label }: { level: keyof typeof TONE; label: string }) {
  return <span className={`inline-flex items-center rounded-full border px-2.5 py-0.5 text-sm font-semibold ${TONE[level]}`}>{label}</span>;
}
