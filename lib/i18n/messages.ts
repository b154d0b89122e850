import en from './messages/en.json';
import es from './messages/es.json';
import type { Locale } from './config';

export type Messages = typeof es;

export const MESSAGES: Record<Locale, Messages> = { es, en };
