'use client';

import { Bold, Italic, Link2, List, Quote } from 'lucide-react';
import { type KeyboardEvent, useRef } from 'react';
import { useTranslations } from '@/components/i18n/intl';
import { type Format, FORMATS } from './format';

const ICONS = { bold: Bold, italic: Italic, link: Link2, list: List, quote: Quote } as const satisfies Record<Format, unknown>;
const SHORTCUT_KEY: Partial<Record<Format, string>> = { bold: 'B', italic: 'I', link: 'K' };

/**
 * The formatting buttons as one ARIA toolbar: a single tab stop, arrows (Home, End) move between the
 * buttons, Enter or Space applies; the shortcut of each is in its name.
 */
export function FormatToolbar({ controls, disabled, onFormat }: { controls: string; disabled: boolean; onFormat: (format: Format) => void }) {
  const t = useTranslations('editor');
  const bar = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(bar.current?.querySelectorAll('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (next === undefined || at === -1) return;
    e.preventDefault();
    const target = buttons[(next + buttons.length) % buttons.length]!;
    for (const b of buttons) b.tabIndex = b === target ? 0 : -1;
    target.focus();
  };
  return (
    <div ref={bar} role="toolbar" aria-label={t('toolbar')} aria-controls={controls} onKeyDown={onKeyDown} className="flex items-center">
      {FORMATS.map((format, i) => {
        const Icon = ICONS[format];
        const key = SHORTCUT_KEY[format];
        const name = key ? t('withShortcut', { action: t(`format.${format}`), key }) : t(`format.${format}`);
        return (
          <button
            key={format}
            type="button"
            tabIndex={i === 0 ? 0 : -1}
            disabled={disabled}
            aria-label={name}
            title={name}
            // Keeps the selection in the text while the button is pressed.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onFormat(format)}
            className="inline-flex size-11 items-center justify-center rounded-md text-zinc-800 hover:bg-zinc-100 disabled:opacity-40"
          >
            <Icon aria-hidden="true" size={18} />
          </button>
        );
      })}
    </div>
  );
}
