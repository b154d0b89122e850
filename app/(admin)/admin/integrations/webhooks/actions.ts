'use server';

import { redirect } from 'next/navigation';
import type { FormState } from '@/lib/forms/state';
import { submitForm } from '@/lib/forms/submit';
import { createWebhookEndpoint, type CreatedEndpoint } from '@/lib/webhooks/create';
import { resendWebhookDelivery } from '@/lib/webhooks/resend';
import { deleteWebhookEndpoint, updateWebhookEndpoint } from '@/lib/webhooks/update';

const PATH = '/admin/integrations/webhooks';

export async function createEndpointAction(_: FormState<CreatedEndpoint>, formData: FormData) {
  return submitForm(formData, createWebhookEndpoint, { role: 'manager', revalidate: PATH });
}

export async function updateEndpointAction(_: FormState, formData: FormData) {
  return submitForm(formData, updateWebhookEndpoint, { role: 'manager', refresh: true });
}

export async function deleteEndpointAction(_: FormState, formData: FormData) {
  const state = await submitForm(formData, deleteWebhookEndpoint, { role: 'manager', revalidate: PATH });
  if (state.status === 'ok') redirect(PATH);
  return state;
}

export async function resendDeliveryAction(_: FormState, formData: FormData) {
  return submitForm(formData, resendWebhookDelivery, { role: 'manager', refresh: true });
}
