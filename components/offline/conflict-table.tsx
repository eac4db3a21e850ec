"use client";
// Her write and the record as the server holds it now, side by side, field by
// field where they differ: she chooses; nothing is merged silently.
import { useTranslations } from "next-intl";
import type { OutboxItem } from "@/lib/offline/types";

export function ConflictTable({ item }: { item: OutboxItem }) {
  const t = useTranslations("outbox.conflict");
  const current = item.current;
  if (!current) return <p>{t("unknownServer")}</p>;
  const shown = (name: string, value: string | null | undefined) => (value ? (item.choices?.[name]?.[value] ?? value) : "—");
  const rows = Object.entries(item.labels).filter(([name]) => name in current && (current[name] ?? "") !== (item.fields[name] ?? ""));
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm text-slate-900">
        <thead>
          <tr className="border-b border-slate-200">
            <th className="p-2 font-medium">{t("field")}</th>
            <th className="p-2 font-medium">{t("mine")}</th>
            <th className="p-2 font-medium">{t("server")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, label]) => (
            <tr key={name} className="border-b border-slate-100 align-top">
              <th scope="row" className="p-2 font-medium">
                {label}
              </th>
              <td className="p-2 whitespace-pre-line" data-testid={`mine-${name}`}>
                {shown(name, item.fields[name])}
              </td>
              <td className="p-2 whitespace-pre-line" data-testid={`server-${name}`}>
                {shown(name, current[name])}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
