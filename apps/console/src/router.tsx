import { useEffect, useState } from 'react';

/**
 * Hash routes (#/cases/…): the console is static files that any web server or CDN can serve,
 * with no rewrite rules, and the OIDC redirect lands on the one index.html.
 */
export function useRoute(): string[] {
  const read = () =>
    location.hash.replace(/^#\/?/, '').split('?')[0].split('/').filter(Boolean).map(decodeURIComponent);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const changed = () => setRoute(read());
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return route;
}

export const href = (...parts: string[]) => `#/${parts.map(encodeURIComponent).join('/')}`;

export function navigate(...parts: string[]): void {
  location.hash = href(...parts);
}
