import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { trainingFormChoices } from "@/lib/data/training/writes";
import { PageHeader } from "@/components/ui/page-header";
import { createTrainingAction } from "../actions";
import { TrainingForm } from "../training-form";

export async function generateMetadata() {
  return { title: (await getTranslations("training"))("newTitle") };
}

export default async function NewTrainingPage() {
  const user = await requirePermission("training.write");
  const [t, choices] = await Promise.all([getTranslations(), trainingFormChoices(user)]);
  return (
    <>
      <PageHeader title={t("training.newTitle")} crumbs={[{ href: "/pelatihan", label: t("training.title") }]} />
      <TrainingForm
        action={createTrainingAction}
        choices={choices}
        initialValues={{
          level: choices.levels.length === 1 ? choices.levels[0]! : "",
          provinceId: choices.provinces.length === 1 ? String(choices.provinces[0]!.id) : "",
          kabupatenId: choices.kabupaten.length === 1 ? String(choices.kabupaten[0]!.id) : "",
          leadershipClassName: t("training.defaultLeadershipName"),
          implementationClassName: t("training.defaultImplementationName"),
        }}
      />
    </>
  );
}
