/** A problem to show the user as it is: its message is already Vietnamese and says what to do. */
export class UserError extends Error {
  override name = 'UserError';
}

/**
 * The Vietnamese text to show for anything an action threw: a UserError's own message, otherwise
 * a plain apology with the technical message after it (so that the office can pass it on).
 */
export function userMessage(error: unknown): string {
  if (isUserError(error)) return error.message;
  const detail = error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error) ? String((error as { message: unknown }).message) : String(error);
  return `Có lỗi không mong muốn khi chạy CCHC. Vui lòng thử lại; nếu vẫn lỗi, gửi nội dung này cho người hỗ trợ: ${detail}`;
}

/** Works across realms (the tests run the bundle in a node:vm context), unlike `instanceof`. */
function isUserError(error: unknown): error is UserError {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'UserError';
}
