import type { Client, ClientStatus, DateFormat } from '../../../../shared/schema';
import { daysBetween, formatDate, todayIso } from '../../../../shared/domain/dates';

/** The badge colour for each client status: active work stands out, paused asks for a look. */
export const STATUS_BADGE: Record<ClientStatus, string> = {
  prospect: 'badge',
  active: 'badge badge-accent',
  paused: 'badge badge-warning',
  completed: 'badge',
  ended: 'badge',
};

/** A name to show even when the record has none yet. */
export function clientLabel(client: Pick<Client, 'name'>): string {
  return client.name.trim() || 'Unnamed client';
}

/** "Organization · Role", leaving out whatever is empty. */
export function clientSubtitle(client: Pick<Client, 'organization' | 'role'>): string {
  return [client.organization.trim(), client.role.trim()].filter(Boolean).join(' · ');
}

/** The local calendar day of a stored timestamp, shown in the practice's format. */
export function formatTimestampDay(timestamp: string, format: DateFormat): string {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? '' : formatDate(todayIso(date), format);
}

/** How close a yearly check-in is: late, due within a month, or later. */
export function checkInUrgency(date: string | null, today: string): 'overdue' | 'soon' | 'later' {
  if (date === null) return 'later';
  const days = daysBetween(today, date);
  if (days < 0) return 'overdue';
  return days <= 30 ? 'soon' : 'later';
}
