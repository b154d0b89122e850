'use client';

import { type FormEvent, startTransition, useActionState } from 'react';
import type { FormAction, FormState } from '@/lib/forms/state';

const IDLE: FormState = { status: 'idle' };

/**
 * A form whose fields survive a refused submit untouched, chosen files included (a form action would
 * reset them). The button that submitted is sent too, so it can carry a decision (name/value).
 */
export function useKeptForm<T>(action: FormAction<T>) {
  const [state, dispatch, pending] = useActionState(action, IDLE as FormState<T>);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(data));
  };
  return { state, onSubmit, pending };
}
