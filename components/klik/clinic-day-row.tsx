"use client";
// One visitor in the clinic-day grid (decision 0032): a small form of its own
// while she types (Enter in a text field saves it), a compact line once sent,
// and for the violence desk only the way to the sealed form.
import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { isEditable, SEALED_DESK, type Row, type RowField, type RowPhase } from "./clinic-day-rows";
import type { GridTranslator } from "./clinic-day-grid";
import { OUTBOX_STATE_STYLE } from "@/components/offline/state-style";

export type GridOption = { value: string; label: string };

export type GridOptions = {
  desks: GridOption[];
  issueTypes: Record<string, GridOption[]>;
  statuses: GridOption[];
  labels: Record<RowField, string>;
  /** The empty choice of a select ("— Pilih —"). */
  choose: string;
  /** The violence desk's own form; null when she may not open violence cases. */
  sealedFormHref: string | null;
};

/** The columns of the table layout (≥ 768 px); below it each row is a card. */
export const GRID_COLUMNS =
  "md:grid md:grid-cols-[minmax(0,10.5rem)_minmax(0,12rem)_minmax(0,1fr)_minmax(0,9rem)_minmax(0,1fr)_minmax(0,1fr)_auto] md:items-start md:gap-2";

const control =
  "mt-1 block min-h-11 w-full rounded border border-slate-300 bg-white px-2 text-base focus:border-teal-600 focus:ring-2 focus:ring-teal-600/30 focus:outline-none aria-[invalid=true]:border-red-500 disabled:bg-slate-100 md:mt-0 md:text-sm";
const label = "block text-sm font-medium text-slate-800 md:sr-only";

const STATE_STYLE: Record<RowPhase, string> = { editing: "text-slate-600", ...OUTBOX_STATE_STYLE };

const stateKey = (p: RowPhase) => (p === "signed-out" ? "signedOut" : p);

export type RowHandlers = {
  change: (n: number, field: RowField, value: string) => void;
  save: (n: number) => void;
  remove: (n: number) => void;
  firstField: (n: number, el: HTMLSelectElement | null) => void;
};

function labelOf(options: GridOption[] | undefined, value: string) {
  return options?.find((o) => o.value === value)?.label ?? value;
}

/** What a row says about itself, read out as it changes. */
function RowState({ row, t }: { row: Row; t: GridTranslator }) {
  const shown = row.phase !== "editing";
  return (
    <p
      aria-live="polite"
      aria-atomic="true"
      data-testid="row-state"
      className={shown ? `inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${STATE_STYLE[row.phase]}` : "sr-only"}
    >
      {row.phase === "conflict" ? (
        <Link href="/kotak-keluar" className="underline">
          {t("state.conflict")}
        </Link>
      ) : shown ? (
        t(`state.${stateKey(row.phase)}`)
      ) : (
        ""
      )}
      {row.phase === "signed-out" ? (
        <>
          {" "}
          <a href="/login" className="underline">
            {t("signIn")}
          </a>
        </>
      ) : null}
    </p>
  );
}

/** A sent row: one line, and the case page once the server has it. */
function SentRow({ row, o, t, index }: { row: Row; o: GridOptions; t: GridTranslator; index: number }) {
  const v = row.values;
  const id = row.receipt?.id;
  const parts = [
    labelOf(o.desks, v.desk),
    labelOf(o.issueTypes[v.desk], v.issueType),
    v.personName,
    labelOf(o.statuses, v.status),
    v.status === "REFERRED" ? v.referralInstitution : "",
  ].filter(Boolean);
  return (
    <div
      className="flex flex-wrap items-center justify-between gap-x-2 gap-y-1 px-3 py-2 text-sm md:flex-nowrap"
      role="group"
      aria-label={t("row", { n: index })}
      data-testid="grid-row"
      data-state={row.phase}
      data-key={row.key}
    >
      {row.phase === "received" && id != null ? (
        <Link href={`/klik/kasus/${id}`} className="font-medium text-teal-800 underline" data-testid="row-receipt">
          {t("receipt", { id })}
        </Link>
      ) : null}
      {/* On a phone the case on a line of its own under its receipt and state; on a wide screen between them. */}
      <span className="order-last basis-full break-words text-slate-700 md:order-none md:min-w-0 md:flex-1 md:basis-auto">
        {parts.join(" · ")}
      </span>
      <RowState row={row} t={t} />
    </div>
  );
}

