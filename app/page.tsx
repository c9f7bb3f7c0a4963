import Link from 'next/link';
import { pageHref } from '@/lib/urls';
import { loadMessages } from '@/lib/i18n/catalogue';
import { getRequestLocale } from '@/lib/i18n/server';
import { getConfig } from '@/lib/server/context';

export const dynamic = 'force-dynamic';

/** Start page: the configured clusters and a form to open a pod by name. */
export default async function HomePage({ searchParams }: { searchParams: Promise<{ lang?: string | string[] }> }) {
  const t = (await loadMessages(await getRequestLocale((await searchParams).lang))).home;
  const clusters = getConfig().clusters;
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-xl font-semibold">{t.title}</h1>
        <p className="mt-1 max-w-2xl text-sm text-slate-600">{t.intro}</p>
      </section>
      <section aria-labelledby="clusters-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="clusters-heading" className="font-semibold">
          {t.clusters}
        </h2>
        {clusters.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t.noClusters}</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {clusters.map((c) => (
              <li key={c.id}>
                <Link className="text-blue-700 hover:underline" href={pageHref.cluster(c.id)}>
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="open-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="open-heading" className="font-semibold">
          {t.openPod}
        </h2>
        <form action="/open" className="mt-2 grid gap-2 text-sm sm:grid-cols-4">
          <label className="flex flex-col">
            {t.cluster}
            <select name="cluster" className="rounded border border-slate-300 px-2 py-1">
              {clusters.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col">
            {t.namespace}
            <input name="namespace" required className="rounded border border-slate-300 px-2 py-1" />
          </label>
          <label className="flex flex-col">
            {t.pod}
            <input name="pod" required className="rounded border border-slate-300 px-2 py-1" />
          </label>
          <button type="submit" className="self-end rounded bg-slate-900 px-3 py-1.5 text-white">
            {t.open}
          </button>
        </form>
      </section>
    </div>
  );
}
