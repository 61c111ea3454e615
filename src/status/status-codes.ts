/**
 * The KPI status of a task and the words the clerk reads (docs/domain.md, "Task status"). Done first,
 * then not done from the most to the least pressing, then the tasks counted apart.
 */
export const STATUS_LABELS = {
  DONE_ON_TIME: 'Hoàn thành đúng hạn',
  DONE_LATE: 'Hoàn thành quá hạn',
  DONE: 'Hoàn thành',
  OVERDUE: 'Quá hạn',
  DUE_SOON: 'Sắp đến hạn',
  IN_PROGRESS: 'Đang thực hiện (trong hạn)',
  NOT_DUE: 'Chưa đến kỳ thực hiện',
  CONTINUOUS: 'Thường xuyên',
  NO_DEADLINE: 'Chưa có thời hạn cụ thể',
  INVALID: 'Lỗi dữ liệu',
} as const;

export type StatusCode = keyof typeof STATUS_LABELS;

/** Every status code, in the order summaries list them. */
export const STATUS_CODES = Object.keys(STATUS_LABELS) as readonly StatusCode[];