function Field({
  row,
  field,
  o,
  children,
}: {
  row: Row;
  field: RowField;
  o: GridOptions;
  children: (p: { id: string; invalid: boolean; describedBy?: string }) => ReactNode;
}) {
  const id = `g${row.n}-${field}`;
  const error = row.fieldErrors?.[field];
  return (
    <div>
      <label htmlFor={id} className={label}>
        {o.labels[field]}
      </label>
      {children({ id, invalid: !!error, describedBy: error ? `${id}-error` : undefined })}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700" data-field-error={field}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function ClinicDayRow({ row, index, o, t, on }: { row: Row; index: number; o: GridOptions; t: GridTranslator; on: RowHandlers }) {
  if (!isEditable(row)) return <SentRow row={row} o={o} t={t} index={index} />;
  const v = row.values;
  const set = (field: RowField) => (e: { currentTarget: { value: string } }) => on.change(row.n, field, e.currentTarget.value);
  const deskSelect = (
    <Field row={row} field="desk" o={o}>
      {(p) => (
        <select
          id={p.id}
          name="desk"
          ref={(el) => on.firstField(row.n, el)}
          value={v.desk}
          onChange={set("desk")}
          aria-invalid={p.invalid || undefined}
          aria-describedby={p.describedBy}
          className={control}
        >
          <option value="">{o.choose}</option>
          {o.desks.map((d) => (
            <option key={d.value} value={d.value}>
              {d.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  const text = (field: "personName" | "referralInstitution" | "note", max: number) => (
    <Field row={row} field={field} o={o}>
      {(p) => (
        <input
          id={p.id}
          name={field}
          type="text"
          autoComplete="off"
          maxLength={max}
          value={v[field]}
          onChange={set(field)}
          enterKeyHint="done"
          aria-invalid={p.invalid || undefined}
          aria-describedby={p.describedBy}
          className={control}
        />
      )}
    </Field>
  );
  const issueTypes = o.issueTypes[v.desk] ?? [];
  // The same form whatever the desk, so that focus stays on the desk select while she picks.
  const sealed = v.desk === SEALED_DESK && o.sealedFormHref;
  return (
    <form
      noValidate
      aria-label={t("row", { n: index })}
      data-testid="grid-row"
      data-state={row.phase}
      data-key={row.key}
      className={`space-y-3 p-3 md:space-y-0 ${GRID_COLUMNS}`}
      onSubmit={(e) => {
        e.preventDefault();
        on.save(row.n);
      }}
    >
      {/* On a phone the card's head (its number, its state); on a wide screen a line under the row. */}
      <div className="flex flex-wrap items-center gap-2 md:order-last md:col-span-7">
        <span aria-hidden="true" className="text-xs font-semibold text-slate-500 md:hidden">
          {t("row", { n: index })}
        </span>
        <RowState row={row} t={t} />
        {/* The fields say what is wrong; the form's own reason only when no field does. */}
        {row.formError && !Object.values(row.fieldErrors ?? {}).some(Boolean) ? (
          <p className="basis-full text-sm text-red-700">{row.formError}</p>
        ) : null}
      </div>
      {deskSelect}
      {sealed ? (
        // Nothing of a complaint is typed here: the sealed form, with its own protections, takes it.
        <div className="space-y-2 md:col-span-6" aria-live="polite">
          <p className="rounded border border-amber-200 bg-amber-50 p-2 text-sm text-amber-900">{t("violence")}</p>
          <Link
            href={sealed}
            data-testid="open-sealed-form"
            className="inline-flex min-h-11 items-center rounded bg-teal-700 px-4 font-medium text-white hover:bg-teal-800"
          >
            {t("violenceOpen")}
          </Link>
        </div>
      ) : (
        <>
          <Field row={row} field="issueType" o={o}>
            {(p) => (
              <select
                id={p.id}
                name="issueType"
                value={v.issueType}
                onChange={set("issueType")}
                disabled={!v.desk}
                aria-invalid={p.invalid || undefined}
                aria-describedby={p.describedBy}
                className={control}
              >
                <option value="">{o.choose}</option>
                {issueTypes.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text("personName", 120)}
          <Field row={row} field="status" o={o}>
            {(p) => (
              <select
                id={p.id}
                name="status"
                value={v.status}
                onChange={set("status")}
                aria-invalid={p.invalid || undefined}
                aria-describedby={p.describedBy}
                className={control}
              >
                {o.statuses.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {v.status === "REFERRED" ? text("referralInstitution", 200) : <div className="hidden md:block" aria-hidden="true" />}
          {text("note", 500)}
          <div className="flex flex-wrap items-center gap-2">
            <button
              type="submit"
              data-testid="row-save"
              className="min-h-11 rounded bg-teal-700 px-4 font-medium text-white hover:bg-teal-800 md:px-3 md:text-sm"
            >
              {t("save")}
            </button>
            <button
              type="button"
              onClick={() => on.remove(row.n)}
              aria-label={t("remove")}
              title={t("remove")}
              data-testid="row-remove"
              className="min-h-11 min-w-11 rounded border border-slate-300 bg-white px-2 text-slate-700 hover:border-red-400 hover:text-red-800"
            >
              <span aria-hidden="true">✕</span>
            </button>
          </div>
        </>
      )}
    </form>
  );
}
