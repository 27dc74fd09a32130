export function nccBundle(src: string, out: string, options?: { license?: boolean }): string;
export function asciiOnly(code: string): string;
