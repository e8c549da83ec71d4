/** Where a diploma's public check lives: printed on the diploma and in its QR code. */
export const DIPLOMA_VERIFY_PATH = "/diplomes";

/** PUBLIC_BASE_URL + /diplomes/<number>, the number encoded as one path segment. */
export function diplomaVerificationUrl(baseUrl: string, number: string): string {
  return `${baseUrl.replace(/\/+$/u, "")}${DIPLOMA_VERIFY_PATH}/${encodeURIComponent(number)}`;
}
