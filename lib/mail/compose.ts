import escapeHtml from 'escape-html';
import type { Brand } from '@/lib/brand/queries';
import type { OutgoingMail } from './transport';

export interface MailContent {
  subject: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer: string;
}

/** One layout for every message: a plain-text part and an HTML part in the community's colours. */
export function composeMail(to: string, brand: Brand, content: MailContent): OutgoingMail {
  const { subject, heading, paragraphs, action, footer } = content;
  const text = [heading, '', ...paragraphs.flatMap((p) => [p, '']), ...(action ? [`${action.label}: ${action.url}`, ''] : []), '—', footer].join('\n');
  const p = brand.palette;
  const html = `<!doctype html><html><body style="margin:0;background:#f4f4f5;font-family:system-ui,sans-serif;color:#111827">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;overflow:hidden">
<tr><td style="background:${p.primary};color:${p.primaryForeground};padding:16px 24px;font-weight:600">${escapeHtml(brand.name)}</td></tr>
<tr><td style="padding:24px"><h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(heading)}</h1>
${paragraphs.map((x) => `<p style="line-height:1.5;margin:0 0 12px">${escapeHtml(x)}</p>`).join('\n')}
${action ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:${p.primary};color:${p.primaryForeground};padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(action.label)}</a></p>` : ''}
</td></tr>
<tr><td style="padding:16px 24px;color:#4b5563;font-size:13px">${escapeHtml(footer)}</td></tr>
</table></td></tr></table></body></html>`;
  return { to, subject, text, html };
}
