import { create } from 'zustand';

// A few lines of history-API routing instead of a router library: every byte on the critical path
// counts on 2G (issue 9), and the app's routes are a short static table.
type RouterState = { path: string; search: string };

export const useRouter = create<RouterState>(() => ({ path: location.pathname, search: location.search }));

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const url = new URL(to, location.origin);
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  useRouter.setState({ path: url.pathname, search: url.search });
  window.scrollTo(0, 0);
}

addEventListener('popstate', () => useRouter.setState({ path: location.pathname, search: location.search }));

/** Matches `/citizens/:id` style patterns; returns the parameters or undefined. */
export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const value = have[i]!;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(value);
    else if (part !== value) return undefined;
  }
  return params;
}
