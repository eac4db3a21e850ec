// Types of refusal.mjs, for the tests.
export function localeOf(headers: Record<string, unknown>): "id" | "en";
export function refusalBody(headers: Record<string, unknown>, requestId: string): string;
export function clientErrorResponse(code: string | undefined): string;
