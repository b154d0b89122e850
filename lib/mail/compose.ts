import escapeHtml from 'escape-html';
import type { Brand } from '@/lib/brand/queries';
import type { OutgoingMail } from './transport';

export interface MailLink {
  label: string;
  url: string;
}

export interface MailContent {
  subject: string;
  heading: string;
  paragraphs: string[];
  /** The main button, and any further choices shown as buttons after it. */
  action?: MailLink;
  moreActions?: MailLink[];
  /** Lines that each lead somewhere (a digest's notifications). */
  list?: MailLink[];
  footer: string;
  unsubscribe?: MailLink;
}

/** One layout for every message: a plain-text part and an HTML part in the community's colours. */
export function composeMail(to: string, brand: Brand, content: MailContent): OutgoingMail {
  const { subject, heading, paragraphs, action, moreActions = [], list = [], footer, unsubscribe } = content;
  const actions = action ? [action, ...moreActions] : moreActions;
  const text = [
    heading,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    ...list.flatMap((l) => [`- ${l.label}`, `  ${l.url}`]),
    ...(list.length > 0 ? [''] : []),
    ...actions.flatMap((a) => [`${a.label}: ${a.url}`, '']),
    '—',
    footer,
    ...(unsubscribe ? [`${unsubscribe.label}: ${unsubscribe.url}`] : []),
  ].join('\n');
  const p = brand.palette;
  const button = (a: MailLink, main: boolean) =>
    `<a href="${escapeHtml(a.url)}" style="${main ? `background:${p.primary};color:${p.primaryForeground}` : `background:#ffffff;color:#111827;border:1px solid #6b7280`};padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block;margin:0 8px 8px 0">${escapeHtml(a.label)}</a>`;
  const html = `<!doctype html><html><body style="margin:0;background:#f4f4f5;font-family:system-ui,sans-serif;color:#111827">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;overflow:hidden">
<tr><td style="background:${p.primary};color:${p.primaryForeground};padding:16px 24px;font-weight:600">${escapeHtml(brand.name)}</td></tr>
<tr><td style="padding:24px"><h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(heading)}</h1>
${paragraphs.map((x) => `<p style="line-height:1.5;margin:0 0 12px">${escapeHtml(x)}</p>`).join('\n')}
${list.length > 0 ? `<ul style="padding-left:20px;line-height:1.5">${list.map((l) => `<li style="margin:0 0 8px"><a href="${escapeHtml(l.url)}" style="color:#111827">${escapeHtml(l.label)}</a></li>`).join('')}</ul>` : ''}
${actions.length > 0 ? `<p style="margin:24px 0">${actions.map((a, i) => button(a, i === 0)).join('')}</p>` : ''}
</td></tr>
<tr><td style="padding:16px 24px;color:#4b5563;font-size:13px">${escapeHtml(footer)}${unsubscribe ? `<br><a href="${escapeHtml(unsubscribe.url)}" style="color:#4b5563">${escapeHtml(unsubscribe.label)}</a>` : ''}</td></tr>
</table></td></tr></table></body></html>`;
  return { to, subject, text, html };
}
