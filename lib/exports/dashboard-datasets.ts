import "server-only";
// The dashboard tables as datasets of the export registry. Each one calls the
// dashboard's own data function (through the export function next to it in
// lib/data/dashboard-*.ts, which adds the export permission), so the file holds the numbers of the screen for the same
// scope and filters: the same measures for the chosen program direction, the
// same period, and the violence column exactly as protected on the screen.
import { nationalProvinceTableExport, nationalTableExport, type DashboardRow } from "@/lib/data/dashboard-national";
import { policyDashboardExport, policyEnactedExportBatch } from "@/lib/data/dashboard-policy";
import { provinceBreakdownExport, type KabupatenRow } from "@/lib/data/dashboard-province";
import { POLICY_STATUS_MEASURES, POLICY_STATUS_OF, measuresFor, parseDirection, resolvePeriod, type Measure } from "@/lib/domain/dashboard";
import { parseId } from "@/lib/search-params";
import { dataset, enumText, violenceCell, wholeTable, yesNo, type Column, type Dataset } from "./dataset";

// ───────────── National dashboard: provinces, and one province's kabupaten ─────────────

function measureColumn(m: Measure): Column<DashboardRow> {
  if (m === "casesViolence") return { key: `measures.${m}`, value: (r, t) => violenceCell(r.casesViolence, t) };
  // The screen shows no percentage while nothing is due; the cell stays empty.
  if (m === "rktlPercent") return { key: `measures.${m}`, value: (r) => (r.values.rktlSet ? r.values.rktlPercent : null) };
  return { key: `measures.${m}`, value: (r) => r.values[m] };
}

/** The area, then the measures of the program direction in the query (all of them without one), as the table's columns. */
function dashboardColumns(area: "province" | "kabupaten") {
  const columns = (params: Record<string, string>): Column<DashboardRow>[] => [
    { key: area, value: (r) => r.name },
    ...measuresFor(parseDirection(params.direction)).map(measureColumn),
  ];
  return { columns: columns({}), columnsFor: columns };
}

/** The dashboard's period from the same query string (period, from, to). */
const periodOf = (params: Record<string, string>) => resolvePeriod({ period: params.period, from: params.from, to: params.to });

const nationalTable = dataset<DashboardRow>({
  read: "dashboard.national",
  ...dashboardColumns("province"),
  open: async (user, params) => wholeTable(await nationalTableExport(user, periodOf(params))),
});

const nationalProvinceTable = dataset<DashboardRow>({
  read: "dashboard.national",
  ...dashboardColumns("kabupaten"),
  open: async (user, params) => {
    const id = parseId(params.provinceId ?? "");
    const rows = id ? await nationalProvinceTableExport(user, id, periodOf(params)) : null;
    return rows ? wholeTable(rows) : null;
  },
});

// ───────────── Director's policy dashboard ─────────────

type PolicyDashboard = Awaited<ReturnType<typeof policyDashboardExport>>;
type EnactedRow = PolicyDashboard["enacted"][number];

/** One table of the policy dashboard (it has no filters: written regulations enacted with evidence, in scope). */
function policyTable<R>(pick: (d: PolicyDashboard) => R[], columns: Column<R>[]): Dataset<R> {
  return dataset<R>({ read: "dashboard.policy", columns, open: async (user) => wholeTable(pick(await policyDashboardExport(user))) });
}

const policyType = enumText("policy.types");

const policyByType = policyTable(
  (d) => d.byType,
  [
    { key: "type", value: (r, t) => policyType(r.type)(t) },
    { key: "enactedCount", value: (r) => r.n },
  ],
);

const policyByProvince = policyTable(
  (d) => d.byProvince,
  [
    { key: "province", value: (r) => r.name },
    { key: "enactedCount", value: (r) => r.n },
  ],
);

const policyByQuarter = policyTable(
  (d) => d.quarters,
  [
    { key: "year", value: (r) => r.year },
    { key: "quarter", value: (r) => r.q },
    { key: "enactedCount", value: (r) => r.n },
  ],
);

const policyFunnel = policyTable(
  (d) => d.funnel,
  [
    { key: "stage", value: (r, t) => enumText("policy.statuses")(r.stage)(t) },
    { key: "reachedCount", value: (r) => r.n },
  ],
);

// The enacted list leaves whole (the screen shows the latest few), by id cursor.
const policyEnacted = dataset<EnactedRow>({
  read: "dashboard.policy",
  open: async (user) => (after) => policyEnactedExportBatch(user, after),
  columns: [
    { key: "id", value: (r) => r.id },
    { key: "title", value: (r) => r.title },
    { key: "type", value: (r, t) => policyType(r.type)(t) },
    { key: "number", value: (r) => r.number },
    { key: "enactedOn", value: (r) => r.enactedOn },
    { key: "kabupaten", value: (r) => r.kabupatenName },
    { key: "programArea", value: (r, t) => yesNo(r.isProgramArea, t) },
    { key: "province", value: (r) => r.provinceName },
  ],
});

// ───────────── Province dashboard: the kabupaten breakdown ─────────────

const DESK_COLUMNS = [
  ["deskRegistration", "REGISTRATION"],
  ["deskSocialProtection", "SOCIAL_PROTECTION"],
  ["deskLegalIdentity", "LEGAL_IDENTITY"],
  // "<5" stays text, as on the screen.
  ["deskViolence", "VIOLENCE"],
] as const;

const provinceBreakdown = dataset<KabupatenRow>({
  read: "dashboard.province",
  columns: [
    { key: "kabupaten", value: (r) => r.name },
    { key: "activeKader", value: (r) => r.activeKader },
    { key: "measures.klikSessions", value: (r) => r.klikSessions },
    ...DESK_COLUMNS.map(([key, desk]): Column<KabupatenRow> => ({ key, value: (r, t) => violenceCell(r.klikCases[desk], t) })),
    ...POLICY_STATUS_MEASURES.map((m): Column<KabupatenRow> => ({ key: `measures.${m}`, value: (r) => r.policies[POLICY_STATUS_OF[m]] })),
    { key: "fpkMeetings", value: (r) => r.fpkMeetings },
    { key: "members", value: (r) => r.members },
  ],
  // The dashboard has no filters: the current plan's window, as on the screen.
  open: async (user) => wholeTable(await provinceBreakdownExport(user)),
});

export const DASHBOARD_DATASETS = {
  "dasbor-nasional": nationalTable,
  "dasbor-nasional-provinsi": nationalProvinceTable,
  "dasbor-kebijakan-jenis": policyByType,
  "dasbor-kebijakan-provinsi": policyByProvince,
  "dasbor-kebijakan-triwulan": policyByQuarter,
  "dasbor-kebijakan-alur": policyFunnel,
  "dasbor-kebijakan-ditetapkan": policyEnacted,
  "dasbor-provinsi": provinceBreakdown,
} as const;
