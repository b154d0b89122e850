'use client';

import { type ClipboardEvent, type DragEvent, type KeyboardEvent, type ReactNode, type RefObject, useId, useRef, useState } from 'react';
import { useTranslations } from '@/components/i18n/intl';
import { MentionTextarea } from '@/components/threads/mention-textarea';
import { FieldFrame, fieldIds } from '@/components/ui/field-frame';
import { type Format, formatEdit, SHORTCUTS } from './format';
import { addImages } from './image-drop';
import { usePreviewAction } from './preview-context';
import { FormatToolbar } from './toolbar';

type Mode = 'write' | 'preview';
type Preview = { html: string; source: string } | { error: string } | null;

export interface MarkdownEditorProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  value: string;
  onValueChange: (value: string) => void;
  /** Offer people's names after "@" (threads). */
  mentions?: boolean;
  /** The file input that dropped or pasted images join; without it the editor takes none. */
  imagesInputId?: string;
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
  rows?: number;
  maxLength?: number;
  required?: boolean;
  /** Between the label and the editor: a template picker. */
  before?: ReactNode;
}

const TEXTAREA = 'block min-h-32 w-full resize-y rounded-b-md border-0 bg-transparent px-3 py-2 text-base text-zinc-900 focus:outline-none';

/**
 * The one editor of the product: threads, replies, edits, complaints and comments. Markdown in a
 * textarea (the source stays what is sent), a small toolbar with shortcuts, a preview rendered by the
 * server's own renderer, and images dropped or pasted into the form's file input.
 */
export function MarkdownEditor({ id, name, label, hint, errors, value, onValueChange, mentions = false, imagesInputId, textareaRef, rows = 6, maxLength, required, before }: MarkdownEditorProps) {
  const t = useTranslations('editor');
  const tRoot = useTranslations();
  const own = useRef<HTMLTextAreaElement>(null);
  const ref = textareaRef ?? own;
  const tabs = useId();
  const preview = usePreviewAction();
  const [mode, setMode] = useState<Mode>('write');
  const [shown, setShown] = useState<Preview>(null);
  const [loading, setLoading] = useState(false);
  const [announce, setAnnounce] = useState('');

  const format = (f: Format) => {
    const el = ref.current;
    if (!el) return;
    const edit = formatEdit(el.value, el.selectionStart, el.selectionEnd, f, f === 'list' || f === 'quote' ? '' : t(`placeholder.${f}`));
    el.focus();
    el.setSelectionRange(edit.start, edit.end);
    // insertText keeps the browser's undo history; where it is missing the value is set directly.
    if (!document.execCommand('insertText', false, edit.insert)) onValueChange(el.value.slice(0, edit.start) + edit.insert + el.value.slice(edit.end));
    requestAnimationFrame(() => el.setSelectionRange(...edit.select));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    const shortcut = (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey ? SHORTCUTS[e.key.toLowerCase()] : undefined;
    if (!shortcut) return;
    e.preventDefault();
    format(shortcut);
  };

  const show = async (next: Mode) => {
    setMode(next);
    if (next === 'write' || !preview || value.trim() === '' || (shown && 'source' in shown && shown.source === value)) return;
    setLoading(true);
    const state = await preview(value).catch(() => ({ status: 'error' as const, message: 'editor.errors.previewFailed' }));
    setLoading(false);
    setShown(state.status === 'ok' && state.data !== undefined ? { html: state.data, source: value } : { error: tRoot(state.message ?? 'errors.invalid') });
  };

  const take = (files: FileList | undefined, e: { preventDefault: () => void }) => {
    if (!imagesInputId || !files?.length) return;
    const added = addImages(imagesInputId, files);
    if (added === 0) return;
    e.preventDefault();
    setAnnounce(t('imagesAdded', { count: added }));
  };

  const tabKeys = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const next = mode === 'write' ? 'preview' : 'write';
    void show(next);
    document.getElementById(`${tabs}-${next}`)?.focus();
  };

  const common = {
    id,
    name,
    rows,
    maxLength,
    required,
    onKeyDown,
    className: TEXTAREA,
    onPaste: (e: ClipboardEvent<HTMLTextAreaElement>) => take(e.clipboardData.files, e),
    ...fieldIds(id, Boolean(hint), errors),
  };
  const tab = (m: Mode) => (
    <button
      id={`${tabs}-${m}`}
      type="button"
      role="tab"
      aria-selected={mode === m}
      aria-controls={`${tabs}-${m}-panel`}
      tabIndex={mode === m ? 0 : -1}
      onClick={() => void show(m)}
      className={`min-h-11 border-b-2 px-3 text-sm font-semibold ${mode === m ? 'border-brand-ink text-zinc-900' : 'border-transparent text-zinc-700 hover:text-zinc-900'}`}
    >
      {t(m)}
    </button>
  );

  return (
    <FieldFrame fieldId={id} label={label} hint={hint} errors={errors}>
      {before}
      <div
        className={`rounded-md border bg-white focus-within:border-brand-ink ${errors?.length ? 'border-red-700' : 'border-zinc-400'}`}
        onDragOver={(e: DragEvent) => imagesInputId && e.dataTransfer.types.includes('Files') && e.preventDefault()}
        onDrop={(e: DragEvent) => take(e.dataTransfer.files, e)}
      >
        <div className="flex flex-wrap items-center justify-between gap-x-2 border-b border-zinc-200 px-1">
          <div role="tablist" aria-label={t('modes')} onKeyDown={tabKeys} className="flex">
            {tab('write')}
            {preview ? tab('preview') : null}
          </div>
          <FormatToolbar controls={id} disabled={mode !== 'write'} onFormat={format} />
        </div>
        <div id={`${tabs}-write-panel`} role="tabpanel" aria-labelledby={`${tabs}-write`} hidden={mode !== 'write'}>
          {mentions ? <MentionTextarea {...common} textareaRef={ref} value={value} onValueChange={onValueChange} /> : <textarea {...common} ref={ref} value={value} onChange={(e) => onValueChange(e.target.value)} />}
        </div>
        {preview ? (
          <div id={`${tabs}-preview-panel`} role="tabpanel" aria-labelledby={`${tabs}-preview`} hidden={mode !== 'preview'} aria-busy={loading} className="min-h-32 px-3 py-2">
            {loading ? (
              <p className="text-sm text-zinc-700">{t('loading')}</p>
            ) : value.trim() === '' ? (
              <p className="text-sm text-zinc-700">{t('nothing')}</p>
            ) : shown && 'html' in shown ? (
              // The server's sanitized rendering, exactly as it will be stored.
              <div className="prose prose-zinc prose-post max-w-none" dangerouslySetInnerHTML={{ __html: shown.html }} />
            ) : shown ? (
              <p className="text-sm font-medium text-red-700">{shown.error}</p>
            ) : null}
          </div>
        ) : null}
      </div>
      <p className="sr-only" aria-live="polite">
        {announce}
      </p>
    </FieldFrame>
  );
}
