'use client';

import { createContext, type ReactNode, useActionState, useContext } from 'react';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { type FormAction, IDLE } from '@/lib/forms/state';

/** The verbs the settings forms name in their hidden `$intent` field; the server action maps each to its verb. */
export type SettingsIntent =
  | 'createEntry'
  | 'renameEntry'
  | 'moveEntry'
  | 'archiveEntry'
  | 'addTeamMember'
  | 'removeTeamMember'
  | 'updateSla'
  | 'applySlaPreset'
  | 'updateBoard'
  | 'createTemplate'
  | 'updateTemplate'
  | 'deleteTemplate'
  | 'moveTemplate';

// Every form of the settings pages posts to the same server action: the layout hands it down once.
const SettingsActionContext = createContext<FormAction | null>(null);

export function SettingsActionProvider({ action, children }: { action: FormAction; children: ReactNode }) {
  return <SettingsActionContext.Provider value={action}>{children}</SettingsActionContext.Provider>;
}

/** One settings form's state: its errors and typed values (translated), and the action to submit to. */
export function useSettingsAction() {
  const action = useContext(SettingsActionContext);
  if (!action) throw new Error('No SettingsActionProvider above this settings form (app/(admin)/admin/complaints/layout.tsx)');
  const [state, dispatch] = useActionState(action, IDLE);
  return { state, action: dispatch, ...useFormErrors(state) };
}
