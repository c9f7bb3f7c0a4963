import Link from 'next/link';

export interface BreadcrumbProps {
  /** Accessible name of the navigation landmark (localized). */
  label: string;
  /** From the cluster down; the last item is the current page and gets no link. */
  items: ReadonlyArray<{ text: string; href: string }>;
}

/** cluster / namespace / pod, each level a link back up. */
export function Breadcrumb({ label, items }: BreadcrumbProps) {
  return (
    <nav aria-label={label} className="text-sm text-slate-500">
      <ol className="flex flex-wrap gap-1">
        {items.map((item, i) =>
          i === items.length - 1 ? (
            <li key={item.href} aria-current="page" className="font-medium break-all text-slate-900">
              {item.text}
            </li>
          ) : (
            <li key={item.href}>
              <Link href={item.href} prefetch={false} className="hover:underline">
                {item.text}
              </Link>{' '}
              /
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}

export { pageHref } from '@/lib/page-href';
