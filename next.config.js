// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // PGlite is only used by the scripts, never bundled into the app. pdfkit
  // reads its standard-font metrics from its own folder at run time. exceljs
  // stays in node_modules: its zip writer calls the deprecated Buffer(), which
  // Node only warns about when the caller sits outside node_modules (bundled).
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pdfkit", "exceljs"],
  // Evidence documents and guides are uploaded through server actions: the
  // upload module allows files up to 10 MB (lib/files/upload.ts); the body may
  // be a little larger so that an oversized file gets a field error, not a crash.
  experimental: { serverActions: { bodySizeLimit: "12mb" } },
};

module.exports = withNextIntl(nextConfig);
