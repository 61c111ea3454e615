/** Where the vendored add-in manifest XSDs are. */
export const SCHEMA_DIR: string;
/** libxml2's messages for a manifest that breaks the schemas; none when it is valid. */
export function manifestErrors(text: string, fileName?: string): Promise<string[]>;
