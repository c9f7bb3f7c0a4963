import type { NamespaceAccess } from './upstream';

function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

/** True when `namespace` may be shown: it matches an allow glob (or allow is empty) and no deny glob. */
export function namespaceAllowed(access: NamespaceAccess, namespace: string): boolean {
  if (access.deny.some((g) => globToRegExp(g).test(namespace))) return false;
  return access.allow.length === 0 || access.allow.some((g) => globToRegExp(g).test(namespace));
}
