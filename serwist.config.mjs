// The service worker's build (docs/decisions/0031-service-worker.md): run by
// scripts/build.mjs after `next build` as `serwist build serwist.config.mjs`
// (@serwist/cli bundles service-worker/sw.ts with esbuild into public/sw.js).
// Works the same after a Turbopack or a webpack build: it reads only the
// build's output in .next/, not the bundler.
//
// The precache list is the app shell, never a page: Next's root chunks (every
// page loads them), the stylesheets and the icons. Other chunks are kept by
// the worker the first time a page loads them.
import { readFileSync } from "node:fs";
import { serwist } from "@serwist/next/config";

const buildManifest = JSON.parse(readFileSync(".next/build-manifest.json", "utf8"));
const rootMainFiles = buildManifest.rootMainFiles ?? [];
if (rootMainFiles.length === 0)
  console.warn("serwist.config.mjs: .next/build-manifest.json lists no rootMainFiles; precaching styles and icons only");

const options = await serwist({
  swSrc: "service-worker/sw.ts",
  swDest: "public/sw.js",
  // Every page is dynamic and per user: no prerendered HTML in the precache.
  precachePrerendered: false,
  globPatterns: [".next/static/**/*.css", ...rootMainFiles.map((f) => `.next/${f}`), "public/icons/*.png"],
  // The worker must fit in the app's CSP and phones of the last years.
  esbuildOptions: { minify: true, legalComments: "none" },
});

/** The same rule as isPrecacheable (service-worker/request-rules.ts): the build fails rather than precache a page. */
const PRECACHEABLE = [/^\/_next\/static\//, /^\/icons\/[\w.-]+\.png$/];
options.manifestTransforms = [
  ...(options.manifestTransforms ?? []),
  (entries) => {
    const refused = entries.filter((e) => !PRECACHEABLE.some((r) => r.test(e.url)));
    if (refused.length) throw new Error(`only build assets and icons may be precached, not ${refused.map((e) => e.url).join(", ")}`);
    return { manifest: entries, warnings: [] };
  },
];

export default options;
