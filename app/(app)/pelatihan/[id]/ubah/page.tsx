import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { getTraining } from "@/lib/data/training/detail";
import { trainingFormChoices } from "@/lib/data/training/writes";
import { isoDayString } from "@/lib/domain/training-days";
import { parseId } from "@/lib/search-params";
import { PageHeader } from "@/components/ui/page-header";
import { updateTrainingAction } from "../../actions";
import { TrainingForm } from "../../training-form";

export default async function EditTrainingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("training.write");
  const id = parseId((await params).id);
  const training = id ? await getTraining(user, id) : null;
  if (!training || !training.writable) notFound();
  const [t, choices] = await Promise.all([getTranslations(), trainingFormChoices(user, training.id)]);
  const className = (kind: "LEADERSHIP_TOT" | "IMPLEMENTATION") => training.classes.find((c) => c.kind === kind)?.name ?? "";
  return (
    <>
      <PageHeader
        title={t("training.editTitle", { title: training.title })}
        crumbs={[
          { href: "/pelatihan", label: t("training.title") },
          { href: `/pelatihan/${training.id}`, label: training.title },
        ]}
      />
      <TrainingForm
        action={updateTrainingAction.bind(null, training.id)}
        version={training.version}
        choices={choices}
        initialValues={{
          level: training.level,
          title: training.title,
          theme: training.theme,
          objectives: training.objectives,
          startDate: isoDayString(training.startDate),
          endDate: isoDayString(training.endDate),
          place: training.place,
          organiser: training.organiser,
          provinceId: training.provinceId ? String(training.provinceId) : "",
          kabupatenId: training.kabupatenId ? String(training.kabupatenId) : "",
          parentTrainingId: training.parentTrainingId ? String(training.parentTrainingId) : "",
          leadershipClassName: className("LEADERSHIP_TOT"),
          implementationClassName: className("IMPLEMENTATION"),
          ...Object.fromEntries(training.guides.map((g) => [`guide_${g.guideVersion.id}`, "on"])),
        }}
      />
    </>
  );
}
