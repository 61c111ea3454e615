/** The due-soon window ("Số ngày báo trước khi đến hạn") a user may set, in days, bounds included. */
export const DUE_SOON_DAYS_MIN = 0;
export const DUE_SOON_DAYS_MAX = 365;
/** The window when the user sets none. */
export const DEFAULT_DUE_SOON_DAYS = 7;

/** Whether a value read from a sheet or a form is an allowed due-soon window. */
export function isDueSoonDays(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= DUE_SOON_DAYS_MIN && value <= DUE_SOON_DAYS_MAX;
}
