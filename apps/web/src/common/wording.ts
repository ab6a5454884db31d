import type { Role } from '@cs/domain';

/** "evidenceOfImpact" → "Evidence of impact"; "board.met" → "Board met": labels from schema names. */
export function humanise(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[._-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const roleNames: Record<Role, string> = {
  'programme-office': 'programme office',
  'dfe-caselead': 'DfE caselead',
  adviser: 'adviser',
  'board-chair': 'board chair',
  admin: 'admin',
  viewer: 'viewer',
};

export function roleName(role: string): string {
  return roleNames[role as Role] ?? role;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2019-05-23 → 23 May 2019, as GOV.UK writes dates. */
export function longDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]}`;
}
