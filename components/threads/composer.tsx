'use client';

import { useTranslations } from '@/components/i18n/intl';
import { useActionState, useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import type { FormAction, FormState } from '@/lib/forms/state';
import type { PostDto } from '@/lib/threads/dto';
import { LazyMarkdownEditor } from '@/components/editor/lazy-markdown-editor';
import { ImagesField } from './images-field';

const IDLE: FormState<PostDto> = { status: 'idle' };

export interface Quote {
  postId: string;
  authorName: string;
  text: string;
}

/** The reply box. The idempotency key only changes after a success, so a retried send posts once. */
export function Composer({ action: reply, threadId, initialKey, quote, onClearQuote, onPosted }: { action: FormAction<PostDto>; threadId: string; initialKey: string; quote: Quote | null; onClearQuote: () => void; onPosted: (post: PostDto) => void }) {
  const t = useTranslations('threads');
  const [state, action] = useActionState(reply, IDLE);
  const { errors, message } = useFormErrors(state);
  const [body, setBody] = useState('');
  const [key, setKey] = useState(initialKey);
  const [formKey, setFormKey] = useState(0);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const handled = useRef<FormState<PostDto> | null>(null);

  useEffect(() => {
    if (state.status !== 'ok' || handled.current === state) return;
    handled.current = state;
    setBody('');
    setKey(crypto.randomUUID());
    // Remounting the form clears the chosen files.
    setFormKey((k) => k + 1);
    onClearQuote();
    if (state.data) onPosted(state.data);
  }, [state, onClearQuote, onPosted]);

  useEffect(() => {
    if (!quote) return;
    const quoted = quote.text
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
    setBody((b) => `${quoted}\n\n${b}`);
    textarea.current?.focus();
  }, [quote]);

  const bodyErrors = errors('body');
  return (
    <form key={formKey} action={action} className="flex flex-col gap-3" noValidate aria-labelledby="reply-heading">
      <h2 id="reply-heading" className="text-lg font-semibold">
        {t('replyHeading')}
      </h2>
      {message && state.status === 'error' && !state.fieldErrors ? <Alert tone="error">{message}</Alert> : null}
      <input type="hidden" name="threadId" value={threadId} />
      <input type="hidden" name="idempotencyKey" value={key} />
      <input type="hidden" name="quotedPostId" value={quote?.postId ?? ''} />
      {quote ? (
        <p className="flex flex-wrap items-center gap-2 text-sm text-zinc-700">
          {t('quoting', { name: quote.authorName })}
          <button type="button" onClick={onClearQuote} className="underline">
            {t('cancelQuote')}
          </button>
        </p>
      ) : null}
      {errors('quotedPostId') ? <Alert tone="error">{errors('quotedPostId')!.join(' ')}</Alert> : null}
      <LazyMarkdownEditor id="reply-body" name="body" label={t('body')} hint={t('bodyHint')} errors={bodyErrors} value={body} onValueChange={setBody} mentions textareaRef={textarea} imagesInputId="post-images" />
      <ImagesField errors={errors('images')} />
      <div>
        <SubmitButton pendingLabel={t('replying')}>{t('send')}</SubmitButton>
      </div>
    </form>
  );
}
