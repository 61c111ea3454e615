/** A document number: "186/2025/nd-cp", "12/kh-ubnd", "68-nq/tw", or "so 12" / "so /kh-ubnd" after the word "số". */
const DOCUMENT_NUMBER = String.raw`(?:\bso ?[0-9a-z/-]*[0-9/][0-9a-z/-]*|\b\d+(?:\/\d+)*[/-][a-z][a-z0-9]*(?:[/-][a-z0-9]+)*)`;
/** The date a document was signed on, when it follows its number: ", ngay 01/7/2025", "ngay 04 thang 5 nam 2025". */
const SIGNING_DATE = String.raw`(?: ?,? ?(?:ban hanh |ky )?ngay (?:\d{0,2}\/\d{1,2}\/\d{2,4}|\d{1,2} thang \d{1,2} nam \d{4}|\/\d{1,2}\/\d{2,4}))?`;
const DOCUMENT_REFERENCE = new RegExp(DOCUMENT_NUMBER + SIGNING_DATE, 'g');

/**
 * Hides the number and signing date of a document a deadline cell cites, so that they are never
 * read as the deadline: "theo nghi dinh so 186/2025/nd-cp ngay 01/7/2025" → "theo nghi dinh van-ban".
 * Works on normalized text (see normalizeDeadlineText).
 */
export function maskDocumentReferences(normalized: string): string {
  return normalized.replace(DOCUMENT_REFERENCE, 'van-ban');
}
