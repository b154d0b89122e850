import type { SettingsIntent } from './settings-action';

/** Which verb a form runs, and the fixed inputs it sends with it. */
export function HiddenFields({ intent, fields = {} }: { intent: SettingsIntent; fields?: Record<string, string> }) {
  return (
    <>
      <input type="hidden" name="$intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}
