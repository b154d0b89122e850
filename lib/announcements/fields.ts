import { z } from 'zod';

export const TITLE_MAX = 160;
export const BODY_MAX = 20_000;

export const announcementFields = {
  title: z.string('errors.required').trim().min(1, 'errors.required').max(TITLE_MAX, 'errors.tooLong'),
  bodyMd: z.string('errors.required').trim().min(1, 'errors.required').max(BODY_MAX, 'errors.tooLong'),
};

export const announcementId = z.uuid('errors.notFound');
