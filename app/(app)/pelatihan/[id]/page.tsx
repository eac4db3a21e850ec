import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { getTraining } from "@/lib/data/training/detail";
import { getTrainingCascade } from "@/lib/data/training/cascade";
import type { CascadeNode } from "@/lib/domain/cascade";
import { parseId } from "@/lib/search-params";
import { FactsList } from "@/components/ui/facts-list";
import { DetailHeader } from "@/components/ui/detail-header";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;
type Translator = Awaited<ReturnType<typeof getTranslations>>;
type TreeNode = CascadeNode<{
  id: number;
  parentId: number | null;
  title: string;
  level: "NATIONAL" | "PROVINCIAL" | "LOCAL";
  startDate: Date;
  place: string | null;
  visible: boolean;
}>;

export default async function TrainingPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const user = await requirePermission("training.read");
  const id = parseId((await params).id);
  const training = id ? await getTraining(user, id) : null;
  if (!training) notFound();
  const [t, format, cascade, { saved }] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getTrainingCascade(user, training.id),
    searchParams,
  ]);
  const writable = can(user, "training.write") && training.writable;
  const area = training.kabupatenName
    ? `${training.kabupatenName}, ${training.province?.name}`
    : (training.province?.name ?? t("common.national"));
  const rows: [string, ReactNode][] = [
    [t("training.levelLabel"), t(`training.level.${training.level}`)],
    [t("training.theme"), training.theme],
    [t("training.dates"), format.dateTimeRange(training.startDate, training.endDate, { dateStyle: "long", timeZone: "UTC" })],
    [t("training.place"), training.place],
    [t("training.area"), area],
    [t("training.organiser"), training.organiser],
    [
      t("training.retrainingOf"),
      training.parentTraining ? (
        <Link href={`/pelatihan/${training.parentTraining.id}`} className="text-teal-800 hover:underline">
          {training.parentTraining.title}
        </Link>
      ) : (
        "—"
      ),
    ],
    [t("training.objectives"), <span className="whitespace-pre-line">{training.objectives}</span>],
  ];
  return (
    <>
      <DetailHeader
        title={training.title}
        crumbs={[{ href: "/pelatihan", label: t("training.title") }]}
        editHref={writable ? `/pelatihan/${training.id}/ubah` : null}
        saved={saved ? t("common.saved") : null}
      />
      <FactsList facts={rows} maxWidth="3xl" />

      <h2 className="mt-6 text-lg font-semibold">{t("training.guides")}</h2>
      {training.guides.length ? (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {training.guides.map((g) => (
            <li key={g.guideVersion.id}>
              {g.guideVersion.guide.title} — v{g.guideVersion.version}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-slate-600">{t("training.noGuides")}</p>
      )}

      <h2 className="mt-6 text-lg font-semibold">{t("training.classes")}</h2>
      <div className="mt-2 grid gap-4 lg:grid-cols-2">
        {training.classes.map((c) => (
          <section key={c.id} className="rounded border border-slate-200 bg-white p-4" aria-label={c.name}>
            <h3 className="font-semibold">{c.name}</h3>
            <p className="text-xs text-slate-500">{t(`enums.classKind.${c.kind}`)}</p>
            {c.participations.length ? (
              <ul className="mt-2 space-y-1 text-sm">
                {c.participations.map((p) => (
                  <li key={p.id}>
                    <Link
                      href={`/kader/${p.kader.id}`}
                      className="text-teal-800 underline decoration-teal-800/40 underline-offset-2 hover:decoration-teal-800"
                    >
                      {p.kader.fullName}
                    </Link>{" "}
                    <span className="text-xs text-slate-500">
                      · {t(`enums.participationRole.${p.role}`)} · {p.kader.kabupatenName} ·{" "}
                      {t("training.attendanceSummary", { present: p.attendance.length, days: training.days.length })} ·{" "}
                      {p.completed ? t("training.completed") : t("training.notCompleted")}
                    </span>
                  </li>
                ))}
              </ul>
            ) : c.outsideScope.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">{t("training.noParticipants")}</p>
            ) : null}
            {c.outsideScope.length ? (
              <div className="mt-2 text-sm text-slate-600">
                <p>{t("training.outsideScope")}</p>
                <ul className="list-disc pl-5">
                  {c.outsideScope.map((o) => (
                    <li key={o.provinceName}>{t("training.outsideScopeRow", { province: o.provinceName, count: o.count })}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {writable ? (
              <Link
                href={`/pelatihan/${training.id}/kelas/${c.id}`}
                className="mt-3 inline-block rounded border border-slate-300 bg-slate-50 px-3 py-1.5 text-sm"
              >
                {t("training.manageClass")}
              </Link>
            ) : null}
          </section>
        ))}
      </div>

      {cascade ? (
        <section className="mt-6" aria-labelledby="cascade-title">
          <h2 id="cascade-title" className="text-lg font-semibold">
            {t("training.cascadeTitle")}
          </h2>
          <dl className="mt-2 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4" data-testid="cascade-summary">
            <Stat label={t("training.descendants")} value={format.number(cascade.descendants)} />
            <Stat label={t("training.graduates")} value={format.number(cascade.graduates)} />
            <Stat label={t("training.reached")} value={format.number(cascade.reached)} />
            <Stat
              label={t("training.multiplier")}
              value={
                cascade.multiplier === null
                  ? "—"
                  : t("training.multiplierValue", { value: format.number(cascade.multiplier, { maximumFractionDigits: 1 }) })
              }
              testId="multiplier"
            />
          </dl>
          <p className="mt-1 text-xs text-slate-500">{t("training.multiplierHint")}</p>
          {cascade.root.children.length ? (
            <>
              <ul className="mt-3 space-y-1 rounded border border-slate-200 bg-white p-3 text-sm" data-testid="cascade-tree">
                {cascade.root.children.map((n) => (
                  <CascadeItem key={n.training.id} node={n} t={t} format={format} />
                ))}
              </ul>
              <h3 className="mt-4 font-semibold">{t("training.reachedByProvince")}</h3>
              <table className="mt-1 w-full max-w-md text-left text-sm">
                <tbody>
                  {cascade.reachedByProvince.map((p) => (
                    <tr key={p.provinceId} className="border-t border-slate-100">
                      <td className="py-1 pr-3">{p.provinceName}</td>
                      <td className="py-1 text-right tabular-nums">{format.number(p.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : (
            <p className="mt-2 text-sm text-slate-600">{t("training.cascadeNone")}</p>
          )}
        </section>
      ) : null}
    </>
  );
}

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="rounded border border-slate-200 bg-white p-2">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

/** One re-training and, nested, its own re-trainings (any depth). */
function CascadeItem({ node, t, format }: { node: TreeNode; t: Translator; format: Formatter }) {
  const tr = node.training;
  return (
    <li>
      <div className="py-0.5">
        {tr.visible ? (
          <Link href={`/pelatihan/${tr.id}`} className="text-teal-800 hover:underline">
            {tr.title}
          </Link>
        ) : (
          <span>{tr.title}</span>
        )}
        <span className="block text-xs text-slate-500">
          {t(`training.level.${tr.level}`)} · {format.dateTime(tr.startDate, { dateStyle: "medium", timeZone: "UTC" })}
          {tr.place ? ` · ${tr.place}` : ""} · {t("training.nodeParticipants", { count: node.participants })}
          {node.children.length ? ` · ${t("training.nodeReached", { count: node.reachedBelow })}` : ""}
        </span>
      </div>
      {node.children.length ? (
        <ul className="ml-3 border-l border-slate-200 pl-3">
          {node.children.map((c) => (
            <CascadeItem key={c.training.id} node={c} t={t} format={format} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
