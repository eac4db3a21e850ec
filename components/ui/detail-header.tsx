// The top of every record's page: the "saved" notice after a write, the title
// with its breadcrumb, the edit link (when the user may edit) beside any other
// actions, and the record's status badge.
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Notice, PageHeader, SecondaryLink } from "@/components/ui/page-header";

export async function DetailHeader({
  title,
  subtitle,
  crumbs,
  saved,
  editHref,
  actions,
  status,
}: {
  title: string;
  subtitle?: string;
  crumbs: { href: string; label: string }[];
  /** The notice to show after a write (the page's `?saved=` in words), or nothing. */
  saved?: string | null;
  /** Where the edit form is, when this user may edit; null hides the link. */
  editHref?: string | null;
  actions?: ReactNode;
  status?: ReactNode;
}) {
  const t = await getTranslations("common");
  const edit = editHref ? <SecondaryLink href={editHref}>{t("edit")}</SecondaryLink> : null;
  return (
    <>
      {saved ? <Notice>{saved}</Notice> : null}
      <PageHeader
        title={title}
        subtitle={subtitle}
        crumbs={crumbs}
        actions={
          edit || actions ? (
            <>
              {edit}
              {actions}
            </>
          ) : undefined
        }
      />
      {status ? <div className="mb-3">{status}</div> : null}
    </>
  );
}
