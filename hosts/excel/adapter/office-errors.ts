import { message, renderMessage, type Message } from '../../../src/messages/catalogue.js';

/**
 * An unforeseen error met while working with Excel, told in Vietnamese for the task pane (what a use
 * case refuses comes as an outcome, never thrown): office.js errors by their code, the rest with
 * their own text appended so that nothing is hidden.
 *
 * @example officeErrorMessage({ code: 'InvalidOperationInCellEditMode' }) → “Excel đang ở chế độ sửa ô…”
 */
export function officeErrorMessage(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const known = BY_CODE[code];
  if (known !== undefined) return renderMessage(known);
  const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return renderMessage(message('EXCEL_ERROR', { detail }));
}

/** The office.js error codes (`OfficeExtension.ErrorCodes`) a clerk can do something about. */
const BY_CODE: Readonly<Record<string, Message>> = {
  InvalidOperationInCellEditMode: message('EXCEL_CELL_EDIT_MODE', {}),
  RequestPayloadSizeLimitExceeded: message('EXCEL_REQUEST_TOO_LARGE', {}),
  ResponsePayloadSizeLimitExceeded: message('EXCEL_RESPONSE_TOO_LARGE', {}),
  ItemNotFound: message('EXCEL_ITEM_NOT_FOUND', {}),
  ItemAlreadyExists: message('EXCEL_ITEM_EXISTS', {}),
  AccessDenied: message('EXCEL_ACCESS_DENIED', {}),
  InsertDeleteConflict: message('EXCEL_INSERT_DELETE_CONFLICT', {}),
  ApiNotFound: message('EXCEL_API_NOT_FOUND', {}),
  GeneralException: message('EXCEL_GENERAL_EXCEPTION', {}),
  Unauthenticated: message('EXCEL_UNAUTHENTICATED', {}),
};
