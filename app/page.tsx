import Link from 'next/link';
import { getConfig } from '@/lib/server/context';

export const dynamic = 'force-dynamic';

/** Start page: the configured clusters and a form to open a pod by name. */
export default function HomePage() {
  const clusters = getConfig().clusters;
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-xl font-semibold">Is the platform&apos;s memory number wrong?</h1>
        <p className="mt-1 max-w-2xl text-sm text-slate-600">
          podmem splits a pod&apos;s working set — the number kubectl top and your alerts use — into process memory (RSS), page cache the
          kernel keeps active, and kernel/shmem memory, next to the limit. Open a pod to see which one is growing.
        </p>
      </section>
      <section aria-labelledby="clusters-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="clusters-heading" className="font-semibold">
          Clusters
        </h2>
        {clusters.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">No cluster configured: set PROMETHEUS_URL (or PODMEM_CLUSTERS) and restart podmem.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {clusters.map((c) => (
              <li key={c.id}>
                <Link className="text-blue-700 hover:underline" href={`/clusters/${encodeURIComponent(c.id)}`}>
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="open-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="open-heading" className="font-semibold">
          Open a pod
        </h2>
        <form action="/open" className="mt-2 grid gap-2 text-sm sm:grid-cols-4">
          <label className="flex flex-col">
            Cluster
            <select name="cluster" className="rounded border border-slate-300 px-2 py-1">
              {clusters.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col">
            Namespace
            <input name="namespace" required className="rounded border border-slate-300 px-2 py-1" />
          </label>
          <label className="flex flex-col">
            Pod
            <input name="pod" required className="rounded border border-slate-300 px-2 py-1" />
          </label>
          <button type="submit" className="self-end rounded bg-slate-900 px-3 py-1.5 text-white">
            Open
          </button>
        </form>
      </section>
    </div>
  );
}
