// Where next-auth may send a user after signing in or out (lib/auth/options.ts).
/** No link of the app is this long; next-auth would keep a longer one in a cookie too big to send. */
const MAX_TARGET = 2000;

/** A redirect target inside the app: `url` when it is a path or a URL of `baseUrl`'s origin, else `baseUrl`. */
export function safeRedirect(url: string, baseUrl: string): string {
  if (url.length > MAX_TARGET) return baseUrl;
  try {
    const target = new URL(url, baseUrl);
    const href = target.toString();
    return target.origin === new URL(baseUrl).origin && href.length <= MAX_TARGET ? href : baseUrl;
  } catch {
    return baseUrl;
  }
}
