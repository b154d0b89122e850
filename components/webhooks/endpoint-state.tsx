const TONE = {
  active: 'border-green-700 text-green-900',
  off: 'border-zinc-500 text-zinc-800',
  disabled: 'border-red-700 bg-red-50 text-red-900',
} as const;

/** On, off by a manager, or off after three days of failures. */
export function EndpointState({ active, disabled, labels }: { active: boolean; disabled: boolean; labels: Record<keyof typeof TONE, string> }) {
  const state = disabled ? 'disabled' : active ? 'active' : 'off';
  return <span className={`rounded-full border px-2 text-xs font-semibold ${TONE[state]}`}>{labels[state]}</span>;
}
