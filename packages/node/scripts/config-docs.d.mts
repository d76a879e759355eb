export const SCHEMA_PATH: string;
export const DOC_PATH: string;
export function renderConfigDocs(schema: Record<string, unknown>): string;
