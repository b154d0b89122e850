import enAccount from './messages/en/account.json';
import enAnnouncements from './messages/en/announcements.json';
import enAtRisk from './messages/en/atRisk.json';
import enComplaintSettings from './messages/en/complaintSettings.json';
import enComplaints from './messages/en/complaints.json';
import enCore from './messages/en/core.json';
import enDashboard from './messages/en/dashboard.json';
import enFaults from './messages/en/faults.json';
import enGroups from './messages/en/groups.json';
import enInbox from './messages/en/inbox.json';
import enMail from './messages/en/mail.json';
import enManagers from './messages/en/managers.json';
import enModeration from './messages/en/moderation.json';
import enNotifications from './messages/en/notifications.json';
import enReading from './messages/en/reading.json';
import enSearch from './messages/en/search.json';
import enSignInLock from './messages/en/signInLock.json';
import enThreads from './messages/en/threads.json';
import enTransparency from './messages/en/transparency.json';
import enWebhooks from './messages/en/webhooks.json';
import esAccount from './messages/es/account.json';
import esAnnouncements from './messages/es/announcements.json';
import esAtRisk from './messages/es/atRisk.json';
import esComplaintSettings from './messages/es/complaintSettings.json';
import esComplaints from './messages/es/complaints.json';
import esCore from './messages/es/core.json';
import esDashboard from './messages/es/dashboard.json';
import esFaults from './messages/es/faults.json';
import esGroups from './messages/es/groups.json';
import esInbox from './messages/es/inbox.json';
import esMail from './messages/es/mail.json';
import esManagers from './messages/es/managers.json';
import esModeration from './messages/es/moderation.json';
import esNotifications from './messages/es/notifications.json';
import esReading from './messages/es/reading.json';
import esSearch from './messages/es/search.json';
import esSignInLock from './messages/es/signInLock.json';
import esThreads from './messages/es/threads.json';
import esTransparency from './messages/es/transparency.json';
import esWebhooks from './messages/es/webhooks.json';
import type { Locale } from './config';

// One file per feature area, so that work on one area never edits another's strings.
const es = { ...esCore, ...esGroups, ...esThreads, ...esSearch, ...esAnnouncements, ...esNotifications, ...esComplaints, ...esTransparency, ...esComplaintSettings, ...esInbox, ...esMail, ...esModeration, ...esDashboard, ...esSignInLock, ...esFaults, ...esAtRisk, ...esAccount, ...esReading, ...esManagers, ...esWebhooks };
const en = { ...enCore, ...enGroups, ...enThreads, ...enSearch, ...enAnnouncements, ...enNotifications, ...enComplaints, ...enTransparency, ...enComplaintSettings, ...enInbox, ...enMail, ...enModeration, ...enDashboard, ...enSignInLock, ...enFaults, ...enAtRisk, ...enAccount, ...enReading, ...enManagers, ...enWebhooks };

export type Messages = typeof es;

export const MESSAGES: Record<Locale, Messages> = { es, en };

