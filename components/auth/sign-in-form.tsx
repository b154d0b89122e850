'use client';

import Link from 'next/link';
import { signIn } from 'next-auth/react';
import { useFormatter, useTranslations } from '@/components/i18n/intl';
import { type FormEvent, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { parseBlocked } from '@/lib/auth/blocked-code';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';

type Problem = { field?: 'email' | 'password' | 'code'; message: string } | null;

const CODE_STEP = 'two_factor:';

/** `initialProblem`: a code the page was sent back with (a kept-out account, a failed single sign-on with `ssoName`). */
export function SignInForm({ callbackUrl, initialProblem, ssoName }: { callbackUrl: string; initialProblem?: string | null; ssoName?: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem>(() => (initialProblem ? { message: explain(initialProblem) } : null));
  // After the right password, an account with a second factor gets a short-lived ticket and a code step.
  const [ticket, setTicket] = useState<string | null>(null);
  const [code, setCode] = useState('');

  // authorize() passes back a short code; the words are ours, in the member's language.
  function explain(code: string): string {
    if (code === 'sso_failed') return t('sso.errors.failed', { name: ssoName ?? '' });
    if (code === 'two_factor_expired') return t('twoFactor.errors.ticketExpired');
    if (code.startsWith('rate_limited:')) return t('auth.errors.rateLimited', { minutes: Math.ceil(Number(code.split(':')[1]) / 60) });
    const blocked = parseBlocked(code);
    if (!blocked) return t('auth.errors.badCredentials');
    const standing =
      blocked.accountStatus === 'suspended' && blocked.until ? t('auth.errors.suspended', { until: format.dateTime(blocked.until, { dateStyle: 'long', timeStyle: 'short' }) }) : t('auth.errors.banned');
    return blocked.reason ? `${standing} ${t('account.reason', { reason: blocked.reason })}` : standing;
  }

  async function send(fields: Record<string, string>) {
    setPending(true);
    setProblem(null);
    const result = await signIn('credentials', { ...fields, redirect: false, callbackUrl });
    if (result?.ok && !result.error) {
      // A full load, so every server component renders for the signed-in member.
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    const error = result?.error ?? '';
    if (error.startsWith(CODE_STEP)) {
      setTicket(error.slice(CODE_STEP.length));
      setPassword('');
      return;
    }
    if (error === 'two_factor_invalid') return setProblem({ field: 'code', message: t('twoFactor.errors.badCode') });
    if (error === 'two_factor_expired') {
      setTicket(null);
      setCode('');
    }
    setProblem({ message: explain(error) });
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (pending) return;
    if (ticket !== null) {
      if (!code.trim()) return setProblem({ field: 'code', message: t('errors.required') });
      return send({ ticket, code });
    }
    if (!email.trim()) return setProblem({ field: 'email', message: t('errors.required') });
    if (!password) return setProblem({ field: 'password', message: t('errors.required') });
    return send({ email, password });
  }

  if (ticket !== null) {
    return (
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-describedby={problem && !problem.field ? 'sign-in-problem' : undefined}>
        {problem && !problem.field ? (
          <div id="sign-in-problem">
            <Alert tone="error">{problem.message}</Alert>
          </div>
        ) : null}
        <div>
          <h2 className="text-lg font-semibold">{t('twoFactor.signIn.codeTitle')}</h2>
          <p className="mt-1 text-sm text-zinc-700">{t('twoFactor.signIn.codeHint')}</p>
        </div>
        <Field
          name="code"
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          label={t('twoFactor.signIn.codeLabel')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          errors={problem?.field === 'code' ? [problem.message] : undefined}
          maxLength={40}
          autoFocus
          required
        />
        <Button type="submit" disabled={pending}>
          {pending ? t('twoFactor.signIn.pending') : t('twoFactor.signIn.submit')}
        </Button>
        <button
          type="button"
          className="min-h-11 self-start text-sm font-medium text-brand-ink underline"
          onClick={() => {
            setTicket(null);
            setCode('');
            setProblem(null);
          }}
        >
          {t('twoFactor.signIn.back')}
        </button>
      </form>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-describedby={problem && !problem.field ? 'sign-in-problem' : undefined}>
      {problem && !problem.field ? (
        <div id="sign-in-problem">
          <Alert tone="error">{problem.message}</Alert>
        </div>
      ) : null}
      <Field
        name="email"
        type="email"
        autoComplete="email"
        label={t('auth.email')}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        errors={problem?.field === 'email' ? [problem.message] : undefined}
        required
      />
      <Field
        name="password"
        type="password"
        autoComplete="current-password"
        label={t('auth.password')}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        errors={problem?.field === 'password' ? [problem.message] : undefined}
        required
      />
      <Button type="submit" disabled={pending}>
        {pending ? t('auth.signIn.pending') : t('auth.signIn.submit')}
      </Button>
      <Link href="/forgot-password" className="text-sm font-medium text-brand-ink underline">
        {t('auth.signIn.forgot')}
      </Link>
    </form>
  );
}
