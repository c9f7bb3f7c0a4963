import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Providers } from './providers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'podmem', template: '%s · podmem' },
  description: 'Why the platform says your pod uses more memory than top does: working set split into RSS, active page cache and other.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-6xl items-center gap-4 px-3 py-2 sm:px-6">
            <Link href="/" className="font-semibold tracking-tight text-slate-900">
              podmem
            </Link>
            <span className="hidden text-sm text-slate-500 sm:inline">what your pod&apos;s memory really is</span>
          </div>
        </header>
        <Providers>
          <main className="mx-auto max-w-6xl px-3 py-4 sm:px-6">{children}</main>
        </Providers>
      </body>
    </html>
  );
}
